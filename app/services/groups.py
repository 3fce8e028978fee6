"""Registration groups: the onboarding templates devices are registered in."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import DeviceIdentity, MasterDataGroup, RegistrationGroup
from app.domain.enums import AllocationPolicy, ReprovisionPolicy
from app.domain.errors import AlreadyExistsError, InputError, NotFoundError
from app.domain.messages import NO_GROUP, message
from app.domain.messages_devices import (
    GROUP_EXISTS,
    HASHED_NEEDS_TARGET,
    MORE_SDK_WARNINGS,
    NO_LABEL_TEMPLATE,
    NOT_A_REPROVISION_POLICY,
    NOT_AN_ALLOCATION_POLICY,
    WEBHOOK_NEEDS_URL,
)
from app.domain.permissions import Permission
from app.domain.records import RegistrationGroupRecord
from app.domain.serials import sdk_sn_problem, sn_problem
from app.labels.templates import template_files
from app.security.derivation import new_group_secret
from app.services import audit
from app.services.allocation import Target, check_gateway, check_targets
from app.services.context import ServiceContext
from app.services.masterdata import _group_row as masterdata_group_row
from app.services.masterdata import check_name
from app.services.webhook import check_ca_pem, check_webhook_url

GROUP_ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUP_ID_LENGTH = 12
DEFAULT_TEMPLATE = "avery-l7160"


def new_group_id() -> str:
    return "G" + "".join(secrets.choice(GROUP_ID_ALPHABET) for _ in range(GROUP_ID_LENGTH - 1))


def secret_purpose(group_row_id: object) -> str:
    return f"group-secret:{group_row_id}"


@dataclass(frozen=True)
class GroupChanges:
    new_name: str | None = None
    ou: str | None = None
    environment: str | None = None
    product_key: str | None = None
    gateway: str | None = None
    reprovision_policy: str | None = None
    label_template: str | None = None
    description: str | None = None
    allocation_policy: str | None = None
    targets: Sequence[Target | dict[str, Any]] | None = None
    webhook_url: str | None = None
    webhook_ca_pem: str | None = None
    device_provisioning: bool | None = None
    allow_unregistered: bool | None = None


@dataclass(frozen=True)
class ProvisioningOptions:
    """How devices provision from a group themselves (docs/allocation.md)."""

    allocation_policy: str = AllocationPolicy.STATIC.value
    targets: Sequence[Target | dict[str, Any]] = ()
    webhook_url: str = ""
    webhook_ca_pem: str = ""
    device_provisioning: bool = True
    allow_unregistered: bool = False


def _allocation_policy(value: str) -> str:
    try:
        return AllocationPolicy(value).value
    except ValueError:
        valid = ", ".join(p.value for p in AllocationPolicy)
        raise InputError(message(NOT_AN_ALLOCATION_POLICY, value=value, valid=valid), field="allocation") from None


def _check_policy_complete(policy: str, targets: list[dict[str, Any]], webhook_url: str) -> None:
    """A policy needs what it allocates with: `hashed` its targets, `webhook` its URL."""
    if policy == AllocationPolicy.HASHED.value and not targets:
        raise InputError(message(HASHED_NEEDS_TARGET), field="targets")
    if policy == AllocationPolicy.WEBHOOK.value and not webhook_url:
        raise InputError(message(WEBHOOK_NEEDS_URL), field="webhook url")


def _targets_json(items: Sequence[Target | dict[str, Any]]) -> list[dict[str, Any]]:
    return [target.as_json() for target in check_targets(items)]


def _policy(value: str) -> str:
    try:
        return ReprovisionPolicy(value).value
    except ValueError:
        valid = ", ".join(p.value for p in ReprovisionPolicy)
        raise InputError(message(NOT_A_REPROVISION_POLICY, value=value, valid=valid), field="reprovision") from None


def _gateway(value: str) -> str:
    return check_gateway(value)


def _record(session: Session, row: RegistrationGroup, with_count: bool = False) -> RegistrationGroupRecord:
    masterdata_group = session.get(MasterDataGroup, row.masterdata_group_id)
    count = 0
    if with_count:
        count = session.scalar(select(func.count()).select_from(DeviceIdentity).where(
            DeviceIdentity.registration_group_id == row.id, DeviceIdentity.deleted.is_(False))) or 0
    return RegistrationGroupRecord(
        row.id, row.name, row.group_id, masterdata_group.name if masterdata_group else "?", row.ou, row.environment,
        row.product_key, row.gateway, row.reprovision_policy, row.label_template, row.description, count,
        row.allocation_policy, tuple(dict(target) for target in row.allocation_targets or ()), row.webhook_url,
        bool(row.webhook_ca_pem), row.device_provisioning, row.allow_unregistered,
    )


def _template(ctx: ServiceContext, name: str) -> str:
    """A label template this station has (shipped, or in the home's templates folder)."""
    available = template_files(ctx.home.templates_dir if ctx.home else None)
    if name not in available:
        raise InputError(message(NO_LABEL_TEMPLATE, name=name, valid=", ".join(sorted(available))),
                         field="template")
    return name


def create_group(ctx: ServiceContext, name: str, *, masterdata_group: str, ou: str, environment: str,
                 product_key: str = "", gateway: str = "", reprovision_policy: str = "migrate",
                 label_template: str = DEFAULT_TEMPLATE, description: str = "",
                 provisioning: ProvisioningOptions | None = None) -> RegistrationGroupRecord:
    ctx.require(Permission.MANAGE_GROUPS)
    data_key = ctx.keyring.require_data_key()
    name = check_name(name, "name")
    ou = check_name(ou, "ou")
    environment = check_name(environment, "environment")
    policy = _policy(reprovision_policy)
    gateway = _gateway(gateway)
    label_template = _template(ctx, label_template)
    options = provisioning or ProvisioningOptions()
    allocation_policy = _allocation_policy(options.allocation_policy)
    targets = _targets_json(options.targets)
    webhook_url = check_webhook_url(options.webhook_url)
    webhook_ca_pem = check_ca_pem(options.webhook_ca_pem)
    _check_policy_complete(allocation_policy, targets, webhook_url)
    with ctx.write() as session:
        md_group = masterdata_group_row(session, masterdata_group)
        if session.scalar(select(RegistrationGroup.id).where(RegistrationGroup.name == name)):
            raise AlreadyExistsError(message(GROUP_EXISTS, name=name))
        row = RegistrationGroup(name=name, group_id=new_group_id(), group_secret_enc=b"",
                                masterdata_group_id=md_group.id, ou=ou, environment=environment,
                                product_key=product_key.strip(), gateway=gateway, reprovision_policy=policy,
                                label_template=label_template, description=description,
                                allocation_policy=allocation_policy, allocation_targets=targets,
                                webhook_url=webhook_url, webhook_ca_pem=webhook_ca_pem,
                                device_provisioning=options.device_provisioning,
                                allow_unregistered=options.allow_unregistered)
        session.add(row)
        session.flush()
        row.group_secret_enc = data_key.encrypt(new_group_secret().encode("ascii"), secret_purpose(row.id))
        audit.append(session, ctx, audit.AuditEntry("group.create", "registration_group", str(row.id), group_name=name,
                                                    details={"group_id": row.group_id, "ou": ou, "environment": environment,
                                                             "allocation_policy": allocation_policy,
                                                             "allow_unregistered": options.allow_unregistered}))
        return _record(session, row)


def update_group(ctx: ServiceContext, name: str, changes: GroupChanges) -> RegistrationGroupRecord:
    ctx.require(Permission.MANAGE_GROUPS)
    allocation_policy = _allocation_policy(changes.allocation_policy) if changes.allocation_policy is not None else None
    targets = _targets_json(changes.targets) if changes.targets is not None else None
    webhook_url = check_webhook_url(changes.webhook_url) if changes.webhook_url is not None else None
    webhook_ca_pem = check_ca_pem(changes.webhook_ca_pem) if changes.webhook_ca_pem is not None else None
    with ctx.write() as session:
        row = group_row(session, name)
        changed: dict[str, Any] = {}
        if changes.new_name is not None and changes.new_name != row.name:
            new_name = check_name(changes.new_name, "name")
            if session.scalar(select(RegistrationGroup.id).where(RegistrationGroup.name == new_name)):
                raise AlreadyExistsError(message(GROUP_EXISTS, name=new_name))
            row.name = changed["name"] = new_name
        if changes.ou is not None:
            row.ou = changed["ou"] = check_name(changes.ou, "ou")
        if changes.environment is not None:
            row.environment = changed["environment"] = check_name(changes.environment, "environment")
        if changes.product_key is not None:
            row.product_key = changed["product_key"] = changes.product_key.strip()
        if changes.gateway is not None:
            row.gateway = changed["gateway"] = _gateway(changes.gateway)
        if changes.reprovision_policy is not None:
            row.reprovision_policy = changed["reprovision_policy"] = _policy(changes.reprovision_policy)
        if changes.label_template is not None:
            row.label_template = changed["label_template"] = _template(ctx, changes.label_template)
        if changes.description is not None:
            row.description = changes.description
        if allocation_policy is not None:
            row.allocation_policy = changed["allocation_policy"] = allocation_policy
        if targets is not None:
            row.allocation_targets = changed["targets"] = targets
        if webhook_url is not None:
            row.webhook_url = changed["webhook_url"] = webhook_url
        if webhook_ca_pem is not None:
            row.webhook_ca_pem = webhook_ca_pem
            changed["webhook_ca"] = "set" if webhook_ca_pem else "system CAs"
        if changes.device_provisioning is not None:
            row.device_provisioning = changed["device_provisioning"] = changes.device_provisioning
        if changes.allow_unregistered is not None:
            row.allow_unregistered = changed["allow_unregistered"] = changes.allow_unregistered
        _check_policy_complete(row.allocation_policy, list(row.allocation_targets or []), row.webhook_url)
        audit.append(session, ctx, audit.AuditEntry("group.update", "registration_group", str(row.id),
                                                    group_name=row.name, details=changed))
        return _record(session, row)


def group_row(session: Session, name: str) -> RegistrationGroup:
    row = session.scalars(select(RegistrationGroup).where(RegistrationGroup.name == name,
                                                          RegistrationGroup.deleted.is_(False))).first()
    if row is None:
        raise NotFoundError(message(NO_GROUP, name=name))
    return row


def get_group(ctx: ServiceContext, name: str, *, with_count: bool = True) -> RegistrationGroupRecord:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        return _record(session, group_row(session, name), with_count)


def list_groups(ctx: ServiceContext, *, with_counts: bool = True) -> list[RegistrationGroupRecord]:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        counts: dict[object, int] = {}
        if with_counts:
            counts = dict(session.execute(
                select(DeviceIdentity.registration_group_id, func.count())
                .where(DeviceIdentity.deleted.is_(False)).group_by(DeviceIdentity.registration_group_id)).all())
        rows = session.scalars(select(RegistrationGroup).where(RegistrationGroup.deleted.is_(False))
                               .order_by(RegistrationGroup.name)).all()
        return [_with_count(_record(session, row), counts.get(row.id, 0)) for row in rows]


def _with_count(record: RegistrationGroupRecord, count: int) -> RegistrationGroupRecord:
    from dataclasses import replace
    return replace(record, device_count=count)


def sdk_sn_warnings(ctx: ServiceContext, group: str, sns: Sequence[str], *, limit: int = 20) -> list[str]:
    """Warnings for SNs the device SDKs cannot carry, when devices provision from this group themselves.

    Not errors: such a device can still be registered, labelled and activated by an installer."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        if not group_row(session, group).device_provisioning:
            return []
    # An SN that is no valid SN at all is an error elsewhere, not also a warning here.
    problems = [problem for problem in (sdk_sn_problem(sn) for sn in sns if not sn_problem(sn)) if problem]
    if len(problems) > limit:
        return [*problems[:limit], message(MORE_SDK_WARNINGS, count=len(problems) - limit)]
    return problems


def group_secret_of(ctx: ServiceContext, session: Session, row: RegistrationGroup) -> str:
    """Decrypt a group secret for internal use (key derivation). Not audited: never shown."""
    return ctx.keyring.require_data_key().decrypt(row.group_secret_enc, secret_purpose(row.id)).decode("ascii")


def reveal_group_secret(ctx: ServiceContext, name: str) -> str:
    """The Group Secret, for a user who asked to see it. Audited."""
    ctx.require(Permission.REVEAL_SECRETS)
    with ctx.write() as session:
        row = group_row(session, name)
        secret = group_secret_of(ctx, session, row)
        audit.append(session, ctx, audit.AuditEntry("group.secret.reveal", "registration_group", str(row.id),
                                                    group_name=row.name))
        return secret
