"""Bulk disable, enable and delete on SQLite and PostgreSQL: batches, audit per device, sync stamps, refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, select, update

from app.db.models import Allocation, Asset, AuditEvent, DeviceIdentity
from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError
from app.security.integrity import INTEGRITY_PURPOSE, object_values, row_mac
from app.services import audit, batches, bulk_actions, device_lookup, lifecycle, registering
from app.services.bulk_actions import BulkAction, BulkTarget
from app.services.context import ServiceContext
from app.services.device_listing import DeviceQuery
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, as_role, build_service_context, table_dump

G = STANDARD_GROUP
OWNER = {"owner": "ops"}
SYNCED: tuple[Table, ...] = (DeviceIdentity.__table__, Asset.__table__, Allocation.__table__)  # type: ignore[assignment]


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context)
    yield context
    context.db.dispose()


def states(ctx: ServiceContext, *sns: str) -> list[str]:
    return [device_lookup.get_device(ctx, G, sn).status for sn in sns]


def identity_rows(ctx: ServiceContext, *sns: str) -> dict[str, dict[str, Any]]:
    with ctx.db.engine.connect() as connection:
        rows = connection.execute(select(DeviceIdentity.__table__).where(DeviceIdentity.sn.in_(sns))).mappings()
        return {row["sn"]: dict(row) for row in rows}


def mark_synced(ctx: ServiceContext) -> None:
    """As after a push: nothing dirty."""
    with ctx.db.engine.begin() as connection:
        for table in SYNCED:
            connection.execute(update(table).values(dirty=False, station="elsewhere"))


def bulk(ctx: ServiceContext, action: str, *sns: str, **kwargs: Any) -> bulk_actions.BulkOutcome:
    return bulk_actions.run_bulk(ctx, BulkAction(action), G, BulkTarget.named(sns), **kwargs)


def test_disable_skips_what_it_does_not_apply_to_and_audits_each_device(ctx: ServiceContext) -> None:
    registering.register_range(ctx, G, "B-", 0, 6, width=6)
    lifecycle.disable(ctx, G, "B-000001", "earlier")
    lifecycle.activate(ctx, G, "B-000002", OWNER)
    lifecycle.activate(ctx, G, "B-000003", OWNER)
    lifecycle.replace(ctx, G, "B-000003", "B-000004")
    outcome = bulk(ctx, "disable", *(f"B-{n:06d}" for n in range(6)), "NOPE-1", reason="flood", batch_size=2)
    assert outcome.done == 4 and outcome.total == 7 and not outcome.cancelled
    assert sorted(outcome.skipped) == [("B-000001", "disabled"), ("B-000003", "replaced")]
    assert outcome.refused == [("NOPE-1", "no device with SN 'NOPE-1' in group 'line1'")] and outcome.unknown == 1
    assert outcome.skipped_by_state() == {"disabled": 1, "replaced": 1}
    assert states(ctx, *(f"B-{n:06d}" for n in range(6))) == ["disabled", "disabled", "disabled", "replaced",
                                                              "disabled", "disabled"]
    events = audit.list_events(ctx, audit.AuditFilter(action="device.disable"), limit=50)
    assert sorted(event.sn for event in events if event.details == {"reason": "flood"}) == [
        "B-000000", "B-000002", "B-000004", "B-000005"]  # one event per device, as the single action writes it
    assert all(event.actor == "tester" and event.group == G for event in events)
    assert audit.verify(ctx).ok


def test_enable_brings_back_the_state_before_disable_and_delete_follows_the_rules(ctx: ServiceContext) -> None:
    registering.register_range(ctx, G, "E-", 0, 4, width=6)
    lifecycle.activate(ctx, G, "E-000001", OWNER)
    lifecycle.activate(ctx, G, "E-000002", OWNER)
    bulk(ctx, "disable", "E-000000", "E-000001")
    assert states(ctx, "E-000000", "E-000001") == ["disabled", "disabled"]

    refused = bulk(ctx, "delete", "E-000001", "E-000002", "E-000003")  # E-000002 is activated
    assert refused.done == 2 and refused.skipped == [("E-000002", "allocated")]
    assert refused.problems() == [("E-000002", "allocated (activated): disable it before deleting it")]
    assert [d.sn for d in device_lookup.find_devices(ctx, "E-000001")] == []
    with ctx.read() as session:
        deleted = session.scalars(select(DeviceIdentity).where(DeviceIdentity.sn == "E-000001")).one()
        assert deleted.deleted and deleted.status == "discarded"
        assert session.get(Asset, deleted.asset_id).deleted  # type: ignore[union-attr]
        assert {a.state for a in session.scalars(select(Allocation).where(Allocation.identity_id == deleted.id))} == {
            "revoked"}

    enabled = bulk(ctx, "enable", "E-000000", "E-000002")
    assert enabled.skipped == [("E-000002", "allocated")] and enabled.problems()[0][1] == "not disabled (it is allocated)"
    assert states(ctx, "E-000000") == ["registered"]
    assert list(enabled.changed.values()) == ["registered"]
    assert audit.verify(ctx).ok


def all_rows(ctx: ServiceContext) -> dict[tuple[str, Any], dict[str, Any]]:
    with ctx.db.engine.connect() as connection:
        return {(table.name, row.id): dict(row._mapping)
                for table in SYNCED
                for row in connection.execute(select(table))}


def changes_of(ctx: ServiceContext, act: Any) -> dict[str, list[dict[str, Any]]]:
    """What `act()` changes, row by row and table by table (ids and times left out: they differ by nature)."""
    mark_synced(ctx)
    before = all_rows(ctx)
    act()
    after = all_rows(ctx)
    changed: dict[str, list[dict[str, Any]]] = {}
    for key, row in after.items():
        old = before[key]
        # The integrity value is checked by audit verify below, not compared: both paths give a valid one.
        diff = {column: value for column, value in row.items() if value != old[column] and column != "integrity"}
        if diff:
            assert diff.pop("updated_at") > old["updated_at"]  # every changed row is stamped anew
            if "status_changed_at" in diff:
                assert diff.pop("status_changed_at") > old["status_changed_at"]
            changed.setdefault(key[0], []).append(diff)
    return changed


def test_the_rows_change_exactly_as_the_single_device_actions_change_them(ctx: ServiceContext) -> None:
    """Same rows, same columns, same values (but for the times), the same sync stamps: the next push sees them alike."""
    registering.register_range(ctx, G, "S-", 0, 2, width=6)
    for sn in ("S-000000", "S-000001"):
        lifecycle.activate(ctx, G, sn, OWNER)
    single = changes_of(ctx, lambda: lifecycle.disable(ctx, G, "S-000000", "why"))
    assert single == {"device_identities": [{"dirty": True, "station": ctx.db.station_id, "status": "disabled",
                                             "status_before_disable": "allocated"}]}
    assert changes_of(ctx, lambda: bulk(ctx, "disable", "S-000001", reason="why")) == single
    single = changes_of(ctx, lambda: lifecycle.enable(ctx, G, "S-000000"))
    assert single["device_identities"][0]["status"] == "allocated"
    assert changes_of(ctx, lambda: bulk(ctx, "enable", "S-000001")) == single
    lifecycle.disable(ctx, G, "S-000000")
    bulk(ctx, "disable", "S-000001")
    single = changes_of(ctx, lambda: lifecycle.delete(ctx, G, "S-000000"))
    assert sorted(single) == ["allocations", "assets", "device_identities"]  # revoked, gone with it, a tombstone
    assert changes_of(ctx, lambda: bulk(ctx, "delete", "S-000001")) == single
    assert audit.verify(ctx).problems == []  # every changed row carries a valid integrity value (issue #15)


def test_a_replaced_devices_asset_stays_with_its_new_identity(ctx: ServiceContext) -> None:
    registering.register_range(ctx, G, "R-", 0, 2, width=6)
    lifecycle.activate(ctx, G, "R-000000", OWNER)
    lifecycle.replace(ctx, G, "R-000000", "R-000001")
    outcome = bulk(ctx, "delete", "R-000000")  # a retired device may be deleted; its asset lives on in R-000001
    assert outcome.done == 1
    survivor = device_lookup.get_device(ctx, G, "R-000001")
    with ctx.read() as session:
        assert not session.get(Asset, survivor.asset_uuid).deleted  # type: ignore[union-attr]


def test_devices_of_an_approved_batch_are_refused_unless_acknowledged(ctx: ServiceContext) -> None:
    registering.register_range(ctx, G, "A-", 0, 3, width=6, batch="DONE")
    registering.register_range(ctx, G, "N-", 0, 1, width=6)
    batches.review_batch(as_role(ctx, Role.SUPERVISOR, "sue"), G, "DONE", approve=True, comment="")
    outcome = bulk(ctx, "delete", "A-000000", "A-000001", "N-000000")
    assert outcome.done == 1 and [sn for sn, _why in outcome.refused] == ["A-000000", "A-000001"]
    assert "approved by sue" in outcome.refused[0][1]
    assert states(ctx, "A-000000", "A-000001") == ["registered", "registered"]
    assert bulk(ctx, "delete", "A-000000", approved_batch_ok=True).done == 1


def test_every_matching_device_of_a_query_batch_or_group(ctx: ServiceContext) -> None:
    registering.register_range(ctx, G, "Q-", 0, 30, width=6, batch="L1")
    registering.register_range(ctx, G, "P-", 0, 5, width=6)
    outcome = bulk_actions.run_bulk(ctx, BulkAction.DISABLE, G, BulkTarget.matching(DeviceQuery(group=G, text="Q-00001")))
    assert sorted(outcome.changed.values()) == ["disabled"] * 10
    assert bulk_actions.count_target(ctx, G, BulkTarget.matching(DeviceQuery(group=G, batch="L1"))) == 30
    by_batch = bulk_actions.run_bulk(ctx, BulkAction.DISABLE, G, BulkTarget.matching(DeviceQuery(batch="L1")))
    assert by_batch.done == 20 and len(by_batch.skipped) == 10
    everything = bulk_actions.run_bulk(ctx, BulkAction.ENABLE, G, BulkTarget.matching(DeviceQuery()))
    assert everything.done == 30 and everything.total == 35 and len(everything.skipped) == 5


def test_batches_commit_one_by_one_report_progress_and_stop_when_cancelled(ctx: ServiceContext) -> None:
    registering.register_range(ctx, G, "C-", 0, 10, width=6)
    seen: list[tuple[int, int]] = []
    outcome = bulk(ctx, "disable", *(f"C-{n:06d}" for n in range(10)), batch_size=3,
                   progress=lambda done, total: seen.append((done, total)), cancelled=lambda: len(seen) >= 3)
    assert seen == [(0, 10), (3, 10), (6, 10)]
    assert outcome.cancelled and outcome.done == 6 and outcome.not_reached == 4
    assert states(ctx, *(f"C-{n:06d}" for n in range(10))) == ["disabled"] * 6 + ["registered"] * 4
    assert len(audit.list_events(ctx, audit.AuditFilter(action="device.disable"), limit=50)) == 6


def test_a_failing_batch_changes_none_of_its_devices(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    registering.register_range(ctx, G, "F-", 0, 6, width=6)
    real_append = audit.append
    calls: list[int] = []

    def failing_second(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        real_append(*args, **kwargs)

    monkeypatch.setattr(audit, "append", failing_second)
    with pytest.raises(RuntimeError):
        bulk(ctx, "disable", *(f"F-{n:06d}" for n in range(6)), batch_size=3)
    assert states(ctx, *(f"F-{n:06d}" for n in range(6))) == ["disabled"] * 3 + ["registered"] * 3
    monkeypatch.setattr(audit, "append", real_append)
    assert audit.verify(ctx).ok


def test_roles_are_checked_by_the_service_and_nothing_changes(ctx: ServiceContext) -> None:
    registering.register_range(ctx, G, "P-", 0, 2, width=6)
    installer = as_role(ctx, Role.INSTALLER, "ina")
    before = table_dump(ctx.db.engine)
    with pytest.raises(PermissionDeniedError, match="may not delete devices"):
        bulk(installer, "delete", "P-000000")
    assert table_dump(ctx.db.engine) == before
    assert bulk(installer, "disable", "P-000000").done == 1
    with ctx.read() as session:
        [event] = session.scalars(select(AuditEvent).where(AuditEvent.action == "device.disable")).all()
        assert event.actor == "ina"


def stored_events(ctx: ServiceContext) -> dict[str, dict[str, Any]]:
    """The audit events as the database holds them (raw values, as a driver reads them), by SN."""
    with ctx.db.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT * FROM audit_events WHERE action = 'device.disable'").mappings()
        return {row["sn"]: dict(row) for row in rows}


def test_a_bulk_actions_events_are_stored_as_the_single_actions_are(ctx: ServiceContext) -> None:
    """The bulk path writes its events (and integrity values) through the driver on SQLite: the same columns in
    the same stored form (id, time, JSON details) as the single action's, and time-ordered event ids."""
    registering.register_range(ctx, G, "T-", 0, 4, width=6)
    lifecycle.disable(ctx, G, "T-000000", "why")
    bulk(ctx, "disable", "T-000001", "T-000002", "T-000003", reason="why")
    events = stored_events(ctx)
    single, bulked = events["T-000000"], events["T-000002"]
    varying = {"id", "seq", "at", "entity_id", "sn", "hash", "prev_hash"}
    assert {k: v for k, v in bulked.items() if k not in varying} == {k: v for k, v in single.items() if k not in varying}
    assert bulked["entity_id"] == str(device_lookup.get_device(ctx, G, "T-000002").asset_uuid)
    for column in ("id", "at", "entity_id"):
        assert type(bulked[column]) is type(single[column]) and len(str(bulked[column])) == len(str(single[column]))
    with ctx.read() as session:
        ordered = session.scalars(select(AuditEvent).where(AuditEvent.action == "device.disable")
                                  .order_by(AuditEvent.seq)).all()
    milliseconds = [int(event.id.hex[:12], 16) for event in ordered]  # version 7: Unix time first
    assert [event.id.version for event in ordered] == [7] * 4 and milliseconds == sorted(milliseconds)
    assert audit.verify(ctx).problems == []


