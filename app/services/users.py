"""Users, roles and sign-in."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import User
from app.domain.enums import PERSON_ROLES, Role
from app.domain.errors import AlreadyExistsError, AuthenticationError, InputError, NotFoundError
from app.domain.permissions import Permission
from app.domain.records import UserRecord
from app.security.passwords import MIN_PASSWORD_LENGTH, hash_password, verify_password
from app.services import audit
from app.services.context import Actor, ServiceContext

USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")


def _check_new_user(name: str, password: str, role: str) -> Role:
    if not USER_NAME.match(name):
        raise InputError("use 1-64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit", field="name")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"must be at least {MIN_PASSWORD_LENGTH} characters long", field="password")
    if role not in {r.value for r in PERSON_ROLES}:
        raise InputError(f"{role!r} is not a role; use one of: {', '.join(r.value for r in PERSON_ROLES)}",
                         field="role")
    return Role(role)


def has_users(db: Database) -> bool:
    with db.reader() as session:
        return bool(session.scalar(select(func.count()).select_from(User).where(User.deleted.is_(False))))


def create_first_supervisor(ctx: ServiceContext, name: str, password: str, full_name: str = "") -> UserRecord:
    """The first-run account. Refused once any user exists."""
    if has_users(ctx.db):
        raise AlreadyExistsError("this station already has users; sign in as a supervisor to add more")
    first = ctx.acting_as(Actor(name, Role.SUPERVISOR))
    return _insert_user(first, name, password, Role.SUPERVISOR.value, full_name)


def add_user(ctx: ServiceContext, name: str, password: str, role: str, full_name: str = "") -> UserRecord:
    ctx.require(Permission.MANAGE_USERS)
    return _insert_user(ctx, name, password, role, full_name)


def _insert_user(ctx: ServiceContext, name: str, password: str, role: str, full_name: str) -> UserRecord:
    role_value = _check_new_user(name, password, role)
    with ctx.write() as session:
        if session.scalar(select(User.id).where(User.name == name)):
            raise AlreadyExistsError(f"a user named {name!r} already exists")
        user = User(name=name, full_name=full_name, role=role_value.value, password_hash=hash_password(password))
        session.add(user)
        session.flush()
        audit.append(session, ctx, audit.AuditEntry("user.add", "user", str(user.id), details={"name": name, "role": role_value.value}))
        return _record(user)


def authenticate(db: Database, name: str, password: str) -> Actor:
    with db.reader() as session:
        user = session.scalars(select(User).where(User.name == name, User.deleted.is_(False))).first()
    if user is None or not user.active or not verify_password(password, user.password_hash):
        raise AuthenticationError("wrong user name or password")
    return Actor(user.name, Role(user.role))


def list_users(ctx: ServiceContext) -> list[UserRecord]:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        return [_record(user) for user in session.scalars(select(User).where(User.deleted.is_(False)).order_by(User.name))]


def set_active(ctx: ServiceContext, name: str, active: bool) -> UserRecord:
    ctx.require(Permission.MANAGE_USERS)
    with ctx.write() as session:
        user = session.scalars(select(User).where(User.name == name, User.deleted.is_(False))).first()
        if user is None:
            raise NotFoundError(f"no user named {name!r}")
        user.active = active
        audit.append(session, ctx, audit.AuditEntry("user.enable" if active else "user.disable", "user", str(user.id), details={"name": name}))
        return _record(user)


def _record(user: User) -> UserRecord:
    return UserRecord(user.id, user.name, user.full_name, user.role, user.active)
