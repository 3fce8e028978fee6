"""The provisioning service's hot path in SQLAlchemy Core (docs/performance-provisioning.md).

A device's first assignment is the registration the service does most (a thousand devices of a new site), and
with ORM objects it cost about 4 ms of Python per registration, a dozen statements and four flushes. Here the same
rows are read and written with Core statements: the group row, the device's identity locked together with its
asset's code, the allocation, the identity's new status, the registration row and (audit.append) the audit event.
The rows written carry exactly what the ORM path writes, including the sync columns that the writer session's
`before_flush` hook stamps on ORM objects (`dirty`, `updated_at`, `station`), which Core statements bypass.

Everything else (webhook policy, failures, a device that already has an allocation, disabled devices) keeps
the ORM path in device_registration.py: rare, and it shares the lifecycle code with the window and the CLI.

The decrypted group secrets are kept in this process's memory (never logged, never written), keyed on the group
row's id, its encrypted secret and the data key object: a new secret or a re-encryption is another key, so a
changed group is never answered from a stale entry, and several instances need nothing from each other.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.db.models import (
    Allocation,
    Asset,
    DeviceIdentity,
    Registration,
    RegistrationGroup,
)
from app.domain.enums import AllocationState, DeviceStatus
from app.security.derivation import new_device_secret
from app.services.context import ServiceContext
from app.services.groups import secret_purpose
from app.services.lifecycle import device_secret_purpose

GROUPS: Table = RegistrationGroup.__table__  # type: ignore[assignment]
IDENTITIES: Table = DeviceIdentity.__table__  # type: ignore[assignment]
ASSETS: Table = Asset.__table__  # type: ignore[assignment]
ALLOCATIONS: Table = Allocation.__table__  # type: ignore[assignment]
REGISTRATIONS: Table = Registration.__table__  # type: ignore[assignment]

# A registration group read with Core (a Row): every column of registration_groups as an attribute, as on the
# ORM object; the allocation policies, the webhook request and audit entries only read attributes.
type GroupRow = Any

# Built once: building a statement (coercions, cache key) costs more Python than running it.
_GROUP = select(GROUPS).where(GROUPS.c.group_id == bindparam("scope"), GROUPS.c.deleted.is_(False),
                              GROUPS.c.device_provisioning.is_(True))
_GROUP_AND_IDENTITY = (
    select(GROUPS, IDENTITIES.c.id.label("identity_id"), IDENTITIES.c.sn.label("identity_sn"),
           IDENTITIES.c.status.label("identity_status"), IDENTITIES.c.asset_id.label("identity_asset_id"),
           ASSETS.c.asset_code.label("identity_asset_code"))
    .join(IDENTITIES, IDENTITIES.c.registration_group_id == GROUPS.c.id)
    .join(ASSETS, ASSETS.c.id == IDENTITIES.c.asset_id)
    .where(GROUPS.c.group_id == bindparam("scope"), GROUPS.c.deleted.is_(False),
           GROUPS.c.device_provisioning.is_(True), IDENTITIES.c.sn == bindparam("sn"),
           IDENTITIES.c.deleted.is_(False))
    .with_for_update(of=IDENTITIES))
_SUPERSEDE = (update(ALLOCATIONS)
              .where(ALLOCATIONS.c.asset_id == bindparam("asset"),
                     ALLOCATIONS.c.state == AllocationState.ACTIVE.value)
              .values(state=AllocationState.SUPERSEDED.value, dirty=True, updated_at=bindparam("now"),
                      station=bindparam("station")))
_INSERT_ALLOCATION = insert(ALLOCATIONS)
_CONNECTED = (update(IDENTITIES).where(IDENTITIES.c.id == bindparam("identity"))
              .values(status=DeviceStatus.CONNECTED.value, status_changed_at=bindparam("now"), status_error="",
                      dirty=True, updated_at=bindparam("now"), station=bindparam("station")))
_FIRST_REGISTERED = (select(REGISTRATIONS.c.first_registered_at)
                     .where(REGISTRATIONS.c.identity_id == bindparam("identity"))
                     .order_by(REGISTRATIONS.c.created_at.desc()).limit(1))
_INSERT_REGISTRATION = insert(REGISTRATIONS)

_SECRET_CACHE_SIZE = 256
_secrets: dict[tuple[Any, ...], str] = {}
_secrets_lock = threading.Lock()


def provisionable_group(session: Session, id_scope: str) -> GroupRow | None:
    """The group row (every column, as attributes) devices provision from with this Group ID, or None."""
    if not id_scope or len(id_scope) > 32:
        return None
    return session.connection().execute(_GROUP, {"scope": id_scope}).first()


def group_secret(ctx: ServiceContext, group: GroupRow) -> str:
    """The group's decrypted secret, decrypted once per (group, encrypted secret, data key) in this process."""
    data_key = ctx.keyring.require_data_key()
    key = (group.id, bytes(group.group_secret_enc), id(data_key))
    secret = _secrets.get(key)
    if secret is None:
        secret = data_key.decrypt(group.group_secret_enc, secret_purpose(group.id)).decode("ascii")
        with _secrets_lock:
            if len(_secrets) >= _SECRET_CACHE_SIZE:
                _secrets.clear()
            _secrets[key] = secret
    return secret


