"""Supervision on SQLite and PostgreSQL: batch progress per state, anomalies (paged), approvals by the right role only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from app.db.base import utcnow
from app.domain.enums import Role
from app.domain.errors import InputError, PermissionDeniedError
from app.services import audit, batches, lifecycle, supervision
from app.services.context import ServiceContext
from app.services.supervision import AnomalyKind, AnomalyRules
from tests.db.supervision_scenario import G, NO_KEY_GROUP, build_scenario
from tests.support.ctx import as_role, build_service_context, table_dump


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    build_scenario(context)
    yield context
    context.db.dispose()


def later(days: int) -> AnomalyRules:
    return AnomalyRules(stale_days=14, now=utcnow() + timedelta(days=days))


def test_batch_progress_per_state(ctx: ServiceContext) -> None:
    progress = supervision.batch_progress(ctx, G, "B1")
    assert (progress.group, progress.batch, progress.review) == (G, "B1", "open")
    assert progress.counts.as_dict() == {"registered": 1, "labelled": 2, "installed": 1, "activated": 2,
                                         "failed": 0, "disabled": 0, "retired": 0}
    assert progress.counts.total == 6
    failed = supervision.batch_progress(ctx, NO_KEY_GROUP, "B9").counts
    assert (failed.failed, failed.registered, failed.total) == (1, 0, 1)


def test_group_progress_has_every_batch_and_the_unbatched(ctx: ServiceContext) -> None:
    lifecycle.disable(ctx, G, "SN-7")
    progress = supervision.group_progress(ctx, G)
    assert [b.batch for b in progress.batches] == ["B1", "B2"]
    b2 = progress.batches[1].counts
    assert (b2.registered, b2.disabled, b2.total) == (1, 1, 2)
    assert progress.unbatched.as_dict()["labelled"] == 1 and progress.unbatched.total == 1
    assert progress.total.total == 9
    assert progress.total.activated == 2 and progress.total.labelled == 3


def test_anomalies_of_a_batch(ctx: ServiceContext) -> None:
    now_page = supervision.list_anomalies(ctx, G, "B1")
    kinds = {(a.kind, a.sn) for a in now_page.items}
    assert kinds == {(AnomalyKind.NEVER_LABELLED, "SN-1"), (AnomalyKind.DUPLICATE_SCAN, "SN-2"),
                     (AnomalyKind.AWAITING_APPROVAL, "SN-5")}
    duplicate = next(a for a in now_page.items if a.kind is AnomalyKind.DUPLICATE_SCAN)
    assert "2 times" in duplicate.what and duplicate.batch == "B1" and duplicate.group == G
    waiting = next(a for a in now_page.items if a.kind is AnomalyKind.AWAITING_APPROVAL)
    assert waiting.request_id is not None and "ou-b/test" in waiting.what and "ina" in waiting.what
    assert now_page.next_cursor is None

    stale = supervision.list_anomalies(ctx, G, "B1", rules=later(20))
    not_installed = sorted(a.sn for a in stale.items if a.kind is AnomalyKind.NOT_INSTALLED)
    assert not_installed == ["SN-2", "SN-6"]
    assert all(a.since < utcnow() for a in stale.items)
    assert supervision.list_anomalies(ctx, G, "B1", rules=later(10)).counts[AnomalyKind.NOT_INSTALLED] == 0


def test_failed_allocation_and_group_wide_anomalies(ctx: ServiceContext) -> None:
    [failed] = supervision.list_anomalies(ctx, NO_KEY_GROUP, "B9", kinds=(AnomalyKind.FAILED_ALLOCATION,)).items
    assert (failed.sn, failed.batch, failed.group) == ("X-1", "B9", NO_KEY_GROUP)
    assert "no product key" in failed.what
    group_page = supervision.list_anomalies(ctx, G, kinds=(AnomalyKind.DUPLICATE_SCAN, AnomalyKind.NEVER_LABELLED))
    assert sorted(a.sn for a in group_page.items if a.kind is AnomalyKind.DUPLICATE_SCAN) == ["NOT-REGISTERED", "SN-2"]
    assert sorted(a.sn for a in group_page.items if a.kind is AnomalyKind.NEVER_LABELLED) == ["SN-1", "SN-7", "SN-8"]
    counts = supervision.anomaly_counts(ctx, G)
    assert counts == group_page.counts | {AnomalyKind.NOT_INSTALLED: 0, AnomalyKind.FAILED_ALLOCATION: 0,
                                          AnomalyKind.AWAITING_APPROVAL: 1, AnomalyKind.REFUSED_LABEL: 0}


def test_anomalies_page_by_keyset_without_gaps_or_repeats(ctx: ServiceContext) -> None:
    rules = later(20)
    everything = supervision.list_anomalies(ctx, G, rules=rules, limit=500)
    assert everything.next_cursor is None and len(everything.items) == everything.total
    seen = []
    cursor = None
    for _ in range(20):
        page = supervision.list_anomalies(ctx, G, rules=rules, limit=2, after=cursor)
        assert len(page.items) <= 2
        seen.extend(page.items)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == everything.items
    assert len(seen) >= 8
    with pytest.raises(InputError, match="limit"):
        supervision.list_anomalies(ctx, G, limit=0)


def test_supervisor_decides_through_the_existing_services(ctx: ServiceContext) -> None:
    [waiting] = supervision.list_anomalies(ctx, G, "B1", kinds=(AnomalyKind.AWAITING_APPROVAL,)).items
    assert waiting.request_id is not None
    decided = lifecycle.decide_reprovision(ctx, waiting.request_id, approve=True, comment="fine")
    assert decided.state == "pending"
    assert supervision.list_anomalies(ctx, G, "B1", kinds=(AnomalyKind.AWAITING_APPROVAL,)).items == []
    batches.review_batch(ctx, G, "B2", approve=False, comment="labels smudged")
    reviewed = supervision.batch_progress(ctx, G, "B2")
    assert (reviewed.review, reviewed.review_comment, reviewed.reviewed_by) == ("rejected", "labels smudged", "tester")
    actions = [e.action for e in audit.list_events(ctx, limit=5)]
    assert "batch.reject" in actions and "device.reprovision.approve" in actions


def test_installer_cannot_approve_and_nothing_changes(ctx: ServiceContext) -> None:
    installer = as_role(ctx, Role.INSTALLER, "ina")
    [waiting] = supervision.list_anomalies(installer, G, "B1", kinds=(AnomalyKind.AWAITING_APPROVAL,)).items
    assert waiting.request_id is not None
    before = table_dump(ctx.db.engine)
    with pytest.raises(PermissionDeniedError, match="ina .installer. may not approve"):
        lifecycle.decide_reprovision(installer, waiting.request_id, approve=True, comment="me")
    with pytest.raises(PermissionDeniedError):
        batches.review_batch(installer, G, "B1", approve=True, comment="")
    with pytest.raises(PermissionDeniedError):
        batches.review_batch(as_role(ctx, Role.TECHNICIAN, "tec"), G, "B1", approve=False, comment="no")
    assert table_dump(ctx.db.engine) == before
    assert supervision.batch_progress(ctx, G, "B1").review == "open"
