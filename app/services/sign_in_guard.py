"""Password guessing: failed sign-ins are audited and repeated ones lock the user name for a growing time.

Every failed sign-in (a wrong password, an unknown or deactivated user) is an audit event `user.sign_in.failed`
naming the user name and where it came from (never the password). After FREE_FAILURES failures in a row the
name is locked for FIRST_LOCK, and each further lock doubles (up to MAX_LOCK); while locked, even the right
password is refused with the time the lock ends. A successful sign-in clears the count; a supervisor can unlock
a name at once (Users page, `dps-station user unlock NAME`). Counts are per database and never sync: a local
table (`sign_in_locks`). Unknown names are counted too, so the answer never tells whether a name exists.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import SignInLock
from app.domain.enums import Role
from app.domain.errors import AccountLockedError, NotFoundError
from app.domain.messages import message
from app.domain.messages_station import NO_USER
from app.domain.permissions import Permission
from app.security.keyring import Keyring
from app.services import audit
from app.services.context import Actor, ServiceContext

FREE_FAILURES = 5
FIRST_LOCK = timedelta(minutes=1)
MAX_LOCK = timedelta(hours=1)
NAME_MAX = 64


def lock_duration(locks_before: int) -> timedelta:
    """1 min for the first lock, doubling with each further one, at most MAX_LOCK."""
    return min(FIRST_LOCK * (2 ** min(locks_before, 20)), MAX_LOCK)


def _key(name: str) -> str:
    return name[:NAME_MAX]


def _context(db: Database, keyring: Keyring | None, where: str) -> ServiceContext:
    return ServiceContext(db, keyring or Keyring(None, None), Actor(f"sign-in:{where or 'unknown'}"[:64], Role.GUEST))


def locked_until(db: Database, name: str, now: datetime | None = None) -> datetime | None:
    """The end of the lock on this name, or None when it may sign in."""
    now = now or utcnow()
    with db.reader() as session:
        row = session.get(SignInLock, _key(name))
    if row is None or row.locked_until is None or row.locked_until <= now:
        return None
    return row.locked_until


def refuse_if_locked(db: Database, keyring: Keyring | None, name: str, where: str) -> None:
    until = locked_until(db, name)
    if until is not None:
        ctx = _context(db, keyring, where)
        with ctx.write() as session:
            audit.append(session, ctx, audit.AuditEntry("user.sign_in.refused_locked", "user", "",
                                                        details={"name": _key(name), "where": where,
                                                                 "until": until.isoformat()}))
        raise AccountLockedError(name, until)


def record_failure(db: Database, keyring: Keyring | None, name: str, where: str) -> datetime | None:
    """Count one failed sign-in (audited); returns the end of the lock it caused, if it caused one."""
    ctx = _context(db, keyring, where)
    now = utcnow()
    with ctx.write() as session:
        row = session.get(SignInLock, _key(name))
        if row is None:
            row = SignInLock(name=_key(name), failures=0, locks=0)
            session.add(row)
        row.failures += 1
        row.last_failure_at = now
        entries = [audit.AuditEntry("user.sign_in.failed", "user", "",
                                    details={"name": _key(name), "where": where, "failures": row.failures})]
        until: datetime | None = None
        if row.failures >= FREE_FAILURES:
            until = now + lock_duration(row.locks)
            row.locks += 1
            row.failures = 0
            row.locked_until = until
            entries.append(audit.AuditEntry("user.sign_in.locked", "user", "",
                                            details={"name": _key(name), "until": until.isoformat(),
                                                     "lock": row.locks}))
        audit.append(session, ctx, *entries)
    return until


def record_success(db: Database, name: str) -> None:
    """A right password: the count starts again (and the lock grows from the first step again). Only a name with
    failures is written: signing in for a reading command never waits for another program's long write."""
    with db.reader() as session:
        if session.get(SignInLock, _key(name)) is None:
            return
    with db.writer.begin() as session:
        row = session.get(SignInLock, _key(name))
        if row is not None:
            session.delete(row)


def unlock(ctx: ServiceContext, name: str) -> bool:
    """A supervisor lifts the lock on a user's name and clears its failures (audited); False when it was not
    locked (nothing changes then)."""
    ctx.require(Permission.MANAGE_USERS)
    with ctx.write() as session:
        if not _user_exists(session, name):
            raise NotFoundError(message(NO_USER, name=name))
        row = session.get(SignInLock, _key(name))
        if row is None:
            return False
        was_locked = row.locked_until is not None and row.locked_until > utcnow()
        session.delete(row)
        if was_locked:
            audit.append(session, ctx, audit.AuditEntry("user.unlock", "user", "", details={"name": _key(name)}))
        return was_locked


def current_locks(session: Session, now: datetime | None = None) -> dict[str, datetime]:
    """Every name locked now, with the end of its lock (the Users page shows them)."""
    now = now or utcnow()
    rows = session.scalars(select(SignInLock).where(SignInLock.locked_until.is_not(None))).all()
    return {row.name: row.locked_until for row in rows if row.locked_until is not None and row.locked_until > now}


def _user_exists(session: Session, name: str) -> bool:
    from app.db.models import User

    return session.scalar(select(User.id).where(User.name == name, User.deleted.is_(False))) is not None
