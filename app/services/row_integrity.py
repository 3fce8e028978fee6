"""Row integrity values (app/security/integrity.py): computed for Core writes, sealed at the upgrade, checked by
`audit verify`, which names the table, the row and the columns of a row changed outside the station."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Dialect, Table, Update, bindparam, func, select, update
from sqlalchemy.orm import Session

from app.config import Home
from app.db.engine import INTEGRITY_KEY, Database
from app.db.models import Batch, DeviceIdentity, Organisation, RegistrationGroup, User
from app.domain.messages import Message, message
from app.domain.messages_station import (
    ROW_CHANGED,
    ROW_NAMED,
    ROW_NOT_SEALED,
    ROW_OF_BATCH,
    ROW_OF_DEVICE,
    ROW_OF_GROUP,
    ROW_PROBLEM,
)
from app.security.integrity import INTEGRITY_PURPOSE, PROTECTED, row_mac
from app.security.keyring import Keyring
from app.services.driver_rows import executemany

TABLES: dict[str, Table] = {model.__tablename__: model.__table__  # type: ignore[misc]
                            for model in (Organisation, User, RegistrationGroup, Batch, DeviceIdentity)}
SEAL_CHUNK = 5000
log = logging.getLogger(__name__)


def core_mac(session: Session, table: str, values: Mapping[str, Any]) -> str | None:
    """The integrity value of a row a Core statement writes in this session (None without the key: then
    `audit verify` reports the row, as a station without the organisation key cannot vouch for it)."""
    key = session.info.get(INTEGRITY_KEY)
    return row_mac(key, table, values) if key is not None else None


def seal_mark(home: Home, station: str) -> Path:
    """A file in the key directory: this station's rows all carry integrity values (the upgrade mark)."""
    return home.keys_dir / f"rows-{station}.sealed"


