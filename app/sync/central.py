"""The central database: prepare it from a station (`central init`), join it from another (`central enroll`)."""

from __future__ import annotations

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import DBAPIError

from app.config import Home
from app.db.engine import WRITE_OPTION, Database, create_db_engine, describe_db_error, open_database
from app.db.models import Organisation, OrgKeyWrap, SyncCounter
from app.domain.errors import DatabaseUnavailableError, InputError, KeyMissingError
from app.security.keyring import Keyring, load_keyring, save_keyring
from app.security.secrets import DataKey
from app.security.signing import SigningKey
from app.sync import keywrap

CENTRAL_URL_KEY = "central_url"


def require_postgres(url: str) -> None:
    if not url.startswith("postgresql"):
        raise InputError("the central database must be PostgreSQL: postgresql+psycopg://USER@HOST/DB",
                         field="URL")


def open_central(url: str) -> Engine:
    """An engine on an initialised central database; DatabaseUnavailableError when it cannot be reached."""
    require_postgres(url)
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            ready = conn.execute(select(SyncCounter.value).where(SyncCounter.id == 1)).first()
    except DBAPIError as exc:
        message = describe_db_error(exc, engine)
        engine.dispose()
        if "sync_counter" in message:
            raise DatabaseUnavailableError(f"{message} (run 'dps-station central init URL' first)") from None
        raise DatabaseUnavailableError(message) from None
    if ready is None:
        engine.dispose()
        raise DatabaseUnavailableError("the central database is not initialised: run 'dps-station central init URL'")
    return engine


def init_central(local: Database, keyring: Keyring, url: str, passphrase: str | None) -> bool:
    """Migrate the central database, create the counter, store the wrapped key. False if it was ready already."""
    require_postgres(url)
    data_key = keyring.require_data_key()
    try:
        central = open_database(url)
    except DatabaseUnavailableError:
        raise
    try:
        with central.engine.begin() as conn:
            conn.execute(select(func.pg_advisory_xact_lock(7_041_993)))
            org = conn.execute(select(Organisation.data_key_check, Organisation.name)
                               .where(Organisation.deleted.is_(False)).limit(1)).first()
            if org is not None and not data_key.matches(org.data_key_check):
                raise KeyMissingError(f"the central database belongs to another organisation ('{org.name}')")
            if conn.execute(select(SyncCounter.id).where(SyncCounter.id == 1)).first() is None:
                conn.execute(insert(SyncCounter).values(id=1, value=0))
            created = conn.execute(select(OrgKeyWrap.id).limit(1)).first() is None
            if created:
                if passphrase is None:
                    raise InputError("a passphrase is needed to store the organisation key", field="passphrase")
                keywrap.check_new_passphrase(passphrase)
                kdf, salt, wrapped = keywrap.wrap(data_key, passphrase)
                conn.execute(insert(OrgKeyWrap).values(kdf=kdf, salt=salt, wrapped_key=wrapped))
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
        raise DatabaseUnavailableError("the central database holds no organisation yet: run 'central init' first")
    data_key = keywrap.unwrap(wrap.kdf, bytes(wrap.salt), bytes(wrap.wrapped_key), passphrase)
    if not data_key.matches(bytes(org.data_key_check)):
        raise KeyMissingError("the unwrapped key does not open this organisation's secrets")
    signing = SigningKey.from_raw(data_key.decrypt(bytes(org.signing_private_key_enc), f"signing-key:{org.id}"))
    return Keyring(data_key, signing)


def enroll(home: Home, local: Database, url: str, keyring: Keyring) -> Keyring:
    """Join this station to the central organisation (keys from unwrap_from_central): check, then write key files."""
    with local.reader() as session:
        mine = session.scalars(select(Organisation).where(Organisation.deleted.is_(False)).limit(1)).first()
    if mine is not None and not keyring.require_data_key().matches(mine.data_key_check):
        raise KeyMissingError(f"this station already holds another organisation ('{mine.name}'); "
                              "enroll a new data home (--home) instead")
    existing = load_keyring(home)
    if existing.data_key is not None and existing.data_key.raw() != keyring.require_data_key().raw():
        raise KeyMissingError(f"the key files in {home.keys_dir} belong to another organisation; "
                              "enroll a new data home (--home) instead")
    home.ensure()
    if mine is None:
        _copy_organisation(url, local)
    save_keyring(home, keyring)
    local.set_setting(CENTRAL_URL_KEY, url)
    return keyring


def _copy_organisation(url: str, local: Database) -> None:
    """The organisation row right away, so that a station enrolled while its first pull fails never makes its own."""
    table = Organisation.__table__
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


def same_data_key(left: DataKey | None, right: DataKey | None) -> bool:
    return left is not None and right is not None and left.raw() == right.raw()
