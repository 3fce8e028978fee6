"""Allocation policies: where a device lands on its first registration (docs/allocation.md).

`static`: the group's own OU, environment, product key and gateway. `hashed`: one of the group's weighted
targets, chosen by weighted rendezvous hashing of the SN, so a device always lands on the same target and
adding or removing a target moves only the devices of that target's share. `webhook`: an HTTPS service
answers (app/services/webhook.py). No Qt, no database writes here.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from app.db.models import RegistrationGroup
from app.domain.enums import AllocationPolicy
from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_import import (
    GATEWAY_URL,
    NO_GATEWAY_FOR,
    NO_PRODUCT_KEY_FOR,
    TARGET_FORMAT,
    TARGET_NO_GATEWAY,
    TARGET_NO_PRODUCT_KEY,
    TARGET_REPEATS,
    TARGET_WEIGHT,
    TOO_MANY_TARGETS,
)
from app.services.masterdata import check_name

MAX_TARGETS = 64
MAX_WEIGHT = 1000
GATEWAY_SCHEMES = ("https://", "http://", "mqtts://", "mqtt://", "amqps://")


@dataclass(frozen=True)
class Target:
    """One place a device can be allocated to."""

    gateway: str
    ou: str
    environment: str
    product_key: str
    weight: int = 1

    def as_json(self) -> dict[str, Any]:
        return {"gateway": self.gateway, "ou": self.ou, "environment": self.environment,
                "product_key": self.product_key, "weight": self.weight}


def check_gateway(value: str, field: str = "gateway") -> str:
    value = value.strip()
    if value and not (value.startswith(GATEWAY_SCHEMES) and len(value) <= 512 and urlsplit(value).hostname):
        raise InputError(message(GATEWAY_URL), field=field)
    return value


def hub_of(gateway: str) -> str:
    """The host the device is sent to: the gateway URL's host name (Azure's `assignedHub`)."""
    return urlsplit(gateway).hostname or ""


def parse_target(text: str, field: str = "target") -> Target:
    """`URL,OU,ENV,PRODUCT_KEY,WEIGHT` (the CLI's --target; weight may be left out: 1)."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) not in (4, 5):
        raise InputError(message(TARGET_FORMAT, text=text), field=field)
    weight_text = parts[4] if len(parts) == 5 else "1"
    return check_target({"gateway": parts[0], "ou": parts[1], "environment": parts[2], "product_key": parts[3],
                         "weight": weight_text}, field)


def check_target(data: Mapping[str, Any], field: str = "target") -> Target:
    gateway = check_gateway(str(data.get("gateway") or ""), field=f"{field} gateway")
    if not gateway:
        raise InputError(message(TARGET_NO_GATEWAY), field=f"{field} gateway")
    ou = check_name(str(data.get("ou") or ""), f"{field} ou")
    environment = check_name(str(data.get("environment") or ""), f"{field} environment")
    product_key = str(data.get("product_key") or "").strip()
    if not product_key or len(product_key) > 128:
        raise InputError(message(TARGET_NO_PRODUCT_KEY), field=f"{field} product key")
    raw_weight = data.get("weight", 1)
    try:
        weight = int(str(raw_weight))
    except ValueError:
        weight = 0
    if not 1 <= weight <= MAX_WEIGHT:
        raise InputError(message(TARGET_WEIGHT, limit=MAX_WEIGHT, value=raw_weight), field=f"{field} weight")
    return Target(gateway, ou, environment, product_key, weight)


def check_targets(items: Sequence[Mapping[str, Any] | Target]) -> list[Target]:
    if len(items) > MAX_TARGETS:
        raise InputError(message(TOO_MANY_TARGETS, count=MAX_TARGETS), field="targets")
    targets = [item if isinstance(item, Target) else check_target(item, f"target {index}")
               for index, item in enumerate(items, start=1)]
    seen: set[tuple[str, str, str]] = set()
    for index, target in enumerate(targets, start=1):
        key = (target.gateway, target.ou, target.environment)
        if key in seen:
            raise InputError(message(TARGET_REPEATS, index=index, gateway=target.gateway, ou=target.ou,
                                     environment=target.environment), field="targets")
        seen.add(key)
    return targets


def targets_of(group: RegistrationGroup) -> list[Target]:
    return [Target(str(t["gateway"]), str(t["ou"]), str(t["environment"]), str(t["product_key"]),
                   int(t.get("weight", 1))) for t in (group.allocation_targets or [])]


def static_target(group: RegistrationGroup) -> Target:
    return Target(group.gateway, group.ou, group.environment, group.product_key)


def gateway_for(group: RegistrationGroup, ou: str, environment: str) -> str:
    """The gateway of the group for an OU/environment: a target naming them, else the group's own gateway."""
    for target in targets_of(group):
        if (target.ou, target.environment) == (ou, environment):
            return target.gateway
    return group.gateway


def rendezvous_pick(targets: Sequence[Target], sn: str) -> Target:
    """Weighted rendezvous (highest random weight) hashing: score = -weight / ln(u), u uniform in (0, 1) from
    SHA-256(target key, SN). The same SN always gets the same target; a target's share is its weight's share."""
    if not targets:
        raise ValueError("no targets")
    best: Target | None = None
    best_score = -math.inf
    for target in targets:
        digest = hashlib.sha256(f"{target.gateway}\n{target.ou}\n{target.environment}\n{sn}".encode()).digest()
        u = (int.from_bytes(digest[:8], "big") + 1) / (2 ** 64 + 2)  # strictly inside (0, 1)
        score = -target.weight / math.log(u)
        if score > best_score:
            best, best_score = target, score
    assert best is not None
    return best


def problem_of(target: Target, group_name: str) -> str | None:
    """Why a device cannot be allocated to this target (the installer's activation needs the same)."""
    if not target.product_key:
        return message(NO_PRODUCT_KEY_FOR, group=group_name, ou=target.ou, environment=target.environment)
    if not target.gateway or not hub_of(target.gateway):
        return message(NO_GATEWAY_FOR, group=group_name, ou=target.ou, environment=target.environment)
    return None


def choose_local(group: RegistrationGroup, sn: str) -> Target:
    """The target of the static and hashed policies (the webhook's comes from the webhook)."""
    policy = AllocationPolicy(group.allocation_policy)
    if policy is AllocationPolicy.HASHED:
        targets = targets_of(group)
        if targets:
            return rendezvous_pick(targets, sn)
    return static_target(group)
