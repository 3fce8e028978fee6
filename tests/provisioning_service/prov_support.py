"""Shared parts of the provisioning service tests: a station with a group, devices, the service's context."""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

from sqlalchemy import func, select

from app.db.models import Allocation, Registration
from app.services import device_registration as reg
from app.services import groups
from app.services.context import ServiceContext

GROUP = "line1"


def group_id(ctx: ServiceContext, group: str = GROUP) -> str:
    return groups.get_group(ctx, group).group_id


def request(ctx: ServiceContext, sn: str, *, group: str = GROUP, payload: dict[str, Any] | None = None,
            transport: str = "mqtt", scope: str | None = None) -> reg.RegistrationRequest:
    return reg.RegistrationRequest(scope if scope is not None else group_id(ctx, group), sn, payload, transport,
                                   "127.0.0.1:50000", "test-host:1")


def service(ctx: ServiceContext) -> ServiceContext:
    return reg.service_context(ctx.db, ctx.keyring, ctx.home)


def expected_key(ctx: ServiceContext, sn: str, group: str = GROUP) -> bytes:
    """The derived key computed independently of the service (Azure's formula)."""
    secret = groups.reveal_group_secret(ctx, group)
    return hmac.new(base64.b64decode(secret), sn.encode(), hashlib.sha256).digest()


def allocation_count(ctx: ServiceContext) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(Allocation)) or 0


def registration_count(ctx: ServiceContext) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(Registration)) or 0
