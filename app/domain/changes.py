"""What a use case (or a sync) changed, as one typed notice: the window's views reload from it.

A notice names the kinds of data that changed (`Topic`) and, when known, the registration group and
batch. The window publishes notices in one place (the task runner, app/ui/tasks.py, after a task
succeeded; the sync controller after a sync pulled rows or found conflicts); a view asks
`notice.touches(...)` for the topics it shows. No Qt here, so services and the sync engine may build them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Topic(StrEnum):
    DEVICES = "devices"  # device identities, assets, allocations, their states
    BATCHES = "batches"
    GROUPS = "groups"  # registration groups
    MASTERDATA = "masterdata"  # master data groups and attribute definitions
    REPROVISIONS = "reprovisions"  # reprovision requests
    REGISTRATIONS = "registrations"  # devices that registered themselves (the provisioning service)
    CONFLICTS = "conflicts"  # sync conflicts found or resolved
    USERS = "users"
    AUDIT = "audit"  # audit events (nearly every change writes one)


# The synced tables (app/sync/tables.py) and what they hold, for the notice of a pull.
TABLE_TOPICS: dict[str, tuple[Topic, ...]] = {
    "device_identities": (Topic.DEVICES,),
    "assets": (Topic.DEVICES, Topic.BATCHES),  # a device's batch is on its asset
    "allocations": (Topic.DEVICES,),
    "batches": (Topic.BATCHES,),
    "registration_groups": (Topic.GROUPS,),
    "masterdata_groups": (Topic.MASTERDATA, Topic.GROUPS),
    "attribute_definitions": (Topic.MASTERDATA,),
    "reprovision_requests": (Topic.REPROVISIONS, Topic.DEVICES),
    "registrations": (Topic.REGISTRATIONS, Topic.DEVICES),
    "third_party_codes": (Topic.DEVICES,),  # the code kept with a third-party device
    "users": (Topic.USERS,),
    "audit_events": (Topic.AUDIT,),
}


@dataclass(frozen=True)
class ChangeNotice:
    """Kinds of data that changed, and the group (and batch) they belong to when one is known.

    An empty `group` means "any group, or not known": a view of one group reloads then too."""

    topics: frozenset[Topic]
    group: str = ""
    batch: str = ""

    @classmethod
    def of(cls, *topics: Topic, group: str | None = None, batch: str | None = None) -> ChangeNotice:
        return cls(frozenset(topics), group or "", batch or "")

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> ChangeNotice:
        """The notice of rows written to these synced tables (by a pull or a conflict resolution)."""
        topics: set[Topic] = set()
        for name in tables:
            topics.update(TABLE_TOPICS.get(name, ()))
        return cls(frozenset(topics))

    @property
    def empty(self) -> bool:
        return not self.topics

    def touches(self, *topics: Topic | str, group: str | None = None) -> bool:
        """Whether this notice names any of `topics` (and, when `group` is given, may concern that group)."""
        if not self.topics.intersection(Topic(topic) for topic in topics):
            return False
        return not group or not self.group or self.group == group

    def __or__(self, other: ChangeNotice) -> ChangeNotice:
        same_group = self.group == other.group
        return ChangeNotice(self.topics | other.topics, self.group if same_group else "",
                            self.batch if same_group and self.batch == other.batch else "")


ALL_DATA = ChangeNotice(frozenset(Topic))
"""Everything may have changed (a restore was repaired, a sync pulled everything again)."""
