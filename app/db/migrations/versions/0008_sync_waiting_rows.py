"""pulled rows that wait for their parent's conflict

A pulled row whose parent (a batch, a device) is held by an open unique conflict waits in the local
`sync_waiting_rows` table instead of pointing at a parent that is not there; resolving the conflict writes it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_waiting_rows',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('parent_table', sa.String(length=64), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_waiting_rows')),
    sa.UniqueConstraint('row_id', name=op.f('uq_sync_waiting_rows_row_id')),
    )
    with op.batch_alter_table('sync_waiting_rows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_waiting_rows_parent_id'), ['parent_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_waiting_rows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_waiting_rows_parent_id'))
    op.drop_table('sync_waiting_rows')
