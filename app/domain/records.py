"""Plain data objects that services return. No ORM rows leave the service layer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.domain.lifecycle import Phase, phase_of

REPLACED_BY = "replaced by "  # a replaced device's note: "replaced by " and the SN of its replacement


@dataclass(frozen=True)
class AttributeRecord:
    key: str
    label: str
    type: str
    required: bool
    default: str | None
    choices: tuple[str, ...]
    rules: dict[str, Any]
    builtin: bool


@dataclass(frozen=True)
class MasterDataGroupRecord:
    id: uuid.UUID
    name: str
    asset_type: str
    description: str
    attribute_keys: tuple[str, ...]


@dataclass(frozen=True)
class RegistrationGroupRecord:
    id: uuid.UUID
    name: str
    group_id: str
    masterdata_group: str
    ou: str
    environment: str
    product_key: str
    gateway: str
    reprovision_policy: str
    label_template: str
    description: str
    device_count: int = 0
    allocation_policy: str = "static"
    targets: tuple[dict[str, Any], ...] = ()
    webhook_url: str = ""
    webhook_ca: bool = False
    device_provisioning: bool = True
    allow_unregistered: bool = False


@dataclass(frozen=True)
class BatchRecord:
    id: uuid.UUID
    group: str
    number: str
    description: str
    review: str
    review_comment: str
    reviewed_by: str
    reviewed_at: datetime | None
    counts: dict[str, int] = field(default_factory=dict)  # devices per batch state (app/domain/batch_states.py)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class DeviceRecord:
    id: uuid.UUID
    asset_uuid: uuid.UUID
    group: str
    group_id: str
    sn: str
    name: str
    batch: str | None
    status: str
    asset_id: str
    manual_code: str
    description: str
    master_data: dict[str, Any]
    status_error: str
    updated_at: datetime
    labels_printed: int = 0
    registration: int = 1  # 1, and one more each time a deleted SN is registered again

    @property
    def retired(self) -> bool:
        return phase_of(self.status) is Phase.RETIRED

    @property
    def last_error(self) -> str:
        """The last allocation or reprovision error; a retired device has none (see note)."""
        return "" if self.retired else self.status_error

    @property
    def note(self) -> str:
        """What happened to a retired device ("replaced by SN"), kept where a live device keeps its last error."""
        return self.status_error if self.retired else ""

    @property
    def replaced_by(self) -> str:
        """The SN of the device that replaced this one ("" unless it was replaced)."""
        note = self.note
        return note.removeprefix(REPLACED_BY) if note.startswith(REPLACED_BY) else ""

    def as_json(self) -> dict[str, Any]:
        return {
            "sn": self.sn,
            "name": self.name,
            "batch": self.batch,
            "status": self.status,
            "asset_id": self.asset_id,
            "master_data": dict(self.master_data),
            "group": self.group,
            "description": self.description,
            "manual_code": self.manual_code,
            "error": self.status_error or None,
        }


@dataclass(frozen=True)
class AllocationRecord:
    asset_id: str
    ou: str
    environment: str
    product_key: str
    gateway: str
    state: str
    created_at: datetime


@dataclass(frozen=True)
class ReprovisionRecord:
    id: uuid.UUID
    sn: str
    group: str
    from_ou: str
    from_environment: str
    target_ou: str
    target_environment: str
    policy: str
    state: str
    requested_by: str
    decided_by: str
    comment: str
    error: str
    updated_at: datetime


@dataclass(frozen=True)
class UserRecord:
    id: uuid.UUID
    name: str
    full_name: str
    role: str
    active: bool
    locked_until: datetime | None = None
    """Set while too many wrong passwords lock the account (a supervisor can unlock it)."""


@dataclass(frozen=True)
class AuditRecord:
    id: uuid.UUID
    station: str
    seq: int
    at: datetime
    actor: str
    action: str
    entity_type: str
    entity_id: str
    group: str
    sn: str
    details: dict[str, Any]
    hash: str

    def as_json(self) -> dict[str, Any]:
        return {
            "station": self.station,
            "seq": self.seq,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "entity_type": self.entity_type,
            "entity_id": self.entity_id,
            "group": self.group,
            "sn": self.sn,
            "details": self.details,
            "hash": self.hash,
        }


@dataclass(frozen=True)
class RegistrationRecord:
    """One registration of a device with the provisioning service, as the device details list it."""

    operation_id: str
    group: str
    sn: str
    at: datetime
    status: str
    substatus: str
    hub: str
    device_id: str
    error: str
    transport: str
    instance: str


@dataclass(frozen=True)
class ServiceInstanceRecord:
    instance: str
    endpoints: dict[str, str]
    started_at: datetime
    last_seen: datetime
    running: bool
    on_this_machine: bool


@dataclass(frozen=True)
class ServiceErrorRecord:
    at: datetime
    instance: str
    peer: str
    transport: str
    message: str


@dataclass(frozen=True)
class ProvisioningOverview:
    """The Office's provisioning panel: which service instances run against this database, and how it goes."""

    instances: list[ServiceInstanceRecord]
    registrations_last_hour: int
    failed_last_hour: int
    errors: list[ServiceErrorRecord]
    recent: list[RegistrationRecord]

    @property
    def running(self) -> list[ServiceInstanceRecord]:
        return [instance for instance in self.instances if instance.running]
