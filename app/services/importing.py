"""Register devices from a CSV or XLSX file: preview (nothing written) and import (all or nothing).

The file format is described in docs/import-format.md. Parsing is in
`import_parsing`; the checks of SNs, duplicates and master data are the ones
`registering.register_devices` makes, so a preview and an import agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.models import RegistrationGroup
from app.domain.errors import InputError, InputErrors
from app.domain.messages import (
    COLUMN_TWICE,
    COLUMN_UNKNOWN,
    COLUMN_UNNAMED,
    HEADER_ONLY,
    NO_SN_COLUMN,
    VALID_COLUMNS,
    message,
)
from app.domain.messages_import import (
    BATCH_IS_BOOLEAN,
    BATCH_IS_DATE,
    BATCH_IS_NUMBER,
    NOTHING,
    NUMBER_LOSES_DIGITS,
    SN_IS_BOOLEAN,
    SN_IS_DATE,
    SN_IS_NUMBER,
    TYPED_CELL,
)
from app.domain.permissions import Permission
from app.services import groups, registering
from app.services.batches import check_batch_number
from app.services.context import ServiceContext
from app.services.registering import NewDevice, Progress
from app.services.groups import group_row
from app.services.import_parsing import ParsedTable, TableRow, read_table
from app.services.masterdata import attributes_of_group
from app.services.thirdparty_transfer import (
    CODE_COLUMN,
    FIELDS_COLUMN,
    attach_codes,
    codes_of_table,
    known_code_errors,
    masked_rows,
)

SN_COLUMN = "sn"
DEVICE_COLUMNS = ("sn", "name", "batch", "description")
# Columns of `device export` that an import reads past: the status, asset ID, manual code and registration key
# belong to the device in its old group (the manual code and key are derived from the group), so the devices of
# an export are registered afresh in the group they are imported into.
EXPORT_ONLY_COLUMNS = ("status", "asset_id", "manual_code", "device_key", FIELDS_COLUMN)
HEADER_ROW = 1
# what a spreadsheet made of a value typed into the SN or batch column: the message by column and kind of cell
_TYPED = {(SN_COLUMN, "number"): SN_IS_NUMBER, (SN_COLUMN, "date"): SN_IS_DATE, (SN_COLUMN, "boolean"): SN_IS_BOOLEAN,
          ("batch", "number"): BATCH_IS_NUMBER, ("batch", "date"): BATCH_IS_DATE, ("batch", "boolean"): BATCH_IS_BOOLEAN}


@dataclass(frozen=True)
class ImportPreview:
    """A parsed, checked import file: what a table shows before anything is written.

    `errors` hold every problem found; `cell_errors` maps (row number, column) to its message,
    where a column that is None (or not in `headers`) means the whole row.
    """

    path: Path
    file: str
    group: str
    default_batch: str | None
    headers: list[str]
    rows: list[TableRow]
    errors: list[InputError]
    devices: list[NewDevice] = field(repr=False)
    warnings: list[str] = field(default_factory=list)
    """Not errors: SNs the device SDKs cannot carry in a group devices provision from (groups.sdk_sn_warnings)."""
    third_party_codes: dict[str, str] = field(default_factory=dict, repr=False)
    """SN -> the Matter or Z-Wave code (a secret: it holds the passcode or DSK) of a `third_party_code` cell."""

    @property
    def valid(self) -> bool:
        return not self.errors and bool(self.devices)

    @property
    def cell_errors(self) -> dict[tuple[int, str | None], str]:
        cells: dict[tuple[int, str | None], str] = {}
        for error in self.errors:
            key = (error.row or 0, error.column)
            cells[key] = f"{cells[key]}; {error.reason}" if key in cells else error.reason
        return cells

    def raise_if_invalid(self) -> None:
        if self.errors:
            raise self.errors[0] if len(self.errors) == 1 else InputErrors(self.errors)
        if not self.devices:
            raise InputError(message(HEADER_ONLY), file=self.file)


def preview_file(ctx: ServiceContext, path: Path, group: str, default_batch: str | None = None) -> ImportPreview:
    """Parse and check the whole file against the group; write nothing.

    A file that cannot be read as a table at all (empty, not UTF-8, not a workbook, binary)
    raises InputError; every other problem is in the preview's errors.
    """
    ctx.require(Permission.VIEW)
    path = Path(path)
    table = read_table(path)
    with ctx.read() as session:
        group_row_ = group_row(session, group)
        attributes = attributes_of_group(session, group_row_.masterdata_group_id)
        keys = [attribute.key for attribute in attributes]
        numbers = {attribute.key for attribute in attributes if attribute.type == "number"}
        new_devices, errors = _devices_and_errors(table, keys, default_batch, numbers)
        codes, code_errors = codes_of_table(table)
        if codes:
            code_errors += known_code_errors(session, group_row_, ctx.keyring.require_data_key(), codes,
                                             table.file, _rows_of(new_devices))
        errors = sorted(errors + code_errors, key=lambda error: (error.row or 0))
        if new_devices:
            _parsed, device_errors = registering.validate_new_devices(session, group_row_, new_devices, table.file)
            errors = sorted(errors + device_errors, key=lambda error: (error.row or 0))
    warnings = groups.sdk_sn_warnings(ctx, group, [device.sn for device in new_devices])
    return ImportPreview(path, table.file, group, default_batch, table.headers, masked_rows(table), errors,
                         new_devices, warnings, codes)


def _rows_of(new_devices: list[NewDevice]) -> dict[str, int | None]:
    return {device.sn: device.row for device in new_devices}


def _attach(ctx: ServiceContext, codes: dict[str, str], file: str,
            new_devices: list[NewDevice]) -> Callable[[Session, RegistrationGroup], None] | None:
    """The step that keeps an import's third-party codes with their devices (None: the file has none)."""
    if not codes:
        return None
    return attach_codes(ctx.keyring.require_data_key(), codes, file, _rows_of(new_devices))


