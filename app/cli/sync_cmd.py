"""dps-station central init|enroll URL; dps-station sync [conflicts|resolve|status]"""

from __future__ import annotations

import argparse
import os
import sys
import uuid

from app.cli.commands import help_of
from app.cli.common import (
    add_format_option,
    open_station,
    parse_assignments,
    print_json,
    print_table,
    read_password,
)
from app.config import resolve_db_url, resolve_home
from app.db.engine import open_database
from app.domain.enums import Role
from app.domain.errors import DatabaseUnavailableError, InputError
from app.domain.permissions import Permission
from app.log import setup_logging
from app.services import sync_service
from app.services.context import Actor, ServiceContext
from app.sync import central

PASSPHRASE_ENV = "DPS_ORG_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    central_parser = subparsers.add_parser("central", help=help_of("central"))
    central_sub = central_parser.add_subparsers(title="central commands", metavar="ACTION", required=True)
    init = central_sub.add_parser("init", help="prepare a central database from this station and push everything "
                                  f"(passphrase from ${PASSPHRASE_ENV} or a prompt)")
    init.add_argument("url", metavar="URL", help="postgresql+psycopg://USER:PASSWORD@HOST:PORT/DATABASE")
    init.set_defaults(handler=run_init)
    enroll = central_sub.add_parser("enroll", help="join this station to a central database and pull everything "
                                    f"(passphrase from ${PASSPHRASE_ENV} or a prompt)")
    enroll.add_argument("url", metavar="URL")
    enroll.set_defaults(handler=run_enroll)
    repoint = central_sub.add_parser("repoint", help="sync with another central database of this organisation "
                                     "from now on (a moved server, a new address; supervisor, audited)")
    repoint.add_argument("url", metavar="URL")
    repoint.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    repoint.set_defaults(handler=run_repoint)

    parser = subparsers.add_parser("sync", help=help_of("sync"))
    parser.set_defaults(handler=run_sync_once)
    sub = parser.add_subparsers(title="sync commands", metavar="ACTION")
    conflicts = sub.add_parser("conflicts", help="list open conflicts, both versions")
    add_format_option(conflicts)
    conflicts.set_defaults(handler=run_conflicts)
    resolve = sub.add_parser("resolve", help="resolve a conflict, or many at once with --group/--batch/--kind "
                             "(supervisor)")
    resolve.add_argument("id", metavar="ID", nargs="?",
                         help="conflict id (or a unique prefix) from 'sync conflicts'; leave out with filters")
    resolve.add_argument("--keep", choices=("local", "central"), help="keep one whole version")
    resolve.add_argument("--field", action="append", metavar="FIELD=local|central",
                         help="per-field merge (repeat); fields not named keep the local value")
    resolve.add_argument("--rename", metavar="NEW", help="a unique conflict of a batch (or group, user): this "
                         "station's one takes the number/name NEW and both stay")
    resolve.add_argument("--retire", nargs="?", const="local", choices=("local", "central"),
                         help="the same SN at two stations: retire this station's copy and keep the central device "
                         "(--retire, --retire local) or keep this station's device and retire the central copy "
                         "(--retire central); the retired copy's records stay, its allocation is revoked")
    resolve.add_argument("--group", help="every open conflict of this registration group")
    resolve.add_argument("--batch", help="every open conflict of this batch number")
    resolve.add_argument("--kind", choices=("edit", "delete", "unique"), help="every open conflict of this kind")
    resolve.add_argument("--yes", action="store_true", help="resolve the matching conflicts without asking")
    resolve.set_defaults(handler=run_resolve)
    status = sub.add_parser("status", help="one line: last sync, pending changes, conflicts, offline")
    add_format_option(status)
    status.set_defaults(handler=run_status)


def _passphrase(*, confirm: bool) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    return read_password("Organisation passphrase: ", confirm=confirm)


def run_init(args: argparse.Namespace) -> int:
    central.require_postgres(args.url)
    _home, db, ctx = open_station(args, create=True)  # like init, it may make this station's database
    central.preflight(db, ctx.keyring.require_data_key(), args.url)  # refusals before the passphrase is asked
    ctx.require(Permission.SYNC)  # init_central pushes everything: a signed-in user who may sync
    passphrase = _passphrase(confirm=True) if central.central_needs_passphrase(args.url) else None
    created = central.init_central(db, ctx.keyring, args.url, passphrase)
    print("central database initialised" if created else "central database was initialised already; URL remembered")
    return _sync_and_report(ctx)


def run_enroll(args: argparse.Namespace) -> int:
    central.require_postgres(args.url)
    keyring = central.unwrap_from_central(args.url, _passphrase(confirm=False))  # before anything is written
    home = resolve_home(getattr(args, "home", None))
    home.ensure()
    setup_logging(home.log_dir)
    db = open_database(resolve_db_url(home, getattr(args, "db", None)))
    keyring = central.enroll(home, db, args.url, keyring)
    print(f"station {db.station_id} enrolled; organisation key saved in {home.keys_dir}")
    ctx = ServiceContext(db=db, keyring=keyring, actor=Actor("cli:enroll", Role.SUPERVISOR), home=home)
    return _sync_and_report(ctx)


def run_repoint(args: argparse.Namespace) -> int:
    central.require_postgres(args.url)
    _home, _db, ctx = open_station(args)
    previous, identity = sync_service.check_repoint(ctx, args.url)
    question = (f"This station syncs with {previous or '(no central database)'}. From now on it will sync with "
                f"{central.hidden_url(args.url)} ({identity.describe()}, verified).")
    if not args.yes:
        if not sys.stdin.isatty():
            raise InputError("re-pointing a station needs confirmation: add --yes", field="--yes")
        answer = input(f"{question} Type 'yes' to continue: ")
        if answer.strip().lower() != "yes":
            raise InputError("not confirmed; the station keeps its central database", field="--yes")
    sync_service.repoint_central(ctx, args.url)
    print(f"re-pointed: this station now syncs with {central.hidden_url(args.url)} ({identity.describe()})")
    return _sync_and_report(ctx)