def forget_secrets() -> None:
    """Drop every cached group secret (tests; a keyring that locks)."""
    with _secrets_lock:
        _secrets.clear()
        _scopes.clear()


# The authentication step (the device's key, at CONNECT or per HTTPS request) may use what it found for a Group ID
# for SCOPE_SECONDS: a group switched off, deleted or given a new secret is still accepted at CONNECT for at most
# that long, and then its registration is refused anyway (register() reads the group in its own transaction).
# Only found groups are kept: a new Group ID or one switched on works at once, and bad scopes cost a look-up.
SCOPE_SECONDS = 2.0
clock: Callable[[], float] = time.monotonic
_scopes: dict[tuple[str, str, int], tuple[float, str]] = {}


def recent_scope_secret(ctx: ServiceContext, id_scope: str) -> str | None:
    """The group secret of a Group ID found provisionable within SCOPE_SECONDS, else None (look it up)."""
    found = _scopes.get((ctx.db.url, id_scope, id(ctx.keyring.require_data_key())))
    if found is None or found[0] < clock():
        return None
    return found[1]


def remember_scope_secret(ctx: ServiceContext, id_scope: str, secret: str) -> None:
    key = (ctx.db.url, id_scope, id(ctx.keyring.require_data_key()))
    with _secrets_lock:
        if len(_scopes) >= _SECRET_CACHE_SIZE:
            _scopes.clear()
        _scopes[key] = (clock() + SCOPE_SECONDS, secret)


@dataclass(frozen=True)
class LockedIdentity:
    id: uuid.UUID
    sn: str
    status: str
    asset_id: uuid.UUID
    asset_code: str


def group_and_locked_identity(session: Session, id_scope: str,
                              sn: str) -> tuple[GroupRow | None, LockedIdentity | None]:
    """The provisionable group and the device's identity (with its asset's code) in one statement, the identity's
    row locked for this transaction (SELECT ... FOR UPDATE OF device_identities on PostgreSQL; SQLite's write
    transaction is serial anyway). Without such an identity: the group alone (None when not provisionable)."""
    if not id_scope or len(id_scope) > 32:
        return None, None
    found = session.connection().execute(_GROUP_AND_IDENTITY, {"scope": id_scope, "sn": sn}).first()
    if found is None:
        return provisionable_group(session, id_scope), None
    return found, LockedIdentity(found.identity_id, found.identity_sn, found.identity_status,
                                 found.identity_asset_id, found.identity_asset_code)


def _stamp(session: Session, now: datetime) -> dict[str, Any]:
    """The sync columns of a changed row, as the writer session's before_flush hook stamps them."""
    return {"dirty": True, "updated_at": now, "station": session.info.get("station", "")}


def allocate(session: Session, ctx: ServiceContext, identity: LockedIdentity, ou: str, environment: str,
             product_key: str, gateway: str, now: datetime) -> tuple[uuid.UUID, str]:
    """lifecycle._allocate in Core: the asset's active allocations are superseded, a new one with a new device
    secret (encrypted) is inserted. Returns (allocation id, the device secret in clear, to answer the device)."""
    data_key = ctx.keyring.require_data_key()
    stamp = _stamp(session, now)
    connection = session.connection()
    connection.execute(_SUPERSEDE, {"asset": identity.asset_id, "now": now, "station": stamp["station"]})
    allocation_id = uuid.uuid4()
    secret = new_device_secret()
    connection.execute(_INSERT_ALLOCATION, {
        "id": allocation_id, "identity_id": identity.id, "asset_id": identity.asset_id,
        "asset_code": identity.asset_code, "ou": ou, "environment": environment, "product_key": product_key,
        "gateway": gateway,
        "device_secret_enc": data_key.encrypt(secret.encode("ascii"), device_secret_purpose(allocation_id)),
        "state": AllocationState.ACTIVE.value, "rev": 0, **stamp})
    return allocation_id, secret


def set_connected(session: Session, identity: LockedIdentity, now: datetime) -> None:
    """The identity becomes `connected` (lifecycle._set_status) and its last error is cleared."""
    session.connection().execute(_CONNECTED, {"identity": identity.id, "now": now,
                                              "station": session.info.get("station", "")})


def first_registered_at(session: Session, identity_id: uuid.UUID) -> datetime | None:
    """The identity's first registration time, carried by its newest registration row (None: never)."""
    return session.connection().execute(_FIRST_REGISTERED, {"identity": identity_id}).scalar()


def insert_registration(session: Session, values: dict[str, Any], now: datetime) -> None:
    """A registration row (written once, never changed)."""
    session.connection().execute(_INSERT_REGISTRATION, {"rev": 0, **values, **_stamp(session, now)})
