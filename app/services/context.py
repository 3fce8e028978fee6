"""What every service call needs: the database, the station's keys and who is acting."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.config import Home
from app.db.engine import Database, describe_db_error
from app.domain.enums import Role
from app.domain.errors import DatabaseUnavailableError, PermissionDeniedError
from app.domain.messages import MAY_NOT, message
from app.domain.permissions import Permission, allows
from app.security.keyring import Keyring


@dataclass(frozen=True)
class Actor:
    name: str
    role: Role


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    keyring: Keyring
    actor: Actor
    home: Home | None = None

    def require(self, permission: Permission) -> None:
        if not allows(self.actor.role, permission):
            raise PermissionDeniedError(message(MAY_NOT, actor=self.actor.name, role=self.actor.role.value,
                                                permission=permission.value))

    def acting_as(self, actor: Actor) -> ServiceContext:
        return replace(self, actor=actor)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error."""
        try:
            with self.db.writer.begin() as session:
                yield session
        except OperationalError as exc:
            raise DatabaseUnavailableError(describe_db_error(exc, self.db.engine)) from None

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self.db.reader() as session:
                yield session
        except OperationalError as exc:
            raise DatabaseUnavailableError(describe_db_error(exc, self.db.engine)) from None
