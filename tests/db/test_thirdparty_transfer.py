"""Third-party codes in exports and imports: public fields always, the code (its secret) only when asked."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.enums import Role
from app.domain.errors import InputError, InputErrors
from app.services import audit, exporting, importing
from app.services.context import ServiceContext
from app.services.thirdparty_registry import register_third_party, reveal_registered_secret, third_party_code
from support.ctx import add_standard_setup, as_role, build_service_context, table_dump

ZWAVE = "900132782003515253545541424344453132333435212223242500100435301537022065520001000000300578"


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path, role=Role.SUPERVISOR)
    add_standard_setup(context)
    add_standard_setup(context, group="line2")
    register_third_party(context, "line1", ZWAVE, sn="ZW-1")
    yield context
    context.db.dispose()


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_a_plain_export_has_the_public_fields_and_no_secret(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "plain.csv"
    exporting.export_devices(ctx, "line1", out)
    text = out.read_text(encoding="utf-8")
    assert "51525" not in text and "third_party_code" not in text
    fields = json.loads(rows(out)[0]["third_party"])
    assert fields["format"] == "zwave" and fields["product_type"] == 100
    assert fields["dsk_pin"] == "•••••"
    plain_json = tmp_path / "plain.json"
    exporting.export_devices(ctx, "line1", plain_json)
    assert json.loads(plain_json.read_text(encoding="utf-8"))[0]["third_party"]["format"] == "zwave"


def test_a_group_without_third_party_devices_exports_as_before(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "other.csv"
    from app.services import registering

    registering.register_device(ctx, "line2", "P-1")
    exporting.export_devices(ctx, "line2", out)
    assert "third_party" not in out.read_text(encoding="utf-8")


def test_a_secret_export_carries_the_code_and_an_import_keeps_it_with_the_device(ctx: ServiceContext,
                                                                                 tmp_path: Path) -> None:
    out = tmp_path / "secret.csv"
    exporting.export_devices(ctx, "line1", out, with_secrets=True)
    exported = rows(out)
    assert exported[0]["third_party_code"] == ZWAVE
    event = audit.list_events(ctx, audit.AuditFilter(action="device.export.secrets"))[0]
    assert event.details["secrets"] == ["device_key", "third_party_code"]
    # the group's required master data is left for the installer: keep the columns an import reads past
    kept = ("sn", "name", "status", "asset_id", "manual_code", "device_key", "third_party", "third_party_code")
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, kept, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(exported)
    assert importing.import_file(ctx, out, "line2") == 1
    assert third_party_code(ctx, "line2", "ZW-1") is not None
    assert reveal_registered_secret(ctx, "line2", "ZW-1") == "51525"
    # the same file again: the SN and the code are both taken in line2
    before = table_dump(ctx.db.engine)
    with pytest.raises(InputError, match="already registered in group 'line2'"):
        importing.import_file(ctx, out, "line2")
    preview = importing.preview_file(ctx, out, "line2")
    assert any("already registered in group 'line2'" in e.reason for e in preview.errors if e.column == "third_party_code")
    assert table_dump(ctx.db.engine) == before


def test_bad_codes_in_a_file_name_row_and_column_and_nothing_is_registered(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(f"sn,third_party_code\nA-1,{ZWAVE[:-1]}9\nA-2,hello\nA-3,{ZWAVE}\nA-4,{ZWAVE}\n", encoding="utf-8")
    before = table_dump(ctx.db.engine)
    with pytest.raises(InputErrors) as caught:
        importing.import_file(ctx, path, "line2")
    found = [(e.row, e.column) for e in caught.value.errors]
    assert found == [(2, "third_party_code"), (3, "third_party_code"), (5, "third_party_code")]
    assert "same code as row 4" in caught.value.errors[2].reason
    assert table_dump(ctx.db.engine) == before
    preview = importing.preview_file(ctx, path, "line2")
    assert not preview.valid and "51525" not in repr(preview)


def test_an_installer_may_not_export(ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="may not"):
        exporting.export_devices(as_role(ctx, Role.INSTALLER), "line1", tmp_path / "x.csv")
    with pytest.raises(InputError):
        importing.import_file(ctx, tmp_path / "missing.csv", "line2")
