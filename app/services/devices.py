"""Devices: register (one, range, many), find, list with keyset paging, registration keys."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, insert, literal, or_, select, tuple_, union, update
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from app.db.base import utcnow
from app.db.models import Asset, Batch, DeviceIdentity, RegistrationGroup
from app.domain.enums import DeviceStatus
from app.domain.errors import AlreadyExistsError, InputError, InputErrors, NotFoundError
from app.domain.masterdata import validate_master_data
from app.domain.messages import AT_MOST_CHARACTERS, NO_DEVICE, NO_DEVICES, SN_TAKEN, SN_TWICE, SN_TWICE_AT, message
from app.domain.permissions import Permission
from app.domain.records import DeviceRecord
from app.domain.serials import serial_range, sn_problem
from app.qr.manual_code import manual_code_for
from app.security.derivation import derive_device_key
from app.services import audit
from app.services.batches import batch_row_for_number, refuse_if_approved
from app.services.context import ServiceContext
from app.services.groups import group_row, group_secret_of
from app.services.masterdata import attributes_of_group

ASSET_CODE_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
INSERT_CHUNK = 5000
IN_CHUNK = 900
Progress = Callable[[int, int], None]


ASSET_CODE_LENGTH = 10
# Random bytes below this bound map evenly onto the alphabet (byte % len); the others are dropped.
_UNBIASED_BOUND = 256 - 256 % len(ASSET_CODE_ALPHABET)


def new_asset_code() -> str:
    return new_asset_codes(1)[0]


def new_asset_codes(count: int) -> list[str]:
    """`count` random asset IDs; one call to the OS random source for a whole chunk of devices."""
    needed = count * ASSET_CODE_LENGTH
    chars: list[str] = []
    while len(chars) < needed:
        alphabet, bound = ASSET_CODE_ALPHABET, _UNBIASED_BOUND
        chars.extend(alphabet[byte % len(alphabet)] for byte in secrets.token_bytes(needed - len(chars) + 16)
                     if byte < bound)
    text = "".join(chars[:needed])
    return [text[start:start + ASSET_CODE_LENGTH] for start in range(0, needed, ASSET_CODE_LENGTH)]


@dataclass(frozen=True)
class NewDevice:
    sn: str
    name: str = ""
    description: str = ""
    batch: str | None = None
    master_data: dict[str, Any] = field(default_factory=dict)
    row: int | None = None


def register_device(ctx: ServiceContext, group: str, sn: str, *, batch: str | None = None, name: str = "",
                    description: str = "", master_data: dict[str, Any] | None = None,
                    approved_batch_ok: bool = False) -> DeviceRecord:
    register_devices(ctx, group, [NewDevice(sn, name, description, batch, master_data or {})], source="single",
                     approved_batch_ok=approved_batch_ok)
    return get_device(ctx, group, sn)


NO_PREFIX_MESSAGE = ("give a prefix (such as PUMP-), so the SNs are not bare numbers; if they really are only "
                     "numbers, say so explicitly")


def register_range(ctx: ServiceContext, group: str, prefix: str, start: int, count: int, *, width: int | None = None,
                   batch: str | None = None, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None, no_prefix: bool = False,
                   approved_batch_ok: bool = False) -> int:
    """Register prefix + counter. An empty prefix needs no_prefix=True: `000001`... is rarely what was meant."""
    if not prefix and not no_prefix:
        raise InputError(NO_PREFIX_MESSAGE, field="prefix")
    sns = serial_range(prefix, start, count, width)
    return register_devices(ctx, group, [NewDevice(sn, batch=batch) for sn in sns], source=f"range {sns[0]}..{sns[-1]}",
                            progress=progress, cancelled=cancelled, approved_batch_ok=approved_batch_ok)


def validate_new_devices(session: Session, group: RegistrationGroup, devices: Sequence[NewDevice],
                         file: str | None = None) -> tuple[list[dict[str, Any]], list[InputError]]:
    """Check every device without writing: SNs, duplicates in the input and in the database, master data."""
    attributes = attributes_of_group(session, group.masterdata_group_id)
    # A required attribute may be left for the installer (no column), but a column given empty is a mistake.
    required = [attribute for attribute in attributes if attribute.required and attribute.default is None]
    errors: list[InputError] = []
    first_row_of: dict[str, int | None] = {}
    parsed_data: list[dict[str, Any]] = []
    for index, device in enumerate(devices):
        row = device.row if device.row is not None else (index + 1 if file else None)
        problem = sn_problem(device.sn)
        if problem:
            errors.append(InputError(problem, file=file, row=row, column="sn" if file else None,
                                     field=None if file else "sn"))
        elif device.sn in first_row_of:
            earlier = first_row_of[device.sn]
            twice = message(SN_TWICE, sn=device.sn) if earlier is None else message(SN_TWICE_AT, sn=device.sn,
                                                                                     row=earlier)
            errors.append(InputError(twice, file=file, row=row,
                                     column="sn" if file else None, field=None if file else "sn"))
        else:
            first_row_of[device.sn] = row
        if len(device.name) > 128:
            errors.append(InputError(message(AT_MOST_CHARACTERS, count=128), file=file, row=row,
                                     column="name" if file else None, field=None if file else "name"))
        values, problems = validate_master_data(attributes, device.master_data, require_complete=False)
        for attribute in required:
            if attribute.key in device.master_data and values.get(attribute.key) is None:
                problems.setdefault(attribute.key, "is required; fill it in, or leave the column out of the file "
                                                   "to fill it in on site")
        for key, problem_text in problems.items():
            errors.append(InputError(problem_text, file=file, row=row, column=key if file else None,
                                     field=None if file else key))
        parsed_data.append(values)
    sns = list(first_row_of)
    for chunk_start in range(0, len(sns), IN_CHUNK):
        chunk = sns[chunk_start:chunk_start + IN_CHUNK]
        taken = session.scalars(select(DeviceIdentity.sn).where(  # a deleted SN may be registered again
            DeviceIdentity.registration_group_id == group.id, DeviceIdentity.sn.in_(chunk),
            DeviceIdentity.deleted.is_(False)))
        for sn in taken:
            errors.append(InputError(message(SN_TAKEN, sn=sn, group=group.name), file=file,
                                     row=first_row_of[sn], column="sn" if file else None, field=None if file else "sn"))
    errors.sort(key=lambda error: (error.row or 0))
    return parsed_data, errors


def register_devices(ctx: ServiceContext, group: str, devices: Sequence[NewDevice], *, source: str,
                     default_batch: str | None = None, file: str | None = None,
                     progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                     approved_batch_ok: bool = False,
                     then: Callable[[Session, RegistrationGroup], None] | None = None) -> int:
    """All or nothing: every device is valid and new, or nothing is written. Adding devices to an approved
    batch raises ApprovedBatchError unless approved_batch_ok. `then` runs in the same transaction once the
    devices are in (an import keeps their third-party codes with them)."""
    ctx.require(Permission.REGISTER_DEVICES)
    if not devices:
        raise InputError(message(NO_DEVICES), file=file)
    with ctx.write() as session:
        group_row_ = group_row(session, group)
        parsed_data, errors = validate_new_devices(session, group_row_, devices, file)
        if errors:
            raise errors[0] if len(errors) == 1 else InputErrors(errors)
        batch_ids: dict[str, uuid.UUID] = {}
        for number in {device.batch or default_batch for device in devices} - {None}:
            batch_row_ = batch_row_for_number(session, ctx, group_row_, number, create=True)  # type: ignore[arg-type]
            refuse_if_approved(batch_row_, group_row_.name, "add devices to it", approved_batch_ok=approved_batch_ok)
            batch_ids[number] = batch_row_.id  # type: ignore[index]
        now = utcnow()
        station = ctx.db.station_id
        common = {"rev": 0, "dirty": True, "updated_at": now, "station": station, "deleted": False}
        deleted_before = _deleted_identities(session, group_row_, [device.sn for device in devices])
        total = len(devices)
        done = 0
        revived: list[dict[str, Any]] = []
        for chunk_start in range(0, total, INSERT_CHUNK):
            if cancelled is not None and cancelled():
                from app.domain.errors import CancelledError
                raise CancelledError("registration cancelled; nothing was registered")
            assets: list[dict[str, Any]] = []
            identities: list[dict[str, Any]] = []
            chunk = devices[chunk_start:chunk_start + INSERT_CHUNK]
            for device, values, asset_code in zip(chunk, parsed_data[chunk_start:chunk_start + INSERT_CHUNK],
                                                  new_asset_codes(len(chunk)), strict=True):
                asset_id = uuid.uuid4()
                batch_number = device.batch or default_batch
                assets.append({"id": asset_id, "registration_group_id": group_row_.id,
                               "batch_id": batch_ids.get(batch_number) if batch_number else None,
                               "asset_code": asset_code, "name": device.name, "description": device.description,
                               "master_data": values, **common})
                identity = {"registration_group_id": group_row_.id, "asset_id": asset_id,
                            "sn": device.sn, "manual_code": manual_code_for(group_row_.group_id, device.sn),
                            "status": DeviceStatus.REGISTERED.value, "status_error": "",
                            "status_before_disable": "", "status_changed_at": now, "labels_printed": 0,
                            "updated_at": now, "station": station, "dirty": True, "deleted": False}
                previous = deleted_before.get(device.sn)
                if previous is None:
                    identities.append({"id": uuid.uuid4(), "rev": 0, **identity})
                else:
                    # The tombstone comes back to life: the same row (and id), so the change syncs as an
                    # edit of the deleted device, and its history stays with it.
                    revived.append({"id": previous, **identity})
            session.execute(insert(Asset.__table__), assets)
            if identities:
                session.execute(insert(DeviceIdentity.__table__), identities)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        for identity in revived:
            session.execute(update(DeviceIdentity).where(DeviceIdentity.id == identity.pop("id")).values(**identity))
        if then is not None:
            then(session, group_row_)
        details: dict[str, Any] = {"count": total, "source": source, "first_sn": devices[0].sn,
                                   "last_sn": devices[-1].sn}
        if deleted_before:
            details["registered_again"] = sorted(deleted_before)[:100]
        if default_batch:
            details["batch"] = default_batch
        audit.append(session, ctx, audit.AuditEntry(
            "device.register", "device" if total == 1 else "devices",
            str(assets[0]["id"]) if total == 1 else "", group_name=group_row_.name,
            sn=devices[0].sn if total == 1 else "", details=details))
        try:
            session.flush()
        except IntegrityError:
            raise AlreadyExistsError("another program registered some of these SNs at the same moment; nothing was registered") from None
    return total


def _deleted_identities(session: Session, group: RegistrationGroup, sns: Sequence[str]) -> dict[str, uuid.UUID]:
    """The SN -> identity id of those SNs that were registered in the group once and deleted since."""
    found: dict[str, uuid.UUID] = {}
    for chunk_start in range(0, len(sns), IN_CHUNK):
        found.update(session.execute(select(DeviceIdentity.sn, DeviceIdentity.id).where(
            DeviceIdentity.registration_group_id == group.id, DeviceIdentity.deleted.is_(True),
            DeviceIdentity.sn.in_(sns[chunk_start:chunk_start + IN_CHUNK]))).all())
    return found


# ---- finding devices -------------------------------------------------------------------------

def _device_select() -> Select[Any]:
    return (select(DeviceIdentity, Asset, RegistrationGroup.name, RegistrationGroup.group_id, Batch.number)
            .join(Asset, Asset.id == DeviceIdentity.asset_id)
            .join(RegistrationGroup, RegistrationGroup.id == DeviceIdentity.registration_group_id)
            .outerjoin(Batch, Batch.id == Asset.batch_id))


def _to_record(identity: DeviceIdentity, asset: Asset, group_name: str, group_id: str, batch: str | None) -> DeviceRecord:
    return DeviceRecord(identity.id, asset.id, group_name, group_id, identity.sn, asset.name, batch, identity.status,
                        asset.asset_code, identity.manual_code, asset.description, dict(asset.master_data or {}),
                        identity.status_error, identity.updated_at, identity.labels_printed)


def device_row(session: Session, group: RegistrationGroup, sn: str, *, include_deleted: bool = False) -> DeviceIdentity:
    query = select(DeviceIdentity).where(DeviceIdentity.registration_group_id == group.id, DeviceIdentity.sn == sn)
    identity = session.scalars(query).first()
    if identity is None or (identity.deleted and not include_deleted):
        raise NotFoundError(message(NO_DEVICE, sn=sn, group=group.name))
    return identity


def get_device(ctx: ServiceContext, group: str, sn: str) -> DeviceRecord:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        group_row_ = group_row(session, group)
        identity = device_row(session, group_row_, sn)
        return record_of(session, identity)


def record_of(session: Session, identity: DeviceIdentity) -> DeviceRecord:
    row = session.execute(_device_select().where(DeviceIdentity.id == identity.id)).one()
    return _to_record(*row)


def find_devices(ctx: ServiceContext, sn: str, group_id: str | None = None) -> list[DeviceRecord]:
    """Every live device with this SN (in one group, by public Group ID, or in all)."""
    ctx.require(Permission.VIEW)
    query = _device_select().where(DeviceIdentity.sn == sn, DeviceIdentity.deleted.is_(False))
    if group_id is not None:
        query = query.where(RegistrationGroup.group_id == group_id)
    with ctx.read() as session:
        return [_to_record(*row) for row in session.execute(query)]


def find_by_manual_code(ctx: ServiceContext, code: str) -> list[DeviceRecord]:
    ctx.require(Permission.VIEW)
    query = _device_select().where(DeviceIdentity.manual_code == code, DeviceIdentity.deleted.is_(False))
    with ctx.read() as session:
        return [_to_record(*row) for row in session.execute(query)]


SORT_COLUMNS = {
    "sn": DeviceIdentity.sn,
    "status": DeviceIdentity.status,
    "name": Asset.name,
    "batch": Batch.number,
    "updated": DeviceIdentity.updated_at,
    "asset_id": Asset.asset_code,
    "manual_code": DeviceIdentity.manual_code,
}
# Equal values of an asset column are ordered by asset ID, so that an index of assets yields the whole order.
_ASSET_SORTS = ("name", "batch")
# States with at least this many devices in the group are read in sort order, keeping those states (an
# index walk soon finds a page of them); fewer are found by the state index and sorted (see `_read_in_order`).
_COMMON_STATE = 20_000


@dataclass(frozen=True)
class DeviceQuery:
    """What to list. Filtering and sorting happen in the database."""

    group: str | None = None
    batch: str | None = None
    statuses: tuple[str, ...] = ()
    text: str = ""
    sort: str = "sn"
    descending: bool = False
    include_retired: bool = True


@dataclass(frozen=True)
class DevicePage:
    devices: list[DeviceRecord]
    next_key: tuple[Any, ...] | None


def _filtered(query: Select[Any], session: Session, spec: DeviceQuery, *, by_assets: bool = False) -> Select[Any]:
    """Every condition of `spec` except the text (see `_text_branches`).

    `by_assets`: the page is read in the order of an index of assets within the group (asset sorts).
    """
    query = query.where(DeviceIdentity.deleted.is_(False))
    batches = select(Batch.id).where(Batch.number == spec.batch)
    if spec.group is not None:
        group_id = group_row(session, spec.group).id
        # With a batch, its devices are found by the assets' batch index, not by walking the group;
        # in an asset order, the group is read from an index of assets.
        by_other_index = spec.batch is not None or by_assets
        in_group = _unindexed(DeviceIdentity.registration_group_id) if by_other_index \
            else DeviceIdentity.registration_group_id
        query = query.where(in_group == group_id)
        if by_assets:
            query = query.where(Asset.registration_group_id == group_id)  # an asset is in its devices' group
        batches = batches.where(Batch.registration_group_id == group_id)
    if spec.batch is not None:
        query = query.where(Asset.batch_id.in_(batches))
    if spec.statuses:
        query = query.where(DeviceIdentity.status.in_(spec.statuses))
    if not spec.include_retired:
        query = query.where(DeviceIdentity.status.not_in((DeviceStatus.REPLACED.value, DeviceStatus.DISCARDED.value)))
    return query


def _joined(query: Select[Any]) -> Select[Any]:
    return (query.join(Asset, Asset.id == DeviceIdentity.asset_id)
            .outerjoin(Batch, Batch.id == Asset.batch_id))


def _text_branches(session: Session, spec: DeviceQuery) -> list[Select[Any]]:
    """The ids of the devices whose text matches, one indexable query per way of matching.

    SN prefix (an index range), exact asset ID, exact manual code, name prefix (an index range).
    As one OR over two tables no index applies and a million-device group is scanned for a
    filter that matches ten rows (seconds); as separate branches each one is an index look-up.
    """
    text = spec.text.strip()
    upper = text + "\U0010ffff"
    digits = "".join(ch for ch in text if ch.isdigit())
    base = _filtered(_joined(select(DeviceIdentity.id)), session, spec)
    branches = [
        base.where(DeviceIdentity.sn >= text, DeviceIdentity.sn < upper),
        base.where(Asset.asset_code == text),
        base.where(Asset.name >= text, Asset.name < upper),
    ]
    if spec.group is not None:
        # lets the name range use the (group, name, asset ID) index of assets
        branches[2] = branches[2].where(Asset.registration_group_id == group_row(session, spec.group).id)
    if digits:
        branches.append(base.where(DeviceIdentity.manual_code == digits))
    return branches


def _sort_expression(spec: DeviceQuery) -> Any:
    column = SORT_COLUMNS[spec.sort]
    return func.coalesce(column, "") if spec.sort in ("batch",) else column


def _key_columns(spec: DeviceQuery) -> list[Any]:
    """What a page is ordered by: the sort value, then what decides between equal values.

    Within a group the SN is unique and comes last, so every prefix is the order of an index
    within the group ((group, status, sn), (group, updated_at, sn), (group, name, asset_code) ...).
    Across groups an SN may repeat and the identity id decides.
    """
    columns = [_sort_expression(spec)]
    if spec.sort in _ASSET_SORTS:
        columns.append(Asset.asset_code)
    if spec.sort != "sn":
        columns.append(DeviceIdentity.sn)
    if spec.group is None:
        columns.append(DeviceIdentity.id)
    return columns


def _index_prefix(spec: DeviceQuery) -> int:
    """How many leading key columns one index provides (the rest come from the joined identity)."""
    if spec.sort == "name":
        return 2  # (group, name, asset_code) of assets
    if spec.sort == "asset_id":
        return 1  # (group, asset_code) of assets
    return len(_key_columns(spec))


def _beyond(columns: Sequence[Any], values: Sequence[Any], descending: bool, *, inclusive: bool = False) -> Any:
    """`columns` after `values` in the listing's direction (row-value comparison, an index range)."""
    left, right = (columns[0], values[0]) if len(columns) == 1 else (tuple_(*columns), tuple_(*values))
    if descending:
        return left <= right if inclusive else left < right
    return left >= right if inclusive else left > right


