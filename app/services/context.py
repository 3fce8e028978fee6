"""What every service call needs: the database, the station's keys and who is acting."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.config import Home
from app.db.engine import INTEGRITY_KEY, Database, describe_db_error, writer_note
from app.domain.enums import Role
from app.domain.errors import DatabaseUnavailableError, PermissionDeniedError
from app.domain.messages import MAY_NOT, NOT_SIGNED_IN, message, term
from app.domain.permissions import Permission, allows
from app.security.integrity import INTEGRITY_PURPOSE
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
            if self.actor.role is Role.GUEST:
                raise PermissionDeniedError(message(NOT_SIGNED_IN, permission=term(permission.value)))
            raise PermissionDeniedError(message(MAY_NOT, actor=self.actor.name, role=term(self.actor.role.value),
                                                permission=term(permission.value)))

    def acting_as(self, actor: Actor) -> ServiceContext:
        return replace(self, actor=actor)

    @contextmanager
    def write(self, long: str | None = None) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error. `long` says what a write that holds the
        database for long does ("registering 100,000 devices in group 'line1'"): from its first statement until
        it ends, other programs that wait for the database say so (app.db.engine.writer_note)."""
        try:
            with ExitStack() as note, self.db.writer.begin() as session:
                if self.keyring.data_key is not None:  # every protected row written gets its integrity value
                    session.info[INTEGRITY_KEY] = self.keyring.data_key.subkey(INTEGRITY_PURPOSE)
                if long is not None:
                    session.connection()  # the write lock now, then the note (the note outlives the commit briefly)
                    note.enter_context(writer_note(self.db, long, self.actor.name))
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
