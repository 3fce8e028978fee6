from __future__ import annotations

import psycopg
from sqlalchemy import create_engine, text


def test_the_test_server_is_a_real_postgresql(postgres_server, pg_database) -> None:
    first, second = pg_database(), pg_database()
    assert first != second
    for url in (first, second):
        engine = create_engine(url)
        with engine.connect() as connection:
            assert "PostgreSQL" in connection.execute(text("select version()")).scalar_one()
        engine.dispose()
    with psycopg.connect(postgres_server.admin_conninfo) as connection:
        names = {row[0] for row in connection.execute("select datname from pg_database")}
    assert {first.rsplit("/", 1)[1], second.rsplit("/", 1)[1]} <= names
