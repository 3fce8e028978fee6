"""A label of an earlier registration of an SN (deleted, then registered again with another batch or none) is
told apart from the current one's: the scan says so and refuses it; the new label scans as genuine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.qr.payload import encode_payload, parse_payload, verify_payload
from app.scan.outcomes import Classifier, Origin, ScanOutcome
from app.security.signing import SigningKey
from app.services import device_lookup, lifecycle, registering
from app.services.context import ServiceContext
from app.services.labelling import LabelSelection, prepare_labels
from app.services.scanning import DatabaseDeviceDirectory
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, build_service_context

G = STANDARD_GROUP


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context)
    yield context
    context.db.dispose()


def label_of(ctx: ServiceContext, sn: str) -> str:
    [label] = prepare_labels(ctx, LabelSelection(G, sns=(sn,))).labels
    return label.payload


def scan(ctx: ServiceContext, text: str) -> tuple[ScanOutcome, str]:
    result = Classifier(DatabaseDeviceDirectory(ctx)).classify(text, Origin("image"))
    return result.outcome, result.message


@pytest.mark.parametrize("batch_again", [None, "LOT-2", "LOT-1"])
def test_a_label_of_an_earlier_registration_is_refused_and_named(ctx: ServiceContext,
                                                                  batch_again: str | None) -> None:
    registering.register_device(ctx, G, "SN-1", batch="LOT-1")
    first = label_of(ctx, "SN-1")
    assert scan(ctx, first)[0] is ScanOutcome.OK
    lifecycle.delete(ctx, G, "SN-1")
    registering.register_device(ctx, G, "SN-1", batch=batch_again)
    assert device_lookup.get_device(ctx, G, "SN-1").registration == 2

    outcome, message = scan(ctx, first)
    assert outcome is ScanOutcome.RETIRED
    assert "genuine label, but of an earlier registration of SN SN-1" in message and "print a new label" in message

    second = label_of(ctx, "SN-1")
    assert second != first and "*R2*" in second
    assert scan(ctx, second)[0] is ScanOutcome.OK
    lifecycle.delete(ctx, G, "SN-1")
    registering.register_device(ctx, G, "SN-1")
    assert scan(ctx, second)[0] is ScanOutcome.RETIRED and scan(ctx, label_of(ctx, "SN-1"))[0] is ScanOutcome.OK


def test_the_registration_field_is_signed_and_first_registrations_are_unchanged() -> None:
    key = SigningKey.generate()
    plain = encode_payload(group_id="G1", sn="SN-1", batch=None, signing_key=key)
    again = encode_payload(group_id="G1", sn="SN-1", batch=None, signing_key=key, registration=3)
    assert plain.count("*") == 4 and again.count("*") == 5 and "*R3*" in again
    parsed = parse_payload(again)
    assert parsed is not None and parsed.registration == 3
    assert verify_payload(parsed, {key.key_id: key.verifying_key})
    lowered = parse_payload(again.replace("*R3*", "*R2*"))  # a changed registration breaks the signature
    assert lowered is not None and not verify_payload(lowered, {key.key_id: key.verifying_key})
