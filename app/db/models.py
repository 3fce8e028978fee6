"""The schema: typed SQLAlchemy models. Alembic migrations in migrations/ create exactly this."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin, UTCDateTime, utcnow

SN_MAX_LENGTH = 64
NAME_MAX_LENGTH = 128


class IntegrityMixin:
    """Rows whose change matters carry a keyed integrity value (app/security/integrity.py), set on every write
    (the writer session's before_flush hook, and the Core statements that write these tables) and checked by
    `audit verify`. NULL only on rows written before the value existed, until the upgrade seals them."""

    integrity: Mapped[str | None] = mapped_column(String(64))


class LocalSetting(Base):
    """Per-database settings that never sync: station id, sync cursor, central URL."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Organisation(IntegrityMixin, SyncedMixin, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    signing_key_id: Mapped[str] = mapped_column(String(16), nullable=False)
    signing_public_key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    signing_private_key_enc: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    data_key_check: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class User(IntegrityMixin, SyncedMixin, Base):
    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), unique=True, nullable=False)
    full_name: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), default="", nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class AttributeDefinition(SyncedMixin, Base):
    __tablename__ = "attribute_definitions"

    key: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    label: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    type: Mapped[str] = mapped_column(String(16), nullable=False)
    required: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    default_value: Mapped[str | None] = mapped_column(Text)
    choices: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


class MasterDataGroup(SyncedMixin, Base):
    __tablename__ = "masterdata_groups"

    name: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), unique=True, nullable=False)
    asset_type: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    description: Mapped[str] = mapped_column(Text, default="", nullable=False)
    attribute_keys: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)


class RegistrationGroup(IntegrityMixin, SyncedMixin, Base):
    __tablename__ = "registration_groups"

    name: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), unique=True, nullable=False)
    group_id: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    group_secret_enc: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    masterdata_group_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("masterdata_groups.id"), nullable=False, index=True
    )
    ou: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    environment: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    product_key: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), default="", nullable=False)
    gateway: Mapped[str] = mapped_column(String(512), default="", nullable=False)
    allocation_policy: Mapped[str] = mapped_column(String(32), default="static", nullable=False)
    reprovision_policy: Mapped[str] = mapped_column(String(16), nullable=False)
    label_template: Mapped[str] = mapped_column(String(64), default="avery-l7160", nullable=False)
    description: Mapped[str] = mapped_column(Text, default="", nullable=False)
    # Provisioning service (docs/allocation.md): whether devices provision from this group themselves, whether
    # an SN not registered in advance registers on the spot, the weighted targets of the `hashed` policy
    # ([{"gateway", "ou", "environment", "product_key", "weight"}]) and the `webhook` policy's URL and CA.
    device_provisioning: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    allow_unregistered: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    allocation_targets: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list, nullable=False)
    webhook_url: Mapped[str] = mapped_column(String(512), default="", nullable=False)
    webhook_ca_pem: Mapped[str] = mapped_column(Text, default="", nullable=False)


class Batch(IntegrityMixin, SyncedMixin, Base):
    __tablename__ = "batches"
    __table_args__ = (UniqueConstraint("registration_group_id", "number"),)

    registration_group_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("registration_groups.id"), nullable=False, index=True
    )
    number: Mapped[str] = mapped_column(String(64), nullable=False)
    description: Mapped[str] = mapped_column(Text, default="", nullable=False)
    review: Mapped[str] = mapped_column(String(16), default="open", nullable=False)
    review_comment: Mapped[str] = mapped_column(Text, default="", nullable=False)
    reviewed_by: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), default="", nullable=False)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Asset(SyncedMixin, Base):
    """The logical device: asset ID, master data, history. Survives a replacement."""

    __tablename__ = "assets"
    # The device list filters by name prefix within a group (an index range) and sorts a group by name,
    # asset ID or batch in the order of these indexes (asset ID decides between equal values; see services.device_listing).
    __table_args__ = (
        Index("ix_assets_group_name_code", "registration_group_id", "name", "asset_code"),
        Index("ix_assets_group_code", "registration_group_id", "asset_code"),
        Index("ix_assets_batch_group_code", "batch_id", "registration_group_id", "asset_code"),
    )

    registration_group_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("registration_groups.id"), nullable=False, index=True
    )
    batch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("batches.id"), index=True)
    asset_code: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), default="", nullable=False)
    description: Mapped[str] = mapped_column(Text, default="", nullable=False)
    master_data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)


