"""Scanning over the station's database: the device directory the scan outcomes are decided against.

Read-only: a scan writes nothing; onboarding is a separate service call (lifecycle).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select

from app.db.models import DeviceIdentity, RegistrationGroup
from app.domain.permissions import Permission
from app.qr.manual_code import normalise_manual_code
from app.scan.outcomes import KnownDevice
from app.scan.session import ScanSession
from app.security.signing import VerifyingKey
from app.services.context import ServiceContext
from app.services.device_lookup import device_select, to_record
from app.services.groups import group_row
from app.services.organisation import verifying_keys

MAX_MATCHES = 20


class DatabaseDeviceDirectory:
    """DeviceDirectory over the database of a service context. Every call is one short read."""

    def __init__(self, ctx: ServiceContext) -> None:
        ctx.require(Permission.VIEW)
        self._ctx = ctx
        self._keys: dict[str, VerifyingKey] | None = None

    def find_by_sn(self, sn: str, group_id: str | None) -> list[KnownDevice]:
        query = _devices().where(DeviceIdentity.sn == sn)
        if group_id is not None:
            query = query.where(RegistrationGroup.group_id == group_id)
        return self._run(query)

    def find_by_manual_code(self, code: str) -> list[KnownDevice]:
        digits = normalise_manual_code(code)
        if digits is None:
            return []
        return self._run(_devices().where(DeviceIdentity.manual_code == digits))

    def verifying_keys(self) -> Mapping[str, VerifyingKey]:
        if self._keys is None:
            self._keys = verifying_keys(self._ctx.db, self._ctx.keyring)
        return self._keys

    def _run(self, query: Select[*tuple[Any, ...]]) -> list[KnownDevice]:
        with self._ctx.read() as session:
            rows = session.execute(query.order_by(RegistrationGroup.name).limit(MAX_MATCHES)).all()
            records = [to_record(*row) for row in rows]
        return [KnownDevice(sn=r.sn, group_name=r.group, group_id=r.group_id, batch=r.batch, status=r.status,
                            registration=r.registration) for r in records]


def _devices() -> Select[*tuple[Any, ...]]:
    """The one device query (device_lookup), live devices of live groups only."""
    return device_select().where(DeviceIdentity.deleted.is_(False), RegistrationGroup.deleted.is_(False))


def open_scan_session(ctx: ServiceContext, group: str | None = None) -> ScanSession:
    """A scan session against this station's devices; `group` (a registration group name) is the one
    being onboarded: devices of other groups are flagged."""
    directory = DatabaseDeviceDirectory(ctx)
    if group is None:
        return ScanSession(directory)
    with ctx.read() as session:
        row = group_row(session, group)
        name, group_id = row.name, row.group_id
    return ScanSession(directory, group_name=name, group_id=group_id)