def test_delete_in_several_batches_revokes_each_batchs_allocations_and_deletes_its_assets(
        ctx: ServiceContext) -> None:
    registering.register_range(ctx, G, "D-", 0, 5, width=6)
    for n in range(4):
        lifecycle.activate(ctx, G, f"D-{n:06d}", OWNER)
        lifecycle.disable(ctx, G, f"D-{n:06d}")
    outcome = bulk(ctx, "delete", *(f"D-{n:06d}" for n in range(5)), batch_size=2)
    assert outcome.done == 5
    with ctx.read() as session:
        assert set(session.scalars(select(Allocation.state))) == {"revoked"}
        assert set(session.scalars(select(Asset.deleted))) == {True}
        assert set(session.scalars(select(Allocation.dirty))) == {True}
    assert audit.verify(ctx).problems == []


def test_each_changed_row_carries_the_integrity_value_of_its_new_columns(ctx: ServiceContext) -> None:
    """SQLite sets the value in the UPDATE itself, PostgreSQL in a second statement: both as row_mac of the row."""
    registering.register_range(ctx, G, "I-", 0, 3, width=6)
    lifecycle.activate(ctx, G, "I-000001", OWNER)
    sns = [f"I-{n:06d}" for n in range(3)]
    key = ctx.keyring.require_data_key().subkey(INTEGRITY_PURPOSE)
    for action in ("disable", "enable", "disable", "delete"):
        assert bulk(ctx, action, *sns).done == 3
        with ctx.read() as session:
            rows = session.scalars(select(DeviceIdentity).where(DeviceIdentity.sn.in_(sns))).all()
            assert [row.integrity for row in rows] == [row_mac(key, "device_identities", object_values(row))
                                                       for row in rows]
            assert {row.sn: row.status for row in rows}["I-000001"] == {"disable": "disabled", "enable": "allocated",
                                                                        "delete": "discarded"}[action]
