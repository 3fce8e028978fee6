"""dps-station self-test: is this installation complete (modules, resources, every page of the window)?"""

from __future__ import annotations

import argparse
import sys

from app.cli.commands import help_of


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "self-test", help=help_of("self-test"),
        description="Loads every module, finds the shipped resources and opens every workspace and page of the "
                    "window on an offscreen screen, on a throwaway station (your data is not touched). Exit 0 "
                    "when the installation is complete, 1 with the problems listed otherwise.")
    parser.add_argument("--no-window", action="store_true", help="skip the window (modules and resources only)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.ui.self_test import run_self_test

    checked, problems = run_self_test(window=not args.no_window)
    for line in checked:
        print(f"ok: {line}")
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1 if problems else 0
