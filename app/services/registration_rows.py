"""The provisioning service's hot path in SQLAlchemy Core (docs/performance-provisioning.md).

A device's first assignment is the registration the service does most (a thousand devices of a new site), and
with ORM objects it cost about 4 ms of Python per registration, a dozen statements and four flushes. Here the same
rows are read and written with Core statements: the group row, the device's identity locked together with its
asset's code, the allocation, the identity's new status, the registration row and (audit.append) the audit event.
The rows written carry exactly what the ORM path writes, including the sync columns that the writer session's
`before_flush` hook stamps on ORM objects (`dirty`, `updated_at`, `station`), which Core statements bypass.

Everything else (webhook policy, failures, a device that already has an allocation, disabled devices) keeps
the ORM path in registration_assignment.py: rare, and it shares the lifecycle code with the window and the CLI.

The decrypted group secrets are kept in this process's memory (never logged, never written), keyed on the group
row's id, its encrypted secret and the data key object: a new secret or a re-encryption is another key, so a
changed group is never answered from a stale entry, and several instances need nothing from each other.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, literal, select, tuple_, update
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
from app.services.lifecycle_common import device_secret_purpose
from app.services.row_integrity import core_mac

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
# Group commit (device_registration_batch): every device of a batch locked in one statement, in the order of their
# rows' ids, so two instances' batches that share devices lock them in the same order (no deadlock).
_GROUPS_AND_IDENTITIES = (
    select(*_GROUP_AND_IDENTITY.selected_columns)
    .join_from(GROUPS, IDENTITIES, IDENTITIES.c.registration_group_id == GROUPS.c.id)
    .join(ASSETS, ASSETS.c.id == IDENTITIES.c.asset_id)
    .where(tuple_(GROUPS.c.group_id, IDENTITIES.c.sn).in_(bindparam("pairs", expanding=True)),
           GROUPS.c.deleted.is_(False), GROUPS.c.device_provisioning.is_(True), IDENTITIES.c.deleted.is_(False))
    .order_by(IDENTITIES.c.id)
    .with_for_update(of=IDENTITIES))
_EARLIER_REGISTRATIONS = (select(REGISTRATIONS.c.identity_id, REGISTRATIONS.c.created_at,
                                 REGISTRATIONS.c.first_registered_at)
                          .where(REGISTRATIONS.c.identity_id.in_(bindparam("identities", expanding=True))))
_SUPERSEDE = (update(ALLOCATIONS)
              .where(ALLOCATIONS.c.asset_id == bindparam("asset"),
                     ALLOCATIONS.c.state == AllocationState.ACTIVE.value)
              .values(state=literal(AllocationState.SUPERSEDED.value), dirty=literal(True),
                      updated_at=bindparam("now"), station=bindparam("station")))
_INSERT_ALLOCATION = insert(ALLOCATIONS)
_CONNECTED = (update(IDENTITIES).where(IDENTITIES.c.id == bindparam("identity"))
              .values(status=literal(DeviceStatus.CONNECTED.value), status_changed_at=bindparam("now"),
                      status_error=literal(""), dirty=literal(True), updated_at=bindparam("now"),
                      station=bindparam("station"), integrity=bindparam("integrity")))
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
# for SCOPE_SECONDS: a group switched off or deleted is still accepted at CONNECT for at most that long, and then
# its registration is refused anyway (register() reads the group in its own transaction); a changed group secret
# (no command changes one today) is used after at most that long.
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
    group_id: uuid.UUID | None = None  # the registration group's row id (the identity's integrity value covers it)


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
                                 found.identity_asset_id, found.identity_asset_code, found.id)


def groups_and_locked_identities(session: Session, keys: Sequence[tuple[str, str]]
                                 ) -> dict[tuple[str, str], tuple[GroupRow, LockedIdentity]]:
    """group_and_locked_identity for several devices at once, (Group ID, SN) -> (group row, identity): one
    statement locks every found identity, in the order of the rows' ids. Keys that find nothing are left out."""
    pairs = sorted({(scope, sn) for scope, sn in keys if scope and len(scope) <= 32})
    if not pairs:
        return {}
    found = session.connection().execute(_GROUPS_AND_IDENTITIES, {"pairs": pairs}).all()
    return {(row.group_id, row.identity_sn): (row, LockedIdentity(row.identity_id, row.identity_sn,
                                                                   row.identity_status, row.identity_asset_id,
                                                                   row.identity_asset_code, row.id))
            for row in found}


def _stamp(session: Session, now: datetime) -> dict[str, Any]:
    """The sync columns of a changed row, as the writer session's before_flush hook stamps them."""
    return {"dirty": True, "updated_at": now, "station": session.info.get("station", "")}


