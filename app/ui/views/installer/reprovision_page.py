"""Reprovision a device: pick the target OU and environment; the group's policy decides what happens."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import ReprovisionPolicy
from app.domain.messages import QT_TRANSLATE_NOOP


def policy_text(policy: str) -> str:
    """Untranslated (the page translates it); each marked for lupdate in the page's context."""
    return {
        ReprovisionPolicy.MIGRATE.value: QT_TRANSLATE_NOOP(
            "ReprovisionPage", "Policy 'migrate': the device is reprovisioned now and keeps its master data."),
        ReprovisionPolicy.INITIALIZE.value: QT_TRANSLATE_NOOP(
            "ReprovisionPage", "Policy 'initialize': the device is reprovisioned now; its master data "
                               "is reset to the group's defaults."),
        ReprovisionPolicy.APPROVAL.value: QT_TRANSLATE_NOOP(
            "ReprovisionPage", "Policy 'approval': a supervisor must approve. The request waits as "
                               "pending until then."),
        ReprovisionPolicy.NEVER.value: QT_TRANSLATE_NOOP(
            "ReprovisionPage", "Policy 'never': this group does not allow reprovisioning."),
    }.get(policy, policy)


class ReprovisionPage(QWidget):
    submitted = Signal(str, str, str)  # OU, environment, product key ("" = the group's)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reprovisionPage")
        self.policy = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("reprovisionTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.policy_label = QLabel()
        self.policy_label.setObjectName("reprovisionPolicy")
        self.policy_label.setWordWrap(True)
        layout.addWidget(self.policy_label)
        form = QFormLayout()
        self.ou = QComboBox()
        self.ou.setObjectName("reprovisionOu")
        self.ou.setEditable(True)
        self.environment = QComboBox()
        self.environment.setObjectName("reprovisionEnvironment")
        self.environment.setEditable(True)
        self.product_key = QLineEdit()
        self.product_key.setObjectName("reprovisionProductKey")
        self.product_key.setPlaceholderText(self.tr("empty: the group's product key"))
        form.addRow(self.tr("Target OU:"), self.ou)
        form.addRow(self.tr("Target environment:"), self.environment)
        form.addRow(self.tr("Product key:"), self.product_key)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.submit = QPushButton()
        self.submit.setObjectName("reprovisionSubmit")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("reprovisionCancel")
        for button in (self.submit, self.cancel):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.submit.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.cancelled)

    def begin(self, sn: str, policy: str, current: tuple[str, str], ous: list[str], environments: list[str]) -> None:
        self.policy = policy
        self.title.setText(self.tr("<b>Reprovision %s</b>, now in %s / %s") % (sn, current[0], current[1]))
        self.policy_label.setText(self.tr(policy_text(policy)))
        for combo, items in ((self.ou, ous), (self.environment, environments)):
            combo.clear()
            combo.addItems(items)
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        self.product_key.clear()
        needs_approval = policy == ReprovisionPolicy.APPROVAL.value
        self.submit.setText(self.tr("Send for approval") if needs_approval else self.tr("Reprovision now"))
        self.submit.setEnabled(policy != ReprovisionPolicy.NEVER.value)
        self.ou.setFocus()

    def _submit(self) -> None:
        self.submitted.emit(self.ou.currentText().strip(), self.environment.currentText().strip(),
                            self.product_key.text().strip())
