"""The provisioning service's status for people: heartbeats, last errors, registrations (local tables).

The running service (`dps-station serve`, possibly several instances on one database) writes a heartbeat every
~10 s and each refused connection; the Office reads them here. Heartbeats and errors never sync: they describe
the processes on this database, not the devices.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import (
    DeviceIdentity,
    Registration,
    RegistrationGroup,
    ServiceError,
    ServiceHeartbeat,
)
from app.domain.permissions import Permission
from app.domain.records import (
    ProvisioningOverview,
    RegistrationRecord,
    ServiceErrorRecord,
    ServiceInstanceRecord,
)
from app.services.context import ServiceContext
from app.services.device_lookup import device_row
from app.services.groups import group_row

FRESH = timedelta(seconds=30)
"""A heartbeat younger than this means the instance runs (it beats every ~10 s)."""
FORGET_AFTER = timedelta(days=1)
KEEP_ERRORS = 200
MAX_MESSAGE = 500


def write_heartbeat(ctx: ServiceContext, instance: str, endpoints: dict[str, str], *, stopping: bool = False) -> None:
    now = utcnow()
    with ctx.write() as session:
        row = session.get(ServiceHeartbeat, instance[:128], with_for_update=True)
        if row is None:
            row = ServiceHeartbeat(instance=instance[:128], started_at=now)
            session.add(row)
        row.endpoints = {str(key)[:32]: str(value)[:128] for key, value in list(endpoints.items())[:8]}
        row.last_seen = now
        row.stopping = stopping
        session.execute(delete(ServiceHeartbeat).where(ServiceHeartbeat.last_seen < now - FORGET_AFTER))


class _ErrorThrottle:
    """At most ERRORS_PER_SECOND rows a second per process: a flood of garbage costs the database a few writes,
    and the next row written says how many were left out. (Only a throttle: losing it loses nothing.)"""

    def __init__(self, per_second: int) -> None:
        self.per_second = per_second
        self.second = 0
        self.written = 0
        self.suppressed = 0
        self.lock = threading.Lock()

    def admit(self) -> int | None:
        """None: leave this one out; else the number left out before it."""
        with self.lock:
            now = int(time.monotonic())
            if now != self.second:
                self.second, self.written = now, 0
            if self.written >= self.per_second:
                self.suppressed += 1
                return None
            self.written += 1
            left_out, self.suppressed = self.suppressed, 0
            return left_out


ERRORS_PER_SECOND = 20
_throttle = _ErrorThrottle(ERRORS_PER_SECOND)


def write_error(ctx: ServiceContext, instance: str, peer: str, transport: str, message: str) -> bool:
    """Keep the newest KEEP_ERRORS only, written at most ERRORS_PER_SECOND a second, so a flood of garbage
    cannot grow the database or hold its write lock. False when this one was left out."""
    left_out = _throttle.admit()
    if left_out is None:
        return False
    if left_out:
        message = f"{message} (and {left_out} more refusals not listed)"
    with ctx.write() as session:
        session.add(ServiceError(at=utcnow(), instance=instance[:128], peer=peer[:128], transport=transport[:16],
                                 message=message[:MAX_MESSAGE]))
        session.flush()
        newest = session.scalar(select(func.max(ServiceError.id)))
        if newest is not None and newest > KEEP_ERRORS:
            session.execute(delete(ServiceError).where(ServiceError.id <= newest - KEEP_ERRORS))
    return True


def _instance_record(row: ServiceHeartbeat, now: datetime, host: str) -> ServiceInstanceRecord:
    running = not row.stopping and now - row.last_seen <= FRESH
    return ServiceInstanceRecord(row.instance, dict(row.endpoints or {}), row.started_at, row.last_seen, running,
                                 row.instance.rsplit(":", 1)[0] == host)


def _registration_records(session: Session, rows: Sequence[Registration]) -> list[RegistrationRecord]:
    ids = {row.identity_id for row in rows}
    names: dict[object, tuple[str, str]] = {}
    if ids:
        names = {identity_id: (group, sn) for identity_id, group, sn in session.execute(
            select(DeviceIdentity.id, RegistrationGroup.name, DeviceIdentity.sn)
            .join(RegistrationGroup, RegistrationGroup.id == DeviceIdentity.registration_group_id)
            .where(DeviceIdentity.id.in_(ids)))}
    return [RegistrationRecord(row.operation_id, *names.get(row.identity_id, ("?", "?")), row.created_at, row.status,
                               row.substatus, row.assigned_hub, row.device_id, row.error_message, row.transport,
                               row.instance) for row in rows]


def overview(ctx: ServiceContext, *, errors: int = 20, recent: int = 20) -> ProvisioningOverview:
    """For the Office: instances (running: a heartbeat within 30 s), registrations and errors."""
    ctx.require(Permission.VIEW)
    now = utcnow()
    host = socket.gethostname()
    hour_ago = now - timedelta(hours=1)
    with ctx.read() as session:
        instances = [_instance_record(row, now, host) for row in session.scalars(
            select(ServiceHeartbeat).order_by(ServiceHeartbeat.last_seen.desc()))]
        counts = dict(session.execute(select(Registration.status, func.count()).where(
            Registration.created_at >= hour_ago).group_by(Registration.status)).all())
        error_rows = session.scalars(select(ServiceError).order_by(ServiceError.id.desc()).limit(errors)).all()
        recent_rows = session.scalars(select(Registration).order_by(Registration.created_at.desc())
                                      .limit(recent)).all()
        return ProvisioningOverview(
            instances, sum(counts.values()), counts.get("failed", 0),
            [ServiceErrorRecord(row.at, row.instance, row.peer, row.transport, row.message) for row in error_rows],
            _registration_records(session, recent_rows))


def device_registrations(ctx: ServiceContext, group: str, sn: str, *, limit: int = 100) -> list[RegistrationRecord]:
    """A device's registrations, newest first (the device details)."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        identity = device_row(session, group_row(session, group), sn)
        return registrations_of(session, identity.id, limit=limit)


def registrations_of(session: Session, identity_id: uuid.UUID, *, limit: int = 100) -> list[RegistrationRecord]:
    rows = session.scalars(select(Registration).where(Registration.identity_id == identity_id)
                           .order_by(Registration.created_at.desc()).limit(limit)).all()
    return _registration_records(session, rows)


def last_registrations(ctx: ServiceContext, group: str, sns: Sequence[str]) -> dict[str, RegistrationRecord]:
    """The newest registration of each of these SNs that has one (the Field's "registered" indicator)."""
    ctx.require(Permission.VIEW)
    found: dict[str, RegistrationRecord] = {}
    with ctx.read() as session:
        group_ = group_row(session, group)
        for start in range(0, len(sns), 900):
            chunk = list(sns[start:start + 900])
            newest = (select(Registration.identity_id, func.max(Registration.created_at).label("at"))
                      .join(DeviceIdentity, DeviceIdentity.id == Registration.identity_id)
                      .where(DeviceIdentity.registration_group_id == group_.id, DeviceIdentity.sn.in_(chunk),
                             DeviceIdentity.deleted.is_(False))
                      .group_by(Registration.identity_id).subquery())
            rows = session.scalars(select(Registration).join(
                newest, (newest.c.identity_id == Registration.identity_id) & (newest.c.at == Registration.created_at))
            ).all()
            for record in _registration_records(session, rows):
                found[record.sn] = record
    return found
