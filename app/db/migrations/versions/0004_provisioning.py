"""the provisioning service: group options, registrations, service heartbeats and errors

Registration groups get the provisioning options (devices provision from the group, SNs not registered in
advance, the weighted targets of the `hashed` allocation policy, the `webhook` policy's URL and CA); the
synced `registrations` table keeps every answered registration; `service_heartbeats` and `service_errors`
are local tables the running service writes for the Office's status panel.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('registration_groups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('device_provisioning', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('allow_unregistered', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('allocation_targets', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('webhook_url', sa.String(length=512), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('webhook_ca_pem', sa.Text(), nullable=False, server_default=''))
    # The defaults only fill the existing rows; the models give every new row its values.
    with op.batch_alter_table('registration_groups', schema=None) as batch_op:
        for name in ('device_provisioning', 'allow_unregistered', 'allocation_targets', 'webhook_url',
                     'webhook_ca_pem'):
            batch_op.alter_column(name, server_default=None)

    op.create_table('registrations',
    sa.Column('identity_id', sa.Uuid(), nullable=False),
    sa.Column('allocation_id', sa.Uuid(), nullable=True),
    sa.Column('operation_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('first_registered_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('substatus', sa.String(length=48), nullable=False),
    sa.Column('assigned_hub', sa.String(length=512), nullable=False),
    sa.Column('device_id', sa.String(length=32), nullable=False),
    sa.Column('etag', sa.String(length=64), nullable=False),
    sa.Column('error_code', sa.Integer(), nullable=True),
    sa.Column('error_message', sa.Text(), nullable=False),
    sa.Column('transport', sa.String(length=16), nullable=False),
    sa.Column('peer', sa.String(length=128), nullable=False),
    sa.Column('instance', sa.String(length=128), nullable=False),
    sa.Column('device_payload', sa.JSON(), nullable=True),
    sa.Column('response_payload', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['allocation_id'], ['allocations.id'],
                            name=op.f('fk_registrations_allocation_id_allocations')),
    sa.ForeignKeyConstraint(['identity_id'], ['device_identities.id'],
                            name=op.f('fk_registrations_identity_id_device_identities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registrations')),
    sa.UniqueConstraint('operation_id', name=op.f('uq_registrations_operation_id'))
    )
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.create_index('ix_registrations_identity_created', ['identity_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_registrations_allocation_id'), ['allocation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registrations_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_registrations_dirty'), ['dirty'], unique=False)
        batch_op.create_index(batch_op.f('ix_registrations_rev'), ['rev'], unique=False)

    op.create_table('service_heartbeats',
    sa.Column('instance', sa.String(length=128), nullable=False),
    sa.Column('endpoints', sa.JSON(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen', sa.DateTime(), nullable=False),
    sa.Column('stopping', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('instance', name=op.f('pk_service_heartbeats'))
    )
    op.create_table('service_errors',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('instance', sa.String(length=128), nullable=False),
    sa.Column('peer', sa.String(length=128), nullable=False),
    sa.Column('transport', sa.String(length=16), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_errors'))
    )
    with op.batch_alter_table('service_errors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_errors_at'), ['at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('service_errors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_errors_at'))
    op.drop_table('service_errors')
    op.drop_table('service_heartbeats')
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registrations_rev'))
        batch_op.drop_index(batch_op.f('ix_registrations_dirty'))
        batch_op.drop_index(batch_op.f('ix_registrations_created_at'))
        batch_op.drop_index(batch_op.f('ix_registrations_allocation_id'))
        batch_op.drop_index('ix_registrations_identity_created')
    op.drop_table('registrations')
    with op.batch_alter_table('registration_groups', schema=None) as batch_op:
        batch_op.drop_column('webhook_ca_pem')
        batch_op.drop_column('webhook_url')
        batch_op.drop_column('allocation_targets')
        batch_op.drop_column('allow_unregistered')
        batch_op.drop_column('device_provisioning')
