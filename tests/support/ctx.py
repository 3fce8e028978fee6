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


STANDARD_GROUP = "line1"
STANDARD_MASTERDATA_GROUP = "pumps"
STANDARD_ATTRIBUTES = ("voltage", "colour", "outdoor", "owner", "install_date", "location", "timezone")


def add_standard_setup(ctx: ServiceContext, *, group: str = STANDARD_GROUP, policy: str = "migrate",
                       product_key: str = "PK-1") -> None:
    """Attributes of every type (voltage 0..400, colour red|green, outdoor bool, owner required text, and the
    built-ins install_date, location, timezone), master data group 'pumps', registration group `group`."""
    from app.services import groups, masterdata

    existing = {attribute.key for attribute in masterdata.list_attributes(ctx)}
    if "voltage" not in existing:
        masterdata.add_attribute(ctx, "voltage", "number", rules={"min": 0, "max": 400})
        masterdata.add_attribute(ctx, "colour", "enum", choices=["red", "green"], default="red")
        masterdata.add_attribute(ctx, "outdoor", "bool", default="false")
        masterdata.add_attribute(ctx, "owner", "text", required=True)
        masterdata.create_group(ctx, STANDARD_MASTERDATA_GROUP, "pump", list(STANDARD_ATTRIBUTES))
    groups.create_group(ctx, group, masterdata_group=STANDARD_MASTERDATA_GROUP, ou="ou-a", environment="prod",
                        product_key=product_key, gateway="https://gw.example.com", reprovision_policy=policy)


CLI_SUPERVISOR = "chief"
CLI_PASSWORD = "chief-password-1"


def sign_in_cli(ctx: ServiceContext, monkeypatch: object, *, name: str = CLI_SUPERVISOR,
                password: str = CLI_PASSWORD) -> str:
    """Every later `dps-station` call of the test signs in as a supervisor of ctx's station ($DPS_USER and
    $DPS_PASSWORD), created here when missing (the first supervisor of a station without users). Returns the name."""
    from app.db.models import User
    from app.services import users

    with ctx.db.reader() as session:
        exists = session.scalar(select(User.id).where(User.name == name)) is not None
    if not exists:
        if users.has_users(ctx.db):
            users.add_user(as_role(ctx, Role.SUPERVISOR, "test-setup"), name, password, Role.SUPERVISOR.value)
        else:
            users.create_first_supervisor(ctx, name, password)
    monkeypatch.setenv("DPS_USER", name)  # type: ignore[attr-defined]
    monkeypatch.setenv("DPS_PASSWORD", password)  # type: ignore[attr-defined]
    return name


def cli_sign_in_env(home: Path) -> dict[str, str]:
    """The environment that signs a `dps-station` subprocess in as the test supervisor of the station in `home`
    (its SQLite file), created there first when that station has no users yet. A home without a station yet
    (before `central enroll`, say) is left alone."""
    from app.config import Home
    from app.security.keyring import load_keyring
    from app.services import users

    db_file = home / "station.db"
    if db_file.is_file() and db_file.stat().st_size:
        db = open_database(f"sqlite:///{db_file}")
        try:
            if not users.has_users(db):
                ctx = ServiceContext(db, load_keyring(Home(home)), Actor(CLI_SUPERVISOR, Role.SUPERVISOR), Home(home))
                users.create_first_supervisor(ctx, CLI_SUPERVISOR, CLI_PASSWORD)
        finally:
            db.dispose()
    return {"DPS_USER": CLI_SUPERVISOR, "DPS_PASSWORD": CLI_PASSWORD}
