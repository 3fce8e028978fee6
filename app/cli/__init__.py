"""`dps-station`: no arguments opens the window; subcommands do the same work headless."""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from types import ModuleType

from app import __version__
from app.domain.errors import DpsError

log = logging.getLogger(__name__)

EXIT_BROKEN_INSTALLATION = 69  # EX_UNAVAILABLE


def command_modules() -> tuple[ModuleType, ...]:
    """Each has register(subparsers); a parser's `handler` runs the command."""
    from app.cli import (audit_cmd, batch_cmd, device_cmd, group_cmd, init_cmd, label_cmd, masterdata_cmd,
                         report_cmd, scan_cmd, serve_cmd, service_cmd, sync_cmd, user_cmd)

    return (init_cmd, user_cmd, masterdata_cmd, group_cmd, batch_cmd, device_cmd, label_cmd, scan_cmd, sync_cmd,
            audit_cmd, report_cmd, service_cmd, serve_cmd)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dps-station", description="DPS Station: device onboarding station. "
                                     "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--home", help="data home (default: $DPS_HOME or the user data directory)")
    parser.add_argument("--db", help="database URL (default: $DPS_DB or the embedded SQLite file in the home)")
    parser.add_argument("--user", help="sign in as this user (password from $DPS_PASSWORD or a prompt)")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        parser = build_parser()
    except ImportError as error:  # a dependency (or a system library it needs) is missing or broken
        return _broken_installation("the commands cannot start", error)
    try:
        args = parser.parse_args(argv)  # option types raise InputError for values argparse itself cannot judge
    except DpsError as error:
        print(f"dps-station: {error}", file=sys.stderr)
        return error.exit_code
    handler = getattr(args, "handler", None)
    if handler is None:
        return _open_window(args)
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


def _open_window(args: argparse.Namespace) -> int:
    try:
        from app.ui.application import run as run_window
    except ImportError as error:  # PySide6 or a system library it needs is missing or broken
        return _broken_installation("the window cannot start", error)
    if _needs_virtual_screen():
        return _rerun_on_virtual_screen()
    return int(run_window(args))


def _broken_installation(what: str, error: ImportError) -> int:
    """Say what is missing and fail: never a silent fallback, never a traceback for the user."""
    log.debug("%s", what, exc_info=True)
    print(f"dps-station: {what}, this installation is broken: {error}. Reinstall DPS Station "
          "(packaging/setup.sh also installs the system libraries it needs)", file=sys.stderr)
    return EXIT_BROKEN_INSTALLATION


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
