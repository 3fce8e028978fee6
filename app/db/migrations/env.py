"""Alembic environment. Runs over the connection the application hands in.

No fileConfig here: Alembic must not replace the application's logging.
"""

from __future__ import annotations

from alembic import context

from app.db.base import Base
from app.db import models  # noqa: F401  (registers the tables on Base.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through app.db.migrate, which passes an open connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