def _after(query: Select[Any], spec: DeviceQuery, after: tuple[Any, ...] | None, *,
           use_index: bool = True) -> Select[Any]:
    if after is None:
        return query
    columns = _key_columns(spec)
    # Bound with the columns' own types: a zone-aware time must reach the database as naive UTC, as stored.
    values = [literal(value, type_=column.type) for value, column in zip(after, columns, strict=True)]
    if not use_index:
        columns[0] = _unindexed(columns[0])
    prefix = _index_prefix(spec)
    if not use_index or prefix == len(columns):
        return query.where(_beyond(columns, values, spec.descending))
    # The key spans two tables: its first columns are a range of the index the page is read by, the rest
    # only decides within the last value shown. (As one row comparison over both tables, PostgreSQL
    # expects almost no rows from it and hashes the whole group instead of reading the index.)
    lead, lead_values = columns[:prefix], values[:prefix]
    return query.where(_beyond(lead, lead_values, spec.descending, inclusive=True),
                       or_(_beyond(lead, lead_values, spec.descending),
                           _beyond(columns[prefix:], values[prefix:], spec.descending)))


def _unindexed(expression: Any) -> Any:
    """The same value through an expression no index provides, on SQLite (see `_Unindexed`)."""
    return _Unindexed(expression)


class _Unindexed(FunctionElement[Any]):
    """`coalesce(x, x)` on SQLite, plain `x` elsewhere.

    Without statistics SQLite prefers an index that yields the sort order (or a range on it) over
    the branch's own selective index; it would walk the whole group looking for ten matches.
    PostgreSQL has statistics and plans well by itself, but would misjudge the coalesce: it
    expects 0.5% of the rows from `coalesce(group, group) = ?` and then hashes and sorts the
    whole group rather than reading an index in order.
    """

    name = "unindexed"
    inherit_cache = True

    def __init__(self, expression: Any) -> None:
        super().__init__(expression)
        self.type = expression.type


