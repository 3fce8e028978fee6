"""The Field view's actions on the shown device: install (or save master data), activate, replace, reprovision,
disable and enable. Which of them the device allows is the lifecycle table's answer (app/domain/lifecycle.py:
the buttons ask it, the services enforce it); each runs its service call on env.runner and shows the outcome
on the banner, in the scan list and in the session's ledger."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain.changes import ChangeNotice, Topic
from app.domain.enums import ReprovisionState
from app.domain.errors import DpsError, InputError
from app.domain.lifecycle import (
    Action,
    Phase,
    allowed,
    needs_complete_master_data,
    phase_of,
)
from app.domain.records import ReprovisionRecord
from app.scan.outcomes import KnownDevice
from app.services import lifecycle
from app.services.lifecycle import Replacement
from app.ui.errors import show_error
from app.ui.messages import translated_error
from app.ui.views.installer.field_base import FieldBase
from app.ui.views.installer.ledger import Progress

PAGE_NONE, PAGE_REPLACE, PAGE_REPROVISION, PAGE_DISABLE = range(4)
"""The pages in the master data form's place: the form itself, and the flows of replace, reprovision, disable."""


class FieldActions(FieldBase):
    """Part of FieldView (mixed in over FieldBase): the actions and their flows."""

    # ---- install and activate --------------------------------------------------------------------------
    def install(self) -> None:
        """Install; for a device that is already active, save its corrected master data."""
        device = self.current.device if self.current is not None else None
        saving = device is not None and phase_of(device.status) is Phase.ACTIVE
        self._onboard("save" if saving else "install", Action.INSTALL, lifecycle.install)

    def activate(self) -> None:
        self._onboard("activate", Action.ACTIVATE, lifecycle.activate)

    def _onboard(self, action: str, step: Action, call: Callable[..., Any]) -> None:
        button = self.activate_button if action == "activate" else self.install_button
        if self.current is None or not button.isEnabled():
            return
        device = self.current.device
        # the service refuses the same (the table's rule); checked here first to name the fields on the form
        problems = self.form.check(require_complete=needs_complete_master_data(device.status, step))
        if problems:
            self.banner.show_text("error", self.tr("Check the master data"), self.form.problems_text(problems))
            self.sounds.play("warning")
            return
        values = self.form.values()
        ctx = self.env.ctx
        group, sn = device.group, device.sn
        doing = {"activate": self.tr("Activating"), "install": self.tr("Installing"),
                 "save": self.tr("Saving the master data of")}[action]
        self.banner.show_text("info", self.tr("%s %s…") % (doing, sn))

        def done(_record: Any) -> None:
            progress = Progress.INSTALLED if action == "install" else Progress.DONE
            word = {"activate": self.tr("activated"), "install": self.tr("installed"),
                    "save": self.tr("master data saved")}[action]
            self._action_done(action, group, sn, progress, word,
                              self.tr("%s %s") % (sn, word),
                              self.tr("Activate it when ready (Ctrl+Enter).") if action == "install" else
                              self.tr("Next device: scan its label."))

        self.env.runner.call(action, lambda: call(ctx, group, sn, values), on_done=done,
                             on_failed=lambda error: self._action_failed(action, group, sn, error),
                             changes=_device_changed(group))

    def _action_done(self, action: str, group: str, sn: str, progress: Progress, note: str, title: str,
                     message: str, *, level: str = "ok", reload_sn: str | None = None) -> None:
        self._form_dirty = False
        self.ledger.record(group, sn, progress, note)
        self.scans.set_done(group, sn, note)
        self._update_counts()
        self.banner.show_text(level, title, message, outcome=action)
        self.sounds.play("done" if level == "ok" else "warning")
        self.pages.setCurrentIndex(PAGE_NONE)
        self.load_device(group, reload_sn or sn)
        self.focus_scan_input()
        self.actionFinished.emit(action, True)

    def _action_failed(self, action: str, group: str, sn: str, error: Exception) -> None:
        if isinstance(error, InputError) and self.form.show_error(error):
            self.banner.show_text("error", self.tr("Check the master data"),
                                  self.form.problems_text(self.form.errors_by_field(error)), outcome=action)
            self.sounds.play("warning")
            self.actionFinished.emit(action, False)
            return
        if isinstance(error, DpsError):
            self.ledger.record(group, sn, Progress.FAILED, f"{action} failed: {translated_error(error)}")
            self.scans.set_done(group, sn, self.tr("%s failed") % action)
            self._update_counts()
            self.banner.show_text("error", self.tr("%s failed") % action.capitalize(), translated_error(error),
                                  outcome=action)
            self.sounds.play("error")
            self.load_device(group, sn)
        show_error(self, error)
        self.actionFinished.emit(action, False)

    # ---- modes: replace, reprovision, disable -----------------------------------------------------------
    def cancel_mode(self) -> None:
        """Esc: leave replace, reprovision or disable; on the scan field itself, clear it."""
        if self.pages.currentIndex() == PAGE_NONE and self.scan_input.hasFocus():
            self.scan_input.discard()
        self.pages.setCurrentIndex(PAGE_NONE)
        self.focus_scan_input()

    def begin_replace(self) -> None:
        if not self.replace_button.isEnabled():
            return
        device = self.current.device if self.current is not None else None
        group = device.group if device else (self.session.group_name if self.session else None) or ""
        self.replace_page.begin(group, device.sn if device else "")
        self.pages.setCurrentIndex(PAGE_REPLACE)
        self.banner.show_text("info", self.tr("Replace a device"),
                              self.tr("Scan or type the new device; what moves over is shown before you confirm.")
                              if device else self.tr("Scan or type the faulty device, then the new one."))

    def _replace_preview(self, group: str, old: str, new: str) -> None:
        if not group:
            self.replace_page.show_problem(self.tr("Scan the faulty device (its group is not known)."))
            return
        ctx = self.env.ctx
        self.env.runner.call("replacement preview", lambda: lifecycle.replacement_preview(ctx, group, old, new),
                             on_done=self.replace_page.show_preview,
                             on_failed=lambda error: self.replace_page.show_problem(translated_error(error))
                             if isinstance(error, DpsError) else self._failed(error))

    def _replace_confirmed(self, group: str, old: str, new: str) -> None:
        ctx = self.env.ctx

        def done(replacement: Replacement) -> None:
            self.ledger.record(group, old, Progress.DONE, self.tr("replaced by %s") % new)
            self.scans.set_done(group, old, self.tr("replaced by %s") % new)
            active = phase_of(replacement.new.status) is Phase.ACTIVE
            if not self.scans.set_done(group, new, self.tr("replaces %s") % old):  # typed on the Replace page
                record = replacement.new
                self.scans.add_action(self.tr("replacement"),
                                      KnownDevice(record.sn, record.group, record.group_id, record.batch, record.status),
                                      self.tr("replaces %s") % old, self.tr("new device replacing %s") % old)
            # the new device is installed, not activated: pending until it is
            self._action_done("replace", group, new, Progress.DONE if active else Progress.INSTALLED,
                              self.tr("replaces %s") % old, self.tr("%s replaced by %s") % (old, new),
                              self.tr("%s took over asset %s; %s is retired.")
                              % (new, replacement.new.asset_id, old)
                              + ("" if active else " " + self.tr("Activate %s when ready (Ctrl+Enter).") % new))

        self.env.runner.call("replace", lambda: lifecycle.replace(ctx, group, old, new), on_done=done,
                             on_failed=lambda error: self._action_failed("replace", group, old, error),
                             changes=_device_changed(group))

    def begin_reprovision(self) -> None:
        if not self.reprovision_button.isEnabled() or self.current is None or self.current_group is None:
            return
        active = [a for a in self.current.allocations if a.state == "active"]
        where = (active[-1].ou, active[-1].environment) if active else (self.current_group.ou,
                                                                         self.current_group.environment)
        self.reprovision_page.begin(self.current.device.sn, self.current_group.reprovision_policy, where,
                                    self.known_ous, self.known_environments)
        self.pages.setCurrentIndex(PAGE_REPROVISION)

    def _reprovision_submitted(self, ou: str, environment: str, product_key: str) -> None:
        if self.current is None:
            return
        ctx = self.env.ctx
        group, sn = self.current.device.group, self.current.device.sn

        def done(record: ReprovisionRecord) -> None:
            if record.state == ReprovisionState.AWAITING_APPROVAL.value:
                self._action_done("reprovision", group, sn, Progress.AWAITING_APPROVAL,
                                  self.tr("reprovision to %s/%s awaits approval") % (ou, environment),
                                  self.tr("Sent for approval: pending"),
                                  self.tr("A supervisor must approve reprovisioning %s to %s / %s; the request "
                                          "waits as pending (and syncs).") % (sn, ou, environment), level="info")
            else:
                self._action_done("reprovision", group, sn, Progress.DONE,
                                  self.tr("reprovisioned to %s/%s") % (ou, environment),
                                  self.tr("%s reprovisioned to %s / %s") % (sn, ou, environment),
                                  self.tr("New allocation made (policy %s); it completes when the device connects.")
                                  % record.policy)

        self.env.runner.call("reprovision",
                             lambda: lifecycle.reprovision(ctx, group, sn, ou, environment, product_key or None),
                             on_done=done, on_failed=lambda error: self._action_failed("reprovision", group, sn, error),
                             changes=ChangeNotice.of(Topic.REPROVISIONS, *_device_changed(group).topics, group=group))

    def begin_disable(self) -> None:
        """Disable (asks for a reason); a disabled device is enabled again at once."""
        if not self.disable_button.isEnabled() or self.current is None:
            return
        if allowed(self.current.device.status, Action.ENABLE):
            self._enable()
            return
        self.disable_page.begin(self.current.device.sn)
        self.pages.setCurrentIndex(PAGE_DISABLE)

    def _disable_submitted(self, reason: str) -> None:
        if self.current is None:
            return
        ctx = self.env.ctx
        group, sn = self.current.device.group, self.current.device.sn
        self.env.runner.call(
            "disable", lambda: lifecycle.disable(ctx, group, sn, reason),
            on_done=lambda _r: self._action_done("disable", group, sn, Progress.DONE, self.tr("disabled"),
                                                 self.tr("%s disabled") % sn, reason or "", level="warning"),
            on_failed=lambda error: self._action_failed("disable", group, sn, error), changes=_device_changed(group))

    def _enable(self) -> None:
        assert self.current is not None
        ctx = self.env.ctx
        group, sn = self.current.device.group, self.current.device.sn
        self.env.runner.call(
            "enable", lambda: lifecycle.enable(ctx, group, sn),
            on_done=lambda record: self._action_done(
                "enable", group, sn, Progress.DONE, self.tr("enabled"), self.tr("%s enabled") % sn,
                self.tr("Back to %s.") % record.status),
            on_failed=lambda error: self._action_failed("enable", group, sn, error), changes=_device_changed(group))


def _device_changed(group: str) -> ChangeNotice:
    """What a lifecycle action on a device of `group` changes: the device, its batch's counts, the audit trail."""
    return ChangeNotice.of(Topic.DEVICES, Topic.BATCHES, Topic.AUDIT, group=group)