def seal_existing(home: Home, db: Database, keyring: Keyring) -> int:
    """Once per key directory and database: give every row from before integrity values existed its value, then
    mark the key directory (from then on a row without a value is reported). Returns the rows sealed."""
    mark = seal_mark(home, db.station_id)
    if keyring.data_key is None or mark.exists():
        return 0
    key = keyring.data_key.subkey(INTEGRITY_PURPOSE)
    sealed = 0
    with db.writer.begin() as session:
        connection = session.connection()
        for name, table in TABLES.items():
            columns = [table.c.id, *(table.c[column] for column in PROTECTED[name])]
            rows = connection.execute(select(*columns).where(table.c.integrity.is_(None))).all()
            statement = update(table).where(table.c.id == bindparam("b_id")).values(integrity=bindparam("b_mac"))
            for start in range(0, len(rows), SEAL_CHUNK):
                chunk = rows[start:start + SEAL_CHUNK]
                connection.execute(statement, [{"b_id": row.id, "b_mac": row_mac(key, name, row._mapping)}
                                               for row in chunk])
            sealed += len(rows)
    try:
        os.close(os.open(mark, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    except OSError as error:  # a read-only key directory: sealed again next time, never a crash
        log.warning("cannot write %s (%s); rows without integrity values are not reported until it exists",
                    mark, error.strerror)
    return sealed


def reseal(session: Session, table_name: str, ids: list[Any]) -> None:
    """New integrity values for rows a Core statement or a supervisor's decision rewrote (a bulk action, a resolved
    sync conflict: a merge of two versions, a rename, a retired copy), from their columns as they are now."""
    table = TABLES.get(table_name)
    key = session.info.get(INTEGRITY_KEY)
    wanted = [i for i in ids if i is not None]
    if table is None or key is None or not wanted:
        return
    columns = [table.c.id, *(table.c[column] for column in PROTECTED[table_name])]
    rows = session.connection().execute(select(*columns).where(table.c.id.in_(wanted))).all()
    reseal_values(session, table_name, [row._mapping for row in rows])


def reseal_values(session: Session, table_name: str, rows: Sequence[Mapping[Any, Any]],
                  by: tuple[str, ...] = ("id",)) -> None:
    """New integrity values for rows a Core statement has just rewritten, given as their protected columns as they
    are now (e.g. as its UPDATE ... RETURNING returned them) and the columns `by` that find each row (its id, or
    a unique key): one executemany, no second read of the rows."""
    key = session.info.get(INTEGRITY_KEY)
    if key is None or not rows:
        return
    statement = _RESEAL.get((table_name, by))
    if statement is None:
        table = TABLES[table_name]
        statement = _RESEAL[(table_name, by)] = (
            update(table).where(*(table.c[column] == bindparam(f"b_{column}") for column in by))
            .values(integrity=bindparam("b_mac")))
    executemany(session.connection(), statement, [
        {**{f"b_{column}": values[column] for column in by}, "b_mac": row_mac(key, table_name, values)}
        for values in rows])


_RESEAL: dict[tuple[str, tuple[str, ...]], Update] = {}  # each table's UPDATE of integrity values, built once


def sealed_in_sql(session: Session, table_name: str, new: Mapping[str, Any]) -> ColumnElement[Any] | None:
    """On SQLite: an SQL expression for the integrity value of the row an UPDATE writes, to set in that same UPDATE
    (no second statement per row). `new` gives each protected column as the UPDATE leaves it: a SET expression
    sees the old row, so a column the UPDATE changes is given as its new value or expression, the others as the
    column. The expression calls `row_mac` (registered on this connection as an SQL function) with the values as
    SQLAlchemy would read them back. None on other databases and without the key: then `reseal_values` after."""
    key = session.info.get(INTEGRITY_KEY)
    connection = session.connection()
    if key is None or connection.dialect.name != "sqlite":
        return None
    names = PROTECTED[table_name]
    name = f"dps_row_mac_{table_name}"
    connection.connection.driver_connection.create_function(  # type: ignore[union-attr]
        name, len(names), _sqlite_row_mac(key, table_name, connection.dialect), deterministic=True)
    return getattr(func, name)(*(new[column] for column in names))


def _sqlite_row_mac(key: bytes, table_name: str, dialect: Dialect) -> Callable[..., str]:
    """row_mac over the raw values SQLite passes, each read through its column type (hex to UUID, 0/1 to bool)."""
    table = TABLES[table_name]
    names = PROTECTED[table_name]
    readers = [table.c[name].type.dialect_impl(dialect).result_processor(dialect, None) for name in names]
    last: dict[int, tuple[Any, Any]] = {}

    def mac(*raw: Any) -> str:
        values = {}
        for index, (name, value, read) in enumerate(zip(names, raw, readers, strict=True)):
            if read is not None and value is not None:
                seen = last.get(index)
                if seen is not None and seen[0] == value:  # a run of equal values (the group): read once
                    value = seen[1]
                else:
                    converted = read(value)
                    last[index] = (value, converted)
                    value = converted
            values[name] = value
        return row_mac(key, table_name, values)

    return mac


@dataclass(frozen=True)
class RowProblem:
    table: str
    row: str
    problem: str

    @property
    def message(self) -> Message:
        return message(ROW_PROBLEM, table=self.table, row=self.row, problem=self.problem)

    def __str__(self) -> str:
        return str(self.message)


def check_rows(session: Session, key: bytes, sealed: bool) -> Iterator[RowProblem]:
    """Every protected row whose integrity value does not match its columns (or is missing once sealed)."""
    for name, table in TABLES.items():
        columns = [table.c.id, table.c.integrity, *(table.c[column] for column in PROTECTED[name])]
        for row in session.execute(select(*columns).execution_options(yield_per=5000)):
            values = row._mapping
            if row.integrity is None:
                if sealed:
                    yield RowProblem(name, _describe(name, values), message(ROW_NOT_SEALED))
                continue
            if row_mac(key, name, values) != row.integrity:
                yield RowProblem(name, _describe(name, values),
                                 message(ROW_CHANGED, columns=", ".join(PROTECTED[name])))


def _describe(table: str, values: Mapping[Any, Any]) -> Message:
    if table == "device_identities":
        return message(ROW_OF_DEVICE, sn=values["sn"], id=str(values["id"]))
    if table == "batches":
        return message(ROW_OF_BATCH, number=values["number"], id=str(values["id"]))
    if table == "registration_groups":
        return message(ROW_OF_GROUP, name=values["name"], id=str(values["id"]))
    return message(ROW_NAMED, name=values["name"], id=str(values["id"]))
