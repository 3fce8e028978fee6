"""`dps-station group create/update` with the provisioning options; bad values refused naming the field."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.services import groups
from app.services.context import ServiceContext
from tests.provisioning_service.webhook_server import make_ca_and_server
from tests.support.ctx import (
    add_standard_setup,
    build_service_context,
    sign_in_cli,
    table_dump,
)

G = "line1"


@pytest.fixture
def ctx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServiceContext]:
    context = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    add_standard_setup(context)
    sign_in_cli(context, monkeypatch)  # the CLI signs in as a supervisor
    yield context
    context.db.dispose()


def run(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        *args: str) -> tuple[int, str, str]:
    assert ctx.home is not None
    monkeypatch.setenv("DPS_HOME", str(ctx.home.path))
    sign_in_cli(ctx, monkeypatch)
    code = main(["--db", str(ctx.db.url), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_create_and_update_set_every_provisioning_option(ctx: ServiceContext, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(ctx, monkeypatch, capsys, "group", "create", "hashing", "--masterdata-group", "pumps",
                         "--ou", "ou-a", "--environment", "prod", "--allocation", "hashed",
                         "--target", "https://a.example.com,ou-a,prod,PK-A,1",
                         "--target", "mqtts://b.example.com:8883,ou-b,prod,PK-B,3",
                         "--allow-unregistered", "--format", "json")
    assert code == 0, err
    created = json.loads(out)
    assert created["allocation_policy"] == "hashed" and created["allow_unregistered"] is True
    assert created["device_provisioning"] is True
    assert [(t["gateway"], t["weight"]) for t in created["targets"]] == [
        ("https://a.example.com", 1), ("mqtts://b.example.com:8883", 3)]
    (tmp_path / "ca").mkdir()
    ca_pem, _cert, _key = make_ca_and_server(tmp_path / "ca")
    (tmp_path / "ca.pem").write_text(ca_pem, encoding="ascii")
    code, out, err = run(ctx, monkeypatch, capsys, "group", "update", "hashing", "--allocation", "webhook",
                         "--webhook-url", "https://alloc.example.com/hook", "--webhook-ca", str(tmp_path / "ca.pem"),
                         "--clear-targets", "--no-allow-unregistered", "--no-device-provisioning", "--format", "json")
    assert code == 0, err
    updated = json.loads(out)
    assert (updated["allocation_policy"], updated["webhook_url"], updated["webhook_ca"], updated["targets"],
            updated["allow_unregistered"], updated["device_provisioning"]) == (
        "webhook", "https://alloc.example.com/hook", True, [], False, False)
    code, out, _err = run(ctx, monkeypatch, capsys, "group", "list")
    assert code == 0 and "ALLOCATION" in out and "webhook" in out


@pytest.mark.parametrize(("args", "named"), [
    (("--target", "https://a.example.com,ou-a,prod"), "field 'target 1'"),
    (("--target", "https://a.example.com,ou-a,prod,PK,1", "--target", "https://b.example.com,ou-b,prod,PK,x"),
     "field 'target 2 weight'"),
    (("--allocation", "hashed", "--clear-targets"), "field 'targets'"),
    (("--allocation", "webhook",), "field 'webhook url'"),
    (("--webhook-url", "http://insecure.example.com"), "field 'webhook url'"),
    (("--webhook-ca", "/no/such/ca.pem"), "/no/such/ca.pem: no such file"),
    (("--webhook-ca", "__NOT_PEM__"), "field 'webhook ca'"),
])
def test_bad_values_are_refused_naming_the_field_and_nothing_changes(
        ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        args: tuple[str, ...], named: str) -> None:
    if "__NOT_PEM__" in args:
        (tmp_path / "not.pem").write_text("hello", encoding="ascii")
        args = tuple(str(tmp_path / "not.pem") if a == "__NOT_PEM__" else a for a in args)
    before = table_dump(ctx.db.engine)
    code, out, err = run(ctx, monkeypatch, capsys, "group", "update", G, *args)
    assert code == 2 and out == ""
    assert named in err and err.count("\n") == 1 and "Traceback" not in err
    assert table_dump(ctx.db.engine) == before
    assert groups.get_group(ctx, G).allocation_policy == "static"