@compiles(_Unindexed)
def _plain(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(list(element.clauses)[0], **kw))


@compiles(_Unindexed, "sqlite")
def _through_coalesce(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    inner = compiler.process(list(element.clauses)[0], **kw)
    return f"coalesce({inner}, {inner})"


def _ordered(query: Select[Any], spec: DeviceQuery, *, use_index: bool = True) -> Select[Any]:
    columns = _key_columns(spec)
    if not use_index:
        columns[0] = _unindexed(columns[0])
    return query.order_by(*(column.desc() if spec.descending else column for column in columns))


def _read_in_order(session: Session, spec: DeviceQuery) -> bool:
    """Whether the page is read in the order of a sort index (see `_key_columns`) rather than sorted.

    A batch's devices are found by the batch index and sorted. A state filter in an order that is not
    the state's own index: a common state is read in order (a page is found within a few thousand
    devices), a rare one is found by the state index and sorted (walking a million devices in order
    for ten takes a third of a second, sorting a million seconds). Without statistics SQLite cannot
    tell them apart, so they are counted, up to `_COMMON_STATE` (deleted ones too: it only picks the
    way to read).
    """
    if spec.batch is not None:
        return False
    if not spec.statuses or spec.sort in ("sn", "status"):
        return True
    if spec.group is None:
        return False
    some = (select(DeviceIdentity.status)  # in the (group, status, sn) index: counted without reading rows
            .where(DeviceIdentity.registration_group_id == group_row(session, spec.group).id,
                   DeviceIdentity.status.in_(spec.statuses))
            .limit(_COMMON_STATE).subquery())
    return (session.scalar(select(func.count()).select_from(some)) or 0) >= _COMMON_STATE


def list_devices(ctx: ServiceContext, spec: DeviceQuery, *, after: tuple[Any, ...] | None = None,
                 limit: int = 200) -> DevicePage:
    """One page, keyset-paged on the sort column and then the SN; pass `next_key` back for the next page."""
    ctx.require(Permission.VIEW)
    if spec.sort not in SORT_COLUMNS:
        raise InputError(f"cannot sort by {spec.sort!r}; use one of: {', '.join(SORT_COLUMNS)}", field="sort")
    with ctx.read() as session:
        if spec.text.strip():
            rows = _text_page(session, spec, after, limit)
        elif not _read_in_order(session, spec):
            rows = _sorted_page(session, spec, after, limit)
        elif spec.sort == "batch" and spec.group is not None:
            rows = _page_by_batch(session, spec, after, limit)
        else:
            by_assets = spec.group is not None and spec.sort in ("name", "asset_id")
            query = _ordered(_after(_filtered(_device_select(), session, spec, by_assets=by_assets), spec, after), spec)
            rows = session.execute(query.limit(limit)).all()
        records = [_to_record(*row) for row in rows]
        next_key = page_key(records[-1], spec) if len(rows) == limit else None
        return DevicePage(records, next_key)


def _sorted_page(session: Session, spec: DeviceQuery, after: tuple[Any, ...] | None, limit: int) -> list[Any]:
    """The devices found by the filters' own indexes, sorted; the sort carries ids only (rows are far heavier)."""
    ids = _filtered(_joined(select(DeviceIdentity.id)), session, spec)
    if spec.batch is not None and spec.group is not None:
        # One batch, so ordering by it first changes nothing; but SQLite then reads the batch index in the
        # page's direction, and a descending sort of devices registered in SN order no longer takes in
        # (and drops) a row for every device read.
        ids = ids.order_by(Asset.batch_id.desc() if spec.descending else Asset.batch_id)
    ids = _ordered(_after(ids, spec, after, use_index=False), spec, use_index=False)
    return _rows_of(session, spec, list(session.scalars(ids.limit(limit))), limit)


def _text_page(session: Session, spec: DeviceQuery, after: tuple[Any, ...] | None, limit: int) -> list[Any]:
    """The first page of each branch, then the page of their union: at most a few pages of ids."""
    ids: set[Any] = set()
    for number, branch in enumerate(_text_branches(session, spec)):
        by_sn_index = number == 0 and spec.sort == "sn"  # the SN-prefix branch in SN order: a range scan
        branch = _ordered(_after(branch, spec, after, use_index=by_sn_index), spec, use_index=by_sn_index)
        ids.update(session.scalars(branch.limit(limit)))
    return _rows_of(session, spec, ids, limit)


def _rows_of(session: Session, spec: DeviceQuery, ids: Collection[Any], limit: int) -> list[Any]:
    """The first `limit` of these devices in the order of `spec`."""
    if not ids:
        return []
    return list(session.execute(_ordered(_device_select().where(DeviceIdentity.id.in_(ids)), spec).limit(limit)))


def _page_by_batch(session: Session, spec: DeviceQuery, after: tuple[Any, ...] | None, limit: int) -> list[Any]:
    """A page in batch order, read one batch at a time from the (batch, group, asset ID) index of assets.

    No index orders devices by batch number, but a group's batches are few and within one batch
    that index gives (asset ID, SN). Devices without a batch come first (the empty number). A page
    usually reads one or two batches; the planner is not trusted to put the batches in the outer
    loop of a single query (without statistics SQLite reads the whole group and sorts it).
    """
    group_id = group_row(session, spec.group).id  # type: ignore[arg-type]
    base = _filtered(_device_select(), session, spec, by_assets=True)
    within = DeviceQuery(group=spec.group, sort="asset_id", descending=spec.descending)  # (asset_code, sn)
    numbers = select(Batch.number).where(Batch.registration_group_id == group_id)
    numbers = numbers.order_by(Batch.number.desc() if spec.descending else Batch.number)
    # (batch number, or None for the devices without one; keyset position inside it)
    segments: list[tuple[str | None, tuple[Any, ...] | None]]
    if after is None:
        every_batch = [(number, None) for number in session.scalars(numbers)]
        segments = every_batch + [(None, None)] if spec.descending else [(None, None)] + every_batch
    elif after[0] == "":  # the last page ended among the devices without a batch
        segments = [(None, after[1:])]
        if not spec.descending:
            segments += [(number, None) for number in session.scalars(numbers)]
    else:
        beyond = Batch.number < after[0] if spec.descending else Batch.number > after[0]
        segments = [(after[0], after[1:])] + [(number, None) for number in session.scalars(numbers.where(beyond))]
        if spec.descending:
            segments.append((None, None))
    rows: list[Any] = []
    for number, position in segments:
        query = base.where(Asset.batch_id.is_(None)) if number is None \
            else base.where(Batch.registration_group_id == group_id, Batch.number == number)
        rows.extend(session.execute(_ordered(_after(query, within, position), within).limit(limit - len(rows))))
        if len(rows) == limit:
            break
    return rows


def page_key(record: DeviceRecord, spec: DeviceQuery) -> tuple[Any, ...]:
    """The keyset position just after `record` in the order of `spec` (what `next_key` holds)."""
    value = {"sn": record.sn, "status": record.status, "name": record.name, "batch": record.batch or "",
             "updated": record.updated_at, "asset_id": record.asset_id, "manual_code": record.manual_code}[spec.sort]
    key: list[Any] = [value]
    if spec.sort in _ASSET_SORTS:
        key.append(record.asset_id)
    if spec.sort != "sn":
        key.append(record.sn)
    if spec.group is None:
        key.append(record.id)
    return tuple(key)


def count_devices(ctx: ServiceContext, spec: DeviceQuery) -> int:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        if spec.text.strip():
            matches = union(*_text_branches(session, spec)).subquery()
            return session.scalar(select(func.count()).select_from(matches)) or 0
        query = select(func.count()).select_from(DeviceIdentity)
        if spec.batch is not None:
            query = _joined(query)  # only the batch needs the other tables; a plain count is an index scan
        return session.scalar(_filtered(query, session, spec)) or 0


def iter_devices(ctx: ServiceContext, spec: DeviceQuery, page_size: int = 2000):  # type: ignore[no-untyped-def]
    """Every matching device, page by page (bounded memory)."""
    after = None
    while True:
        page = list_devices(ctx, spec, after=after, limit=page_size)
        yield from page.devices
        if page.next_key is None:
            return
        after = page.next_key


def device_key(ctx: ServiceContext, group: str, sn: str) -> str:
    """The device's registration key (HMAC of the SN under the group secret). Audited."""
    ctx.require(Permission.EXPORT_SECRETS)
    with ctx.write() as session:
        group_row_ = group_row(session, group)
        identity = device_row(session, group_row_, sn)
        key = derive_device_key(group_secret_of(ctx, session, group_row_), identity.sn)
        audit.append(session, ctx, audit.AuditEntry("device.key.reveal", "device", str(identity.asset_id),
                                                    group_name=group_row_.name, sn=sn))
        return key

