"""The audit trail: events newest first, filtered by who, what, when, station, device; and the chain check."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.domain.changes import ChangeNotice, Topic
from app.services import audit
from app.services.audit import AuditFilter, VerifyResult
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.locale_format import count_text
from app.ui.messages import translate_message
from app.ui.palette import OUTCOME_COLOURS
from app.ui.views.supervisor.common import table_view
from app.ui.views.supervisor.models import AuditModel

PAGE = 200
ACTION_PREFIXES = ("", "device.", "batch.", "scan.", "report.", "user.", "group.", "masterdata.", "sync.")
NO_DATE = QDate(2000, 1, 1)


class AuditView(QWidget):
    loaded = Signal(int)
    verified = Signal(object)  # VerifyResult

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTrail")
        self.env = env
        self.actor = self._line("filterActor", self.tr("user name"))
        self.action = QComboBox()
        self.action.setObjectName("filterAction")
        self.action.setEditable(True)
        self.action.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.action.addItems(ACTION_PREFIXES)
        editor = self.action.lineEdit()
        if editor is not None:  # there is one: the box is editable
            editor.setPlaceholderText(self.tr("any action (prefix)"))
        self.station = self._line("filterStation", self.tr("station id"))
        self.sn = self._line("filterSn", self.tr("device SN"))
        self.group = self._line("filterGroup", self.tr("registration group"))
        self.text = self._line("filterText", self.tr("words in action, SN, user, group"))
        self.since = self._date("filterSince")
        self.until = self._date("filterUntil")
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("applyFilter")
        self.apply_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearFilter")
        grid = QGridLayout()
        for column, (label, widget) in enumerate(((self.tr("Who"), self.actor), (self.tr("What"), self.action),
                                                  (self.tr("Station"), self.station), (self.tr("SN"), self.sn))):
            grid.addWidget(QLabel(label), 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
        for column, (label, widget) in enumerate(((self.tr("Group"), self.group), (self.tr("From"), self.since),
                                                  (self.tr("To"), self.until), (self.tr("Search"), self.text))):
            grid.addWidget(QLabel(label), 1, 2 * column)
            grid.addWidget(widget, 1, 2 * column + 1)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)
        filter_buttons = QVBoxLayout()
        filter_buttons.addWidget(self.apply_button)
        filter_buttons.addWidget(self.clear_button)
        filters = QHBoxLayout()
        filters.addLayout(grid, 1)
        filters.addLayout(filter_buttons)

        self.model = AuditModel(env.runner, self)
        self.table = table_view("auditTable")
        self.table.setModel(self.model)
        for column, width in ((AuditModel.WHEN, 150), (AuditModel.STATION, 110), (AuditModel.SEQ, 50),
                              (AuditModel.ACTOR, 110), (AuditModel.ACTION, 190), (AuditModel.GROUP, 90),
                              (AuditModel.SN, 110)):
            self.table.setColumnWidth(column, width)
        self.summary = QLabel()
        self.summary.setObjectName("auditSummary")
        self.verify_button = QPushButton(self.tr("Verify the audit trail"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setToolTip(self.tr("Check every station's hash chain for edited, removed or reordered "
                                              "events"))
        self.verify_result = QLabel(self.tr("Not verified in this session."))
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        verify = QHBoxLayout()
        verify.addWidget(self.verify_button)
        verify.addWidget(self.verify_result, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(verify)

        self.apply_button.clicked.connect(self.reload)
        self.clear_button.clicked.connect(self.clear_filter)
        # Enter in any filter field (text, the action list, a date) applies the filter: see keyPressEvent
        self.verify_button.clicked.connect(self.verify)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: show_error(self, error))
        self._stale = False
        env.runner.changed.connect(self._data_changed)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter or Return that a filter field passed on (they all do) applies the filter."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._in_filters(self.focusWidget()):
            event.accept()
            self.reload()
            return
        super().keyPressEvent(event)

    def _in_filters(self, widget: QWidget | None) -> bool:
        fields = (self.actor, self.action, self.station, self.sn, self.group, self.text, self.since, self.until)
        while widget is not None and widget is not self:
            if widget in fields:
                return True
            widget = widget.parentWidget()
        return False

    def _data_changed(self, notice: ChangeNotice) -> None:
        if not notice.touches(Topic.AUDIT):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # reloaded when shown again

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        return edit

    # ---- filter -------------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        def value(text: str) -> str | None:
            return text.strip() or None

        return AuditFilter(actor=value(self.actor.text()), action=value(self.action.currentText()),
                           station=value(self.station.text()), sn=value(self.sn.text()),
                           group=value(self.group.text()), since=_day_start(self.since.date()),
                           until=_day_start(self.until.date(), next_day=True), text=value(self.text.text()))

    def clear_filter(self) -> None:
        for edit in (self.actor, self.station, self.sn, self.group, self.text):
            edit.clear()
        self.action.setCurrentIndex(0)
        self.action.setEditText("")
        self.since.setDate(NO_DATE)
        self.until.setDate(NO_DATE)
        self.reload()

    def reload(self) -> None:
        self._stale = False
        ctx, flt = self.env.ctx, self.current_filter()
        self.summary.setText(self.tr("Loading…"))

        def fetch(before: Any) -> tuple[list[Any], Any]:
            events = audit.list_events(ctx, flt, limit=PAGE, before=before)
            last = events[-1] if len(events) == PAGE else None
            return events, (last.at, last.station, last.seq) if last is not None else None

        self.model.load(fetch)

    def _loaded(self, rows: int) -> None:
        more = self.model.canFetchMore(self.table.rootIndex())
        if rows == 0:
            self.summary.setText(self.tr("No event matches this filter."))
        else:
            self.summary.setText((self.tr("%1 shown, newest first; more load as you scroll.") if more else
                                  self.tr("%1, newest first.")).replace("%1", count_text(rows, "event")))
        self.loaded.emit(rows)

    # ---- verify -------------------------------------------------------------------------------------

    def verify(self) -> None:
        ctx = self.env.ctx
        self.verify_button.setEnabled(False)
        self.verify_result.setText(self.tr("Verifying every hash chain…"))
        self.verify_result.setStyleSheet("")
        self.env.runner.call("verify audit trail", lambda: audit.verify(ctx), on_done=self._verified,
                             on_failed=self._verify_failed)

    def _verified(self, result: VerifyResult) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            text = self.tr("Intact: %1 from %2; every hash chain checks out.") \
                .replace("%1", count_text(result.events, "event")).replace("%2", count_text(result.stations, "station"))
            colour = OUTCOME_COLOURS["ok"]
        else:
            first = result.problems[0]
            more = len(result.problems) - 1
            text = self.tr("Broken: %1").replace("%1", translate_message(first.message))
            if more:
                text += self.tr(" (and %1 more)").replace("%1", count_text(more, "problem"))
            colour = OUTCOME_COLOURS["error"]
        self.verify_result.setText(text)
        self.verify_result.setStyleSheet(f"color: {colour}; font-weight: bold")
        self.verified.emit(result)

    def _verify_failed(self, error: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.verify_result.setText(self.tr("Could not verify."))
        show_error(self, error)


def _day_start(date: QDate, *, next_day: bool = False) -> datetime | None:
    if date == NO_DATE or not date.isValid():
        return None
    day = datetime(date.year(), date.month(), date.day()).astimezone()  # local midnight
    return day + timedelta(days=1) if next_day else day
