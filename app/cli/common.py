"""What every subcommand shares: opening the station, who acts, printing results."""

from __future__ import annotations

import argparse
import csv
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from app.config import Home, resolve_db_url, resolve_home
from app.db.engine import Database, open_database
from app.db.presence import require_station_database
from app.domain.enums import Role
from app.domain.errors import InputError, NotFoundError
from app.log import setup_logging
from app.security.keyring import Keyring
from app.services.context import Actor, ServiceContext
from app.services.organisation import get_organisation, init_organisation, key_problems
from app.services.users import authenticate

log = logging.getLogger(__name__)

PASSWORD_ENV = "DPS_PASSWORD"
USER_ENV = "DPS_USER"


def bounded_int(option: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from low to high; anything else is an InputError naming the option."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise InputError(f"{text!r} is not a whole number; give {low} to {high}", field=option) from None
        if not low <= value <= high:
            raise InputError(f"{text} is out of range; give {low} to {high}", field=option)
        return value

    return parse


def add_format_option(parser: argparse.ArgumentParser, choices: Sequence[str] = ("table", "json")) -> None:
    parser.add_argument("--format", choices=choices, default=choices[0], help="output format (default: %(default)s)")


def open_station(args: argparse.Namespace, *, org_name: str | None = None, create: bool = False,
                 sign_in: bool = True) -> tuple[Home, Database, ServiceContext]:
    """Open the home and the station's database, and sign in.

    Only `init` passes `create` (a new database and organisation); every other command refuses a database that
    does not exist, before anything is created. `--user NAME` (or $DPS_USER) signs in; without it the command
    runs as nobody signed in (role guest: it may only read what reveals no secret). `sign_in=False` is for the
    provisioning service, which acts as its own principal."""
    home = resolve_home(getattr(args, "home", None))
    url = resolve_db_url(home, getattr(args, "db", None))
    ensured = create or home.path.exists()
    repaired = home.ensure() if ensured else []  # a file for a home (or its folders) gets its own message
    if not create:
        require_station_database(url)  # before a missing home is made: a typo in --home or --db creates nothing
    if not ensured:
        repaired = home.ensure()
    setup_logging(home.log_dir)
    for line in repaired:
        log.warning("%s", line)
        print(f"dps-station: warning: {line}", file=sys.stderr)
    db = open_database(url, wait_notice=print_wait_notice)
    if not create and get_organisation(db) is None:
        display = db.display_url()
        db.dispose()
        raise NotFoundError(f"the database {display} has no organisation (an interrupted init?); "
                            f"run 'dps-station init' to finish it")
    _info, keyring = init_organisation(home, db, org_name)
    for problem in key_problems(db, keyring):  # signing and verifying refuse; the rest (audit verify) still runs
        log.warning("%s", problem)
        print(f"dps-station: warning: {problem}", file=sys.stderr)
    actor = _actor(args, db, keyring) if sign_in else Actor(f"cli:{_login()}", Role.GUEST)
    return home, db, ServiceContext(db=db, keyring=keyring, actor=actor, home=home)


def print_wait_notice(message: str) -> None:
    """What this command waits for while another program holds the database (and that the wait is over)."""
    print(f"dps-station: {message or 'the database is free again; continuing'}", file=sys.stderr, flush=True)


def signed_in_name(args: argparse.Namespace) -> str | None:
    return getattr(args, "user", None) or os.environ.get(USER_ENV) or None


def _actor(args: argparse.Namespace, db: Database, keyring: Keyring) -> Actor:
    """`--user NAME` (or $DPS_USER) signs in; without it nobody is signed in (audited as cli:<login>, role
    guest), which may read what reveals no secret and nothing else."""
    name = signed_in_name(args)
    if not name:
        return Actor(f"cli:{_login()}", Role.GUEST)
    password = sign_in_password(args, f"Password for {name}: ")
    return authenticate(db, name, password, where=f"cli:{_login()}", keyring=keyring)


def sign_in_password(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    """--password-file (its first line), else $DPS_PASSWORD, else a prompt (or a line of standard input)."""
    path = getattr(args, "password_file", None)
    if path:
        try:
            with open(path, encoding="utf-8") as handle:
                line = handle.readline(4096)
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"cannot read {path}: {getattr(error, 'strerror', None) or error}",
                             field="--password-file") from None
        password = line.rstrip("\r\n")
        if not password:
            raise InputError(f"{path} is empty; its first line is the password", field="--password-file")
        return password
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    return read_password(prompt, confirm=confirm)


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def read_password(prompt: str, *, confirm: bool) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise InputError("no password on standard input", field="password")
        return line.rstrip("\r\n")
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != password:
        raise InputError("the two passwords differ", field="password")
    return password


def parse_assignments(items: Sequence[str] | None, option: str = "--set") -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items or ():
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"{item!r} is not KEY=VALUE", field=option)
        values[key.strip()] = value
    return values


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max([len(header)] + [len(row[i]) for row in cells]) for i, header in enumerate(headers)]
    print("  ".join(header.upper().ljust(width) for header, width in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip())


def print_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from app.services.csv_safety import safe_cell

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([safe_cell(_cell(value)) for value in row])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)
