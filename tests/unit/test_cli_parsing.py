"""The command line of the issue parses as written; shared CLI helpers."""

from __future__ import annotations

import pytest

from app.cli import build_full_parser as build_parser
from app.cli.common import parse_assignments, print_csv, print_table
from app.domain.errors import InputError

ISSUE_COMMANDS = [
    "init --org Acme",
    "user add alice --role technician",
    "masterdata add-attribute colour --type enum --required --choices A,B --label Colour",
    "masterdata create-group pumps --asset-type pump --attribute colour --attribute location",
    "group create g --masterdata-group pumps --ou o --environment e --product-key pk --gateway https://g "
    "--reprovision approval",
    "group list",
    "group show g --show-secret",
    "device add --group g --sn SN --batch B --set a=1 --set b=2",
    "device range --group g --prefix P --start 1 --count 5 --width 4 --batch B",
    "device import file.csv --group g --batch B",
    "device list --group g --batch B --status registered --format json",
    "device export --group g --out f.csv --with-secrets",
    "device key --group g --sn SN",
    "device show --group g --sn SN",
    "device install --group g --sn SN --set a=1",
    "device activate --group g --sn SN",
    "device disable --group g --sn SN",
    "device enable --group g --sn SN",
    "device delete --group g --sn SN",
    "device replace --group g --sn OLD --new-sn NEW",
    "device reprovision --group g --sn SN --ou o --environment e",
    "audit list --limit 5",
    "audit verify",
]


@pytest.mark.parametrize("command", ISSUE_COMMANDS)
def test_every_command_of_the_issue_parses(command: str) -> None:
    args = build_parser().parse_args(command.split())
    assert callable(args.handler)


def test_parse_assignments() -> None:
    assert parse_assignments(["a=1", " b =x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    assert parse_assignments(None) == {}
    with pytest.raises(InputError, match="field '--set': 'nothing' is not KEY=VALUE"):
        parse_assignments(["nothing"])
    with pytest.raises(InputError, match="'=1' is not KEY=VALUE"):
        parse_assignments(["=1"])


def test_table_and_csv_output(capsys: pytest.CaptureFixture[str]) -> None:
    print_table(["sn", "master_data"], [["SN-1", {"b": 1, "a": "x"}], ["SN-22", None]])
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["SN     MASTER_DATA", 'SN-1   {"a": "x", "b": 1}', "SN-22"]
    print_csv(["sn", "name"], [["SN-1", "=1+2"], ["SN-2", "@cmd"]])
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "sn,name"
    assert not out[1].split(",", 1)[1].startswith("=") and not out[2].split(",", 1)[1].startswith("@")