def import_preview(ctx: ServiceContext, preview: ImportPreview, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None, *, approved_batch_ok: bool = False) -> int:
    """Write a previewed file that has no errors (checked again inside the write transaction)."""
    preview.raise_if_invalid()
    return registering.register_devices(ctx, preview.group, preview.devices, source=f"import {preview.file}",
                                    default_batch=preview.default_batch, file=preview.file, progress=progress,
                                    cancelled=cancelled, approved_batch_ok=approved_batch_ok,
                                    then=_attach(ctx, preview.third_party_codes, preview.file, preview.devices))


def import_file(ctx: ServiceContext, path: Path, group: str, default_batch: str | None = None,
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None, *,
                approved_batch_ok: bool = False, warnings: list[str] | None = None) -> int:
    """Parse and register every device of the file, or none. Returns the number registered; `warnings` (when
    given) gets the SNs the device SDKs cannot carry, in a group devices provision from."""
    ctx.require(Permission.REGISTER_DEVICES)
    path = Path(path)
    table = read_table(path)
    with ctx.read() as session:
        group_row_ = group_row(session, group)
        attributes = attributes_of_group(session, group_row_.masterdata_group_id)
    keys = [attribute.key for attribute in attributes]
    numbers = {attribute.key for attribute in attributes if attribute.type == "number"}
    new_devices, errors = _devices_and_errors(table, keys, default_batch, numbers)
    codes, code_errors = codes_of_table(table)
    errors = sorted(errors + code_errors, key=lambda error: (error.row or 0))
    if errors:
        raise errors[0] if len(errors) == 1 else InputErrors(errors)
    if not new_devices:
        raise InputError(message(HEADER_ONLY), file=table.file)
    count = registering.register_devices(ctx, group, new_devices, source=f"import {table.file}",
                                     default_batch=default_batch, file=table.file, progress=progress,
                                     cancelled=cancelled, approved_batch_ok=approved_batch_ok,
                                     then=_attach(ctx, codes, table.file, new_devices))
    if warnings is not None:
        warnings.extend(groups.sdk_sn_warnings(ctx, group, [device.sn for device in new_devices]))
    return count


def valid_columns(masterdata_keys: list[str]) -> list[str]:
    """The columns an import reads (the export's own columns, which it reads past, are also allowed)."""
    return list(DEVICE_COLUMNS) + [key for key in masterdata_keys if key not in _FIXED_COLUMNS] + [CODE_COLUMN]


_FIXED_COLUMNS = (*DEVICE_COLUMNS, *EXPORT_ONLY_COLUMNS, CODE_COLUMN)


