"""Serial numbers: what a valid SN is, and serial ranges."""

from __future__ import annotations

import re

from app.domain.errors import InputError
from app.domain.messages import SN_CONTROL, SN_EMPTY, SN_NOT_ASCII, SN_SPACE, SN_TOO_LONG, message
from app.domain.messages_import import BETWEEN, COUNTER_DIGITS, NOT_NEGATIVE, SDK_SN

SN_MAX_LENGTH = 64
RANGE_MAX_COUNT = 1_000_000
_VALID_SN = re.compile(rf"[!-~]{{1,{SN_MAX_LENGTH}}}")  # printable ASCII without space: the common case, fast


def sn_problem(sn: str) -> str | None:
    """Why `sn` is not a valid serial number, or None if it is."""
    if _VALID_SN.fullmatch(sn):
        return None
    if sn == "":
        return message(SN_EMPTY)
    if len(sn) > SN_MAX_LENGTH:
        return message(SN_TOO_LONG, length=len(sn), limit=SN_MAX_LENGTH)
    for ch in sn:
        if ord(ch) < 32 or ord(ch) == 127:
            return message(SN_CONTROL, code=ord(ch))
        if ch.isspace():
            return message(SN_SPACE)
        if ord(ch) > 126:
            return message(SN_NOT_ASCII, character=ch)
    return None


def check_sn(sn: str, **where: object) -> str:
    problem = sn_problem(sn)
    if problem:
        raise InputError(problem, **where)  # type: ignore[arg-type]
    return sn


def serial_range(prefix: str, start: int, count: int, width: int | None = None) -> list[str]:
    """`prefix` + counter from `start`, `count` of them; `width` pads the counter with zeros."""
    if count < 1 or count > RANGE_MAX_COUNT:
        raise InputError(message(BETWEEN, limit=RANGE_MAX_COUNT), field="count")
    if start < 0:
        raise InputError(message(NOT_NEGATIVE), field="start")
    if width is not None and not 1 <= width <= SN_MAX_LENGTH:
        raise InputError(message(BETWEEN, limit=SN_MAX_LENGTH), field="width")
    last = start + count - 1
    if width is not None and len(str(last)) > width:
        raise InputError(message(COUNTER_DIGITS, last=last, digits=len(str(last))), field="width")
    sns = [f"{prefix}{number:0{width}d}" if width else f"{prefix}{number}" for number in range(start, start + count)]
    for sn in (sns[0], sns[-1]):
        check_sn(sn, field="prefix")
    return sns


# What the Azure IoT device SDKs (and Azure DPS) accept in a registration ID: a device whose SN has anything else
# cannot provision itself with an unmodified SDK. Registering it is still allowed (a warning, not an error).
SDK_SN_CHARACTERS = "a-z A-Z 0-9 - . _ :"
_SDK_SN = re.compile(r"[A-Za-z0-9._:-]+")


def sdk_sn_problem(sn: str) -> str | None:
    """Why an SDK cannot carry `sn` as its registration ID, or None."""
    if _SDK_SN.fullmatch(sn):
        return None
    odd = sorted({ch for ch in sn if not _SDK_SN.fullmatch(ch)})
    shown = " ".join(repr(ch) for ch in odd[:5])
    return message(SDK_SN, sn=sn, characters=shown, allowed=SDK_SN_CHARACTERS)
