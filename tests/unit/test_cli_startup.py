"""`--version`, `--help` and shell completion: answered without the heavy libraries, and completion that works
in a real bash and zsh."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import build_full_parser
from app.cli.commands import COMMANDS

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "sqlalchemy", "cv2", "numpy", "cryptography", "zxingcpp")


def imported_after(*argv: str) -> tuple[str, set[str]]:
    """Run the CLI in a fresh interpreter; its output and the heavy top-level packages it imported."""
    probe = ("import sys, contextlib, io\n"
             "from app.cli import main\n"
             "out = io.StringIO()\n"
             "with contextlib.redirect_stdout(out):\n"
             "    try:\n"
             f"        main({list(argv)!r})\n"
             "    except SystemExit:\n"
             "        pass\n"
             f"heavy = sorted(m for m in {HEAVY!r} if m in sys.modules)\n"
             "print(out.getvalue() + '\\n@@' + ','.join(heavy))\n")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            check=True)
    output, _, heavy = result.stdout.rpartition("\n@@")
    return output, set(filter(None, heavy.strip().split(",")))


@pytest.mark.parametrize("argv", [("--version",), ("--help",), ("-h",)])
def test_version_and_help_import_none_of_the_heavy_libraries(argv: tuple[str, ...]) -> None:
    output, heavy = imported_after(*argv)
    assert heavy == set()
    if argv == ("--version",):
        assert output.strip() == f"dps-station {__version__}"
    else:
        for command in COMMANDS:
            assert command.name in output


def test_a_command_imports_only_its_own_module() -> None:
    probe = ("import sys\nfrom app.cli import build_parser\nbuild_parser('audit')\n"
             "print(sorted(m for m in sys.modules if m.startswith('app.cli.') and m.endswith('_cmd')))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            check=True)
    assert result.stdout.strip() == "['app.cli.audit_cmd']"


def test_every_command_in_the_table_is_the_one_its_module_defines() -> None:
    parser = build_full_parser()
    subparsers = next(action for action in parser._actions if hasattr(action, "choices") and action.choices
                      and "device" in action.choices)
    assert set(subparsers.choices) == {command.name for command in COMMANDS}
    helps = {choice.dest: choice.help for choice in subparsers._choices_actions}
    assert helps == {command.name: command.help for command in COMMANDS}


def script(shell: str) -> str:
    return subprocess.run([sys.executable, "-m", "app", "completion", shell], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True).stdout


def complete_in_bash(words: list[str]) -> list[str]:
    line = " ".join(f"'{word}'" for word in words)
    program = f'{script("bash")}\nCOMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; _dps_station; ' \
              'printf "%s\\n" "${COMPREPLY[@]}"'
    result = subprocess.run(["bash", "-c", program], capture_output=True, text=True, timeout=60, check=True)
    return result.stdout.split()


def test_bash_completes_commands_actions_and_options() -> None:
    assert complete_in_bash(["dps-station", "dev"]) == ["device"]
    assert complete_in_bash(["dps-station", "--db", "sqlite:///x.db", "device", "ad"]) == ["add"]
    assert "--with-secrets" in complete_in_bash(["dps-station", "device", "export", "--"])
    assert complete_in_bash(["dps-station", "audit", "verify", "--f"]) == ["--format"]


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed (packaging/setup.sh installs it)")
def test_zsh_loads_the_script_and_offers_the_actions_of_a_command() -> None:
    program = f'{script("zsh")}\nsetopt ksharrays\nCOMP_WORDS=(dps-station device ad); COMP_CWORD=2\n' \
              '_dps_station\nprint -l -- "${COMPREPLY[@]}"'
    result = subprocess.run(["zsh", "-f", "-c", program], capture_output=True, text=True, timeout=60, check=True)
    offered = result.stdout.split()
    assert "add" in offered and "export" in offered
    assert "--db" not in offered  # the device command's words, not the top level's
