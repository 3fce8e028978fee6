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
from app.domain.errors import DpsError

log = logging.getLogger(__name__)

# Each module has register(subparsers); a parser's `handler` runs the command.
COMMAND_MODULES = (
    "app.cli.init_cmd",
    "app.cli.user_cmd",
    "app.cli.masterdata_cmd",
    "app.cli.group_cmd",
    "app.cli.batch_cmd",
    "app.cli.device_cmd",
    "app.cli.label_cmd",
    "app.cli.scan_cmd",
    "app.cli.sync_cmd",
    "app.cli.audit_cmd",
    "app.cli.report_cmd",
    "app.cli.service_cmd",
    "app.cli.serve_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dps-station", description="DPS Station: device onboarding station. "
                                     "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--home", help="data home (default: $DPS_HOME or the user data directory)")
    parser.add_argument("--db", help="database URL (default: $DPS_DB or the embedded SQLite file in the home)")
    parser.add_argument("--user", help="sign in as this user (default: $DPS_USER); the password comes from "
                        "--password-file, $DPS_PASSWORD or a prompt. Without it only commands that read and "
                        "reveal no secret run")
    parser.add_argument("--password-file", metavar="FILE", help="sign in with the password on the first line of FILE")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command still being built
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)  # option types raise InputError for values argparse itself cannot judge
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
    except Exception as error:
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
    command = [xvfb_run, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "app", *sys.argv[1:]]
    return subprocess.call(command)
