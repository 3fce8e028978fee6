"""Third-party codes in device exports and imports.

An export of a group that holds devices registered from a Matter or Z-Wave code has the column `third_party`
(the code's public fields as JSON, never its secret) and, only in an export with secrets, `third_party_code` (the
code as scanned, which holds the passcode or the DSK). An import reads past `third_party` and registers the code of
a `third_party_code` cell with the row's device, checked as a scan is: a damaged code, a code for several devices,
the same code twice in the file or already in the group are errors naming the row.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import DeviceIdentity, RegistrationGroup, ThirdPartyCode
from app.domain.errors import AlreadyExistsError, DpsError, InputError
from app.domain.messages import CODE_SERIAL_NOT_SN, CODE_TWICE, message
from app.domain.messages_import import DEVICE_NOT_REGISTERED
from app.domain.records import DeviceRecord
from app.qr.matter import MatterCode
from app.qr.zwave import ZWaveCode
from app.scan.thirdparty import HIDDEN
from app.security.secrets import DataKey
from app.services.import_parsing import ParsedTable, TableRow
from app.services.thirdparty_registry import (
    code_fingerprint,
    read_code,
    refuse_known_code,
    store_code,
    stored_code_text,
)

FIELDS_COLUMN = "third_party"
CODE_COLUMN = "third_party_code"
Extras = Callable[[DeviceRecord], dict[str, Any]]


@dataclass(frozen=True)
class _Stored:
    row_id: uuid.UUID
    fields: dict[str, Any]
    code_enc: bytes


def export_extras(session: Session, group: RegistrationGroup,
                  data_key: DataKey | None) -> tuple[list[str], Extras] | None:
    """The export's third-party columns and their values per device; None when the group has no such device.
    With `data_key` (an export with secrets) the code itself too."""
    stored = {row.identity_id: _Stored(row.id, dict(row.fields), bytes(row.code_enc))
              for row in session.scalars(select(ThirdPartyCode).where(
                  ThirdPartyCode.registration_group_id == group.id, ThirdPartyCode.deleted.is_(False)))}
    if not stored:
        return None
    columns = [FIELDS_COLUMN] + ([CODE_COLUMN] if data_key is not None else [])

    def extras(record: DeviceRecord) -> dict[str, Any]:
        found = stored.get(record.id)
        if found is None:
            return dict.fromkeys(columns)
        values: dict[str, Any] = {FIELDS_COLUMN: found.fields}
        if data_key is not None:
            row = ThirdPartyCode(id=found.row_id, code_enc=found.code_enc)
            values[CODE_COLUMN] = stored_code_text(data_key, row)
        return values

    return columns, extras


def codes_of_table(table: ParsedTable) -> tuple[dict[str, str], list[InputError]]:
    """SN -> code text of the rows with a `third_party_code` cell, and the problems of those cells (a code that
    is not valid, or the same code twice in the file)."""
    if CODE_COLUMN not in table.headers or "sn" not in table.headers:
        return {}, []
    code_at, sn_at = table.headers.index(CODE_COLUMN), table.headers.index("sn")
    codes: dict[str, str] = {}
    errors: list[InputError] = []
    seen: dict[tuple[str, str], int] = {}
    for row in table.rows:
        text = row.values[code_at].strip()
        if not text:
            continue
        try:
            code = read_code(text)
        except InputError as error:
            errors.append(InputError(error.reason, file=table.file, row=row.number, column=CODE_COLUMN))
            continue
        key = _identity_key(code)
        if key in seen:
            errors.append(InputError(message(CODE_TWICE, row=seen[key]), file=table.file, row=row.number,
                                     column=CODE_COLUMN))
            continue
        seen[key] = row.number
        if code.serial_number and code.serial_number != row.values[sn_at]:
            errors.append(InputError(message(CODE_SERIAL_NOT_SN, serial=code.serial_number),
                                     file=table.file, row=row.number, column=CODE_COLUMN))
            continue
        codes[row.values[sn_at]] = text
    return codes, errors


def _identity_key(code: MatterCode | ZWaveCode) -> tuple[str, str]:
    if isinstance(code, ZWaveCode):
        return ("zwave", code.dsk)
    payload = code.payloads[0]
    short = payload.discriminator if payload.short_discriminator else payload.discriminator >> 8
    return ("matter", f"{payload.passcode}:{short}")


def known_code_errors(session: Session, group: RegistrationGroup, data_key: DataKey, codes: dict[str, str],
                      file: str, rows: dict[str, int | None]) -> list[InputError]:
    """The codes of an import already registered in the group (with a live device)."""
    errors: list[InputError] = []
    for sn, text in codes.items():
        code = read_code(text)
        try:
            refuse_known_code(session, group, code_fingerprint(data_key, code), code)
        except AlreadyExistsError as error:
            errors.append(InputError(error.message, file=file, row=rows.get(sn), column=CODE_COLUMN))
    return errors


def attach_codes(data_key: DataKey, codes: dict[str, str], file: str,
                 rows: dict[str, int | None]) -> Callable[[Session, RegistrationGroup], None]:
    """What the import does inside its write transaction once the devices are in: keep each code with its device."""

    def attach(session: Session, group: RegistrationGroup) -> None:
        errors = known_code_errors(session, group, data_key, codes, file, rows)
        if errors:
            raise errors[0]
        for sn, text in codes.items():
            identity_id = session.scalar(select(DeviceIdentity.id).where(
                DeviceIdentity.registration_group_id == group.id, DeviceIdentity.sn == sn,
                DeviceIdentity.deleted.is_(False)))
            if identity_id is None:  # pragma: no cover - the device was registered in this transaction
                raise DpsError(message(DEVICE_NOT_REGISTERED, sn=sn))
            code = read_code(text)
            store_code(session, data_key, group, identity_id, code, text, code_fingerprint(data_key, code))

    return attach


def masked_rows(table: ParsedTable) -> list[TableRow]:
    """The rows as a preview shows them: a `third_party_code` cell (it holds a secret) as a mask."""
    if CODE_COLUMN not in table.headers:
        return table.rows
    at = table.headers.index(CODE_COLUMN)
    return [TableRow(row.number, [HIDDEN if index == at and value else value for index, value in enumerate(row.values)])
            for row in table.rows]
