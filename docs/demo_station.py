"""A demo station with realistic data, for screenshots and manual trials (not used by the app).

    .venv/bin/python docs/demo_station.py /tmp/demo-home     # then: DPS_HOME=/tmp/demo-home dps-station
Users: sue (supervisor), tom (technician), ida (installer); password 'demo-password'.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.config import resolve_home  # noqa: E402
from app.db.engine import open_database  # noqa: E402
from app.domain.enums import Role  # noqa: E402
from app.domain.errors import LifecycleError  # noqa: E402
from app.services import (  # noqa: E402
    batches,
    device_listing,
    device_registration,
    groups,
    lifecycle,
    masterdata,
    registering,
    scan_log,
    users,
)
from app.services.context import Actor, ServiceContext  # noqa: E402
from app.services.device_listing import DeviceQuery  # noqa: E402
from app.services.organisation import init_organisation  # noqa: E402
from app.services.scanning import open_scan_session  # noqa: E402

PASSWORD = "demo-password"


def build_demo(home_dir: Path) -> ServiceContext:
    home = resolve_home(str(home_dir))
    home.ensure()
    db = open_database(home.default_db_url)
    _info, keyring = init_organisation(home, db, "Acme Pumps")
    sue = ServiceContext(db, keyring, Actor("sue", Role.SUPERVISOR), home)
    if users.has_users(db):
        return sue
    users.create_first_supervisor(sue, "sue", PASSWORD, "Sue Parker")
    users.add_user(sue, "tom", PASSWORD, "technician", "Tom Baker")
    users.add_user(sue, "ida", PASSWORD, "installer", "Ida Novak")
    tom = sue.acting_as(Actor("tom", Role.TECHNICIAN))
    ida = sue.acting_as(Actor("ida", Role.INSTALLER))

    masterdata.add_attribute(tom, "voltage", "number", label="Supply voltage", rules={"min": 0, "max": 400})
    masterdata.add_attribute(tom, "mounting", "enum", choices=["wall", "floor", "ceiling"], default="wall")
    masterdata.add_attribute(tom, "outdoor", "bool", default="false")
    masterdata.create_group(tom, "pumps", "pump", ["location", "install_date", "voltage", "mounting", "outdoor"])
    masterdata.create_group(tom, "meters", "meter", ["location", "timezone", "firmware_version"])
    groups.create_group(tom, "line1-pumps", masterdata_group="pumps", ou="acme-eu", environment="prod",
                        product_key="PK-PUMP-7", gateway="https://gw.acme.example", reprovision_policy="migrate")
    groups.create_group(tom, "line2-meters", masterdata_group="meters", ou="acme-eu", environment="staging",
                        product_key="PK-METER-2", gateway="https://gw.acme.example", reprovision_policy="approval",
                        label_template="thermal-50x30")

    batches.create_batch(tom, "line1-pumps", "B-2026-041", "Pumps, week 41")
    batches.create_batch(tom, "line1-pumps", "B-2026-042", "Pumps, week 42")
    batches.create_batch(tom, "line2-meters", "M-0007", "Meters for Hamburg")
    registering.register_range(tom, "line1-pumps", "PMP-41-", 1, 240, width=4, batch="B-2026-041")
    registering.register_range(tom, "line1-pumps", "PMP-42-", 1, 120, width=4, batch="B-2026-042")
    registering.register_range(tom, "line2-meters", "MTR-", 1, 60, width=5, batch="M-0007")

    first = device_listing.list_devices(tom, DeviceQuery(group="line1-pumps", batch="B-2026-041"), limit=200).devices
    lifecycle.record_labels_printed(tom, [d.id for d in first], copies=1, template="avery-l7160", output="demo.pdf")
    meters = device_listing.list_devices(tom, DeviceQuery(group="line2-meters"), limit=40).devices
    lifecycle.record_labels_printed(tom, [d.id for d in meters], copies=1, template="thermal-50x30", output="demo.zpl")
    places = ["Hall 3, Bay 2", "Hall 3, Bay 4", "Pump house North", "Roof, unit 7", "Basement B1"]
    for index, record in enumerate(first[:90]):
        values = {"location": places[index % len(places)], "voltage": 230, "install_date": "2026-11-20"}
        if index < 60:
            lifecycle.activate(ida, "line1-pumps", record.sn, values)
        else:
            lifecycle.install(ida, "line1-pumps", record.sn, values)
    for record in meters[:12]:
        lifecycle.activate(ida, "line2-meters", record.sn, {"location": "Hamburg, Hafenstr. 7",
                                                             "timezone": "Europe/Berlin"})
    lifecycle.reprovision(ida, "line2-meters", meters[0].sn, "acme-eu", "prod")
    lifecycle.reprovision(ida, "line2-meters", meters[1].sn, "acme-de", "prod")
    lifecycle.replace(ida, "line1-pumps", first[3].sn, first[150].sn)
    lifecycle.disable(tom, "line1-pumps", first[5].sn, "housing cracked")
    scan_log.record_duplicate_scan(ida, "line1-pumps", first[7].sn, session_id="demo", source="camera 0")
    _refused_label(ida, first[9].sn)
    try:
        groups.update_group(tom, "line2-meters", groups.GroupChanges(product_key=""))
        lifecycle.activate(ida, "line2-meters", meters[20].sn, {"location": "Hamburg", "timezone": "Europe/Berlin"})
    except LifecycleError:
        pass  # the failed allocation is what the supervisor should see
    finally:
        groups.update_group(tom, "line2-meters", groups.GroupChanges(product_key="PK-METER-2"))
    _provisioning(tom, [record.sn for record in first[10:50]])  # not the replaced and disabled ones
    return sue


def _provisioning(technician: ServiceContext, sns: list[str]) -> None:
    """Devices that provisioned themselves through `dps-station serve`, a running instance and a refusal."""
    service = device_registration.service_context(technician.db, technician.keyring, technician.home)
    scope = groups.get_group(technician, "line1-pumps").group_id
    for index, sn in enumerate(sns):
        device_registration.register(service, device_registration.RegistrationRequest(
            scope, sn, {"fw": "2.4.1"}, "mqtt" if index % 3 else "https", f"10.20.0.{index + 10}:50{index:03d}",
            "site-gw-1:4711"))
    device_registration.record_heartbeat(service, "site-gw-1:4711", {"mqtt": "0.0.0.0:8883", "https": "0.0.0.0:443"})
    device_registration.record_endpoint_error(service, "site-gw-1:4711", "10.20.0.99:40112", "mqtt",
                                              "bad token: the signature does not match (SN PMP-41-0999)")


def _refused_label(installer: ServiceContext, sn: str) -> None:
    """A genuine label of `sn` with one character of its SN changed, read by the installer's camera: refused."""
    from app.qr.payload import encode_payload
    from app.scan.outcomes import Origin

    group = groups.get_group(installer, "line1-pumps", with_count=False)
    genuine = encode_payload(group_id=group.group_id, sn=sn, batch="B-2026-041",
                             signing_key=installer.keyring.require_signing_key())
    altered = genuine.replace(f"*{sn}*", f"*{sn[:-1]}{'7' if sn[-1] != '7' else '8'}*", 1)
    session = open_scan_session(installer, "line1-pumps")
    result = session.classify(altered, Origin("camera 0", frame=412, decoder="zxing-cpp"))
    scan_log.record_scan(installer, result, session_group=session.group_name, session_id="demo")
    stranger = session.classify("DPS1:0000-FFFF*X-1**00AA*" + "0" * 155, Origin("scanner"))  # another's label
    scan_log.record_scan(installer, stranger, session_id="demo")


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/dps-demo")
    context = build_demo(target)
    print(f"demo station in {target}: users sue/tom/ida, password {PASSWORD!r}")