def _devices_and_errors(table: ParsedTable, masterdata_keys: list[str], default_batch: str | None,
                        number_keys: set[str] | None = None) -> tuple[list[NewDevice], list[InputError]]:
    """The devices of a table and the problems found without the database, in row order.

    A bad header does not hide the rows' problems: as long as there is an SN column, the rows are read in the
    columns that are valid (a column the header gets wrong is left out), so the preview shows every problem at once.
    """
    errors = _header_errors(table, masterdata_keys)
    new_devices: list[NewDevice] = []
    if SN_COLUMN in table.headers:
        new_devices, row_errors = _devices_of(table, set(valid_columns(masterdata_keys)))
        errors += row_errors + _typed_cell_errors(table, number_keys or set())
    errors += list(table.errors) + _default_batch_errors(default_batch)
    errors.sort(key=lambda error: (error.row or 0))
    return new_devices, errors


def _header_errors(table: ParsedTable, masterdata_keys: list[str]) -> list[InputError]:
    allowed = valid_columns(masterdata_keys) + list(EXPORT_ONLY_COLUMNS)
    valid = message(VALID_COLUMNS, columns=", ".join(valid_columns(masterdata_keys)),
                    export_only=", ".join(EXPORT_ONLY_COLUMNS))
    errors: list[InputError] = []
    seen: set[str] = set()
    for index, header in enumerate(table.headers):
        if header == "":
            errors.append(InputError(message(COLUMN_UNNAMED, number=index + 1, valid=valid),
                                     file=table.file, row=HEADER_ROW))
        elif header in seen:
            errors.append(InputError(message(COLUMN_TWICE), file=table.file, row=HEADER_ROW,
                                     column=header))
        elif header not in allowed:
            errors.append(InputError(message(COLUMN_UNKNOWN, valid=valid), file=table.file, row=HEADER_ROW,
                                     column=header))
        seen.add(header)
    if SN_COLUMN not in seen:
        errors.insert(0, InputError(message(NO_SN_COLUMN, found=", ".join(table.headers) or NOTHING, valid=valid),
                                    file=table.file, row=HEADER_ROW))
    return errors


def _devices_of(table: ParsedTable, allowed: set[str]) -> tuple[list[NewDevice], list[InputError]]:
    """One NewDevice per row, from the `allowed` columns; batch numbers are checked here (the rest by the device
    service)."""
    index = {header: position for position, header in enumerate(table.headers) if header in allowed}
    sn_at = index[SN_COLUMN]
    name_at, batch_at, description_at = index.get("name"), index.get("batch"), index.get("description")
    masterdata_at = [(header, position) for header, position in index.items() if header not in _FIXED_COLUMNS]
    result: list[NewDevice] = []
    errors: list[InputError] = []
    batch_ok: dict[str, str | None] = {}
    for row in table.rows:
        values = row.values
        batch = values[batch_at] if batch_at is not None else ""
        if batch:
            if batch not in batch_ok:
                batch_ok[batch] = _batch_problem(batch)
            problem = batch_ok[batch]
            if problem:
                errors.append(InputError(problem, file=table.file, row=row.number, column="batch"))
        result.append(NewDevice(
            sn=values[sn_at],
            name=values[name_at] if name_at is not None else "",
            description=values[description_at] if description_at is not None else "",
            batch=batch or None,
            master_data={key: values[position] for key, position in masterdata_at},
            row=row.number,
        ))
    return result, errors


def _typed_cell_errors(table: ParsedTable, number_keys: set[str]) -> list[InputError]:
    """Spreadsheet numbers and dates where text was meant: an SN or batch that may have lost characters."""
    errors = []
    for cell in table.typed_cells:
        header = table.headers[cell.column]
        if header in (SN_COLUMN, "batch"):
            why = message(_TYPED[(header, cell.kind)], value=cell.shown)
        elif cell.large and header not in number_keys and header not in EXPORT_ONLY_COLUMNS:
            why = message(NUMBER_LOSES_DIGITS, value=cell.shown)
        else:
            continue
        errors.append(InputError(message(TYPED_CELL, cell=cell.reference, reason=why), file=table.file, row=cell.row,
                                 column=header))
    return errors


def _batch_problem(number: str) -> str | None:
    try:
        check_batch_number(number)
    except InputError as error:
        return error.reason
    return None


def _default_batch_errors(default_batch: str | None) -> list[InputError]:
    if default_batch is None:
        return []
    problem = _batch_problem(default_batch)
    return [InputError(problem, field="batch")] if problem else []
