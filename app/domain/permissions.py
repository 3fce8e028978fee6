"""Who may do what. Services check every action here, whatever the UI shows."""

from __future__ import annotations

from enum import StrEnum

from app.domain.enums import Role


class Permission(StrEnum):
    VIEW = "view"
    MANAGE_MASTERDATA = "manage master data"
    MANAGE_GROUPS = "manage registration groups"
    REVEAL_SECRETS = "reveal secrets"
    REGISTER_DEVICES = "register devices"
    MANAGE_BATCHES = "manage batches"
    PRINT_LABELS = "print labels"
    EXPORT = "export devices"
    EXPORT_SECRETS = "export secrets"
    INSTALL = "install devices"
    ACTIVATE = "activate devices"
    REPLACE = "replace devices"
    REPROVISION = "reprovision devices"
    DISABLE = "disable and enable devices"
    DELETE = "delete devices"
    APPROVE = "approve and reject"
    RESOLVE_CONFLICTS = "resolve sync conflicts"
    MANAGE_USERS = "manage users"
    SYNC = "sync"
    PROVISION = "provision devices that register themselves"


_TECHNICIAN = {
    Permission.VIEW,
    Permission.MANAGE_MASTERDATA,
    Permission.MANAGE_GROUPS,
    Permission.REVEAL_SECRETS,
    Permission.REGISTER_DEVICES,
    Permission.MANAGE_BATCHES,
    Permission.PRINT_LABELS,
    Permission.EXPORT,
    Permission.EXPORT_SECRETS,
    Permission.DISABLE,
    Permission.DELETE,
    Permission.SYNC,
}
_INSTALLER = {
    Permission.VIEW,
    Permission.INSTALL,
    Permission.ACTIVATE,
    Permission.REPLACE,
    Permission.REPROVISION,
    Permission.DISABLE,
    Permission.SYNC,
}

# The provisioning service answers devices (and registers an SN on the spot in a group that allows it);
# nothing else. No person holds PROVISION: it is the device's own registration, not a user's action.
_SERVICE = {
    Permission.PROVISION,
    Permission.REGISTER_DEVICES,
}

# Nobody signed in: read what reveals no secret (lists, details, reports, scans, audit verify); nothing else.
_GUEST = {Permission.VIEW}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.TECHNICIAN: frozenset(_TECHNICIAN),
    Role.INSTALLER: frozenset(_INSTALLER),
    Role.SUPERVISOR: frozenset(Permission) - {Permission.PROVISION},
    Role.SERVICE: frozenset(_SERVICE),
    Role.GUEST: frozenset(_GUEST),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