def write_first_assignment(session: Session, ctx: ServiceContext, identity: LockedIdentity, allocation: dict[str, Any],
                           registration: dict[str, Any], now: datetime) -> tuple[str, datetime]:
    """lifecycle_common.allocate, set_status(CONNECTED) and the registration row, in Core: the asset's active
    allocations are superseded, the new one (`allocation`: id, ou, environment, product_key, gateway) gets a new
    device secret (encrypted), the identity becomes `connected` with its last error cleared, and the registration
    row (`registration`, every column but first_registered_at) is inserted carrying the identity's first
    registration time. Returns (the device secret in clear, to answer the device; the first registration time).

    PostgreSQL: one statement (data-modifying WITH queries), as every round trip costs both processes CPU; the
    statement runs after the identity's row is locked, so it sees every earlier registration of the device.
    SQLite (no data-modifying WITH): four statements, all in-process."""
    data_key = ctx.keyring.require_data_key()
    secret = new_device_secret()
    stamp = _stamp(session, now)
    allocation = {**allocation, "identity_id": identity.id, "asset_id": identity.asset_id,
                  "asset_code": identity.asset_code, "state": AllocationState.ACTIVE.value, "rev": 0,
                  "deleted": False, **stamp,
                  "device_secret_enc": data_key.encrypt(secret.encode("ascii"),
                                                        device_secret_purpose(allocation["id"]))}
    registration = {**registration, "identity_id": identity.id, "created_at": now, "rev": 0, "deleted": False,
                    **stamp}
    connection = session.connection()
    common = {"asset": identity.asset_id, "identity": identity.id, "now": now, "station": stamp["station"],
              "integrity": core_mac(session, "device_identities", {
                  "registration_group_id": identity.group_id, "sn": identity.sn,
                  "status": DeviceStatus.CONNECTED.value, "deleted": False})}
    if connection.dialect.name == "postgresql":
        first = connection.execute(_pg_first_assignment(), {
            **common, **{f"a_{key}": value for key, value in allocation.items()},
            **{f"r_{key}": value for key, value in registration.items()}}).scalar_one()
        return secret, first
    connection.execute(_SUPERSEDE, common)
    connection.execute(_INSERT_ALLOCATION, allocation)
    connection.execute(_CONNECTED, common)
    first = connection.execute(_FIRST_REGISTERED, common).scalar() or now
    connection.execute(_INSERT_REGISTRATION, {**registration, "first_registered_at": first})
    return secret, first


def write_first_assignments(session: Session, ctx: ServiceContext,
                            items: Sequence[tuple[LockedIdentity, dict[str, Any], dict[str, Any]]],
                            now: datetime) -> list[tuple[str, datetime]]:
    """write_first_assignment for several devices (distinct identities, each locked by this transaction) in one
    transaction, with one statement per kind of row for all of them (executemany: PostgreSQL gets them in one
    round trip each, psycopg pipelines the updates and SQLAlchemy sends the inserts as one multi-row INSERT).
    `items`: (identity, allocation, registration) as write_first_assignment takes them. Returns (device secret,
    first registration time) per item, in order."""
    data_key = ctx.keyring.require_data_key()
    stamp = _stamp(session, now)
    connection = session.connection()
    ids = [identity.id for identity, _allocation, _registration in items]
    earlier: dict[uuid.UUID, tuple[datetime, datetime]] = {}  # identity -> (created_at, first_registered_at)
    for row in connection.execute(_EARLIER_REGISTRATIONS, {"identities": ids}):
        if row.identity_id not in earlier or earlier[row.identity_id][0] < row.created_at:
            earlier[row.identity_id] = (row.created_at, row.first_registered_at)
    secrets: list[str] = []
    firsts: list[datetime] = []
    allocations: list[dict[str, Any]] = []
    registrations: list[dict[str, Any]] = []
    commons: list[dict[str, Any]] = []
    for identity, allocation, registration in items:
        secret = new_device_secret()
        first = earlier[identity.id][1] if identity.id in earlier else now
        secrets.append(secret)
        firsts.append(first)
        allocations.append({**allocation, "identity_id": identity.id, "asset_id": identity.asset_id,
                            "asset_code": identity.asset_code, "state": AllocationState.ACTIVE.value, "rev": 0,
                            "deleted": False, **stamp,
                            "device_secret_enc": data_key.encrypt(secret.encode("ascii"),
                                                                  device_secret_purpose(allocation["id"]))})
        registrations.append({**registration, "identity_id": identity.id, "created_at": now, "rev": 0,
                              "deleted": False, **stamp, "first_registered_at": first})
        commons.append({"asset": identity.asset_id, "identity": identity.id, "now": now,
                        "station": stamp["station"],
                        "integrity": core_mac(session, "device_identities", {
                            "registration_group_id": identity.group_id, "sn": identity.sn,
                            "status": DeviceStatus.CONNECTED.value, "deleted": False})})
    connection.execute(_SUPERSEDE, commons)
    connection.execute(_INSERT_ALLOCATION, allocations)
    connection.execute(_CONNECTED, commons)
    connection.execute(_INSERT_REGISTRATION, registrations)
    return list(zip(secrets, firsts, strict=True))


_PG_STATEMENT: list[Any] = []


def _pg_first_assignment() -> Any:
    """WITH superseded AS (UPDATE allocations ...), allocated AS (INSERT INTO allocations ...),
    connected AS (UPDATE device_identities ...) INSERT INTO registrations ... RETURNING first_registered_at."""
    if not _PG_STATEMENT:
        def params(table: Table, prefix: str, skip: tuple[str, ...] = ()) -> dict[str, Any]:
            return {column.key: bindparam(f"{prefix}{column.key}", type_=column.type) for column in table.columns
                    if column.key not in skip}
        created = bindparam("r_created_at", type_=REGISTRATIONS.c.created_at.type)
        earlier = (select(REGISTRATIONS.c.first_registered_at)
                   .where(REGISTRATIONS.c.identity_id == bindparam("identity"))
                   .order_by(REGISTRATIONS.c.created_at.desc()).limit(1).scalar_subquery())
        values = params(REGISTRATIONS, "r_", ("first_registered_at",))
        values["first_registered_at"] = func.coalesce(earlier, created)
        _PG_STATEMENT.append(
            insert(REGISTRATIONS).values(values)
            .add_cte(_SUPERSEDE.cte("superseded"), insert(ALLOCATIONS).values(params(ALLOCATIONS, "a_")).cte("allocated"),
                     _CONNECTED.cte("connected"))
            .returning(REGISTRATIONS.c.first_registered_at))
    return _PG_STATEMENT[0]
