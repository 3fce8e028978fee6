"""Enumerations shared by every layer. Values are stored in the database."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    TECHNICIAN = "technician"
    INSTALLER = "installer"
    SUPERVISOR = "supervisor"
    SERVICE = "service"
    """The provisioning service process (`dps-station serve`); no person signs in with it."""
    GUEST = "guest"
    """Nobody signed in (a CLI command without --user): may only read what reveals no secret."""


PERSON_ROLES = (Role.TECHNICIAN, Role.INSTALLER, Role.SUPERVISOR)
"""The roles a user account can have (the service role is not one)."""


class DeviceStatus(StrEnum):
    REGISTERED = "registered"
    LABELLED = "labelled"
    INSTALLED = "installed"
    ALLOCATED = "allocated"
    CONNECTED = "connected"
    DISABLED = "disabled"
    REPLACED = "replaced"
    DISCARDED = "discarded"
    """Which action each state allows, where it leads, and how states group: app/domain/lifecycle.py."""


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


class AllocationPolicy(StrEnum):
    """How the provisioning service picks a device's target on its first registration (docs/allocation.md)."""

    STATIC = "static"
    HASHED = "hashed"
    WEBHOOK = "webhook"


class BatchReview(StrEnum):
    OPEN = "open"
    APPROVED = "approved"
    REJECTED = "rejected"
