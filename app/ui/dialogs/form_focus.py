"""Form dialogs open with the cursor in their first field, and Enter means OK.

The dialogs build their OK/Cancel buttons before their fields, so the buttons came first in the tab order:
with OK still disabled the focus went to Cancel, typed text was lost and Enter cancelled (at sign-in it quit
the program). `settle_focus` puts the fields before the buttons in the tab order, makes OK the default
button (Enter in a field presses it when it is enabled, and never presses Cancel) and focuses the first
field that takes input.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QWidget


def form_fields(form: QFormLayout) -> list[QWidget]:
    """The field widgets of the form's rows that take keyboard input, top to bottom."""
    fields = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        widget = item.widget() if item is not None else None
        if widget is not None and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            fields.append(widget)
    return fields


def make_ok_default(buttons: QDialogButtonBox) -> None:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok is not None:
        ok.setAutoDefault(True)
        ok.setDefault(True)


def settle_focus(form: QFormLayout, buttons: QDialogButtonBox) -> None:
    """Call when the dialog is shown (its fields are final): tab order fields then buttons, focus on the first."""
    fields = form_fields(form)
    chain = fields + [button for button in buttons.buttons() if button.isVisibleTo(buttons.window())]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)
    make_ok_default(buttons)
    shown = [field for field in fields if field.isVisibleTo(buttons.window())]
    if shown:
        shown[0].setFocus(Qt.FocusReason.OtherFocusReason)
