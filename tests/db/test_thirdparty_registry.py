"""Registering a third-party (Matter, Z-Wave) device from its code, the code kept with the device, encrypted."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import ThirdPartyCode
from app.domain.enums import Role
from app.domain.errors import AlreadyExistsError, InputError, NotFoundError, PermissionDeniedError
from app.qr import matter
from app.qr.matter import CommissioningFlow, MatterPayload
from app.services import audit, lifecycle
from app.services.context import ServiceContext
from app.services.thirdparty_registry import (
    REVEAL_ACTION,
    register_third_party,
    reveal_registered_secret,
    third_party_code,
)
from support.ctx import add_standard_setup, as_role, build_service_context, table_dump

# zwave-js parse.test.ts (Acme): DSK 51525-35455-41424-34445-31323-33435-21222-32425, no serial number
ZWAVE = "900132782003515253545541424344453132333435212223242500100435301537022065520001000000300578"
PASSCODE = 20202021


def matter_qr(serial: str | None = "SN-M-1", passcode: int = PASSCODE, discriminator: int = 3840) -> str:
    return matter.encode_qr([MatterPayload(source="qr", version=0, vendor_id=0xFFF1, product_id=0x8001,
                                           flow=CommissioningFlow.STANDARD, discovery=0x02,
                                           discriminator=discriminator, short_discriminator=False,
                                           passcode=passcode, serial_number=serial)])


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path, role=Role.SUPERVISOR)
    add_standard_setup(context)
    yield as_role(context, Role.INSTALLER, "ina")
    context.db.dispose()


def test_an_installer_registers_a_matter_device_with_the_codes_serial_number(ctx: ServiceContext) -> None:
    record = register_third_party(ctx, "line1", matter_qr())
    assert record.sn == "SN-M-1" and record.status == "registered"
    stored = third_party_code(ctx, "line1", "SN-M-1")
    assert stored is not None and stored.format == "matter" and stored.secret_name == "passcode"
    assert stored.fields["payloads"][0]["vendor_id"] == 0xFFF1
    assert str(PASSCODE) not in json.dumps(stored.fields)
    events = audit.list_events(ctx, audit.AuditFilter(action="device.register"))
    assert [e.sn for e in events] == ["SN-M-1"]
    assert str(PASSCODE) not in json.dumps([e.details for e in events], default=str)


def test_a_zwave_code_has_no_serial_number_so_the_sn_is_typed(ctx: ServiceContext) -> None:
    with pytest.raises(InputError, match="has no serial number; type the SN") as caught:
        register_third_party(ctx, "line1", ZWAVE)
    assert caught.value.field == "sn"
    record = register_third_party(ctx, "line1", ZWAVE, sn="ZW-1")
    assert record.sn == "ZW-1"
    assert third_party_code(ctx, "line1", "ZW-1").format == "zwave"  # type: ignore[union-attr]


def test_the_secret_is_encrypted_at_rest_and_revealed_only_with_an_audit_event(ctx: ServiceContext) -> None:
    register_third_party(ctx, "line1", ZWAVE, sn="ZW-1")
    dump = json.dumps(table_dump(ctx.db.engine), default=repr)
    assert "51525" not in dump and "35455" not in dump
    with ctx.read() as session:
        row = session.scalars(select(ThirdPartyCode)).one()
        assert b"51525" not in row.code_enc and len(row.fingerprint) == 64
    assert reveal_registered_secret(ctx, "line1", "ZW-1") == "51525"
    events = audit.list_events(ctx, audit.AuditFilter(action=REVEAL_ACTION))
    assert len(events) == 1 and events[0].actor == "ina" and events[0].sn == "ZW-1"
    assert "51525" not in json.dumps(events[0].details)


def test_the_same_code_is_not_registered_twice_in_a_group_not_even_as_its_manual_code(ctx: ServiceContext) -> None:
    register_third_party(ctx, "line1", matter_qr())
    with pytest.raises(AlreadyExistsError, match="already registered in group 'line1' as SN 'SN-M-1'"):
        register_third_party(ctx, "line1", matter_qr(serial="OTHER"))
    manual = matter.encode_manual(PASSCODE, 3840)
    before = table_dump(ctx.db.engine)
    with pytest.raises(AlreadyExistsError):
        register_third_party(ctx, "line1", manual, sn="SN-M-2")
    assert table_dump(ctx.db.engine) == before
    # another device (another passcode) with the same serial number: the SN is taken
    with pytest.raises(InputError, match="already registered"):
        register_third_party(ctx, "line1", matter_qr(passcode=20202022))


def test_a_deleted_device_can_be_registered_again_from_its_code(ctx: ServiceContext) -> None:
    register_third_party(ctx, "line1", ZWAVE, sn="ZW-1")
    lifecycle.delete(as_role(ctx, Role.SUPERVISOR), "line1", "ZW-1")
    assert register_third_party(ctx, "line1", ZWAVE, sn="ZW-2").sn == "ZW-2"
    assert reveal_registered_secret(ctx, "line1", "ZW-2") == "51525"
    with ctx.read() as session:
        assert len(session.scalars(select(ThirdPartyCode)).all()) == 1


def test_bad_codes_and_sns_are_named_and_change_nothing(ctx: ServiceContext) -> None:
    before = table_dump(ctx.db.engine)
    with pytest.raises(InputError, match="not a Matter or Z-Wave"):
        register_third_party(ctx, "line1", "hello", sn="X-1")
    with pytest.raises(InputError, match="damaged Z-Wave"):
        register_third_party(ctx, "line1", ZWAVE[:-1] + "9", sn="X-1")
    with pytest.raises(InputError, match="holds 2 devices"):
        register_third_party(ctx, "line1", matter_qr() + "*" + matter_qr(passcode=20202022)[3:])
    with pytest.raises(InputError, match="differs"):
        register_third_party(ctx, "line1", matter_qr(), sn="SN-OTHER")
    with pytest.raises(NotFoundError):
        register_third_party(ctx, "nope", ZWAVE, sn="X-1")
    assert table_dump(ctx.db.engine) == before


def test_who_may_register_and_reveal(ctx: ServiceContext) -> None:
    technician = as_role(ctx, Role.TECHNICIAN, "tom")
    assert register_third_party(technician, "line1", ZWAVE, sn="ZW-1").sn == "ZW-1"
    assert reveal_registered_secret(technician, "line1", "ZW-1") == "51525"
    from app.services.context import Actor

    service = ctx.acting_as(Actor("provisioning-service", Role.SERVICE))
    with pytest.raises(PermissionDeniedError, match="may not reveal"):
        reveal_registered_secret(service, "line1", "ZW-1")
    with pytest.raises(NotFoundError, match="not registered from a Matter or Z-Wave code"):
        from app.services import registering

        registering.register_device(as_role(ctx, Role.SUPERVISOR), "line1", "PLAIN-1")
        reveal_registered_secret(ctx, "line1", "PLAIN-1")
    assert third_party_code(ctx, "line1", "PLAIN-1") is None
