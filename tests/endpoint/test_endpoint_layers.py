"""app/endpoint is a protocol layer: no Qt, no window, no CLI, and of the use cases only the registration
contract (app.services.device_registration) and the service context."""

from __future__ import annotations

from tests.unit.test_layers import APP, imported_modules, modules_of

ALLOWED_SERVICES = ("app.services.device_registration", "app.services.context")


def test_the_endpoint_imports_no_qt_no_cli_and_only_the_registration_contract() -> None:
    assert modules_of("endpoint")
    offending = []
    for path in modules_of("endpoint"):
        for line, name in imported_modules(path):
            bad = (name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith(("app.ui", "app.cli", "app.db"))
                   or (name.startswith("app.services") and not name.startswith(ALLOWED_SERVICES)
                       and name != "app.services"))
            if bad:
                offending.append(f"{path.relative_to(APP.parent)}:{line} imports {name}")
    assert offending == []
