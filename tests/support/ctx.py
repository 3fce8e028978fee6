"""A ServiceContext over a real database, built as `app.cli.common.open_station` builds it (reusable by any test)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import MetaData, func, select
from sqlalchemy.engine import Engine

from app.config import resolve_home
from app.db.engine import open_database
from app.domain.enums import Role
from app.services.context import Actor, ServiceContext
from app.services.organisation import init_organisation


def build_service_context(db_url: str, tmp_path: Path, *, role: Role = Role.SUPERVISOR, actor: str = "tester",
                          org: str = "Test org") -> ServiceContext:
    """Data home in tmp_path/home, the database at db_url (migrated), a new organisation; the caller disposes
    `ctx.db` (or lets the process end)."""
    home = resolve_home(str(tmp_path / "home"))
    db = open_database(db_url)
    _info, keyring = init_organisation(home, db, org)
    return ServiceContext(db, keyring, Actor(actor, role), home)


def as_role(ctx: ServiceContext, role: Role, name: str | None = None) -> ServiceContext:
    return ctx.acting_as(Actor(name or role.value, role))


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows per table: compare before and after a refused operation."""
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as connection:
        return {name: connection.scalar(select(func.count()).select_from(table)) or 0
                for name, table in sorted(metadata.tables.items())}


def table_dump(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted: a refused operation must leave this unchanged."""
    metadata = MetaData()
    metadata.reflect(engine)
    dump: dict[str, list[tuple[object, ...]]] = {}
    with engine.connect() as connection:
        for name, table in sorted(metadata.tables.items()):
            rows = connection.execute(select(table)).all()
            dump[name] = sorted((tuple(row) for row in rows), key=repr)
    return dump
