"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

BUILTIN_NAMESPACE = uuid.UUID("6f1b2f4e-2b8e-4c1e-9a57-0d5a3c1e8b10")
BUILTIN_ATTRIBUTES = [
    # key, label, type, rules
    ("location", "Location", "location", {}),
    ("install_date", "Install date", "date", {}),
    ("timezone", "Time zone", "text", {"timezone": True, "max_length": 64}),
    ("firmware_version", "Firmware version", "text", {"max_length": 64}),
    ("device_name", "Device name", "text", {"max_length": 128}),
]


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attribute_definitions',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=128), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('default_value', sa.Text(), nullable=True),
    sa.Column('choices', sa.JSON(), nullable=False),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attribute_definitions')),
    sa.UniqueConstraint('key', name=op.f('uq_attribute_definitions_key'))
    )
    with op.batch_alter_table('attribute_definitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attribute_definitions_dirty'), ['dirty'], unique=False)
        batch_op.create_index(batch_op.f('ix_attribute_definitions_rev'), ['rev'], unique=False)

    op.create_table('audit_events',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=128), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity_type', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('group_name', sa.String(length=128), nullable=False),
    sa.Column('sn', sa.String(length=64), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events')),
    sa.UniqueConstraint('station', 'seq', name=op.f('uq_audit_events_station_seq'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_rev'), ['rev'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_sn'), ['sn'], unique=False)

    op.create_table('local_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_settings'))
    )
    op.create_table('masterdata_groups',
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('asset_type', sa.String(length=128), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('attribute_keys', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_masterdata_groups')),
    sa.UniqueConstraint('name', name=op.f('uq_masterdata_groups_name'))
    )
    with op.batch_alter_table('masterdata_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_masterdata_groups_dirty'), ['dirty'], unique=False)
        batch_op.create_index(batch_op.f('ix_masterdata_groups_rev'), ['rev'], unique=False)

    op.create_table('organisation',
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('signing_key_id', sa.String(length=16), nullable=False),
    sa.Column('signing_public_key', sa.LargeBinary(), nullable=False),
    sa.Column('signing_private_key_enc', sa.LargeBinary(), nullable=False),
    sa.Column('data_key_check', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_dirty'), ['dirty'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_rev'), ['rev'], unique=False)

    op.create_table('users',
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('full_name', sa.String(length=128), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('name', name=op.f('uq_users_name'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_dirty'), ['dirty'], unique=False)
        batch_op.create_index(batch_op.f('ix_users_rev'), ['rev'], unique=False)

    op.create_table('registration_groups',
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('group_id', sa.String(length=32), nullable=False),
    sa.Column('group_secret_enc', sa.LargeBinary(), nullable=False),
    sa.Column('masterdata_group_id', sa.Uuid(), nullable=False),
    sa.Column('ou', sa.String(length=128), nullable=False),
    sa.Column('environment', sa.String(length=128), nullable=False),
    sa.Column('product_key', sa.String(length=128), nullable=False),
    sa.Column('gateway', sa.String(length=512), nullable=False),
    sa.Column('allocation_policy', sa.String(length=32), nullable=False),
    sa.Column('reprovision_policy', sa.String(length=16), nullable=False),
    sa.Column('label_template', sa.String(length=64), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['masterdata_group_id'], ['masterdata_groups.id'], name=op.f('fk_registration_groups_masterdata_group_id_masterdata_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration_groups')),
    sa.UniqueConstraint('group_id', name=op.f('uq_registration_groups_group_id')),
    sa.UniqueConstraint('name', name=op.f('uq_registration_groups_name'))
    )
    with op.batch_alter_table('registration_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_groups_dirty'), ['dirty'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_groups_masterdata_group_id'), ['masterdata_group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_groups_rev'), ['rev'], unique=False)

    op.create_table('batches',
    sa.Column('registration_group_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('review', sa.String(length=16), nullable=False),
    sa.Column('review_comment', sa.Text(), nullable=False),
    sa.Column('reviewed_by', sa.String(length=128), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['registration_group_id'], ['registration_groups.id'], name=op.f('fk_batches_registration_group_id_registration_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batches')),
    sa.UniqueConstraint('registration_group_id', 'number', name=op.f('uq_batches_registration_group_id_number'))
    )
    with op.batch_alter_table('batches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_batches_dirty'), ['dirty'], unique=False)
        batch_op.create_index(batch_op.f('ix_batches_registration_group_id'), ['registration_group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_batches_rev'), ['rev'], unique=False)

    op.create_table('assets',
    sa.Column('registration_group_id', sa.Uuid(), nullable=False),
    sa.Column('batch_id', sa.Uuid(), nullable=True),
    sa.Column('asset_code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('master_data', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['batches.id'], name=op.f('fk_assets_batch_id_batches')),
    sa.ForeignKeyConstraint(['registration_group_id'], ['registration_groups.id'], name=op.f('fk_assets_registration_group_id_registration_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assets')),
    sa.UniqueConstraint('asset_code', name=op.f('uq_assets_asset_code'))
    )
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assets_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assets_dirty'), ['dirty'], unique=False)
        batch_op.create_index(batch_op.f('ix_assets_registration_group_id'), ['registration_group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assets_rev'), ['rev'], unique=False)

    op.create_table('device_identities',
    sa.Column('registration_group_id', sa.Uuid(), nullable=False),
    sa.Column('asset_id', sa.Uuid(), nullable=False),
    sa.Column('sn', sa.String(length=64), nullable=False),
    sa.Column('manual_code', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_error', sa.Text(), nullable=False),
    sa.Column('status_before_disable', sa.String(length=16), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=False),
    sa.Column('labels_printed', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_device_identities_asset_id_assets')),
    sa.ForeignKeyConstraint(['registration_group_id'], ['registration_groups.id'], name=op.f('fk_device_identities_registration_group_id_registration_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device_identities')),
    sa.UniqueConstraint('registration_group_id', 'sn', name=op.f('uq_device_identities_registration_group_id_sn'))
    )
    with op.batch_alter_table('device_identities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device_identities_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_device_identities_dirty'), ['dirty'], unique=False)
        batch_op.create_index('ix_device_identities_group_status_sn', ['registration_group_id', 'status', 'sn'], unique=False)
        batch_op.create_index(batch_op.f('ix_device_identities_manual_code'), ['manual_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_device_identities_rev'), ['rev'], unique=False)

    op.create_table('allocations',
    sa.Column('identity_id', sa.Uuid(), nullable=False),
    sa.Column('asset_id', sa.Uuid(), nullable=False),
    sa.Column('asset_code', sa.String(length=32), nullable=False),
    sa.Column('ou', sa.String(length=128), nullable=False),
    sa.Column('environment', sa.String(length=128), nullable=False),
    sa.Column('product_key', sa.String(length=128), nullable=False),
    sa.Column('gateway', sa.String(length=512), nullable=False),
    sa.Column('device_secret_enc', sa.LargeBinary(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_allocations_asset_id_assets')),
    sa.ForeignKeyConstraint(['identity_id'], ['device_identities.id'], name=op.f('fk_allocations_identity_id_device_identities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allocations'))
    )
    with op.batch_alter_table('allocations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_allocations_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_allocations_dirty'), ['dirty'], unique=False)
        batch_op.create_index(batch_op.f('ix_allocations_identity_id'), ['identity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_allocations_rev'), ['rev'], unique=False)

    op.create_table('reprovision_requests',
    sa.Column('identity_id', sa.Uuid(), nullable=False),
    sa.Column('from_ou', sa.String(length=128), nullable=False),
    sa.Column('from_environment', sa.String(length=128), nullable=False),
    sa.Column('target_ou', sa.String(length=128), nullable=False),
    sa.Column('target_environment', sa.String(length=128), nullable=False),
    sa.Column('target_product_key', sa.String(length=128), nullable=False),
    sa.Column('policy', sa.String(length=16), nullable=False),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('requested_by', sa.String(length=128), nullable=False),
    sa.Column('decided_by', sa.String(length=128), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['identity_id'], ['device_identities.id'], name=op.f('fk_reprovision_requests_identity_id_device_identities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reprovision_requests'))
    )
    with op.batch_alter_table('reprovision_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reprovision_requests_dirty'), ['dirty'], unique=False)
        batch_op.create_index(batch_op.f('ix_reprovision_requests_identity_id'), ['identity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reprovision_requests_rev'), ['rev'], unique=False)
        batch_op.create_index(batch_op.f('ix_reprovision_requests_state'), ['state'], unique=False)

    attributes = sa.table(
        "attribute_definitions",
        sa.column("id", sa.Uuid()),
        sa.column("key", sa.String()),
        sa.column("label", sa.String()),
        sa.column("type", sa.String()),
        sa.column("required", sa.Boolean()),
        sa.column("default_value", sa.Text()),
        sa.column("choices", sa.JSON()),
        sa.column("rules", sa.JSON()),
        sa.column("builtin", sa.Boolean()),
        sa.column("rev", sa.BigInteger()),
        sa.column("dirty", sa.Boolean()),
        sa.column("updated_at", sa.DateTime()),
        sa.column("station", sa.String()),
        sa.column("deleted", sa.Boolean()),
    )
    # Built-ins have the same ids everywhere, so that they never sync or conflict.
    op.bulk_insert(
        attributes,
        [
            {
                "id": uuid.uuid5(BUILTIN_NAMESPACE, key),
                "key": key,
                "label": label,
                "type": kind,
                "required": False,
                "default_value": None,
                "choices": [],
                "rules": rules,
                "builtin": True,
                "rev": 0,
                "dirty": False,
                "updated_at": datetime(2026, 1, 1),
                "station": "",
                "deleted": False,
            }
            for key, label, kind, rules in BUILTIN_ATTRIBUTES
        ],
    )

    _create_sync_tables()


def _create_sync_tables() -> None:
    """Sync: the central revision counter, the wrapped organisation key, local conflict records."""
    op.create_table('sync_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_counter'))
    )
    op.create_table('org_key_wraps',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kdf', sa.String(length=64), nullable=False),
    sa.Column('salt', sa.LargeBinary(), nullable=False),
    sa.Column('wrapped_key', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_org_key_wraps'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('central_row_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('label', sa.String(length=256), nullable=False),
    sa.Column('local_version', sa.JSON(), nullable=False),
    sa.Column('central_version', sa.JSON(), nullable=True),
    sa.Column('central_rev', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=16), nullable=False),
    sa.Column('resolved_by', sa.String(length=128), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_row_id'), ['row_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_row_id'))
    op.drop_table('sync_conflicts')
    op.drop_table('org_key_wraps')
    op.drop_table('sync_counter')
    with op.batch_alter_table('reprovision_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reprovision_requests_state'))
        batch_op.drop_index(batch_op.f('ix_reprovision_requests_rev'))
        batch_op.drop_index(batch_op.f('ix_reprovision_requests_identity_id'))
        batch_op.drop_index(batch_op.f('ix_reprovision_requests_dirty'))

    op.drop_table('reprovision_requests')
    with op.batch_alter_table('allocations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_allocations_rev'))
        batch_op.drop_index(batch_op.f('ix_allocations_identity_id'))
        batch_op.drop_index(batch_op.f('ix_allocations_dirty'))
        batch_op.drop_index(batch_op.f('ix_allocations_asset_id'))

    op.drop_table('allocations')
    with op.batch_alter_table('device_identities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device_identities_rev'))
        batch_op.drop_index(batch_op.f('ix_device_identities_manual_code'))
        batch_op.drop_index('ix_device_identities_group_status_sn')
        batch_op.drop_index(batch_op.f('ix_device_identities_dirty'))
        batch_op.drop_index(batch_op.f('ix_device_identities_asset_id'))

    op.drop_table('device_identities')
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assets_rev'))
        batch_op.drop_index(batch_op.f('ix_assets_registration_group_id'))
        batch_op.drop_index(batch_op.f('ix_assets_dirty'))
        batch_op.drop_index(batch_op.f('ix_assets_batch_id'))

    op.drop_table('assets')
    with op.batch_alter_table('batches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_batches_rev'))
        batch_op.drop_index(batch_op.f('ix_batches_registration_group_id'))
        batch_op.drop_index(batch_op.f('ix_batches_dirty'))

    op.drop_table('batches')
    with op.batch_alter_table('registration_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registration_groups_rev'))
        batch_op.drop_index(batch_op.f('ix_registration_groups_masterdata_group_id'))
        batch_op.drop_index(batch_op.f('ix_registration_groups_dirty'))

    op.drop_table('registration_groups')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_rev'))
        batch_op.drop_index(batch_op.f('ix_users_dirty'))

    op.drop_table('users')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_rev'))
        batch_op.drop_index(batch_op.f('ix_organisation_dirty'))

    op.drop_table('organisation')
    with op.batch_alter_table('masterdata_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_masterdata_groups_rev'))
        batch_op.drop_index(batch_op.f('ix_masterdata_groups_dirty'))

    op.drop_table('masterdata_groups')
    op.drop_table('local_settings')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_sn'))
        batch_op.drop_index(batch_op.f('ix_audit_events_rev'))
        batch_op.drop_index(batch_op.f('ix_audit_events_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_events_at'))
        batch_op.drop_index(batch_op.f('ix_audit_events_action'))

    op.drop_table('audit_events')
    with op.batch_alter_table('attribute_definitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attribute_definitions_rev'))
        batch_op.drop_index(batch_op.f('ix_attribute_definitions_dirty'))

    op.drop_table('attribute_definitions')
