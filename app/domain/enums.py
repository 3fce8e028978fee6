"""Enumerations shared by every layer. Values are stored in the database."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    TECHNICIAN = "technician"
    INSTALLER = "installer"
    SUPERVISOR = "supervisor"


class DeviceStatus(StrEnum):
    REGISTERED = "registered"
    LABELLED = "labelled"
    INSTALLED = "installed"
    ALLOCATED = "allocated"
    CONNECTED = "connected"
    DISABLED = "disabled"
    REPLACED = "replaced"
    DISCARDED = "discarded"


ACTIVE_STATUSES = (DeviceStatus.ALLOCATED, DeviceStatus.CONNECTED)
"""States in which the device holds a live allocation ("activated")."""


class AttributeType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    BOOL = "bool"
    ENUM = "enum"
    DATE = "date"
    LOCATION = "location"


class ReprovisionPolicy(StrEnum):
    MIGRATE = "migrate"
    INITIALIZE = "initialize"
    NEVER = "never"
    APPROVAL = "approval"


class ReprovisionState(StrEnum):
    AWAITING_APPROVAL = "awaiting_approval"
    PENDING = "pending"
    DONE = "done"
    REJECTED = "rejected"
    FAILED = "failed"


class AllocationState(StrEnum):
    ACTIVE = "active"
    SUPERSEDED = "superseded"
    REVOKED = "revoked"
    FAILED = "failed"


class BatchReview(StrEnum):
    OPEN = "open"
    APPROVED = "approved"
    REJECTED = "rejected"
