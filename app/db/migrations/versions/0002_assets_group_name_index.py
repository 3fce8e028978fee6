"""index assets by (registration group, name) for the device list's name-prefix filter

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_assets_group_name', 'assets', ['registration_group_id', 'name'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_assets_group_name', table_name='assets')
