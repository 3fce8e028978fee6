"""The field view's large action buttons; which of them a device in a given state allows is the lifecycle
table's answer (app/domain/lifecycle.py), and the group's reprovision policy and the user's role."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import ReprovisionPolicy
from app.domain.lifecycle import Action, Phase, allowed, phase_of
from app.domain.permissions import Permission


class ActionButtons(QWidget):
    """Install (Save master data), Activate, Replace, Reprovision, Disable (Enable), with their keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.install = self._button("installButton", self.tr("Install"), "F5")
        self.activate = self._button("activateButton", self.tr("Activate"), "Ctrl+Enter / F6")
        self.replace = self._button("replaceButton", self.tr("Replace…"), "F7")
        self.reprovision = self._button("reprovisionButton", self.tr("Reprovision…"), "F8")
        self.disable = self._button("disableButton", self.tr("Disable…"), "F9")
        self.activate.setDefault(True)
        grid = QGridLayout()
        grid.setSpacing(6)
        grid.addWidget(self.install, 0, 0)
        grid.addWidget(self.activate, 0, 1, 1, 2)
        grid.addWidget(self.replace, 1, 0)
        grid.addWidget(self.reprovision, 1, 1)
        grid.addWidget(self.disable, 1, 2)
        hint = QLabel(self.tr("Scan → fill in → <b>Ctrl+Enter</b> activates. Esc returns to the scan field."))
        hint.setObjectName("actionHint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(hint)

    @staticmethod
    def _button(name: str, text: str, keys: str) -> QPushButton:
        button = QPushButton(f"{text}\n{keys}")
        button.setObjectName(name)
        button.setMinimumHeight(58)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        button.setFont(font)
        return button

    @staticmethod
    def _relabel(button: QPushButton, text: str) -> None:
        keys = button.text().split("\n", 1)[-1]
        button.setText(f"{text}\n{keys}")

    def show_for(self, status: str | None, policy: str, can: Callable[[Permission], bool]) -> None:
        """Enable and name the buttons for a device in `status` (None: no device) of a group with `policy`."""
        def allows(action: Action) -> bool:
            return status is not None and allowed(status, action)

        saving = status is not None and phase_of(status) is Phase.ACTIVE  # install keeps an activated device
        self._relabel(self.install, self.tr("Save master data") if saving else self.tr("Install"))
        self._relabel(self.disable, self.tr("Enable") if allows(Action.ENABLE) else self.tr("Disable…"))
        self.install.setEnabled(allows(Action.INSTALL) and can(Permission.INSTALL))
        self.activate.setEnabled(allows(Action.ACTIVATE) and can(Permission.ACTIVATE))
        # without a device: the faulty one is scanned on the Replace page first
        self.replace.setEnabled((status is None or allows(Action.REPLACE)) and can(Permission.REPLACE))
        self.reprovision.setEnabled(allows(Action.REPROVISION) and can(Permission.REPROVISION)
                                    and policy != ReprovisionPolicy.NEVER.value)
        self.disable.setEnabled((allows(Action.DISABLE) or allows(Action.ENABLE)) and can(Permission.DISABLE))
