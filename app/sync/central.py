"""The central database: prepare it from a station (`central init`), join it from another (`central enroll`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, Table, func, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.config import Home
from app.db.engine import WRITE_OPTION, Database, create_db_engine, describe_db_error, open_database
from app.db.models import Organisation, OrgKeyWrap, SyncCounter
from app.domain.errors import DatabaseUnavailableError, InputError, KeyMissingError
from app.domain.messages import message
from app.domain.messages_station import (
    ALREADY_SYNCS,
    CENTRAL_HAS_NO_ORG_YET,
    CENTRAL_INIT_FIRST,
    CENTRAL_KEY_MISMATCH,
    CENTRAL_NOT_EMPTY,
    CENTRAL_NOT_INITIALISED,
    NOT_POSTGRES,
    OTHER_ORG_HERE,
    OTHER_ORG_KEYS,
    PASSPHRASE_NEEDED,
    TABLES_AND_MORE,
)
from app.security.keyring import Keyring, load_keyring, save_keyring
from app.security.secrets import DataKey
from app.security.signing import SigningKey
from app.sync import keywrap
from app.sync.identity import CentralIdentity, CentralMismatchError, check_schema, foreign_tables, proven_by, verify

CENTRAL_URL_KEY = "central_url"


def require_postgres(url: str) -> None:
    if not url.startswith("postgresql"):
        raise InputError(message(NOT_POSTGRES), field="URL")


def open_central(url: str) -> Engine:
    """An engine on an initialised central database; DatabaseUnavailableError when it cannot be reached."""
    require_postgres(url)
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            check_schema(conn)
            ready = conn.execute(select(SyncCounter.value).where(SyncCounter.id == 1)).first()
    except CentralMismatchError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        problem = describe_db_error(exc, engine)
        engine.dispose()
        if "sync_counter" in problem:
            raise DatabaseUnavailableError(message(CENTRAL_INIT_FIRST, problem=problem)) from None
        raise DatabaseUnavailableError(problem) from None
    if ready is None:
        engine.dispose()
        raise DatabaseUnavailableError(message(CENTRAL_NOT_INITIALISED))
    return engine


def hidden_url(url: str) -> str:
    """The URL as shown to people and stored in the audit trail: without its password."""
    return make_url(url).render_as_string(hide_password=True)


def same_central(left: str | None, right: str | None) -> bool:
    """The same server and database (a changed password or driver name is not another central)."""
    if not left or not right:
        return False
    a, b = make_url(left), make_url(right)
    return (a.get_backend_name(), a.username, a.host, a.port, a.database) == \
        (b.get_backend_name(), b.username, b.host, b.port, b.database)


ORG_TABLE: Table = Organisation.__table__  # type: ignore[assignment]


def local_organisation(local: Database) -> dict[str, Any] | None:
    table = ORG_TABLE
    with local.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.deleted.is_(False)).limit(1)).first()
    return dict(row._mapping) if row is not None else None


def verify_central(engine: Engine, local: Database, data_key: DataKey | None) -> CentralIdentity | None:
    """The central's identity checked against this station's organisation (see identity.py)."""
    where = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            return verify(conn, local_organisation(local), data_key, where)
    except DBAPIError as exc:
        raise DatabaseUnavailableError(describe_db_error(exc, engine)) from None


def preflight(local: Database, data_key: DataKey, url: str) -> None:
    """Before anything is written centrally: an empty database, or one of this organisation at a known schema."""
    attached = local.get_setting(CENTRAL_URL_KEY)
    if attached and not same_central(attached, url):
        raise InputError(message(ALREADY_SYNCS, url=hidden_url(attached)), field="URL")
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            others = foreign_tables(conn)
            if others:
                shown = ", ".join(others[:5])
                tables = message(TABLES_AND_MORE, tables=shown, count=len(others) - 5) if len(others) > 5 \
                    else shown
                raise InputError(message(CENTRAL_NOT_EMPTY, url=hidden_url(url), tables=tables), field="URL")
            check_schema(conn, allow_older=True)
            verify(conn, local_organisation(local), data_key, hidden_url(url), require_org=False)
    except DBAPIError as exc:
        raise DatabaseUnavailableError(describe_db_error(exc, engine)) from None
    finally:
        engine.dispose()


def init_central(local: Database, keyring: Keyring, url: str, passphrase: str | None) -> bool:
    """Migrate the central database, create the counter, store the wrapped key. False if it was ready already.

    Refused (nothing written) for a database holding another application's tables, another organisation's
    central, a central of a newer schema, and on a station already attached to another central."""
    require_postgres(url)
    data_key = keyring.require_data_key()
    preflight(local, data_key, url)
    mine = local_organisation(local)
    central = open_database(url)
    try:
        with central.engine.begin() as conn:
            conn.execute(select(func.pg_advisory_xact_lock(7_041_993)))
            verify(conn, mine, data_key, hidden_url(url), require_org=False)
            counter = conn.execute(select(SyncCounter.value).where(SyncCounter.id == 1)).scalar()
            if counter is None:
                counter = 0
                conn.execute(insert(SyncCounter).values(id=1, value=0))
            created = conn.execute(select(OrgKeyWrap.id).limit(1)).first() is None
            if created:
                if passphrase is None:
                    raise InputError(message(PASSPHRASE_NEEDED), field="passphrase")
                keywrap.check_new_passphrase(passphrase)
                kdf, salt, wrapped = keywrap.wrap(data_key, passphrase)
                conn.execute(insert(OrgKeyWrap).values(kdf=kdf, salt=salt, wrapped_key=wrapped))
            if mine is not None and conn.execute(select(Organisation.id).limit(1)).first() is None:
                # The identity goes in with the counter: a central is never without its organisation.
                counter += 1
                conn.execute(insert(ORG_TABLE).values(**{**mine, "rev": counter, "dirty": False}))
                conn.execute(update(SyncCounter).where(SyncCounter.id == 1).values(value=counter))
    except DBAPIError as exc:
        raise DatabaseUnavailableError(describe_db_error(exc, central.engine)) from None
    finally:
        central.dispose()
    local.set_setting(CENTRAL_URL_KEY, url)
    return created


def central_needs_passphrase(url: str) -> bool:
    """True when the central database has no wrapped key yet (init must ask for a new passphrase)."""
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(OrgKeyWrap.id).limit(1)).first() is None
    except DBAPIError:
        return True
    finally:
        engine.dispose()


def unwrap_from_central(url: str, passphrase: str) -> Keyring:
    """The organisation's keys from the central database. Wrong passphrase: AuthenticationError, nothing written."""
    engine = open_central(url)
    try:
        with engine.connect() as conn:
            wrap = conn.execute(select(OrgKeyWrap).limit(1)).first()
            org = conn.execute(select(Organisation).where(Organisation.deleted.is_(False)).limit(1)).first()
    except DBAPIError as exc:
        raise DatabaseUnavailableError(describe_db_error(exc, engine)) from None
    finally:
        engine.dispose()
    if wrap is None or org is None:
        raise DatabaseUnavailableError(message(CENTRAL_HAS_NO_ORG_YET))
    data_key = keywrap.unwrap(wrap.kdf, bytes(wrap.salt), bytes(wrap.wrapped_key), passphrase)
    if not proven_by(dict(org._mapping), data_key):
        raise CentralMismatchError(message(CENTRAL_KEY_MISMATCH))
    signing = SigningKey.from_raw(data_key.decrypt(bytes(org.signing_private_key_enc), f"signing-key:{org.id}"))
    return Keyring(data_key, signing)


