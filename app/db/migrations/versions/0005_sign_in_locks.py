"""sign-in locks, and the registration number of a device identity

`sign_in_locks` is a local table (never synced): each station counts the failed sign-ins it saw and locks the
name for a growing time (app/services/sign_in_guard.py). `device_identities.registration` counts how often
the SN was registered (1, and one more each time a deleted SN is registered again): a label of an earlier
registration is told apart from the current one's.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sign_in_locks',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locks', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', sa.DateTime(), nullable=True),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sign_in_locks'))
    )
    with op.batch_alter_table('device_identities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('registration', sa.Integer(), nullable=False, server_default='1'))
    # The default only fills the existing rows; the model gives every new row its value.
    with op.batch_alter_table('device_identities', schema=None) as batch_op:
        batch_op.alter_column('registration', server_default=None)


def downgrade() -> None:
    with op.batch_alter_table('device_identities', schema=None) as batch_op:
        batch_op.drop_column('registration')
    op.drop_table('sign_in_locks')
