"""Create a batch in a registration group, or rename one (its number and description)."""

from __future__ import annotations

import html
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.domain.changes import Topic
from app.domain.errors import InputError
from app.domain.records import BatchRecord
from app.services import batches
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.environment import UiEnvironment


class BatchDialog(ServiceFormDialog):
    def __init__(self, env: UiEnvironment, group: str, *, existing: BatchRecord | None = None,
                 taken_numbers: Collection[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.setObjectName("batchDialog")
        self.group = group
        self.existing = existing
        self._taken = set(taken_numbers) - ({existing.number} if existing else set())
        self.setWindowTitle(self.tr("Rename batch %s") % existing.number if existing else self.tr("New batch"))
        self.form.addRow(self.tr("Registration group"), QLabel(f"<b>{html.escape(group)}</b>"))
        self.number = QLineEdit()
        self.number.setObjectName("batchNumber")
        self.number.setPlaceholderText(self.tr("printed on the labels, e.g. 2026-11-A"))
        self.description = QLineEdit()
        self.description.setObjectName("batchDescription")
        self.add_field(self.tr("Batch &number"), self.number, "batch")
        self.add_field(self.tr("&Description"), self.description)
        if existing is not None:
            self.number.setText(existing.number)
            self.description.setText(existing.description)
        self.revalidate()

    def problem(self) -> InputError | None:
        try:
            number = batches.check_batch_number(self.number.text())
        except InputError as error:
            return error
        if number in self._taken:
            return InputError(f"batch {number!r} already exists in group {self.group!r}", field="batch")
        return None

    def service_call(self) -> Callable[[], Any]:
        ctx, group = self.env.ctx, self.group
        number, description = self.number.text().strip(), self.description.text()
        if self.existing is None:
            return lambda: batches.create_batch(ctx, group, number, description)
        old = self.existing.number
        return lambda: batches.rename_batch(ctx, group, old, number, description)

    def data_key(self) -> Topic:
        return Topic.BATCHES