def enroll(home: Home, local: Database, url: str, keyring: Keyring) -> Keyring:
    """Join this station to the central organisation (keys from unwrap_from_central): check, then write key files."""
    with local.reader() as session:
        mine = session.scalars(select(Organisation).where(Organisation.deleted.is_(False)).limit(1)).first()
    if mine is not None and not keyring.require_data_key().matches(mine.data_key_check):
        raise KeyMissingError(message(OTHER_ORG_HERE, org=mine.name))
    existing = load_keyring(home)
    if existing.data_key is not None and existing.data_key.raw() != keyring.require_data_key().raw():
        raise KeyMissingError(message(OTHER_ORG_KEYS, folder=home.keys_dir))
    engine = open_central(url)
    try:
        verify_central(engine, local, keyring.require_data_key())
    finally:
        engine.dispose()
    home.ensure()
    if mine is None:
        _copy_organisation(url, local)
    save_keyring(home, keyring)
    local.set_setting(CENTRAL_URL_KEY, url)
    return keyring


def _copy_organisation(url: str, local: Database) -> None:
    """The organisation row right away, so that a station enrolled while its first pull fails never makes its own."""
    table = ORG_TABLE
    engine = open_central(url)
    try:
        with engine.connect() as conn:
            rows = [dict(row._mapping) for row in conn.execute(select(table))]
    except DBAPIError as exc:
        raise DatabaseUnavailableError(describe_db_error(exc, engine)) from None
    finally:
        engine.dispose()
    with local.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        for row in rows:
            if conn.execute(select(table.c.id).where(table.c.id == row["id"])).first() is None:
                conn.execute(insert(table).values(**{**row, "dirty": False}))
