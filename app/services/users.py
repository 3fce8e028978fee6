"""Users, roles and sign-in.

Supervisors add users, deactivate and reactivate them, reset their passwords and change their roles (the
Office's Users page and `dps-station user ...`). No change may leave the station without an active supervisor:
the last one can neither be deactivated nor given another role, also not by themself. Every change is audited;
a password never is, not even hashed.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import User
from app.domain.enums import PERSON_ROLES, Role
from app.domain.errors import (
    AccountLockedError,
    AlreadyExistsError,
    AuthenticationError,
    InputError,
    NotFoundError,
)
from app.domain.messages import WRONG_PASSWORD, message, Message, term
from app.domain.messages_station import (
    FIRST_USER_SUPERVISOR,
    HAS_USERS,
    LAST_SUPERVISOR_DEACTIVATE,
    LAST_SUPERVISOR_DEACTIVATE_SELF,
    LAST_SUPERVISOR_ROLE,
    LAST_SUPERVISOR_ROLE_SELF,
    NO_USER,
    NOT_A_ROLE,
    PASSWORD_TOO_SHORT,
    USER_EXISTS,
    USER_NAME_INVALID,
)
from app.domain.permissions import Permission
from app.domain.records import UserRecord
from app.security.keyring import Keyring
from app.security.passwords import MIN_PASSWORD_LENGTH, hash_password, verify_password
from app.services import audit, sign_in_guard
from app.services.context import Actor, ServiceContext

USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")


def _check_new_user(name: str, password: str, role: str) -> Role:
    if not USER_NAME.match(name):
        raise InputError(message(USER_NAME_INVALID), field="name")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(message(PASSWORD_TOO_SHORT, count=MIN_PASSWORD_LENGTH), field="password")
    if role not in {r.value for r in PERSON_ROLES}:
        raise InputError(_not_a_role(role), field="role")
    return Role(role)


def has_users(db: Database) -> bool:
    with db.reader() as session:
        return bool(session.scalar(select(func.count()).select_from(User).where(User.deleted.is_(False))))


def create_first_supervisor(ctx: ServiceContext, name: str, password: str, full_name: str = "") -> UserRecord:
    """The first-run account. Refused once any user exists."""
    if has_users(ctx.db):
        raise AlreadyExistsError(message(HAS_USERS))
    first = ctx.acting_as(Actor(name, Role.SUPERVISOR))
    return _insert_user(first, name, password, Role.SUPERVISOR.value, full_name)


def add_user(ctx: ServiceContext, name: str, password: str, role: str, full_name: str = "") -> UserRecord:
    """A supervisor adds a user. On a station without users, nobody is signed in yet: the first user may be
    added then, and it must be a supervisor."""
    if check_may_add(ctx, role):
        return create_first_supervisor(ctx, name, password, full_name)
    return _insert_user(ctx, name, password, role, full_name)


def check_may_add(ctx: ServiceContext, role: str) -> bool:
    """Refuse (before a password is asked) unless the caller may add a user with this role; True when it is the
    first supervisor of a station without users, which nobody signed in may add."""
    if ctx.actor.role is Role.GUEST and not has_users(ctx.db):
        if role != Role.SUPERVISOR.value:
            raise InputError(message(FIRST_USER_SUPERVISOR), field="role")
        return True
    ctx.require(Permission.MANAGE_USERS)
    return False


def _insert_user(ctx: ServiceContext, name: str, password: str, role: str, full_name: str) -> UserRecord:
    role_value = _check_new_user(name, password, role)
    with ctx.write() as session:
        if session.scalar(select(User.id).where(User.name == name)):
            raise AlreadyExistsError(message(USER_EXISTS, name=name))
        user = User(name=name, full_name=full_name, role=role_value.value, password_hash=hash_password(password))
        session.add(user)
        session.flush()
        audit.append(session, ctx, audit.AuditEntry("user.add", "user", str(user.id), details={"name": name, "role": role_value.value}))
        return _record(user)


def authenticate(db: Database, name: str, password: str, *, where: str = "", keyring: Keyring | None = None) -> Actor:
    """Sign in. A failure is audited (user name and `where`, never the password) and counts towards a lock
    (app/services/sign_in_guard.py); a locked name is refused with the time its lock ends."""
    sign_in_guard.refuse_if_locked(db, keyring, name, where)
    with db.reader() as session:
        user = session.scalars(select(User).where(User.name == name, User.deleted.is_(False))).first()
    if user is None or not user.active or not verify_password(password, user.password_hash):
        until = sign_in_guard.record_failure(db, keyring, name, where)
        if until is not None:
            raise AccountLockedError(name, until)
        raise AuthenticationError(message(WRONG_PASSWORD))
    sign_in_guard.record_success(db, name)
    return Actor(user.name, Role(user.role))


def list_users(ctx: ServiceContext) -> list[UserRecord]:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        locks = sign_in_guard.current_locks(session)
        return [_record(user, locks.get(user.name))
                for user in session.scalars(select(User).where(User.deleted.is_(False)).order_by(User.name))]


def set_active(ctx: ServiceContext, name: str, active: bool) -> UserRecord:
    """Deactivate (the user can no longer sign in) or reactivate a user."""
    ctx.require(Permission.MANAGE_USERS)
    with ctx.write() as session:
        user = _user_row(session, name)
        if not active:
            _keep_a_supervisor(session, ctx, user, None)
        user.active = active
        audit.append(session, ctx, audit.AuditEntry("user.enable" if active else "user.disable", "user", str(user.id), details={"name": name}))
        return _record(user)


def set_role(ctx: ServiceContext, name: str, role: str) -> UserRecord:
    """Give a user another role (it applies from their next sign-in)."""
    ctx.require(Permission.MANAGE_USERS)
    if role not in {r.value for r in PERSON_ROLES}:
        raise InputError(_not_a_role(role), field="role")
    new_role = Role(role)
    with ctx.write() as session:
        user = _user_row(session, name)
        old_role = user.role
        if new_role is not Role.SUPERVISOR:
            _keep_a_supervisor(session, ctx, user, new_role.value)
        user.role = new_role.value
        audit.append(session, ctx, audit.AuditEntry("user.role", "user", str(user.id),
                                                    details={"name": name, "from": old_role, "to": new_role.value}))
        return _record(user)


def reset_password(ctx: ServiceContext, name: str, password: str) -> UserRecord:
    """Set a new password for a user who forgot theirs (tell it to them; they sign in with it)."""
    ctx.require(Permission.MANAGE_USERS)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(message(PASSWORD_TOO_SHORT, count=MIN_PASSWORD_LENGTH), field="password")
    with ctx.write() as session:
        user = _user_row(session, name)
        user.password_hash = hash_password(password)
        audit.append(session, ctx, audit.AuditEntry("user.password.reset", "user", str(user.id), details={"name": name}))
        return _record(user)


def _user_row(session: Session, name: str) -> User:
    user = session.scalars(select(User).where(User.name == name, User.deleted.is_(False))).first()
    if user is None:
        raise NotFoundError(message(NO_USER, name=name))
    return user


def _keep_a_supervisor(session: Session, ctx: ServiceContext, user: User, new_role: str | None) -> None:
    """Refuse a change that would leave no active supervisor: deactivating (`new_role` None) or another role
    (the rows are locked on PostgreSQL, so two supervisors demoting each other at once cannot both succeed)."""
    if user.role != Role.SUPERVISOR.value or not user.active:
        return
    supervisors = session.scalars(select(User.id).where(User.role == Role.SUPERVISOR.value, User.active.is_(True),
                                                        User.deleted.is_(False)).with_for_update()).all()
    if len(supervisors) <= 1:
        yourself = user.name == ctx.actor.name
        if new_role is None:
            template = LAST_SUPERVISOR_DEACTIVATE_SELF if yourself else LAST_SUPERVISOR_DEACTIVATE
        else:
            template = LAST_SUPERVISOR_ROLE_SELF if yourself else LAST_SUPERVISOR_ROLE
        params = {"role": term(new_role)} if new_role is not None else {}
        raise InputError(message(template, name=user.name, **params))


def _not_a_role(role: str) -> Message:
    return message(NOT_A_ROLE, role=role, roles=", ".join(r.value for r in PERSON_ROLES))


def _record(user: User, locked_until: datetime | None = None) -> UserRecord:
    return UserRecord(user.id, user.name, user.full_name, user.role, user.active, locked_until)
