"""`dps-station device disable|enable|delete` on many devices: confirmation, progress, summary, exit codes."""

from __future__ import annotations

import io
import json
import signal
from pathlib import Path

import pytest

from app.cli import device_bulk_cmd
from tests.db.test_cli_core import G, Cli, setup_group


class Terminal(io.StringIO):
    """Standard input from a person at a terminal, who types `text`."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def cli(dps_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.delenv("DPS_USER", raising=False)
    runner = Cli(capsys, monkeypatch)
    runner.init()  # every later call signs in as the first supervisor
    setup_group(runner)
    runner.ok("device", "range", "--group", G, "--prefix", "B-", "--start", "0", "--count", "6", "--width", "2",
              "--batch", "LOT-1")
    runner.ok("device", "range", "--group", G, "--prefix", "X-", "--start", "0", "--count", "3", "--width", "2")
    runner.ok("device", "disable", "--group", G, "--sn", "B-01")
    return runner


def statuses(cli: Cli) -> dict[str, str]:
    return {d["sn"]: d["status"] for d in json.loads(cli.ok("device", "list", "--group", G, "--format", "json"))}


def test_a_batch_with_yes_prints_progress_and_a_summary(cli: Cli) -> None:
    cli.monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = cli("device", "disable", "--group", G, "--batch", "LOT-1", "--reason", "flood", "--yes")
    assert code == 0, err
    assert out.splitlines() == ["disabled 5 of 6 devices in group line1", "skipped 1 disabled: already disabled"]
    assert "disabling: 6 / 6 devices" in err and "Traceback" not in err
    assert [s for sn, s in statuses(cli).items() if sn.startswith("B-")] == ["disabled"] * 6
    assert statuses(cli)["X-00"] == "registered"
    events = json.loads(cli.ok("audit", "list", "--action", "device.disable", "--format", "json", "--limit", "50"))
    assert sorted(e["sn"] for e in events if e["details"].get("reason") == "flood") == [
        "B-00", "B-02", "B-03", "B-04", "B-05"]


def test_without_yes_it_asks_on_a_terminal_and_refuses_without_one(cli: Cli) -> None:
    before = statuses(cli)
    cli.monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))  # piped: nobody to ask
    code, out, err = cli("device", "delete", "--group", G, "--all")
    assert code == 2 and out == ""
    assert err.strip() == ("dps-station: field '--yes': this would delete 9 devices of group 'line1'; confirm with --yes "
                           "(no terminal to ask on)")
    cli.monkeypatch.setattr("sys.stdin", Terminal("no\n"))
    code, _out, err = cli("device", "delete", "--group", G, "--all")
    assert code == 10 and "Delete 9 devices of group 'line1'? Type 'yes'" in err and "not confirmed" in err
    assert statuses(cli) == before
    cli.monkeypatch.setattr("sys.stdin", Terminal("yes\n"))
    code, out, err = cli("device", "enable", "--group", G, "--all")
    assert code == 0 and out.splitlines()[0] == "enabled 1 of 9 devices in group line1"
    assert "skipped 8 registered: not disabled (it is registered)" in out


def test_several_sns_unknown_ones_are_refused_and_named(cli: Cli) -> None:
    code, out, err = cli("device", "disable", "--group", G, "--sn", "X-00", "--sn", "X-01", "--sn", "NOPE",
                         "--yes", "--format", "json")
    assert code == 3, err
    summary = json.loads(out)
    assert (summary["done"], summary["devices"], summary["cancelled"]) == (2, 3, False)
    assert summary["refused"] == [{"sn": "NOPE", "reason": "no device with SN 'NOPE' in group 'line1'"}]


def test_an_approved_batch_is_refused_without_its_flag(cli: Cli) -> None:
    cli.ok("batch", "approve", "LOT-1", "--group", G, "--comment", "ok", "--yes")
    code, out, _err = cli("device", "delete", "--group", G, "--batch", "LOT-1", "--yes")
    assert code == 5
    assert out.splitlines()[0] == "deleted 0 of 6 devices in group line1"
    assert sum(line.startswith("refused B-") and "was approved by chief" in line for line in out.splitlines()) == 6
    code, out, _err = cli("device", "delete", "--group", G, "--batch", "LOT-1", "--yes", "--approved-batch-ok")
    assert code == 0 and out.startswith("deleted 6 of 6 devices")
    assert sorted(statuses(cli)) == ["X-00", "X-01", "X-02"]


def test_one_sn_works_as_before_and_records_the_reason(cli: Cli) -> None:
    device = json.loads(cli.ok("device", "disable", "--group", G, "--sn", "X-00", "--reason", "cracked",
                               "--format", "json"))
    assert device["status"] == "disabled"
    [event] = [e for e in json.loads(cli.ok("audit", "list", "--sn", "X-00", "--format", "json"))
               if e["action"] == "device.disable"]
    assert event["details"] == {"reason": "cracked"}
    cli.fails("device", "disable", "--group", G, "--sn", "X-00", match="device X-00 is already disabled")
    code, _out, _err = cli("device", "enable", "--group", G, "--sn", "NOPE")
    assert code == 3
    assert "deleted X-01" in cli.ok("device", "delete", "--group", G, "--sn", "X-01")
    cli.fails("device", "delete", "--group", G, "--sn", "X-01", match="already deleted")


def test_bad_combinations_and_empty_choices_are_clear(cli: Cli) -> None:
    for argv, message in ((("--sn", "X-00", "--all"), "argument --all: not allowed with argument --sn"),
                          ((), "one of the arguments --sn --batch --all is required")):
        with pytest.raises(SystemExit) as exited:  # argparse's own usage error: exit code 2, bad input
            cli("device", "disable", "--group", G, "--yes", *argv)
        assert exited.value.code == 2 and message in cli.capsys.readouterr().err
    cli.fails("device", "disable", "--group", G, "--batch", "NO-SUCH", "--yes",
              match="batch 'NO-SUCH' of group 'line1' has no devices")
    cli.fails("device", "disable", "--group", "nope", "--all", "--yes", match="nope")


def test_ctrl_c_stops_between_batches_and_says_what_was_not_reached(cli: Cli,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    real_call = device_bulk_cmd._Progress.__call__

    def interrupted_at_once(self: device_bulk_cmd._Progress, done: int, total: int) -> None:
        real_call(self, done, total)
        if done == 0:
            signal.raise_signal(signal.SIGINT)  # the user presses Ctrl+C before the first batch is written

    monkeypatch.setattr(device_bulk_cmd._Progress, "__call__", interrupted_at_once)
    before = signal.getsignal(signal.SIGINT)  # the default, or ignored when the tests run in the background
    code, out, err = cli("device", "disable", "--group", G, "--all", "--yes")
    assert code == 10
    assert "stops after the batch in progress" in err
    assert out.splitlines() == ["disabled 0 of 9 devices in group line1", "cancelled: 9 devices not reached"]
    assert list(statuses(cli).values()).count("disabled") == 1  # only B-01, from before
    assert signal.getsignal(signal.SIGINT) == before  # the command put the handler back
