"""Database layer: SQLAlchemy models, engine and session factories, Alembic migrations."""
