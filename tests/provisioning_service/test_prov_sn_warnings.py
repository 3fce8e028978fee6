"""SNs the device SDKs cannot carry: a warning (not an error) from the services, the CLI and the import preview;
`device show` lists the registrations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.domain.serials import sdk_sn_problem
from app.services import device_listing, groups, importing, registering
from app.services.context import ServiceContext
from tests.provisioning_service.prov_support import GROUP
from tests.support.ctx import add_standard_setup, build_service_context, sign_in_cli


@pytest.fixture
def ctx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServiceContext]:
    context = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    add_standard_setup(context)
    sign_in_cli(context, monkeypatch)  # the CLI signs in as a supervisor
    yield context
    context.db.dispose()


@pytest.mark.parametrize(("sn", "bad"), [("SN-1.a_b:c", None), ("SN/1", "'/'"), ("SN#1+", "'#' '+'"),
                                         ("ÄBC", None)])
def test_the_sdk_character_set(sn: str, bad: str | None) -> None:
    problem = sdk_sn_problem(sn)
    if sn == "ÄBC":
        assert problem is not None and "'Ä'" in problem
    elif bad is None:
        assert problem is None
    else:
        assert problem is not None and bad in problem and "a-z A-Z 0-9 - . _ :" in problem


def test_warnings_only_where_devices_provision_themselves(ctx: ServiceContext) -> None:
    assert len(groups.sdk_sn_warnings(ctx, GROUP, ["OK-1", "BAD/1", "BAD 2"])) == 1  # 'BAD 2' is an error anyway
    groups.update_group(ctx, GROUP, groups.GroupChanges(device_provisioning=False))
    assert groups.sdk_sn_warnings(ctx, GROUP, ["BAD/1"]) == []


def cli(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    assert ctx.home is not None
    monkeypatch.setenv("DPS_HOME", str(ctx.home.path))
    sign_in_cli(ctx, monkeypatch)
    return main(["--db", str(ctx.db.url), *args])


def test_the_cli_registers_and_warns_on_stderr(ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(ctx, monkeypatch, "device", "add", "--group", GROUP, "--sn", "BAD/1") == 0
    assert cli(ctx, monkeypatch, "device", "range", "--group", GROUP, "--prefix", "R#", "--start", "1", "--count", "3") == 0
    path = tmp_path / "devices.csv"
    path.write_text("sn\nIMP+1\nIMP-2\n", encoding="utf-8")
    assert cli(ctx, monkeypatch, "device", "import", str(path), "--group", GROUP) == 0
    err = capsys.readouterr().err
    assert err.count("warning: ") == 3
    assert "'BAD/1' contains '/'" in err and "'R#1' contains '#'" in err and "'IMP+1' contains '+'" in err
    assert {d.sn for d in device_listing.iter_devices(ctx, device_listing.DeviceQuery(group=GROUP))} == {
        "BAD/1", "R#1", "R#2", "R#3", "IMP+1", "IMP-2"}


def test_the_import_preview_carries_the_warnings(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "devices.csv"
    path.write_text("sn\nIMP+1\nIMP-2\n", encoding="utf-8")
    preview = importing.preview_file(ctx, path, GROUP)
    assert preview.valid and len(preview.warnings) == 1 and "IMP+1" in preview.warnings[0]


def test_device_show_lists_the_registrations(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from app.services import device_registration as reg

    registering.register_device(ctx, GROUP, "SN-7")
    svc = reg.service_context(ctx.db, ctx.keyring, ctx.home)
    state = reg.register(svc, reg.RegistrationRequest(groups.get_group(ctx, GROUP).group_id, "SN-7", None, "https",
                                                      "10.0.0.1:1", "h:1"))
    capsys.readouterr()
    assert cli(ctx, monkeypatch, "device", "show", "--group", GROUP, "--sn", "SN-7", "--format", "json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "connected"
    assert [(r["status"], r["substatus"], r["hub"], r["device_id"], r["transport"]) for r in shown["registrations"]] == [
        ("assigned", "initialAssignment", "gw.example.com", state.device_id, "https")]
    assert "deviceSecret" not in json.dumps(shown) and (state.payload or {})["deviceSecret"] not in json.dumps(shown)
