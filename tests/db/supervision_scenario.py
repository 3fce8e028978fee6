"""A group with batches in every progress state and every kind of anomaly (shared by the supervision tests)."""

from __future__ import annotations

import pytest

from app.domain.enums import Role
from app.domain.errors import LifecycleError
from app.services import device_lookup, lifecycle, registering, scan_log
from app.services.context import ServiceContext
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, as_role

G = STANDARD_GROUP
NO_KEY_GROUP = "line2"
OWNER = {"owner": "ops"}


def build_scenario(ctx: ServiceContext) -> None:
    """Groups line1 (reprovisions need approval) and line2 (no product key). Batch B1 of line1: SN-1 registered,
    SN-2 and SN-6 labelled, SN-3 installed, SN-4 activated, SN-5 activated with a reprovision awaiting approval;
    SN-2 scanned twice in a session, twice. B2: SN-7, SN-8 registered. SN-9 without a batch, labelled.
    line2 batch B9: X-1 whose allocation failed (no product key)."""
    add_standard_setup(ctx, policy="approval")
    add_standard_setup(ctx, group=NO_KEY_GROUP, product_key="")
    installer = as_role(ctx, Role.INSTALLER, "ina")
    registering.register_range(ctx, G, "SN-", 1, 6, batch="B1")
    registering.register_range(ctx, G, "SN-", 7, 2, batch="B2")
    registering.register_device(ctx, G, "SN-9")
    ids = [device_lookup.get_device(ctx, G, f"SN-{n}").id for n in (2, 3, 4, 5, 6, 9)]
    lifecycle.record_labels_printed(ctx, ids, copies=1, template="avery-l7160", output="x.pdf")
    lifecycle.install(installer, G, "SN-3", OWNER)
    for sn in ("SN-4", "SN-5"):
        lifecycle.activate(installer, G, sn, OWNER)
    lifecycle.reprovision(installer, G, "SN-5", "ou-b", "test")
    for _ in range(2):
        scan_log.record_duplicate_scan(installer, G, "SN-2", session_id="s1")
    scan_log.record_duplicate_scan(installer, G, "NOT-REGISTERED", session_id="s1")
    registering.register_device(ctx, NO_KEY_GROUP, "X-1", batch="B9")
    with pytest.raises(LifecycleError, match="no product key"):
        lifecycle.activate(installer, NO_KEY_GROUP, "X-1", OWNER)
