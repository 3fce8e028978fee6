"""Master data definitions (attributes) and master data groups."""

from __future__ import annotations

import unicodedata
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AttributeDefinition, MasterDataGroup
from app.domain.enums import AttributeType
from app.domain.errors import (
    AlreadyExistsError,
    InputError,
    LifecycleError,
    NotFoundError,
)
from app.domain.masterdata import KEY_PATTERN, InvalidValue, parse_value
from app.domain.messages import message
from app.domain.messages_import import (
    ATTRIBUTE_BUILTIN,
    ATTRIBUTE_EXISTS,
    CHOICES_NEEDED,
    CHOICES_ONLY_ENUM,
    KEY_INVALID,
    MASTERDATA_GROUP_EXISTS,
    MAX_BELOW_MIN,
    NAME_HIDDEN_CHARACTER,
    NAME_PRINTABLE,
    NO_ATTRIBUTE,
    NO_MASTERDATA_GROUP,
    NOT_A_TYPE,
    NOT_DEFINED,
    PATTERN_REFUSED,
)
from app.domain.patterns import PatternError, compile_pattern
from app.domain.permissions import Permission
from app.domain.records import AttributeRecord, MasterDataGroupRecord
from app.services import audit
from app.services.context import ServiceContext

NAME_MAX = 128


def _attribute_record(row: AttributeDefinition) -> AttributeRecord:
    return AttributeRecord(row.key, row.label, row.type, row.required, row.default_value,
                           tuple(row.choices or ()), dict(row.rules or {}), row.builtin)


def check_name(value: str, field: str) -> str:
    value = value.strip()
    if not value or len(value) > NAME_MAX or any(ord(ch) < 32 for ch in value):
        raise InputError(message(NAME_PRINTABLE, limit=NAME_MAX), field=field)
    hidden = next((ch for ch in value if unicodedata.category(ch) in ("Cf", "Cc", "Co", "Cs")), None)
    if hidden is not None:
        # U+202E and its kin make a list show another name than the one stored.
        raise InputError(message(NAME_HIDDEN_CHARACTER, code=f"{ord(hidden):04X}"), field=field)
    return value


def check_attribute(key: str, type_: str, *, label: str | None = None, required: bool = False,
                    choices: list[str] | None = None, default: str | None = None,
                    rules: dict[str, Any] | None = None) -> AttributeRecord:
    """The definition these inputs describe, or the InputError naming the first bad field.

    Reads and writes nothing, so a form can call it on every keystroke; add_attribute calls it too."""
    if not KEY_PATTERN.match(key):
        raise InputError(message(KEY_INVALID), field="key")
    try:
        kind = AttributeType(type_)
    except ValueError:
        raise InputError(message(NOT_A_TYPE, kind=type_, kinds=", ".join(t.value for t in AttributeType)),
                         field="type") from None
    choices = [choice.strip() for choice in (choices or []) if choice.strip()]
    if kind is AttributeType.ENUM and not choices:
        raise InputError(message(CHOICES_NEEDED), field="choices")
    if kind is not AttributeType.ENUM and choices:
        raise InputError(message(CHOICES_ONLY_ENUM), field="choices")
    rules = dict(rules or {})
    if rules.get("min") is not None and rules.get("max") is not None and rules["min"] > rules["max"]:
        raise InputError(message(MAX_BELOW_MIN, maximum=rules["max"], minimum=rules["min"]), field="max")
    if "pattern" in rules:
        try:
            compile_pattern(str(rules["pattern"]))
        except PatternError as exc:
            raise InputError(message(PATTERN_REFUSED, reason=exc.message), field="pattern") from None
    record = AttributeRecord(key, label or key.replace("_", " ").capitalize(), kind.value, required, default,
                             tuple(choices), rules, False)
    if default is not None:
        try:
            parse_value(record, default)
        except InvalidValue as exc:
            raise InputError(exc.message, field="default") from None
    check_name(record.label, "label")
    return record


def add_attribute(ctx: ServiceContext, key: str, type_: str, *, label: str | None = None, required: bool = False,
                  choices: list[str] | None = None, default: str | None = None,
                  rules: dict[str, Any] | None = None) -> AttributeRecord:
    ctx.require(Permission.MANAGE_MASTERDATA)
    record = check_attribute(key, type_, label=label, required=required, choices=choices, default=default, rules=rules)
    with ctx.write() as session:
        if session.scalar(select(AttributeDefinition.id).where(AttributeDefinition.key == key)):
            raise AlreadyExistsError(message(ATTRIBUTE_EXISTS, key=key))
        row = AttributeDefinition(key=key, label=record.label, type=record.type, required=required,
                                  default_value=default, choices=list(record.choices), rules=record.rules, builtin=False)
        session.add(row)
        session.flush()
        audit.append(session, ctx, audit.AuditEntry("masterdata.attribute.add", "attribute", str(row.id),
                                                    details={"key": key, "type": record.type}))
        return _attribute_record(row)