class DeviceIdentity(IntegrityMixin, SyncedMixin, Base):
    """The physical part: SN and credentials, and the lifecycle state the user sees."""

    __tablename__ = "device_identities"
    __table_args__ = (
        UniqueConstraint("registration_group_id", "sn"),
        # The device list sorts a group by each of these in index order, SN deciding between equal values.
        Index("ix_device_identities_group_status_sn", "registration_group_id", "status", "sn"),
        Index("ix_device_identities_group_updated_sn", "registration_group_id", "updated_at", "sn"),
        Index("ix_device_identities_group_code_sn", "registration_group_id", "manual_code", "sn"),
    )

    registration_group_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("registration_groups.id"), nullable=False
    )
    asset_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assets.id"), nullable=False, index=True)
    sn: Mapped[str] = mapped_column(String(SN_MAX_LENGTH), nullable=False)
    manual_code: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    status_error: Mapped[str] = mapped_column(Text, default="", nullable=False)
    status_before_disable: Mapped[str] = mapped_column(String(16), default="", nullable=False)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    labels_printed: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    registration: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    """1, and one more each time the SN is registered again after a deletion; labels of a later registration
    carry it, so that a label of an earlier one is told apart (app/qr/payload.py)."""


class Allocation(SyncedMixin, Base):
    """One allocation of a device to an OU/environment, with its device secret."""

    __tablename__ = "allocations"

    identity_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("device_identities.id"), nullable=False, index=True
    )
    asset_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assets.id"), nullable=False, index=True)
    asset_code: Mapped[str] = mapped_column(String(32), nullable=False)
    ou: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    environment: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    product_key: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), default="", nullable=False)
    gateway: Mapped[str] = mapped_column(String(512), default="", nullable=False)
    device_secret_enc: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False)


class ReprovisionRequest(SyncedMixin, Base):
    __tablename__ = "reprovision_requests"

    identity_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("device_identities.id"), nullable=False, index=True
    )
    from_ou: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    from_environment: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    target_ou: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    target_environment: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    target_product_key: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), default="", nullable=False)
    policy: Mapped[str] = mapped_column(String(16), nullable=False)
    state: Mapped[str] = mapped_column(String(24), nullable=False, index=True)
    requested_by: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    decided_by: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), default="", nullable=False)
    comment: Mapped[str] = mapped_column(Text, default="", nullable=False)
    error: Mapped[str] = mapped_column(Text, default="", nullable=False)


class Registration(SyncedMixin, Base):
    """One registration of a device with the provisioning service (an Azure DPS "operation"), as answered.

    Written once, never changed: any service instance answers a poll for `operation_id` from here, and the device
    details list them. Holds no secret: the device secret is added to the answer from the allocation.
    """

    __tablename__ = "registrations"
    __table_args__ = (Index("ix_registrations_identity_created", "identity_id", "created_at"),)

    identity_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("device_identities.id"), nullable=False)
    allocation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("allocations.id"), index=True)
    operation_id: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False, index=True)
    first_registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    substatus: Mapped[str] = mapped_column(String(48), default="", nullable=False)
    assigned_hub: Mapped[str] = mapped_column(String(512), default="", nullable=False)
    device_id: Mapped[str] = mapped_column(String(32), default="", nullable=False)
    etag: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    error_code: Mapped[int | None] = mapped_column(Integer)
    error_message: Mapped[str] = mapped_column(Text, default="", nullable=False)
    transport: Mapped[str] = mapped_column(String(16), default="", nullable=False)
    peer: Mapped[str] = mapped_column(String(128), default="", nullable=False)
    instance: Mapped[str] = mapped_column(String(128), default="", nullable=False)
    device_payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    response_payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)


