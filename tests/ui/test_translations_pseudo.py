"""Pseudo-translation: with every translated string marked ⟦…⟧, every workspace page and the main dialogs show no
text that escaped translation (data such as SNs, group names and numbers aside). A failure names the widget."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.domain.enums import Role
from app.domain.errors import InputError
from app.domain.messages import SN_EMPTY, message
from app.labels.templates import list_templates
from app.services import batches, device_listing, masterdata, registering
from app.services.thirdparty_registry import register_third_party
from app.ui.environment import UiEnvironment
from app.ui.main_window import MainWindow
from app.ui.translations import LANGUAGES
from app.ui.workspaces import workspaces_for
from tests.support.ctx import add_standard_setup, build_service_context
from tests.support.ui import ui_environment
from tests.ui.pseudo_translation import PseudoTranslator, install_pseudo, missing_from_sources, remove_pseudo, unmarked_texts

PSEUDO: list[PseudoTranslator] = []  # the test's translator
TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "dps_station_de.ts"
ZWAVE = "900132782003515253545541424344453132333435212223242500100435301537022065520001000000300578"


@pytest.fixture
def env(qtbot, tmp_path: Path) -> Iterator[UiEnvironment]:  # type: ignore[no-untyped-def]
    ctx = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path, actor="sue", org="Acme Pumps")
    add_standard_setup(ctx)
    batches.create_batch(ctx, "line1", "LOT-1")
    registering.register_range(ctx, "line1", "PUMP-", 1, 3, batch="LOT-1")
    register_third_party(ctx, "line1", ZWAVE, sn="ZW-1")
    environment = ui_environment(tmp_path, Role.SUPERVISOR, name="sue", ctx=ctx)
    translator = install_pseudo()
    PSEUDO.append(translator)
    yield environment
    PSEUDO.remove(translator)
    remove_pseudo(translator)
    environment.runner.shutdown()
    ctx.db.dispose()


def data_values(env: UiEnvironment) -> list[str]:
    """What the station holds (names, SNs, keys, template names): shown as it is, never translated."""
    ctx = env.ctx
    values = ["sue", "Acme Pumps", "line1", "pumps", "pump", "LOT-1", "ou-a", "prod", "PK-1", "https://gw.example.com",
              "gw.example.com", "PUMP-1", "PUMP-2", "PUMP-3", "ZW-1", "PUMP-", "red", "green", "station.db", "DPS Station",
              "UTC", "dpi", "PDF", "PNG", "ZPL", "CSV", "XLSX", "JSON", "QR", "SN", "OU", "ID", "Ctrl", "Alt",
              "Shift", "Enter", "Esc", "AM", "PM"]  # AM/PM: the locale's time format
    values += ["https://gateway.example.com", "https://alloc.example.com/allocate"]  # example URLs in placeholders
    # audit action prefixes (device., batch., ...) are identifiers in the trail
    values += ["device.", "batch.", "scan.", "report.", "user.", "group.", "masterdata.", "sync."]
    values += [attribute.key for attribute in masterdata.list_attributes(ctx)]
    values += [attribute.label for attribute in masterdata.list_attributes(ctx)]
    for template in list_templates(None):
        values += [template.name, getattr(template, "description", "")]
    values += [record.asset_id for record in device_listing.list_devices(ctx, device_listing.DeviceQuery(group="line1")).devices]
    values += [ctx.db.station_id, str(ctx.db.url), str(ctx.home.path) if ctx.home else ""]
    values += list(LANGUAGES.values())  # a language menu names each language in that language
    return values


def settle(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not env.runner.busy, timeout=20_000)
    QApplication.processEvents()


def untranslated(root: QWidget, env: UiEnvironment, where: str) -> list[str]:
    return [f"{where}: {problem}" for problem in unmarked_texts(root, data_values(env))]


def test_every_workspace_page_is_translated(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(env, start_sync=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    failures: list[str] = []
    for spec in workspaces_for(env.ctx.actor.role):
        workspace = window.show_workspace(spec.key)
        settle(qtbot, env)
        pages: list[Callable[[], object]] = []
        if hasattr(workspace, "show_page") and hasattr(workspace, "pages") and isinstance(workspace.pages, dict):
            from app.ui.workspaces.technician import PAGES

            pages = [lambda key=page.key, shown=workspace: shown.show_page(key) for page in PAGES]
        elif hasattr(workspace, "tabs"):
            pages = [lambda index=index, shown=workspace: shown.tabs.setCurrentIndex(index) for index in range(workspace.tabs.count())]
        for show in pages or [lambda: None]:
            show()
            settle(qtbot, env)
            failures += [f for f in untranslated(window, env, f"workspace {spec.key}") if f not in failures]
    window.close()
    assert not failures, f"{len(failures)} text(s) not translated:\n" + "\n".join(failures)
    assert_in_sources(env)


def assert_in_sources(env: UiEnvironment) -> None:
    """What was translated is also in the .ts sources (pyside6-lupdate found it), so a translator sees it."""
    missing = missing_from_sources(PSEUDO[-1].asked, TS_FILE)
    assert not missing, (f"{len(missing)} string(s) translated at run time but not in {TS_FILE.name} (mark them "
                         f"with QT_TRANSLATE_NOOP, then run packaging/update_translations.sh):\n" + "\n".join(missing))


def dialogs(env: UiEnvironment) -> list[tuple[str, Callable[[], QDialog]]]:
    from app.qr.onboarding import read_third_party
    from app.ui.dialogs.attribute_dialog import AttributeDialog
    from app.ui.dialogs.batch_dialog import BatchDialog
    from app.ui.dialogs.device_details_dialog import DeviceDetailsDialog
    from app.ui.dialogs.export_dialog import ExportDialog
    from app.ui.dialogs.import_dialog import ImportDialog
    from app.ui.dialogs.masterdata_group_dialog import MasterdataGroupDialog
    from app.ui.dialogs.print_labels import PrintLabelsDialog
    from app.ui.dialogs.register_device_dialog import RegisterDeviceDialog
    from app.ui.dialogs.register_range_dialog import RegisterRangeDialog
    from app.ui.dialogs.register_thirdparty_dialog import RegisterThirdPartyDialog
    from app.ui.dialogs.registration_group_dialog import GroupFormChoices, RegistrationGroupDialog
    from app.ui.dialogs.reveal_secret_dialog import RevealSecretDialog
    from app.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
    from app.ui.views.supervisor.user_dialogs import AddUserDialog, PasswordDialog, RoleDialog

    ctx = env.ctx
    code = read_third_party(ZWAVE)
    assert code is not None
    templates = [(t.name, getattr(t, "description", "")) for t in list_templates(None)]
    return [
        ("register device", lambda: RegisterDeviceDialog(env, "line1")),
        ("register range", lambda: RegisterRangeDialog(env, "line1")),
        ("import", lambda: ImportDialog(env, "line1")),
        ("export", lambda: ExportDialog(env, "line1")),
        ("print labels", lambda: PrintLabelsDialog(env, "line1", "LOT-1")),
        ("batch", lambda: BatchDialog(env, "line1")),
        ("attribute", lambda: AttributeDialog(env)),
        ("master data group", lambda: MasterdataGroupDialog(env, masterdata.list_attributes(ctx))),
        ("registration group", lambda: RegistrationGroupDialog(env, GroupFormChoices(["pumps"], templates))),
        ("device details", lambda: DeviceDetailsDialog(env, "line1", "PUMP-1")),
        ("third-party device details", lambda: DeviceDetailsDialog(env, "line1", "ZW-1")),
        ("reveal secret", lambda: RevealSecretDialog("line1", "c2VjcmV0")),
        ("add user", lambda: AddUserDialog()),
        ("password", lambda: PasswordDialog("sue")),
        ("role", lambda: RoleDialog("sue", "supervisor")),
        ("sign in", lambda: SignInDialog(ctx.db, ctx.keyring, env.runner, "Acme Pumps")),
        ("first run", lambda: FirstRunDialog(ctx.home, ctx.db, env.runner)),  # type: ignore[arg-type]
        ("register third-party", lambda: RegisterThirdPartyDialog(env, code, ZWAVE, group="line1")),
    ]


def test_the_main_dialogs_are_translated(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    failures: list[str] = []
    for name, build in dialogs(env):
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, env)
        problems = unmarked_texts(dialog, data_values(env) + ["c2VjcmV0", "Z-Wave", "SmartStart"])
        failures += [f"{name}: {problem}" for problem in problems]
        dialog.reject()
        settle(qtbot, env)
    assert not failures, f"{len(failures)} text(s) not translated:\n" + "\n".join(failures)
    assert_in_sources(env)


def test_a_service_message_and_qt_buttons_are_translated(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    from app.ui.errors import show_error

    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, InputError(message(SN_EMPTY), field="sn"))
    box = parent.findChild(QMessageBox, "expectedErrorBox")
    assert box is not None
    assert box.text().count("⟦") >= 3  # where, field 'sn', the message
    assert not unmarked_texts(box, ["sn"]), unmarked_texts(box, ["sn"])
    box.close()
