"""third-party onboarding codes kept with the devices registered from them

The synced `third_party_codes` table: a Matter or Z-Wave code's public fields, the code encrypted under the
data key, and a keyed fingerprint unique per registration group.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('third_party_codes',
    sa.Column('identity_id', sa.Uuid(), nullable=False),
    sa.Column('registration_group_id', sa.Uuid(), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('code_enc', sa.LargeBinary(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.BigInteger(), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['identity_id'], ['device_identities.id'],
                            name=op.f('fk_third_party_codes_identity_id_device_identities')),
    sa.ForeignKeyConstraint(['registration_group_id'], ['registration_groups.id'],
                            name=op.f('fk_third_party_codes_registration_group_id_registration_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_third_party_codes')),
    sa.UniqueConstraint('registration_group_id', 'fingerprint',
                        name=op.f('uq_third_party_codes_registration_group_id_fingerprint'))
    )
    with op.batch_alter_table('third_party_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_third_party_codes_identity_id'), ['identity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_third_party_codes_dirty'), ['dirty'], unique=False)
        batch_op.create_index(batch_op.f('ix_third_party_codes_rev'), ['rev'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('third_party_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_third_party_codes_rev'))
        batch_op.drop_index(batch_op.f('ix_third_party_codes_dirty'))
        batch_op.drop_index(batch_op.f('ix_third_party_codes_identity_id'))
    op.drop_table('third_party_codes')