def _sync_and_report(ctx: ServiceContext) -> int:
    try:
        result = sync_service.sync_now(ctx)
    except DatabaseUnavailableError as error:
        print(f"offline: {error}", file=sys.stderr)
        return DatabaseUnavailableError.exit_code
    print(f"synced: {result.summary()}")
    return 0


def run_sync_once(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    return _sync_and_report(ctx)


def run_status(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    state = sync_service.status(ctx)
    if args.format == "json":
        print_json({"central": state.central_url, "central_organisation": state.central_organisation,
                    "last_sync": state.last_sync, "pending": state.pending,
                    "pending_by_table": state.pending_by_table, "open_conflicts": state.open_conflicts,
                    "offline": state.offline, "last_error": state.last_error,
                    "last_error_kind": state.last_error_kind, "last_error_at": state.last_error_at,
                    "line": state.line()})
    else:
        print(state.line())
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    records = sync_service.list_conflicts(ctx)
    if args.format == "json":
        print_json([record.as_json() for record in records])
        return 0
    if not records:
        print("no open conflicts")
        return 0
    rows = []
    for record in records:
        for name in record.differing or ["(none)"]:
            rows.append([str(record.id)[:8], record.table, record.kind, record.group, record.batch, record.label,
                         name, record.local.get(name, ""), record.central.get(name, "")])
    print_table(["id", "table", "kind", "group", "batch", "concerns", "field", "local", "central"], rows)
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    fields = parse_assignments(args.field, "--field")
    if args.retire:
        if fields or args.keep is not None or args.id is None or args.rename is not None:
            raise InputError("--retire takes one conflict ID and no --keep, --field or --rename", field="--retire")
        conflict_id = _conflict_id(ctx, args.id)
        if args.retire == "central":
            sync_service.resolve_conflict(ctx, conflict_id, "retire-central")
            kept = "this station's device stays; the central copy is retired"
        else:
            sync_service.resolve_conflict(ctx, conflict_id, "retire")
            kept = "the central device stays; this station's copy is retired"
        print(f"conflict {conflict_id} resolved: {kept}; the result syncs with the next 'dps-station sync'")
        return 0
    if args.rename is not None:
        if fields or args.keep is not None or args.id is None:
            raise InputError("--rename takes one conflict ID and no --keep or --field", field="--rename")
        conflict_id = _conflict_id(ctx, args.id)
        sync_service.resolve_conflict(ctx, conflict_id, "rename", None, args.rename)
        print(f"conflict {conflict_id} resolved: this station's one is now {args.rename.strip()!r}; the result "
              "syncs with the next 'dps-station sync'")
        return 0
    if not fields and args.keep is None:
        raise InputError("say which version to keep: --keep local|central, or --field FIELD=local|central",
                         field="--keep")
    if fields and args.keep is not None:
        raise InputError("use either --keep or --field, not both", field="--keep")
    which = sync_service.ConflictFilter(args.group, args.batch, args.kind)
    if args.id is None:
        if which == sync_service.ConflictFilter():
            raise InputError("name a conflict ID, or choose many with --group, --batch or --kind", field="ID")
        if fields:
            raise InputError("a bulk resolution keeps one whole version: use --keep, not --field", field="--field")
        return _resolve_many(ctx, which, args.keep, args.yes)
    if which != sync_service.ConflictFilter():
        raise InputError("give either a conflict ID or --group/--batch/--kind, not both", field="ID")
    conflict_id = _conflict_id(ctx, args.id)
    sync_service.resolve_conflict(ctx, conflict_id, "merge" if fields else args.keep, fields or None)
    print(f"conflict {conflict_id} resolved; the result syncs with the next 'dps-station sync'")
    return 0


def _resolve_many(ctx: ServiceContext, which: sync_service.ConflictFilter, keep: str, yes: bool) -> int:
    matching = [record for record in sync_service.list_conflicts(ctx) if which.matches(record)]
    if not matching:
        from app.domain.errors import NotFoundError

        raise NotFoundError(f"no open conflict matches {which.describe()} (see 'dps-station sync conflicts')")
    if not yes:
        if not sys.stdin.isatty():
            raise InputError(f"{len(matching)} conflict(s) match {which.describe()}; resolving them needs "
                             "confirmation: add --yes", field="--yes")
        answer = input(f"{len(matching)} conflict(s) match {which.describe()}: keep the {keep} version of each. "
                       "Type 'yes' to continue: ")
        if answer.strip().lower() != "yes":
            raise InputError("not confirmed; nothing was resolved", field="--yes")
    done = sync_service.resolve_matching(ctx, which, keep)
    print(f"{len(done)} conflict(s) resolved (kept the {keep} version); the result syncs with the next "
          "'dps-station sync'")
    return 0


def _conflict_id(ctx: ServiceContext, text: str) -> uuid.UUID:
    matches = [record.id for record in sync_service.list_conflicts(ctx) if str(record.id).startswith(text.lower())]
    if len(matches) != 1:
        from app.domain.errors import NotFoundError

        if not matches:
            raise NotFoundError(f"no open conflict with id {text!r} (see 'dps-station sync conflicts')")
        raise InputError(f"{text!r} matches {len(matches)} conflicts; give more of the id", field="ID")
    return matches[0]
