"""Refused labels (forged, altered, unknown key, malformed) leave a trace: an audit event each, an anomaly of the
group and batch they can be tied to, and a line in the batch report (PDF and CSV). SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from app.domain.enums import Role
from app.qr.payload import encode_payload
from app.scan.outcomes import Origin, Refusal, ScanOutcome, ScanResult
from app.security.signing import SigningKey
from app.services import audit, groups, reporting, scan_log, supervision
from app.services.context import ServiceContext
from app.services.scanning import open_scan_session
from app.services.supervision import AnomalyKind
from app.reports.writers import writer_for
from tests.db.supervision_scenario import G, NO_KEY_GROUP, build_scenario
from tests.support.ctx import as_role, build_service_context

CAMERA = Origin("camera 0", frame=12, decoder="zxing")


@pytest.fixture
def ctx(qapp, db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:  # type: ignore[no-untyped-def]
    context = build_service_context(db_url, tmp_path)
    build_scenario(context)
    yield context
    context.db.dispose()


def scan(ctx: ServiceContext, text: str, origin: Origin = CAMERA, *, group: str | None = None) -> ScanResult:
    """Classify as the Field view and `dps-station scan` do, then record as they do."""
    installer = as_role(ctx, Role.INSTALLER, "ina")
    session = open_scan_session(installer, group)
    result = session.classify(text, origin)
    scan_log.record_scan(installer, result, session_group=session.group_name, session_id="s9")
    return result


def refused(ctx: ServiceContext) -> list[audit.AuditRecord]:
    return list(reversed(audit.list_events(ctx, audit.AuditFilter(action="scan.refused"))))


def genuine(ctx: ServiceContext, sn: str, batch: str | None, group: str = G) -> str:
    group_id = groups.get_group(ctx, group, with_count=False).group_id
    return encode_payload(group_id=group_id, sn=sn, batch=batch, signing_key=ctx.keyring.require_signing_key())


def test_each_refused_label_is_an_audit_event_with_what_where_who_and_which_check(ctx: ServiceContext) -> None:
    group_id = groups.get_group(ctx, G, with_count=False).group_id
    other_key = encode_payload(group_id=group_id, sn="SN-2", batch="B1", signing_key=SigningKey.generate())
    altered = genuine(ctx, "SN-7", "B2").replace("*B2*", "*B1*", 1)  # SN-7 is in B2 whatever the label says
    malformed = f"DPS1:{group_id}*NEW-1*B1*ZZZZ*123"  # the key id is not hexadecimal
    results = [scan(ctx, other_key), scan(ctx, altered, Origin("scanner")),
               scan(ctx, malformed, Origin("keyboard", typed=True))]

    assert [r.outcome for r in results] == [ScanOutcome.FORGED] * 3
    assert [r.refusal for r in results] == [Refusal.UNKNOWN_KEY, Refusal.SIGNATURE, Refusal.FORMAT]
    events = refused(ctx)
    assert [(e.details["check"], e.sn, e.group, e.details["batch"]) for e in events] == [
        ("unknown_key", "SN-2", G, "B1"), ("signature", "SN-7", G, "B2"), ("format", "NEW-1", G, "B1")]
    first = events[0]
    assert first.actor == "ina" and first.details["source"] == "camera 0" and first.details["frame"] == 12
    assert first.details["session"] == "s9" and first.details["decoder"] == "zxing"
    assert first.details["read"] == other_key[:scan_log.READ_LIMIT - 1] + "…"
    assert first.details["length"] == len(other_key) and first.details["problem"] == "unknown signing key"
    assert (events[1].details["source"], events[2].details["source"]) == ("scanner", "keyboard")
    assert events[2].details["read"] == malformed
    assert all(e.entity_type == "batch" for e in events)


def test_a_label_naming_no_known_group_counts_for_the_session_group_or_the_station(ctx: ServiceContext) -> None:
    stranger = encode_payload(group_id="not-ours", sn="X\x1b[31m", batch=None, signing_key=SigningKey.generate())
    scan(ctx, stranger)
    scan(ctx, stranger, group=G)
    scan(ctx, "DPS7:from-the-future\x07")

    scan(ctx, "DPS1:broken", Origin("rtsp://admin:s3cret@10.0.0.9:554/live?token=abc", frame=7))

    no_group, session_group, version, stream = refused(ctx)
    assert stream.details["source"] == "rtsp://10.0.0.9:554/live"  # no password, no token in the trail
    assert "s3cret" not in repr(stream.details) and "abc" not in repr(stream.details)
    assert (no_group.group, no_group.entity_type, no_group.details["batch"]) == ("", "", None)
    assert (session_group.group, session_group.entity_type) == (G, "registration_group")
    assert version.details["check"] == "format" and version.sn == ""
    assert no_group.details["claimed_group_id"] == "not-ours"
    assert version.details["read"] == "DPS7:from-the-future?"  # a control character is not stored as it is
    elsewhere = supervision.refused_elsewhere(ctx, G)
    assert (elsewhere.outside_batches, elsewhere.no_group) == (1, 3)
    assert supervision.anomaly_counts(ctx, G, "B1")[AnomalyKind.REFUSED_LABEL] == 0
    assert supervision.anomaly_counts(ctx, G)[AnomalyKind.REFUSED_LABEL] == 1


def test_refused_labels_are_anomalies_of_their_batch_and_group(ctx: ServiceContext) -> None:
    forged = encode_payload(group_id=groups.get_group(ctx, G, with_count=False).group_id, sn="SN-2", batch="B1",
                            signing_key=SigningKey.generate())
    for _ in range(3):
        scan(ctx, forged)
    scan(ctx, genuine(ctx, "SN-8", "B2").replace("SN-8", "SN-7", 1))
    scan(ctx, genuine(ctx, "X-1", "B9", NO_KEY_GROUP)[:-1] + "x")

    b1 = supervision.list_anomalies(ctx, G, "B1", limit=2)
    assert b1.counts[AnomalyKind.REFUSED_LABEL] == 3
    assert [a.kind for a in b1.items] == [AnomalyKind.REFUSED_LABEL] * 2  # the most serious kind comes first
    rest = supervision.list_anomalies(ctx, G, "B1", after=b1.next_cursor)
    listed = b1.items + [a for a in rest.items if a.kind is AnomalyKind.REFUSED_LABEL]
    assert len(listed) == 3 and {a.sn for a in listed} == {"SN-2"} and {a.batch for a in listed} == {"B1"}
    assert listed[0].what == "unknown signing key; claims SN SN-2, read by camera 0 (frame 12) by ina"
    [b2] = supervision.list_anomalies(ctx, G, "B2", kinds=(AnomalyKind.REFUSED_LABEL,)).items
    assert (b2.sn, b2.batch) == ("SN-7", "B2") and b2.what.startswith("signature does not match")
    assert supervision.anomaly_counts(ctx, G)[AnomalyKind.REFUSED_LABEL] == 4
    assert supervision.anomaly_counts(ctx, NO_KEY_GROUP, "B9")[AnomalyKind.REFUSED_LABEL] == 1


def test_the_batch_report_counts_and_lists_refused_labels(ctx: ServiceContext, tmp_path: Path) -> None:
    group_id = groups.get_group(ctx, G, with_count=False).group_id
    scan(ctx, encode_payload(group_id=group_id, sn="SN-3", batch="B1", signing_key=SigningKey.generate()))
    scan(ctx, f"DPS1:{group_id}*GHOST*B1*12*34")  # malformed, claims batch B1
    scan(ctx, encode_payload(group_id=group_id, sn="Z-9", batch=None, signing_key=SigningKey.generate()))  # group
    scan(ctx, "DPS1:nowhere*A*B*C*D")  # no group

    pdf, table = tmp_path / "b1.pdf", tmp_path / "b1.csv"
    report = reporting.write_batch_report(ctx, G, "B1", pdf, writer_for(pdf))
    reporting.write_batch_report(ctx, G, "B1", table, writer_for(table))

    assert report.anomaly_counts[AnomalyKind.REFUSED_LABEL] == 2
    assert (report.refused_elsewhere.outside_batches, report.refused_elsewhere.no_group) == (1, 1)
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    text = " ".join(" ".join(document.getAllText(p).text() for p in range(document.pageCount())).split())
    document.close()
    assert "refused labels: 2" in text and "claims SN GHOST" in text and "claims SN SN-3" in text
    assert "Not in this batch: 1 refused label of the group outside any batch" in text
    assert "1 refused label naming no known group" in text
    with table.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    counts_start = rows.index(["anomaly", "count"])
    counts = dict(rows[counts_start + 1:rows.index([], counts_start)])
    assert counts["refused labels"] == "2"
    assert counts["refused labels of the group outside any batch"] == "1"
    assert counts["refused labels naming no known group"] == "1"
    list_start = rows.index(["anomaly", "sn", "batch", "what", "since"])
    listed = [row for row in rows[list_start + 1:rows.index([], list_start)] if row[0] == "refused labels"]
    assert sorted(row[1] for row in listed) == ["GHOST", "SN-3"]
    assert all(row[2] == "B1" and "read by camera 0" in row[3] for row in listed)
    devices_start = rows.index(["sn", "name", "state", "status", "asset_id", "error", "updated"])
    assert len(rows) - devices_start - 1 == 6  # the devices of B1 still come last
