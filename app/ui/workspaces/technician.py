"""The technician's workspace ("Factory"): devices, registration groups, master data and batches.

A navigation list on the left (Alt+1..4) picks the page; pages are built the first time they are
shown. Devices and Batches work on one registration group, picked above them and remembered.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QScrollArea,
                               QStackedWidget, QStyle, QVBoxLayout, QWidget)
from shiboken6 import isValid

from app.domain.changes import ChangeNotice, Topic
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import RegistrationGroupRecord
from app.services import groups
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.settings import LAST_GROUP

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: QStyle.StandardPixmap
    uses_group: bool


_PIXMAP = QStyle.StandardPixmap
PAGES: tuple[PageSpec, ...] = (  # titles translated where shown (self.tr), marked here for lupdate
    PageSpec("devices", QT_TRANSLATE_NOOP("TechnicianWorkspace", "Devices"), _PIXMAP.SP_FileDialogDetailedView, True),
    PageSpec("groups", QT_TRANSLATE_NOOP("TechnicianWorkspace", "Registration groups"), _PIXMAP.SP_DirIcon, False),
    PageSpec("masterdata", QT_TRANSLATE_NOOP("TechnicianWorkspace", "Master data"), _PIXMAP.SP_FileDialogInfoView,
             False),
    PageSpec("batches", QT_TRANSLATE_NOOP("TechnicianWorkspace", "Batches"), _PIXMAP.SP_FileDialogListView, True),
)


def _devices_page(env: UiEnvironment, parent: QWidget) -> QWidget:
    from app.ui.views.devices_view import DevicesView
    return DevicesView(env, parent)


def _groups_page(env: UiEnvironment, parent: QWidget) -> QWidget:
    from app.ui.views.groups_view import GroupsView
    return GroupsView(env, parent)


def _masterdata_page(env: UiEnvironment, parent: QWidget) -> QWidget:
    from app.ui.views.masterdata_view import MasterdataView
    return MasterdataView(env, parent)


def _batches_page(env: UiEnvironment, parent: QWidget) -> QWidget:
    from app.ui.views.batches_view import BatchesView
    return BatchesView(env, parent)


FACTORIES: dict[str, Callable[[UiEnvironment, QWidget], QWidget]] = {
    "devices": _devices_page,
    "groups": _groups_page,
    "masterdata": _masterdata_page,
    "batches": _batches_page,
}


class TechnicianWorkspace(QWidget):
    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.pages: dict[str, QWidget] = {}
        self._group_names: list[str] = []
        self.picker_loads = 0  # completed loads of the group picker, for tests to wait on
        self._first_activation = True

        self.nav = QListWidget()
        self.nav.setObjectName("technicianNav")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        font = QFont(self.nav.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.nav.setFont(font)
        self.nav.setStyleSheet("QListWidget#technicianNav::item { padding: 10px 8px; }")
        for number, spec in enumerate(PAGES, start=1):
            item = QListWidgetItem(self.style().standardIcon(spec.icon), self.tr(spec.title))
            item.setToolTip(self.tr("%s (Alt+%d)") % (self.tr(spec.title), number))
            self.nav.addItem(item)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 40)

        self.group_picker = QComboBox()
        self.group_picker.setObjectName("groupPicker")
        self.group_picker.setMinimumContentsLength(16)
        self.group_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_picker.setPlaceholderText(self.tr("no registration group yet"))
        self.group_bar = QWidget()
        self.group_bar.setObjectName("groupBar")
        bar = QHBoxLayout(self.group_bar)
        bar.setContentsMargins(8, 6, 8, 0)
        picker_label = QLabel(self.tr("Registration &group:"))
        picker_label.setBuddy(self.group_picker)
        bar.addWidget(picker_label)
        bar.addWidget(self.group_picker)
        bar.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.setObjectName("technicianPages")
        for _spec in PAGES:
            self.stack.addWidget(QWidget())
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.group_bar)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)

        self.shortcuts: list[QShortcut] = []
        for index in range(len(PAGES)):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.nav.setCurrentRow(i))
            self.shortcuts.append(shortcut)
        self.nav.currentRowChanged.connect(self._show_page)
        self.group_picker.currentIndexChanged.connect(self._group_picked)
        env.runner.changed.connect(self._data_changed)
        self.nav.setCurrentRow(0)
        self.reload_groups()

    # --- pages --------------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page widget, built now if it was not shown yet."""
        index = [spec.key for spec in PAGES].index(key)
        if key not in self.pages:
            widget = FACTORIES[key](self.env, self.stack)
            widget.setObjectName(widget.objectName() or f"page_{key}")
            old = self.stack.widget(index)
            self.stack.insertWidget(index, self._scrollable(widget))
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.pages[key] = widget
            if PAGES[index].uses_group:
                self._tell_group(widget)
            renamed = getattr(widget, "groupRenamed", None)
            if renamed is not None:
                renamed.connect(self._group_renamed)
        return self.pages[key]

    @staticmethod
    def _scrollable(page: QWidget) -> QScrollArea:
        """A page narrower than its minimum scrolls instead of widening the whole window."""
        area = QScrollArea()
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setWidget(page)
        return area

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow([spec.key for spec in PAGES].index(key))
        return self.pages[key]

    def current_key(self) -> str:
        return PAGES[max(0, self.nav.currentRow())].key

    def _show_page(self, index: int) -> None:
        if index < 0:
            return
        spec = PAGES[index]
        self.page(spec.key)
        self.stack.setCurrentIndex(index)
        self.group_bar.setVisible(spec.uses_group)

    def activated(self) -> None:
        """The workspace came to the front: reload the groups and the page shown (not on the first time: it has
        just loaded them)."""
        if self._first_activation:
            self._first_activation = False
            return
        self.reload_groups()
        reload = getattr(self.pages.get(self.current_key()), "reload", None)
        if callable(reload):
            reload()

    # --- the registration group shared by Devices and Batches ---------------------------------------
    def current_group(self) -> str:
        return self.group_picker.currentText() if self.group_picker.currentIndex() >= 0 else ""

    def reload_groups(self) -> None:
        ctx = self.env.ctx

        def done(records: list[RegistrationGroupRecord]) -> None:
            if isValid(self):
                self._groups_loaded([record.name for record in records])

        def failed(error: Exception) -> None:
            if isValid(self):
                self.picker_loads += 1
                show_error(self, error)

        self.env.runner.call("load registration groups", lambda: groups.list_groups(ctx, with_counts=False),
                             on_done=done, on_failed=failed)

    def _groups_loaded(self, names: list[str]) -> None:
        wanted = self.current_group() or self.env.settings.get(LAST_GROUP)
        if names != self._group_names:
            self._group_names = names
            self.group_picker.blockSignals(True)
            self.group_picker.clear()
            self.group_picker.addItems(names)
            self.group_picker.setCurrentIndex(names.index(wanted) if wanted in names else (0 if names else -1))
            self.group_picker.blockSignals(False)
            self.group_picker.setEnabled(bool(names))
            self._group_picked()
        self.picker_loads += 1

    def select_group(self, name: str) -> None:
        index = self.group_picker.findText(name)
        if index >= 0:
            self.group_picker.setCurrentIndex(index)

    def _group_picked(self, _index: int = -1) -> None:
        name = self.current_group()
        if name:
            self.env.settings.set(LAST_GROUP, name)
        for spec in PAGES:
            if spec.uses_group and spec.key in self.pages:
                self._tell_group(self.pages[spec.key])

    def _tell_group(self, page: QWidget) -> None:
        set_group = getattr(page, "set_group", None)
        if callable(set_group):
            set_group(self.current_group())

    def _group_renamed(self, old: str, new: str) -> None:
        """Keep working on a group the user renamed (the reload that follows finds it by its new name)."""
        index = self.group_picker.findText(old)
        if index >= 0:
            self.group_picker.setItemText(index, new)
            self._group_names[index] = new
            if index == self.group_picker.currentIndex():
                self._group_picked()

    def _data_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(Topic.GROUPS):
            self.reload_groups()


def create_workspace(env: UiEnvironment, parent: QWidget | None) -> QWidget:
    return TechnicianWorkspace(env, parent)
