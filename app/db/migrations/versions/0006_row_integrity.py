"""row integrity values on the rows whose change matters

`organisation`, `users`, `registration_groups`, `batches` and `device_identities` get a nullable `integrity`
column: a keyed value over the row's protected columns (app/security/integrity.py). A migration cannot read the
key directory, so existing rows stay NULL here; the first start with the organisation key computes their values
(app/services/row_integrity.py, `seal_existing`) and marks the key directory, after which a NULL is a problem.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TABLES = ('organisation', 'users', 'registration_groups', 'batches', 'device_identities')


def upgrade() -> None:
    for table in TABLES:  # a nullable column: SQLite adds it in place, however many rows the table holds
        op.add_column(table, sa.Column('integrity', sa.String(length=64), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('integrity')
