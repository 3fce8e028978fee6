"""The device list sorted by every column, both ways, read page by page, on a SQLite file and PostgreSQL.

Each listing must give the same devices in the same order as sorting them in Python: ties
(same state, same batch, empty names, the same update time for a whole registration) are
decided by asset ID for the asset columns (name, batch), then by SN; across groups, where an
SN repeats, by the device's id. The group has devices without a batch, an empty batch, two SNs
sharing one asset ID (a replacement), deleted devices and an SN registered again, and a second
group with some of the same SNs and a batch of the same number.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.domain.records import DeviceRecord
from app.services import batches, device_listing, device_lookup, lifecycle, registering
from app.services.context import ServiceContext
from app.services.device_listing import DeviceQuery
from app.services.registering import NewDevice
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, build_service_context

G = STANDARD_GROUP
OTHER = "line2"
PAGE = 11


@dataclass
class Station:
    ctx: ServiceContext
    sns: dict[str, list[str]]  # group -> every SN registered there, in registration order

    def live(self, group: str | None = None) -> list[DeviceRecord]:
        """Every device that is listed, read one by one (not through the listing)."""
        found = []
        for name in ([group] if group else list(self.sns)):
            for sn in self.sns[name]:
                found.extend(d for d in device_lookup.find_devices(self.ctx, sn) if d.group == name)
        return found


@pytest.fixture
def station(db_url: str, tmp_path: Path) -> Iterator[Station]:
    ctx = build_service_context(db_url, tmp_path)
    add_standard_setup(ctx)
    add_standard_setup(ctx, group=OTHER)
    rng = random.Random(20261123)
    batches.create_batch(ctx, G, "L0")  # a batch without devices is passed over
    sns = [f"S{number:04d}" for number in rng.sample(range(10_000), 240)]  # not registered in SN order
    new = [NewDevice(sn, name=rng.choice(["", "", "", "alpha", "beta"]),
                     batch=rng.choice([None, "L1", "L2", "L2", "L3"])) for sn in sns]
    registering.register_devices(ctx, G, new[:150], source="test")  # one update time for all 150
    registering.register_devices(ctx, G, new[150:], source="test")
    for sn in sns[:12]:
        lifecycle.install(ctx, G, sn, {"owner": "x"})
    for sn in sns[12:16]:
        lifecycle.activate(ctx, G, sn, {"owner": "x"})
    for sn in sns[16:22]:
        lifecycle.disable(ctx, G, sn)
    lifecycle.replace(ctx, G, sns[0], sns[30])  # two SNs with one asset ID: the old one stays listed as replaced
    lifecycle.delete(ctx, G, sns[40])
    lifecycle.delete(ctx, G, sns[41])
    registering.register_device(ctx, G, sns[41], batch="L1")  # registered again after its deletion
    others = sns[:20] + [f"T{number:03d}" for number in range(25)]
    registering.register_devices(ctx, OTHER, [NewDevice(sn, batch=rng.choice([None, "L1"])) for sn in others],
                             source="test")
    yield Station(ctx, {G: [sn for sn in sns if sn != sns[40]], OTHER: others})
    ctx.db.dispose()


def python_order(records: list[DeviceRecord], sort: str, descending: bool, *,
                 across_groups: bool = False) -> list[DeviceRecord]:
    def key(record: DeviceRecord) -> tuple[Any, ...]:
        value = {"sn": record.sn, "status": record.status, "name": record.name, "batch": record.batch or "",
                 "updated": record.updated_at, "asset_id": record.asset_id, "manual_code": record.manual_code}[sort]
        asset_tie = record.asset_id if sort in ("name", "batch") else ""
        return value, asset_tie, record.sn, record.id if across_groups else 0

    return sorted(records, key=key, reverse=descending)


def paged(ctx: ServiceContext, spec: DeviceQuery, limit: int = PAGE) -> list[DeviceRecord]:
    listed: list[DeviceRecord] = []
    after = None
    for _page in range(2000):
        page = device_listing.list_devices(ctx, spec, after=after, limit=limit)
        listed.extend(page.devices)
        if page.next_key is None:
            assert len(page.devices) < limit  # a full page always has a key (the next one may be empty)
            return listed
        assert len(page.devices) == limit  # a key only after a full page
        after = page.next_key
    raise AssertionError(f"paging {spec} did not end")


def names(records: list[DeviceRecord]) -> list[str]:
    return [f"{record.group}/{record.sn}" for record in records]


def check(station: Station, spec: DeviceQuery, wanted: list[DeviceRecord], limit: int = PAGE) -> None:
    expected = python_order(wanted, spec.sort, spec.descending, across_groups=spec.group is None)
    assert names(paged(station.ctx, spec, limit)) == names(expected), spec


def test_every_column_both_ways_pages_like_a_python_sort(station: Station) -> None:
    live = station.live(G)
    # the ties the order must decide are there
    assert len(live) == len(station.sns[G])
    assert sum(d.name == "" for d in live) > PAGE and sum(d.batch is None for d in live) > PAGE
    assert sum(d.status == "registered" for d in live) > PAGE and sum(d.batch == "L2" for d in live) > PAGE
    assert len({d.updated_at for d in live}) < len(live) // 2
    assert len({d.asset_id for d in live}) == len(live) - 1  # the replaced SN and its replacement
    assert {d.status for d in live} >= {"registered", "installed", "disabled", "replaced"}
    for sort in device_listing.SORT_COLUMNS:
        for descending in (False, True):
            check(station, DeviceQuery(group=G, sort=sort, descending=descending), live)


@pytest.mark.slow
def test_batch_and_name_order_across_page_sizes(station: Station) -> None:
    """The batch order is read batch by batch: pages that end inside, at the end of or across batches."""
    live = station.live(G)
    for descending in (False, True):
        check(station, DeviceQuery(group=G, sort="batch", descending=descending), live, limit=1)
        for limit in (4, 64, 500):
            check(station, DeviceQuery(group=G, sort="batch", descending=descending), live, limit)
            check(station, DeviceQuery(group=G, sort="name", descending=descending), live, limit)


FILTERS: list[dict[str, Any]] = [
    {"batch": "L2"},
    {"batch": "L1", "statuses": ("registered",)},
    {"statuses": ("registered",)},
    {"statuses": ("installed", "disabled", "replaced")},
    {"include_retired": False},
    {"text": "alpha"},
    {"text": "S0"},
]


def _matches(record: DeviceRecord, filters: dict[str, Any]) -> bool:
    if "batch" in filters and record.batch != filters["batch"]:
        return False
    if "statuses" in filters and record.status not in filters["statuses"]:
        return False
    if filters.get("include_retired") is False and record.status in ("replaced", "discarded"):
        return False
    text = filters.get("text")
    return text is None or record.sn.startswith(text) or record.name.startswith(text)


@pytest.mark.slow
def test_filters_with_every_sort(station: Station) -> None:
    live = station.live(G)
    for filters in FILTERS:
        wanted = [record for record in live if _matches(record, filters)]
        assert 0 < len(wanted) < len(live), filters
        for sort in device_listing.SORT_COLUMNS:
            for descending in (False, True):
                spec = DeviceQuery(group=G, sort=sort, descending=descending, **filters)
                check(station, spec, wanted)
                assert device_listing.count_devices(station.ctx, spec) == len(wanted)


@pytest.mark.slow
def test_state_filters_read_in_order_or_sorted(station: Station, monkeypatch: pytest.MonkeyPatch) -> None:
    """A common state is read in sort order keeping that state, a rare one sorted: the same rows either way."""
    live = station.live(G)
    state_filters = [filters for filters in FILTERS if set(filters) == {"statuses"}]
    for common_from in (1, 30):  # every state read in order; only 'registered' (the default: none here)
        monkeypatch.setattr(device_listing, "_COMMON_STATE", common_from)
        for filters in state_filters:
            wanted = [record for record in live if _matches(record, filters)]
            for sort in device_listing.SORT_COLUMNS:
                for descending in (False, True):
                    check(station, DeviceQuery(group=G, sort=sort, descending=descending, **filters), wanted)


def test_all_groups_together_every_sort(station: Station) -> None:
    """Without a group an SN can repeat; the device id decides, and no device is listed twice."""
    live = station.live()
    assert len({d.sn for d in live}) < len(live)
    for sort in device_listing.SORT_COLUMNS:
        for descending in (False, True):
            check(station, DeviceQuery(sort=sort, descending=descending), live, limit=17)


def test_a_device_changed_between_pages_is_neither_lost_nor_repeated(station: Station) -> None:
    """Keyset paging: the rest of the list continues after the last device shown, whatever changed before it."""
    spec = DeviceQuery(group=G, sort="updated")
    first = device_listing.list_devices(station.ctx, spec, limit=PAGE)
    shown = first.devices[0]
    lifecycle.install(station.ctx, G, shown.sn, {"owner": "y"})  # updated now: moves to the end of the list
    rest = paged_from(station.ctx, spec, first.next_key)
    expected = python_order(station.live(G), "updated", False)
    position = names(expected).index(names(first.devices)[-1])
    assert names(first.devices) + names(rest) == names(first.devices) + names(expected[position + 1:])
    assert names([shown])[0] in names(rest)


def paged_from(ctx: ServiceContext, spec: DeviceQuery, after: tuple[Any, ...] | None) -> list[DeviceRecord]:
    listed: list[DeviceRecord] = []
    while after is not None:
        page = device_listing.list_devices(ctx, spec, after=after, limit=PAGE)
        listed.extend(page.devices)
        after = page.next_key
    return listed
