"""A signed checkpoint of this station's audit chain: its head (#seq and keyed hash) at a moment, signed with the
organisation's Ed25519 key. Batch reports carry one and `dps-station audit checkpoint` prints one, so a report or
a note kept outside the station fixes the trail as it was: `audit verify --checkpoint TEXT` finds an event it
names removed or rewritten since.

Text form: `DPSAC1.<station>.<seq>.<hash>.<time>.<key id>.<signature, base64url>`."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime

from sqlalchemy import select

from app.db.models import AuditEvent
from app.domain.errors import DpsError, InputError
from app.domain.messages import Message, message
from app.domain.messages_station import (
    CHECKPOINT_FORGED,
    CHECKPOINT_MISSING,
    CHECKPOINT_NOT_BASE64,
    CHECKPOINT_REWRITTEN,
    NO_CHECKPOINT,
    NOT_A_CHECKPOINT,
)
from app.domain.permissions import Permission
from app.security.audit_chain import GENESIS_HASH
from app.services.context import ServiceContext
from app.services.organisation import consistent_signing_key, verifying_keys

PREFIX = "DPSAC1"


def _message(station: str, seq: int, mac: str, at: str) -> bytes:
    return f"dps-audit-checkpoint:v1:{station}:{seq}:{mac}:{at}".encode("ascii")


def make_checkpoint(ctx: ServiceContext) -> str:
    """The signed head of this station's chain now (raises when the keys do not belong together)."""
    ctx.require(Permission.VIEW)
    signing_key = consistent_signing_key(ctx.db, ctx.keyring)
    station = ctx.db.station_id
    with ctx.read() as session:
        head = session.execute(select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.station == station)
                               .order_by(AuditEvent.seq.desc()).limit(1)).first()
    seq, mac = (int(head[0]), str(head[1])) if head is not None else (0, GENESIS_HASH)
    at = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    signature = base64.urlsafe_b64encode(signing_key.sign(_message(station, seq, mac, at))).decode("ascii")
    return ".".join((PREFIX, station, str(seq), mac, at, signing_key.key_id, signature.rstrip("=")))


def report_checkpoint(ctx: ServiceContext) -> str:
    """The checkpoint a report carries, or why it carries none (the report is still written)."""
    try:
        return make_checkpoint(ctx)
    except DpsError as error:
        return message(NO_CHECKPOINT, reason=error.message)


def check_checkpoint(ctx: ServiceContext, text: str) -> list[Message]:
    """Problems of the chain against a checkpoint (empty: the event it names is there, unchanged)."""
    ctx.require(Permission.VIEW)
    parts = text.strip().split(".")
    if len(parts) != 7 or parts[0] != PREFIX or not parts[2].isdigit():
        raise InputError(message(NOT_A_CHECKPOINT, prefix=PREFIX), field="--checkpoint")
    _prefix, station, seq_text, mac, at, key_id, signature = parts
    try:
        raw_signature = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
    except (ValueError, binascii.Error):
        raise InputError(message(CHECKPOINT_NOT_BASE64), field="--checkpoint") from None
    key = verifying_keys(ctx.db, ctx.keyring).get(key_id)
    if key is None or not key.verify(raw_signature, _message(station, int(seq_text), mac, at)):
        return [message(CHECKPOINT_FORGED, station=station, seq=seq_text)]
    seq = int(seq_text)
    if seq == 0:
        return []
    with ctx.read() as session:
        found = session.scalar(select(AuditEvent.hash).where(AuditEvent.station == station, AuditEvent.seq == seq))
    if found is None:
        return [message(CHECKPOINT_MISSING, station=station, seq=str(seq), at=at)]
    if found != mac:
        return [message(CHECKPOINT_REWRITTEN, station=station, seq=str(seq), at=at)]
    return []
