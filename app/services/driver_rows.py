"""Many rows written by one statement at less cost per row: the audit events of a bulk action (and resealed rows).

`connection.execute(statement, rows)` with a list of rows has SQLAlchemy build and convert every parameter of
every row (about 6 µs a row for an audit event, as much as SQLite takes to insert it). On SQLite,
`executemany` does the same with the statement compiled once per dialect and each column's own bind processor
(the same conversion SQLAlchemy applies: UUIDs to hex, times to text, JSON to text) applied once per run of
equal values: the rows of a bulk action share most of theirs (time, actor, action, group, details). The rows go
to the driver's executemany through `exec_driver_sql`, so errors are still SQLAlchemy's (the engine's error
handling sees them). On other databases SQLAlchemy's own path is kept (on PostgreSQL it batches the rows into
multi-row statements, which matters more there than the conversions)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.sql.dml import UpdateBase

Processor = Callable[[Any], Any] | None
Compiled = tuple[str, list[str], list[Processor]]
# per statement (built once, at import), dialect and bind names: its SQL, bind names in order and processors
_COMPILED: dict[tuple[UpdateBase, str, tuple[str, ...]], Compiled] = {}


def executemany(connection: Connection, statement: UpdateBase, rows: Sequence[Mapping[str, Any]]) -> None:
    """Execute `statement` once per row of `rows` (each a mapping of bind names to values; every row with the
    same names): the same as `connection.execute(statement, rows)`, with less Python per row on SQLite.
    `statement` is built once (a module's constant): its compiled form is kept for the process's life."""
    if not rows:
        return
    sql, names, processors = _compiled(connection, statement, tuple(rows[0]))
    if connection.dialect.name != "sqlite" or connection.dialect.paramstyle != "qmark" or len(names) < 2:
        connection.execute(statement, list(rows))
        return
    values_of = itemgetter(*names)  # a row's values in bind order (a tuple: the statement has two or more binds)
    converting = [(index, process) for index, process in enumerate(processors) if process is not None]
    if not converting:
        connection.exec_driver_sql(sql, [values_of(row) for row in rows])
        return
    memo: dict[int, tuple[Any, Any]] = {index: (_UNSET, None) for index, _process in converting}
    converted = []
    for row in rows:
        values = list(values_of(row))
        for index, process in converting:
            value = values[index]
            if value is not None:
                seen, result = memo[index]
                if value is not seen:  # a new value (rows in a run share one object: converted once)
                    result = process(value)
                    memo[index] = (value, result)
                values[index] = result
        converted.append(tuple(values))  # the driver's rows: tuples
    connection.exec_driver_sql(sql, converted)


_UNSET = object()


def _compiled(connection: Connection, statement: UpdateBase, keys: tuple[str, ...]) -> Compiled:
    """The statement's SQL for this dialect, its bind names in order, and their bind processors (built once)."""
    cache_key = (statement, connection.dialect.name, keys)  # (compiled for PostgreSQL too: only its names used)
    found = _COMPILED.get(cache_key)
    if found is not None:
        return found
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    names = list(compiled.positiontup or [])
    processors: list[Processor] = [compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
                                   for name in names]
    _COMPILED[cache_key] = (compiled.string, names, processors)
    return _COMPILED[cache_key]
