"""Export devices (CSV, XLSX or JSON by the file's suffix) or provisioning files (JSON per device or per batch).

Secrets (device keys, device secrets) go into a file only when the user ticks
"include secrets" and then confirms it in a second dialog; the service checks the
permission again and audits the export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from app.domain.changes import ChangeNotice, Topic
from app.domain.errors import InputError
from app.domain.permissions import Permission
from app.services import exporting, provisioning
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.locale_format import count_text
from app.ui.messages import translate_message, translated_error
from app.ui.palette import OUTCOME_COLOURS

DEVICE_SUFFIXES = tuple(exporting.FORMATS)


class ExportDialog(QDialog):
    GROUP, BATCH, SELECTION = "group", "batch", "selection"

    def __init__(self, env: UiEnvironment, group: str, *, batch: str | None = None, sns: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export from %s") % group)
        self.env = env
        self.group = group
        self.batch = batch
        self.sns = list(sns or [])
        self.running = False
        self.confirmation: QMessageBox | None = None
        self.exported: int | None = None

        self.devices_radio = QRadioButton(self.tr("Device list (CSV, XLSX or JSON, by the file name)"))
        self.devices_radio.setObjectName("kindDevices")
        self.provisioning_radio = QRadioButton(self.tr("Provisioning files for flashing (JSON)"))
        self.provisioning_radio.setObjectName("kindProvisioning")
        self.devices_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.devices_radio)
        kinds.addButton(self.provisioning_radio)
        self.provisioning_radio.toggled.connect(self._kind_changed)
        kinds.buttonToggled.connect(lambda *_args: self._update())

        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("scope")
        self.scope_combo.addItem(self.tr("All devices of group %s") % group, self.GROUP)
        if batch:
            self.scope_combo.addItem(self.tr("Batch %s") % batch, self.BATCH)
            self.scope_combo.setCurrentIndex(1)
        if self.sns:
            self.scope_combo.addItem(self.tr("The selected %s") % count_text(len(self.sns), "device"), self.SELECTION)
        self.scope_combo.currentIndexChanged.connect(lambda _index: self._update())

        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("provisioningLayout")
        self.layout_combo.addItem(self.tr("One file per device (SN.json in a folder)"), "per-device")
        self.layout_combo.addItem(self.tr("One file for all (a .json file)"), "one-file")
        self.layout_combo.currentIndexChanged.connect(lambda _index: self._update())

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.textChanged.connect(lambda _text: self._update())
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setObjectName("browse")
        self.browse_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.secrets_check = QCheckBox(self.tr("Include secrets (device keys; device secrets of activated devices)"))
        self.secrets_check.setObjectName("includeSecrets")
        self.secrets_check.setEnabled(env.can(Permission.EXPORT_SECRETS))
        if not env.can(Permission.EXPORT_SECRETS):
            self.secrets_check.setToolTip(self.tr("Your role may not export secrets."))

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("What:"), self.devices_radio)
        form.addRow("", self.provisioning_radio)
        form.addRow(self.tr("Devices:"), self.scope_combo)
        form.addRow(self.tr("Files:"), self.layout_combo)
        form.addRow(self.tr("Save to:"), path_row)
        form.addRow("", self.secrets_check)
        self.form = form
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update()

    # --- state ----------------------------------------------------------------------------------
    def provisioning(self) -> bool:
        return self.provisioning_radio.isChecked()

    def scope(self) -> str:
        return str(self.scope_combo.currentData())

    def _problem(self) -> str | None:
        text = self.path_edit.text().strip()
        if not text:
            return ""
        path = Path(text)
        if not self.provisioning():
            if self.scope() == self.SELECTION:
                return self.tr("A device list covers the group or a batch; choose one of them, or provisioning "
                               "files for the selected devices.")
            if path.suffix.lower() not in DEVICE_SUFFIXES:
                return self.tr("End the file name in %s.") % ", ".join(DEVICE_SUFFIXES)
        elif self.layout_combo.currentData() == "one-file" and path.suffix.lower() != ".json":
            return self.tr("End the file name in .json.")
        elif self.layout_combo.currentData() == "per-device" and path.suffix.lower() == ".json":
            return self.tr("Give a folder (one SN.json per device goes into it), not a .json file.")
        return None

    def _kind_changed(self, provisioning: bool) -> None:
        """Provisioning files usually go to the selected devices; a device list covers a batch or the group."""
        if provisioning and self.sns:
            self.scope_combo.setCurrentIndex(self.scope_combo.findData(self.SELECTION))
        elif not provisioning and self.scope() == self.SELECTION:
            self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(self.BATCH)))

    def _update(self) -> None:
        self.layout_combo.setEnabled(self.provisioning())
        problem = self._problem()
        self.message.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}")
        self.message.setText(problem or "")
        self.export_button.setEnabled(problem is None and not self.running)

    def choose_path(self) -> None:
        if self.provisioning() and self.layout_combo.currentData() == "per-device":
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the provisioning files"))
        else:
            filters = self.tr("JSON (*.json)") if self.provisioning() else \
                self.tr("CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to"), "", filters)
        if path:
            self.path_edit.setText(path)

    # --- exporting ------------------------------------------------------------------------------
    def export(self) -> None:
        if self._problem() is not None or self.running:
            return
        if self.secrets_check.isChecked():
            self._confirm_secrets()
        else:
            self._run(with_secrets=False)

    def _confirm_secrets(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export secrets"),
                          self.tr("The file will hold the devices' secrets: anyone with it can register these devices "
                                  "as their own. Keep it on an encrypted disk and delete it after flashing.\n\n"
                                  "The export is recorded in the audit log under your name. Export with secrets?"),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmSecrets")
        export = box.addButton(self.tr("Export with secrets"), QMessageBox.ButtonRole.AcceptRole)
        export.setObjectName("confirmSecretsButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._run(with_secrets=True) if box.clickedButton() is export else
                             self.message.setText(self.tr("Nothing exported: secrets were not confirmed.")))
        self.confirmation = box
        box.open()

    def _run(self, *, with_secrets: bool) -> None:
        ctx, group = self.env.ctx, self.group
        out = Path(self.path_edit.text().strip()).expanduser()
        batch = self.batch if self.scope() == self.BATCH else None
        sns = self.sns if self.scope() == self.SELECTION else None
        if self.provisioning():
            def work() -> int:
                return provisioning.export_provisioning(ctx, group, out, batch=batch, sns=sns,
                                                        with_secrets=with_secrets)
        else:
            def work() -> int:
                return exporting.export_devices(ctx, group, out, batch=batch, with_secrets=with_secrets)
        self.running = True
        self.progress.setVisible(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Exporting …"))
        self._update_enabled(False)
        self.env.runner.call("export", work, on_done=lambda count: self._done(count, out),
                             on_failed=self._failed,
                             changes=ChangeNotice.of(Topic.AUDIT, group=group) if with_secrets else None)

    def _update_enabled(self, enabled: bool) -> None:
        for widget in (self.devices_radio, self.provisioning_radio, self.scope_combo, self.path_edit,
                       self.browse_button, self.secrets_check):
            widget.setEnabled(enabled and (widget is not self.secrets_check or self.env.can(Permission.EXPORT_SECRETS)))
        self.export_button.setEnabled(enabled)

    def _done(self, count: int, out: Path) -> None:
        self.running = False
        self.exported = count
        self.progress.setVisible(False)
        self._update_enabled(True)
        self._update()
        self.message.setStyleSheet(f"color: {OUTCOME_COLOURS['ok']}")
        self.message.setText(self.tr("Exported %s to %s") % (count_text(count, "device"), out))
        self.env.status.show_message(self.tr("Exported %s to %s") % (count_text(count, "device"), out), 8000)

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.progress.setVisible(False)
        self._update_enabled(True)
        self._update()
        if isinstance(error, InputError):
            self.message.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}")
            # a command-line option named as the field (--out) means nothing here: the message alone does
            self.message.setText(translate_message(error.reason) if (error.field or "").startswith("--")
                                 else translated_error(error))
        else:
            show_error(self, error)

