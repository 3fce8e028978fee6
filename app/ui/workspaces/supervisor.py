"""The supervisor's workspace ("Office"): batches, approvals, audit trail, reports, users, sync conflicts,
and the provisioning service."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.environment import UiEnvironment
from app.ui.views.conflicts_view import ConflictsView
from app.ui.views.supervisor.audit_view import AuditView
from app.ui.views.supervisor.batches_view import BatchesView
from app.ui.views.supervisor.provisioning_view import ProvisioningView
from app.ui.views.supervisor.reports_view import ReportsView
from app.ui.views.supervisor.reprovisions_view import ReprovisionsView
from app.ui.views.supervisor.users_view import UsersView


class SupervisorWorkspace(QWidget):
    """Each page loads when first shown; later it follows the window's data-changed reports."""

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.batches = BatchesView(env)
        self.reprovisions = ReprovisionsView(env)
        self.audit = AuditView(env)
        self.reports = ReportsView(env)
        self.users = UsersView(env)
        self.conflicts = ConflictsView(env, self)
        self.conflicts.setObjectName("syncConflicts")
        self.provisioning = ProvisioningView(env)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("supervisorPages")
        self.tabs.addTab(self.batches, self.tr("Batches"))
        self.tabs.addTab(self.reprovisions, self.tr("Approvals"))
        self.tabs.addTab(self.audit, self.tr("Audit trail"))
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.tabs.addTab(self.users, self.tr("Users"))
        self.tabs.addTab(self.conflicts, self.tr("Sync conflicts"))
        self.tabs.addTab(self.provisioning, self.tr("Provisioning service"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self._loaded: set[QWidget] = set()
        self.batches.batchSelected.connect(self.reports.select)
        self.reprovisions.loaded.connect(self._show_waiting)
        self.conflicts.loaded.connect(self._show_conflicts)
        self.tabs.currentChanged.connect(lambda _index: self._load_current())

    def show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)
        self._load_current()

    def activated(self) -> None:
        self._load_current()
        if self.reprovisions not in self._loaded:  # the Approvals tab shows how many wait, from the start
            self._loaded.add(self.reprovisions)
            self.reprovisions.reload()

    def _show_waiting(self, count: int) -> None:
        index = self.tabs.indexOf(self.reprovisions)
        self.tabs.setTabText(index, self.tr("Approvals (%1)").replace("%1", str(count)) if count
                             else self.tr("Approvals"))

    def _show_conflicts(self, count: int) -> None:
        index = self.tabs.indexOf(self.conflicts)
        self.tabs.setTabText(index, self.tr("Sync conflicts (%1)").replace("%1", str(count)) if count
                             else self.tr("Sync conflicts"))

    def _load_current(self) -> None:
        page = self.tabs.currentWidget()
        if page is None or page in self._loaded:
            return
        self._loaded.add(page)
        reload = getattr(page, "reload", None)
        if reload is not None:
            reload()

    def shutdown(self) -> None:
        """Nothing of its own runs: the views' work is on the window's runner."""


def create_workspace(env: UiEnvironment, parent: QWidget | None = None) -> QWidget:
    return SupervisorWorkspace(env, parent)