def update_attribute(ctx: ServiceContext, key: str, *, label: str | None = None, required: bool | None = None,
                     choices: list[str] | None = None, default: str | None = None) -> AttributeRecord:
    ctx.require(Permission.MANAGE_MASTERDATA)
    with ctx.write() as session:
        row = session.scalars(select(AttributeDefinition).where(
            AttributeDefinition.key == key, AttributeDefinition.deleted.is_(False))).first()
        if row is None:
            raise NotFoundError(message(NO_ATTRIBUTE, key=key))
        if row.builtin:
            raise LifecycleError(message(ATTRIBUTE_BUILTIN, key=key))
        if label is not None:
            row.label = check_name(label, "label")
        if required is not None:
            row.required = required
        if choices is not None:
            if row.type != AttributeType.ENUM.value:
                raise InputError(message(CHOICES_ONLY_ENUM), field="choices")
            row.choices = [c.strip() for c in choices if c.strip()]
        if default is not None:
            try:
                parse_value(_attribute_record(row), default)
            except InvalidValue as exc:
                raise InputError(exc.message, field="default") from None
            row.default_value = default or None
        audit.append(session, ctx, audit.AuditEntry("masterdata.attribute.update", "attribute", str(row.id), details={"key": key}))
        return _attribute_record(row)


def list_attributes(ctx: ServiceContext) -> list[AttributeRecord]:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        rows = session.scalars(select(AttributeDefinition).where(AttributeDefinition.deleted.is_(False))
                               .order_by(AttributeDefinition.builtin.desc(), AttributeDefinition.key))
        return [_attribute_record(row) for row in rows]


def _group_record(row: MasterDataGroup) -> MasterDataGroupRecord:
    return MasterDataGroupRecord(row.id, row.name, row.asset_type, row.description, tuple(row.attribute_keys or ()))


def _check_attribute_keys(session: Session, keys: list[str]) -> list[str]:
    known = set(session.scalars(select(AttributeDefinition.key).where(AttributeDefinition.deleted.is_(False))))
    unique: list[str] = []
    for key in keys:
        if key not in known:
            raise InputError(message(NOT_DEFINED, key=key, known=", ".join(sorted(known))), field="attribute")
        if key not in unique:
            unique.append(key)
    return unique


def create_group(ctx: ServiceContext, name: str, asset_type: str, attribute_keys: list[str],
                 description: str = "") -> MasterDataGroupRecord:
    ctx.require(Permission.MANAGE_MASTERDATA)
    name = check_name(name, "name")
    asset_type = check_name(asset_type, "asset type")
    with ctx.write() as session:
        keys = _check_attribute_keys(session, attribute_keys)
        if session.scalar(select(MasterDataGroup.id).where(MasterDataGroup.name == name)):
            raise AlreadyExistsError(message(MASTERDATA_GROUP_EXISTS, name=name))
        row = MasterDataGroup(name=name, asset_type=asset_type, description=description, attribute_keys=keys)
        session.add(row)
        session.flush()
        audit.append(session, ctx, audit.AuditEntry("masterdata.group.create", "masterdata_group", str(row.id),
                                                    details={"name": name, "attributes": keys}))
        return _group_record(row)


def update_group(ctx: ServiceContext, name: str, *, new_name: str | None = None, asset_type: str | None = None,
                 attribute_keys: list[str] | None = None, description: str | None = None) -> MasterDataGroupRecord:
    ctx.require(Permission.MANAGE_MASTERDATA)
    with ctx.write() as session:
        row = _group_row(session, name)
        if new_name is not None and new_name != row.name:
            new_name = check_name(new_name, "name")
            if session.scalar(select(MasterDataGroup.id).where(MasterDataGroup.name == new_name)):
                raise AlreadyExistsError(message(MASTERDATA_GROUP_EXISTS, name=new_name))
            row.name = new_name
        if asset_type is not None:
            row.asset_type = check_name(asset_type, "asset type")
        if attribute_keys is not None:
            row.attribute_keys = _check_attribute_keys(session, attribute_keys)
        if description is not None:
            row.description = description
        audit.append(session, ctx, audit.AuditEntry("masterdata.group.update", "masterdata_group", str(row.id),
                                                    details={"name": row.name}))
        return _group_record(row)


def _group_row(session: Session, name: str) -> MasterDataGroup:
    row = session.scalars(select(MasterDataGroup).where(MasterDataGroup.name == name,
                                                        MasterDataGroup.deleted.is_(False))).first()
    if row is None:
        raise NotFoundError(message(NO_MASTERDATA_GROUP, name=name))
    return row


def list_groups(ctx: ServiceContext) -> list[MasterDataGroupRecord]:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        rows = session.scalars(select(MasterDataGroup).where(MasterDataGroup.deleted.is_(False)).order_by(MasterDataGroup.name))
        return [_group_record(row) for row in rows]


def attributes_of_group(session: Session, masterdata_group_id: uuid.UUID) -> list[AttributeRecord]:
    """The definitions of a master data group's attributes, in the group's order."""
    group = session.get(MasterDataGroup, masterdata_group_id)
    if group is None:
        return []
    keys = list(group.attribute_keys or [])
    rows = {row.key: row for row in session.scalars(select(AttributeDefinition).where(AttributeDefinition.key.in_(keys)))}
    return [_attribute_record(rows[key]) for key in keys if key in rows]


def group_attributes(ctx: ServiceContext, masterdata_group_name: str) -> list[AttributeRecord]:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        return attributes_of_group(session, _group_row(session, masterdata_group_name).id)
