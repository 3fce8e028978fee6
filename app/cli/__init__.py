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
from app.cli.commands import BY_NAME, COMMANDS, command_in
from app.domain.errors import DpsError

log = logging.getLogger(__name__)

EXIT_BROKEN_INSTALLATION = 69  # EX_UNAVAILABLE


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
    parser.add_argument("--user", help="sign in as this user (default: $DPS_USER); the password comes from "
                        "--password-file, $DPS_PASSWORD or a prompt. Without it only commands that read and "
                        "reveal no secret run")
    parser.add_argument("--password-file", metavar="FILE", help="sign in with the password on the first line of FILE")
    parser.set_defaults(full_parser=build_full_parser)  # for the completion script, without an import cycle
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    registered: set[str] = set()
    for command in COMMANDS:
        if command.module not in modules:
            subparsers.add_parser(command.name, help=command.help, add_help=False)
        elif command.module not in registered:  # a module may define several commands (central and sync)
            command_module(command.module).register(subparsers)
            registered.add(command.module)
    return parser


def command_module(name: str) -> ModuleType:
    """A command's module, imported when that command runs: static imports, so that a bundle contains them."""
    match name:
        case "init_cmd":
            from app.cli import init_cmd

            return init_cmd
        case "user_cmd":
            from app.cli import user_cmd

            return user_cmd
        case "masterdata_cmd":
            from app.cli import masterdata_cmd

            return masterdata_cmd
        case "group_cmd":
            from app.cli import group_cmd

            return group_cmd
        case "batch_cmd":
            from app.cli import batch_cmd

            return batch_cmd
        case "device_cmd":
            from app.cli import device_cmd

            return device_cmd
        case "label_cmd":
            from app.cli import label_cmd

            return label_cmd
        case "scan_cmd":
            from app.cli import scan_cmd

            return scan_cmd
        case "sync_cmd":
            from app.cli import sync_cmd

            return sync_cmd
        case "audit_cmd":
            from app.cli import audit_cmd

            return audit_cmd
        case "report_cmd":
            from app.cli import report_cmd

            return report_cmd
        case "service_cmd":
            from app.cli import service_cmd

            return service_cmd
        case "serve_cmd":
            from app.cli import serve_cmd

            return serve_cmd
        case "completion_cmd":
            from app.cli import completion_cmd

            return completion_cmd
        case "selftest_cmd":
            from app.cli import selftest_cmd

            return selftest_cmd
    raise KeyError(name)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser(command_in(arguments))
    except ImportError as error:  # a dependency (or a system library it needs) is missing or broken
        return _broken_installation("the commands cannot start", error)
    try:
        args = parser.parse_args(arguments)  # option types raise InputError for values argparse itself cannot judge
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
    except Exception as error:
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
    # A bundle's executable is the program itself; an interpreter needs the package to run.
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "app"]
    command = [xvfb_run, "-a", "-s", "-screen 0 1600x1000x24", *program, *sys.argv[1:]]
    return subprocess.call(command)
