"""A batch's review: warnings before approval, approved batches guarded against changes, reopening a review;
and a serial range needs a prefix. On SQLite and PostgreSQL, through the services and the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.enums import Role
from app.domain.errors import ApprovedBatchError, InputError, LifecycleError, PermissionDeniedError
from app.services import audit, batches, device_lookup, lifecycle, registering
from app.services.batch_review import approval_warnings, approved_batches_of
from app.services.context import ServiceContext
from app.services.supervision import AnomalyKind
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, as_role, build_service_context, table_dump

G = STANDARD_GROUP


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context)
    registering.register_range(context, G, "A-", 1, 3, batch="LOT-A")
    registering.register_range(context, G, "B-", 1, 2, batch="LOT-B")
    yield context
    context.db.dispose()


def install(ctx: ServiceContext, sn: str) -> None:
    lifecycle.install(ctx, G, sn, {"owner": "ops"})


def test_approval_warnings_name_uninstalled_devices_and_open_anomalies(ctx: ServiceContext) -> None:
    install(ctx, "A-1")
    warnings = approval_warnings(ctx, G, "LOT-A")
    assert (warnings.registered, warnings.labelled, warnings.not_installed) == (2, 0, 2)
    assert warnings.anomalies == {AnomalyKind.NEVER_LABELLED: 2}
    assert warnings.lines() == ["2 devices are not installed yet (2 registered)",
                                "2 open anomalies (never labelled: 2)"]
    for sn in ("A-2", "A-3"):
        install(ctx, sn)
    assert not approval_warnings(ctx, G, "LOT-A") and approval_warnings(ctx, G, "LOT-A").lines() == []

    approved = batches.review_batch(ctx, G, "LOT-B", approve=True, comment="early")
    assert approved.review == "approved"
    [event] = [e for e in audit.list_events(ctx, limit=50) if e.action == "batch.approve"]
    assert event.details["warnings"] == ["2 devices are not installed yet (2 registered)",
                                         "2 open anomalies (never labelled: 2)"]


def test_devices_of_an_approved_batch_are_not_deleted_or_added_without_acknowledgement(ctx: ServiceContext) -> None:
    batches.review_batch(ctx, G, "LOT-A", approve=True, comment="ok")
    assert [(b.number, b.devices) for b in approved_batches_of(ctx, G, ["A-1", "A-2", "B-1", "NOPE"])] == [
        ("LOT-A", 2)]
    before = table_dump(ctx.db.engine)
    with pytest.raises(ApprovedBatchError, match="batch 'LOT-A' of group 'line1' was approved by tester") as refused:
        lifecycle.delete(ctx, G, "A-1")
    assert (refused.value.batch, refused.value.reviewed_by) == ("LOT-A", "tester")
    with pytest.raises(ApprovedBatchError, match="add devices to it"):
        registering.register_device(ctx, G, "A-9", batch="LOT-A")
    with pytest.raises(ApprovedBatchError):
        registering.register_range(ctx, G, "A-", 10, 5, batch="LOT-A")
    assert table_dump(ctx.db.engine) == before

    lifecycle.delete(ctx, G, "B-1")  # an open batch: no question asked
    lifecycle.delete(ctx, G, "A-1", approved_batch_ok=True)
    registering.register_device(ctx, G, "A-1", batch="LOT-A", approved_batch_ok=True)  # registered again, knowingly
    assert device_lookup.get_device(ctx, G, "A-1").batch == "LOT-A"


def test_a_review_can_be_reopened_by_a_supervisor_with_a_comment(ctx: ServiceContext) -> None:
    batches.review_batch(ctx, G, "LOT-A", approve=False, comment="labels smeared")
    with pytest.raises(PermissionDeniedError):
        batches.reopen_review(as_role(ctx, Role.TECHNICIAN, "tom"), G, "LOT-A", comment="reprinted")
    with pytest.raises(InputError, match="field 'comment'"):
        batches.reopen_review(ctx, G, "LOT-A", comment="  ")
    reopened = batches.reopen_review(ctx, G, "LOT-A", comment="labels reprinted")
    assert (reopened.review, reopened.reviewed_by, reopened.review_comment) == ("open", "", "")
    [event] = [e for e in audit.list_events(ctx, limit=50) if e.action == "batch.reopen"]
    assert event.details["comment"] == "labels reprinted"
    assert event.details["taken_back"]["review"] == "rejected" and event.details["taken_back"]["by"] == "tester"
    with pytest.raises(LifecycleError, match="nothing to reopen"):
        batches.reopen_review(ctx, G, "LOT-A", comment="again")
    assert batches.review_batch(ctx, G, "LOT-A", approve=True, comment="fine now").review == "approved"


def test_a_serial_range_needs_a_prefix_or_an_explicit_no_prefix(ctx: ServiceContext) -> None:
    before = table_dump(ctx.db.engine)
    with pytest.raises(InputError, match="field 'prefix': give a prefix"):
        registering.register_range(ctx, G, "", 1, 100, width=6)
    assert table_dump(ctx.db.engine) == before
    assert registering.register_range(ctx, G, "", 1, 3, width=6, no_prefix=True) == 3
    assert device_lookup.get_device(ctx, G, "000001").sn == "000001"
    with pytest.raises(InputError, match="the counter reaches 10, which has 2 digits; allow at least 2"):
        registering.register_range(ctx, G, "C-", 1, 10, width=1)


def test_the_command_line_asks_for_the_same_acknowledgements(dps_home: Path, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.db.test_cli_core import Cli, setup_group

    monkeypatch.delenv("DPS_USER", raising=False)
    cli = Cli(capsys, monkeypatch)
    cli.init()  # signed in as the first supervisor from here on
    setup_group(cli)
    cli.fails("device", "range", "--group", G, "--start", "1", "--count", "100", "--width", "6",
              match="give a prefix such as PUMP-, or --no-prefix")
    assert "registered 2 devices" in cli.ok("device", "range", "--group", G, "--no-prefix", "--start", "1",
                                            "--count", "2", "--width", "6", "--batch", "L")
    assert "registered 1 device in" in cli.ok("device", "range", "--group", G, "--prefix", "P-", "--start", "1",
                                              "--count", "1", "--batch", "L")
    cli.ok("batch", "approve", "L", "--group", G, "--yes")
    cli.fails("device", "delete", "--group", G, "--sn", "000001", match="was approved by chief")
    cli.fails("device", "add", "--group", G, "--sn", "X-1", "--batch", "L", match="add devices to it")
    assert "deleted 000001" in cli.ok("device", "delete", "--group", G, "--sn", "000001", "--approved-batch-ok")
    cli.ok("device", "add", "--group", G, "--sn", "000001", "--batch", "L", "--approved-batch-ok")
    cli.fails("batch", "reopen", "L", "--group", G, "--comment", " ", match="field 'comment'")
    assert "batch L: review reopened" in cli.ok("batch", "reopen", "L", "--group", G, "--comment", "one more")
    cli.fails("batch", "reopen", "L", "--group", G, "--comment", "again", match="nothing to reopen")
    cli.ok("device", "delete", "--group", G, "--sn", "P-1")  # open again: no flag needed
