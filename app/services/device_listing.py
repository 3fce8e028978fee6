"""Listing devices: filters and sorting in the database, keyset pages, counts, every match page by page."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, literal, or_, select, tuple_, union
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from app.db.models import Asset, Batch, DeviceIdentity
from app.domain.errors import InputError
from app.domain.lifecycle import Phase, states_in
from app.domain.messages import message
from app.domain.messages_devices import CANNOT_SORT
from app.domain.permissions import Permission
from app.domain.records import DeviceRecord
from app.services.context import ServiceContext
from app.services.device_lookup import device_select, to_record
from app.services.groups import group_row

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
        query = query.where(DeviceIdentity.status.not_in(states_in(Phase.RETIRED)))
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
        raise InputError(message(CANNOT_SORT, sort=spec.sort, valid=", ".join(SORT_COLUMNS)), field="sort")
    rows: Sequence[Any]
    with ctx.read() as session:
        if spec.text.strip():
            rows = _text_page(session, spec, after, limit)
        elif not _read_in_order(session, spec):
            rows = _sorted_page(session, spec, after, limit)
        elif spec.sort == "batch" and spec.group is not None:
            rows = _page_by_batch(session, spec, after, limit)
        else:
            by_assets = spec.group is not None and spec.sort in ("name", "asset_id")
            query = _ordered(_after(_filtered(device_select(), session, spec, by_assets=by_assets), spec, after), spec)
            rows = session.execute(query.limit(limit)).all()
        records = [to_record(*row) for row in rows]
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
    return list(session.execute(_ordered(device_select().where(DeviceIdentity.id.in_(ids)), spec).limit(limit)))


def _page_by_batch(session: Session, spec: DeviceQuery, after: tuple[Any, ...] | None, limit: int) -> list[Any]:
    """A page in batch order, read one batch at a time from the (batch, group, asset ID) index of assets.

    No index orders devices by batch number, but a group's batches are few and within one batch
    that index gives (asset ID, SN). Devices without a batch come first (the empty number). A page
    usually reads one or two batches; the planner is not trusted to put the batches in the outer
    loop of a single query (without statistics SQLite reads the whole group and sorts it).
    """
    group_id = group_row(session, spec.group).id  # type: ignore[arg-type]
    base = _filtered(device_select(), session, spec, by_assets=True)
    within = DeviceQuery(group=spec.group, sort="asset_id", descending=spec.descending)  # (asset_code, sn)
    numbers = select(Batch.number).where(Batch.registration_group_id == group_id)
    numbers = numbers.order_by(Batch.number.desc() if spec.descending else Batch.number)
    # (batch number, or None for the devices without one; keyset position inside it)
    segments: list[tuple[str | None, tuple[Any, ...] | None]]
    if after is None:
        every_batch: list[tuple[str | None, tuple[Any, ...] | None]] = [(number, None) for number in session.scalars(numbers)]
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


def iter_devices(ctx: ServiceContext, spec: DeviceQuery, page_size: int = 2000) -> Iterator[DeviceRecord]:
    """Every matching device, page by page (bounded memory)."""
    after = None
    while True:
        page = list_devices(ctx, spec, after=after, limit=page_size)
        yield from page.devices
        if page.next_key is None:
            return
        after = page.next_key


def matching_ids(session: Session, spec: DeviceQuery) -> Any:
    """A query of the ids of every device `spec` matches, unordered (what a bulk action over a list acts on)."""
    if spec.text.strip():
        return union(*_text_branches(session, spec))
    query = select(DeviceIdentity.id)
    if spec.batch is not None:
        query = _joined(query)
    return _filtered(query, session, spec)
