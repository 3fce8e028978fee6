"""Roles are checked in the services, and bad input is refused with one clear line that changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.domain.enums import Role
from app.domain.errors import AlreadyExistsError, InputError, InputErrors, PermissionDeniedError
from app.services import batches, device_keys, device_lookup, groups, lifecycle, masterdata, registering, users
from app.services.context import ServiceContext
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, as_role, build_service_context, table_dump

G = STANDARD_GROUP


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context)
    registering.register_device(context, G, "SN-1", batch="LOT-1", master_data={"owner": "ops"})
    yield context
    context.db.dispose()


ACTIONS: dict[str, Callable[[ServiceContext], object]] = {
    "create group": lambda c: groups.create_group(c, "g2", masterdata_group="pumps", ou="o", environment="e"),
    "register": lambda c: registering.register_device(c, G, "SN-2"),
    "register range": lambda c: registering.register_range(c, G, "R", 1, 2),
    "approve batch": lambda c: batches.review_batch(c, G, "LOT-1", approve=True, comment="ok"),
    "add attribute": lambda c: masterdata.add_attribute(c, "extra", "text"),
    "add user": lambda c: users.add_user(c, "bob", "password123", "installer"),
    "reveal secret": lambda c: groups.reveal_group_secret(c, G),
    "device key": lambda c: device_keys.device_key(c, G, "SN-1"),
    "install": lambda c: lifecycle.install(c, G, "SN-1", {"voltage": "5"}),
    "activate": lambda c: lifecycle.activate(c, G, "SN-1"),
    "delete": lambda c: lifecycle.delete(c, G, "SN-1"),
}
DENIED = {
    Role.INSTALLER: {"create group", "register", "register range", "approve batch", "add attribute", "add user",
                     "reveal secret", "device key", "delete"},
    Role.TECHNICIAN: {"approve batch", "add user", "install", "activate"},
}


@pytest.mark.parametrize("role", [Role.INSTALLER, Role.TECHNICIAN])
def test_roles_are_enforced_by_the_services(ctx: ServiceContext, role: Role) -> None:
    acting = as_role(ctx, role, "someone")
    before = table_dump(ctx.db.engine)
    for name in sorted(DENIED[role]):
        with pytest.raises(PermissionDeniedError, match=f"someone \\({role.value}\\) may not"):
            ACTIONS[name](acting)
    assert table_dump(ctx.db.engine) == before


def test_a_supervisor_may_do_everything(ctx: ServiceContext) -> None:
    for name in ("create group", "register", "register range", "approve batch", "add attribute", "add user",
                 "reveal secret", "device key", "install", "activate"):
        ACTIONS[name](ctx)
    assert device_lookup.get_device(ctx, G, "SN-1").status == "allocated"
    assert batches.get_batch(ctx, G, "LOT-1").review == "approved"
    assert users.authenticate(ctx.db, "bob", "password123", keyring=ctx.keyring).role is Role.INSTALLER


def test_technician_registers_and_installer_onboards(ctx: ServiceContext) -> None:
    registering.register_device(as_role(ctx, Role.TECHNICIAN), G, "SN-T", master_data={"owner": "t"})
    installer = as_role(ctx, Role.INSTALLER)
    lifecycle.install(installer, G, "SN-T", {"voltage": "5"})
    assert lifecycle.activate(installer, G, "SN-T").status == "allocated"


BAD_REGISTRATIONS: list[tuple[str, dict[str, object], type[Exception], str]] = [
    ("", {}, InputError, "field 'sn': the SN is empty"),
    ("X" * 65, {}, InputError, "field 'sn': the SN is 65 characters long; at most 64"),
    ("SN\x01X", {}, InputError, "field 'sn': the SN contains a control character"),
    ("SN-1", {}, InputError, "field 'sn': SN 'SN-1' is already registered in group 'line1'"),
    ("SN-5", {"voltage": "lots"}, InputError, "field 'voltage': 'lots' is not a number"),
    ("SN-5", {"outdoor": "perhaps"}, InputError, "field 'outdoor'.*true or false"),
    ("SN-5", {"install_date": "31/12/2024"}, InputError, "field 'install_date'.*YYYY-MM-DD"),
    ("SN-5", {"size": "3"}, InputError, "field 'size': is not an attribute of this master data group"),
    ("SN-5", {"voltage": "x", "colour": "blue"}, InputErrors, "2 problem.*field 'voltage'.*field 'colour'"),
]


def test_bad_registrations_are_one_line_and_change_nothing(ctx: ServiceContext) -> None:
    before = table_dump(ctx.db.engine)
    for sn, values, error, message in BAD_REGISTRATIONS:
        with pytest.raises(error, match=message) as info:
            registering.register_device(ctx, G, sn, master_data=values)
        assert "\n" not in str(info.value), sn
    with pytest.raises(InputError, match="SN 'D' appears twice"):
        registering.register_devices(ctx, G, [registering.NewDevice("D"), registering.NewDevice("E"), registering.NewDevice("D")],
                                 source="test")
    with pytest.raises(InputError, match="there are no devices"):
        registering.register_devices(ctx, G, [], source="test")
    with pytest.raises(InputError, match="field 'prefix'"):
        registering.register_range(ctx, G, "A B", 1, 3)
    with pytest.raises(InputError, match="field 'batch'"):
        registering.register_device(ctx, G, "SN-6", batch="lot 6")
    assert table_dump(ctx.db.engine) == before


def test_other_bad_input(ctx: ServiceContext) -> None:
    before = table_dump(ctx.db.engine)
    with pytest.raises(InputError, match="field 'password': must be at least 8"):
        users.add_user(ctx, "carol", "short", "installer")
    with pytest.raises(InputError, match="field 'role'"):
        users.add_user(ctx, "carol", "long enough", "boss")
    with pytest.raises(InputError, match="field 'name'"):
        users.add_user(ctx, "no spaces please", "long enough", "installer")
    assert table_dump(ctx.db.engine) == before
    users.add_user(ctx, "carol", "long enough", "installer")
    with pytest.raises(AlreadyExistsError, match="carol"):
        users.add_user(ctx, "carol", "long enough", "installer")
