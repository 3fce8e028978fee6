"""The migrated schema is the models' schema, on SQLite and PostgreSQL; opening a database migrates it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from app.db.base import Base
from app.db.engine import WRITE_OPTION, open_database
from app.db.migrate import alembic_config, single_head
from app.db.models import AttributeDefinition


def test_migrated_schema_equals_the_models(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        db.dispose()


def test_there_is_exactly_one_head_and_the_database_is_at_it(db_url: str) -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1
    assert single_head() == heads[0]
    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == heads[0]
    finally:
        db.dispose()


def test_built_in_attributes_are_seeded(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.reader() as session:
            keys = set(session.scalars(text("SELECT key FROM attribute_definitions WHERE builtin")))
    finally:
        db.dispose()
    assert {"location", "install_date", "timezone", "firmware_version", "device_name"} <= keys


def test_opening_an_old_database_migrates_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = open_database(url)
    with db.engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    with db.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() is None
        assert "device_identities" not in inspect(connection).get_table_names()
    db.dispose()

    reopened = open_database(url)
    try:
        with reopened.engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == single_head()
            assert set(Base.metadata.tables) <= set(inspect(connection).get_table_names())
        with reopened.reader() as session:
            assert session.query(AttributeDefinition).count() >= 5
    finally:
        reopened.dispose()


def test_an_empty_sqlite_file_from_another_program_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    sqlite3.connect(path).close()
    db = open_database(f"sqlite:///{path}")
    try:
        with db.engine.connect() as connection:
            assert set(Base.metadata.tables) <= set(inspect(connection).get_table_names())
    finally:
        db.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'pragmas.db'}")
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        with pytest.raises(Exception, match="FOREIGN KEY"), db.writer.begin() as session:
            session.execute(text(
                "INSERT INTO batches (id, registration_group_id, number, description, review, review_comment, "
                "reviewed_by, rev, dirty, updated_at, station, deleted) VALUES "
                "('00000000000000000000000000000001', '00000000000000000000000000000002', 'B', '', 'open', '', '', "
                "0, 1, '2024-01-01 00:00:00', '', 0)"))
    finally:
        db.dispose()


def test_databases_opened_from_several_threads_at_once_are_all_migrated(tmp_path: Path) -> None:
    import threading

    errors: list[BaseException] = []

    def open_one(index: int) -> None:
        try:
            open_database(f"sqlite:///{tmp_path / f'thread{index}.db'}").dispose()
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_one, args=(index,)) for index in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for index in range(6):
        with sqlite3.connect(tmp_path / f"thread{index}.db") as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == single_head()
