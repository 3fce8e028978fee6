"""Export the devices of a registration group to CSV, XLSX or JSON, page by page.

Columns: sn, name, batch, status, asset_id, manual_code, description, then one per
master data key of the group, then `device_key` only when secrets were asked for.
Spreadsheet cells that would run as a formula are neutralised, except `device_key`:
base64 cannot form a function call, and a key with a quote in front no longer works. An export with
secrets needs the EXPORT_SECRETS permission. Every export is audited (`device.export`, or
`device.export.secrets` with secrets). Without secrets the event commits only if the file was written, and
the file appears only once the event committed. With secrets the event (with the number of devices selected)
is committed before the first key is written, so that an export killed half-way is in the trail too; one that
fails adds `device.export.secrets.failed`. The keys go to a 0600 temporary file that the next output into the
same folder removes if the export was killed (app/output_files.py).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_import import UNKNOWN_FORMAT
from app.domain.permissions import Permission
from app.domain.records import DeviceRecord
from app.security.derivation import derive_device_key
from app.services import audit, device_listing, thirdparty_transfer
from app.services.atomic_file import PendingFile, check_output_path, open_text, pending_file
from app.services.batches import batch_row_for_number
from app.services.context import ServiceContext
from app.services.csv_safety import FORMULA_STARTS, quote_guarded_text, safe_cell
from app.services.groups import group_row, group_secret_of
from app.services.masterdata import attributes_of_group

FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".json": "json"}
PLAIN_EXPORT = "device.export"  # any export without secrets (devices, provisioning files)
SECRETS_EXPORT = "device.export.secrets"
DEVICE_COLUMNS = ["sn", "name", "batch", "status", "asset_id", "manual_code", "description"]
KEY_COLUMN = "device_key"
Extras = Callable[[DeviceRecord], dict[str, Any]]  # the values of the columns beyond a device's own


def export_devices(ctx: ServiceContext, group: str, out: Path, batch: str | None = None,
                   with_secrets: bool = False) -> int:
    """Write the group's devices (or one batch's) to `out`; the suffix picks the format. Returns the count."""
    ctx.require(Permission.EXPORT)
    if with_secrets:
        ctx.require(Permission.EXPORT_SECRETS)
    out = check_output_path(Path(out))
    fmt = export_format(out)
    with ctx.read() as session:
        group_row_ = group_row(session, group)
        keys = [attribute.key for attribute in attributes_of_group(session, group_row_.masterdata_group_id)]
        if batch is not None:
            batch_row_for_number(session, ctx, group_row_, batch)
        third_party = thirdparty_transfer.export_extras(
            session, group_row_, ctx.keyring.require_data_key() if with_secrets else None)
    columns = DEVICE_COLUMNS + [key for key in keys if key not in DEVICE_COLUMNS]
    third_party_columns, third_party_values = third_party if third_party is not None else ([], None)
    records = device_listing.iter_devices(ctx, device_listing.DeviceQuery(group=group, batch=batch))
    if not with_secrets:
        with pending_file(out, secret=False) as pending:
            count = WRITERS[fmt](pending, columns + third_party_columns, records, third_party_values)
            audit.record(ctx, plain_export_entry(group_row_.name, out, fmt, count, batch))
            pending.commit()
        return count
    expected = device_listing.count_devices(ctx, device_listing.DeviceQuery(group=group, batch=batch))
    secret_columns = [KEY_COLUMN] + [c for c in third_party_columns if c == thirdparty_transfer.CODE_COLUMN]
    details = {"file": str(out), "format": fmt, "count": expected, "batch": batch, "secrets": secret_columns}
    with pending_file(out, secret=True) as pending:
        # audited (and committed) before the first key is written: a killed export is in the trail too
        audit.record(ctx, audit.AuditEntry(SECRETS_EXPORT, "devices", "", group_name=group_row_.name,
                                           details=details))
        try:
            with ctx.read() as session:
                group_secret = group_secret_of(ctx, session, group_row(session, group))

            def secrets(record: DeviceRecord) -> dict[str, Any]:
                extra = third_party_values(record) if third_party_values is not None else {}
                return {KEY_COLUMN: derive_device_key(group_secret, record.sn), **extra}

            count = WRITERS[fmt](pending, columns + [KEY_COLUMN] + third_party_columns, records, secrets)
            pending.commit()
        except BaseException as error:
            audit.record(ctx, audit.AuditEntry(f"{SECRETS_EXPORT}.failed", "devices", "", group_name=group_row_.name,
                                               details={"file": str(out), "error": type(error).__name__}))
            raise
    return count


def plain_export_entry(group: str, out: Path, fmt: str, count: int, batch: str | None,
                       **more: object) -> audit.AuditEntry:
    """The audit event of an export without secrets: which group (and batch), what format, how many, where."""
    return audit.AuditEntry(PLAIN_EXPORT, "devices", "", group_name=group,
                            details={"file": str(out), "format": fmt, "count": count, "batch": batch, "secrets": [],
                                     **more})


def export_format(out: Path) -> str:
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise InputError(message(UNKNOWN_FORMAT, name=out.name, suffixes=", ".join(FORMATS)), field="--out")
    return fmt


def _values(record: DeviceRecord, columns: list[str], extras: Extras | None) -> list[Any]:
    fixed = {"sn": record.sn, "name": record.name, "batch": record.batch or "", "status": record.status,
             "asset_id": record.asset_id, "manual_code": record.manual_code, "description": record.description}
    extra = extras(record) if extras is not None else {}
    values: list[Any] = []
    for column in columns:
        if column in fixed:
            values.append(fixed[column])
        elif column in extra:
            value = extra[column]
            values.append(json.dumps(value, separators=(",", ":")) if isinstance(value, dict) else value)
        else:
            values.append(record.master_data.get(column))
    return values


# ---- writers: each streams the records into the pending file and returns how many it wrote ----

def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return safe_cell(str(value))


def _write_csv(pending: PendingFile, columns: list[str], records: Iterable[DeviceRecord],
               extras: Extras | None) -> int:
    count = 0
    with open_text(pending) as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(columns)
        key_index = columns.index(KEY_COLUMN) if KEY_COLUMN in columns else -1
        for record in records:
            values = _values(record, columns, extras)
            cells = [_csv_text(value) for value in values]
            if key_index >= 0:
                # Base64 cannot spell a function call, and a quoted key no longer works in firmware tools.
                cells[key_index] = values[key_index]
            writer.writerow(cells)
            count += 1
    return count


def _write_xlsx(pending: PendingFile, columns: list[str], records: Iterable[DeviceRecord],
                extras: Extras | None) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("devices")
    sheet.append(columns)

    def cell(value: Any) -> Any:
        if value is None or isinstance(value, (bool, int, float)):
            return value
        text = quote_guarded_text(ILLEGAL_CHARACTERS_RE.sub("\ufffd", str(value)))
        if text.startswith(FORMULA_STARTS):
            # A string a spreadsheet would evaluate: stored as text data, never as a formula.
            written = WriteOnlyCell(sheet, value=text)
            written.data_type = "s"
            return written
        return text

    count = 0
    for record in records:
        sheet.append([cell(value) for value in _values(record, columns, extras)])
        count += 1
    workbook.save(pending.temp_path)
    return count


def _write_json(pending: PendingFile, columns: list[str], records: Iterable[DeviceRecord],
                extras: Extras | None) -> int:
    count = 0
    with open_text(pending) as handle:
        handle.write("[")
        for count, item in enumerate(_json_items(records, extras), start=1):
            handle.write(("," if count > 1 else "") + "\n  " + json.dumps(item, ensure_ascii=False, default=str))
        handle.write("\n]\n")
    return count


def _json_items(records: Iterable[DeviceRecord], extras: Extras | None) -> Iterator[dict[str, Any]]:
    for record in records:
        item = record.as_json()
        if extras is not None:
            item.update(extras(record))
        yield item


WRITERS: dict[str, Callable[[PendingFile, list[str], Iterable[DeviceRecord], Extras | None], int]] = {
    "csv": _write_csv,
    "xlsx": _write_xlsx,
    "json": _write_json,
}
