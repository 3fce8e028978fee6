"""indexes that give the device list each sort order within a registration group

The device list pages through a group sorted by SN, state, update time, manual code, name, asset
ID or batch; each order is now an index range (SN deciding between equal values; asset ID first
for the asset columns), instead of sorting the whole group for every page. The (group, name)
index of 0002 becomes (group, name, asset ID).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_device_identities_group_updated_sn', 'device_identities',
                    ['registration_group_id', 'updated_at', 'sn'], unique=False)
    op.create_index('ix_device_identities_group_code_sn', 'device_identities',
                    ['registration_group_id', 'manual_code', 'sn'], unique=False)
    op.create_index('ix_assets_group_name_code', 'assets', ['registration_group_id', 'name', 'asset_code'],
                    unique=False)
    op.create_index('ix_assets_group_code', 'assets', ['registration_group_id', 'asset_code'], unique=False)
    op.create_index('ix_assets_batch_group_code', 'assets', ['batch_id', 'registration_group_id', 'asset_code'],
                    unique=False)
    op.drop_index('ix_assets_group_name', table_name='assets')


def downgrade() -> None:
    op.create_index('ix_assets_group_name', 'assets', ['registration_group_id', 'name'], unique=False)
    op.drop_index('ix_assets_batch_group_code', table_name='assets')
    op.drop_index('ix_assets_group_code', table_name='assets')
    op.drop_index('ix_assets_group_name_code', table_name='assets')
    op.drop_index('ix_device_identities_group_code_sn', table_name='device_identities')
    op.drop_index('ix_device_identities_group_updated_sn', table_name='device_identities')