class ThirdPartyCode(SyncedMixin, Base):
    """A Matter or Z-Wave onboarding code kept with the device registered from it (services/thirdparty_registry).

    `fields` are the code's public fields (vendor/product IDs, discriminator, ...); the code itself, which holds
    the passcode or the DSK, is an AES-GCM ciphertext under the data key bound to this row; `fingerprint` is a
    keyed hash (HMAC under a key derived from the data key) of what identifies the code, unique per group, so
    the same code is not registered twice and nothing about it can be guessed from the hash.
    """

    __tablename__ = "third_party_codes"
    __table_args__ = (UniqueConstraint("registration_group_id", "fingerprint"),)

    identity_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("device_identities.id"), nullable=False, index=True
    )
    registration_group_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("registration_groups.id"), nullable=False
    )
    format: Mapped[str] = mapped_column(String(16), nullable=False)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)
    code_enc: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)


class ServiceHeartbeat(Base):
    """Local only: a running provisioning service instance (host:pid) says it is alive, every ~10 s."""

    __tablename__ = "service_heartbeats"

    instance: Mapped[str] = mapped_column(String(128), primary_key=True)
    endpoints: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, nullable=False)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    stopping: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


class ServiceError(Base):
    """Local only: a refused connection or registration, for the Office's "last errors" (the newest 200 kept)."""

    __tablename__ = "service_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False, index=True)
    instance: Mapped[str] = mapped_column(String(128), default="", nullable=False)
    peer: Mapped[str] = mapped_column(String(128), default="", nullable=False)
    transport: Mapped[str] = mapped_column(String(16), default="", nullable=False)
    message: Mapped[str] = mapped_column(Text, default="", nullable=False)


class SignInLock(Base):
    """Local only: failed sign-ins of one user name and the lock they earned (app/services/sign_in_guard.py)."""

    __tablename__ = "sign_in_locks"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    locks: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEvent(Base):
    """Append-only, hash-chained per station. Never updated, never conflicts."""

    __tablename__ = "audit_events"
    __table_args__ = (UniqueConstraint("station", "seq"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    station: Mapped[str] = mapped_column(String(64), nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    actor: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False)
    action: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    entity_type: Mapped[str] = mapped_column(String(32), default="", nullable=False)
    entity_id: Mapped[str] = mapped_column(String(64), default="", nullable=False, index=True)
    group_name: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), default="", nullable=False)
    sn: Mapped[str] = mapped_column(String(SN_MAX_LENGTH), default="", nullable=False, index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
    rev: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False, index=True)


# ---- sync (app/sync) -------------------------------------------------------------------------

class SyncCounter(Base):
    """Central only: the one revision counter. Pushes lock its row FOR UPDATE, so revisions commit in order."""

    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False)


class OrgKeyWrap(Base):
    """Central only: the organisation data key wrapped under the enrollment passphrase (scrypt + AES-GCM)."""

    __tablename__ = "org_key_wraps"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    kdf: Mapped[str] = mapped_column(String(64), nullable=False)
    salt: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class SyncWaitingRow(Base):
    """Local only: a pulled row whose parent is held by an open unique conflict (the other station's batch of
    the same number, say). It waits here, not in its table, so no local row points at a missing parent; resolving
    the parent's conflict writes it."""

    __tablename__ = "sync_waiting_rows"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, unique=True)
    parent_table: Mapped[str] = mapped_column(String(64), nullable=False)
    parent_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    version: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class SyncConflict(Base):
    """Local only: a change that met another one. Both versions kept until a supervisor resolves it."""

    __tablename__ = "sync_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    central_row_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    label: Mapped[str] = mapped_column(String(256), default="", nullable=False)
    local_version: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    central_version: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    central_rev: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str] = mapped_column(String(16), default="", nullable=False)
    resolved_by: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), default="", nullable=False)
