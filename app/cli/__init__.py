"""`dps-station`: no arguments opens the window; subcommands do the same work headless."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence

from app import __version__
from app.cli.commands import BY_NAME, COMMANDS, command_in
from app.domain.errors import DpsError

log = logging.getLogger(__name__)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with `command` in full; the other commands only by name and help, so nothing heavy is imported
    for them (`--version` and `--help` import none)."""
    return _parser(modules={BY_NAME[command].module} if command in BY_NAME else set())


def build_full_parser() -> argparse.ArgumentParser:
    """Every command with all its options (shell completion, documentation checks)."""
    return _parser(modules={command.module for command in COMMANDS})


def _parser(modules: set[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dps-station", description="DPS Station: device onboarding station. "
                                     "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--home", help="data home (default: $DPS_HOME or the user data directory)")
    parser.add_argument("--db", help="database URL (default: $DPS_DB or the embedded SQLite file in the home)")
    parser.add_argument("--user", help="sign in as this user (password from $DPS_PASSWORD or a prompt)")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    imported: set[str] = set()
    for command in COMMANDS:
        if command.module not in modules:
            subparsers.add_parser(command.name, help=command.help, add_help=False)
        elif command.module not in imported:  # a module may define several commands (central and sync)
            importlib.import_module(command.module).register(subparsers)
            imported.add(command.module)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_in(arguments))
    try:
        args = parser.parse_args(arguments)  # option types raise InputError for values argparse itself cannot judge
    except DpsError as error:
        print(f"dps-station: {error}", file=sys.stderr)
        return error.exit_code
    handler = getattr(args, "handler", None)
    if handler is None:
        return _open_window(parser, args)
    try:
        return int(handler(args) or 0)
    except DpsError as error:
        print(f"dps-station: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("dps-station: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # noqa: BLE001 - last resort: one line for the user, the traceback to the log
        log.exception("unexpected error")
        print(f"dps-station: unexpected error ({type(error).__name__}); details are in the log file", file=sys.stderr)
        return 70


def _open_window(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    try:
        gui = importlib.import_module("app.ui.application")
    except ModuleNotFoundError:
        parser.print_help()
        return 0
    if _needs_virtual_screen():
        return _rerun_on_virtual_screen()
    return int(gui.run(args))


def _needs_virtual_screen() -> bool:
    """Linux without any display (a server, CI): Qt's default platform would fail."""
    return (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"))


def _rerun_on_virtual_screen() -> int:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        print("dps-station: no display found; start it from a desktop session, or install xvfb to run it on a "
              "virtual screen", file=sys.stderr)
        return 1
    print("dps-station: no display found; starting the window on a virtual screen (xvfb-run)", file=sys.stderr)
    # A bundle's executable is the program itself; an interpreter needs the package to run.
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "app"]
    command = [xvfb_run, "-a", "-s", "-screen 0 1600x1000x24", *program, *sys.argv[1:]]
    return subprocess.call(command)
