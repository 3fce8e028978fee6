"""Every (state, action) pair through the services and through the Field view's buttons: both give the answer of
the one transition table (app/domain/lifecycle.py), and an allowed action leads where the table says."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.domain.enums import DeviceStatus
from app.domain.errors import DpsError, LifecycleError, NotFoundError
from app.domain.lifecycle import Action, allowed, next_state, refusal, replacement_state
from app.domain.permissions import Permission
from app.services import device_registration as reg
from app.services import device_lookup, groups, labelling, lifecycle, provisioning, registering
from app.services.context import ServiceContext
from app.ui.views.installer.action_buttons import ActionButtons
from app.ui.views.installer.field_view import FieldView
from tests.ui.installer_support import GROUP, Station, running_field_view

OWNER = {"owner": "ops"}
FIELD_ACTIONS = (Action.INSTALL, Action.ACTIVATE, Action.REPLACE, Action.REPROVISION, Action.DISABLE, Action.ENABLE)


@pytest.fixture
def field(qtbot, tmp_path: Path) -> Iterator[tuple[Station, FieldView]]:  # type: ignore[no-untyped-def]
    with running_field_view(qtbot, tmp_path) as running:
        yield running


class Devices:
    """Fresh devices of the group, put into any state through the services."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.count = 0

    def new(self) -> str:
        self.count += 1
        sn = f"WALK-{self.count:04d}"
        registering.register_device(self.ctx, GROUP, sn)
        return sn

    def in_state(self, state: DeviceStatus) -> str:
        ctx, sn = self.ctx, self.new()
        if state is DeviceStatus.LABELLED:
            lifecycle.record_labels_printed(ctx, [device_lookup.get_device(ctx, GROUP, sn).id], copies=1,
                                            template="avery-l7160", output="walk.pdf")
        elif state is DeviceStatus.INSTALLED:
            lifecycle.install(ctx, GROUP, sn, OWNER)
        elif state in (DeviceStatus.ALLOCATED, DeviceStatus.CONNECTED):
            lifecycle.activate(ctx, GROUP, sn, OWNER)
            if state is DeviceStatus.CONNECTED:
                lifecycle.mark_connected(ctx, GROUP, sn)
        elif state is DeviceStatus.DISABLED:
            lifecycle.disable(ctx, GROUP, sn)  # from registered
        elif state is DeviceStatus.REPLACED:
            lifecycle.replace(ctx, GROUP, sn, self.new())
        elif state is DeviceStatus.DISCARDED:
            lifecycle.delete(ctx, GROUP, sn)
        assert state is DeviceStatus.DISCARDED or device_lookup.get_device(ctx, GROUP, sn).status == state
        return sn


def service_call(ctx: ServiceContext, made: Devices, action: Action, sn: str, out: Path) -> Callable[[], object]:
    """The service call that carries `action` out on device `sn` (as the CLI and the window call it)."""
    calls: dict[Action, Callable[[], object]] = {
        Action.LABEL: lambda: lifecycle.record_labels_printed(
            ctx, [d.id for d in labelling.select_devices(ctx, labelling.LabelSelection(GROUP, sns=(sn,)))[0]],
            copies=1, template="avery-l7160", output="walk.pdf"),
        Action.INSTALL: lambda: lifecycle.install(ctx, GROUP, sn, OWNER),
        Action.ACTIVATE: lambda: lifecycle.activate(ctx, GROUP, sn, OWNER),
        Action.CONNECT: lambda: lifecycle.mark_connected(ctx, GROUP, sn),
        Action.REGISTER: lambda: reg.register(
            reg.service_context(ctx.db, ctx.keyring, ctx.home),
            reg.RegistrationRequest(groups.get_group(ctx, GROUP).group_id, sn, None, "mqtt", "127.0.0.1:1", "walk")),
        Action.REPLACE: lambda: lifecycle.replace(ctx, GROUP, sn, made.new()),
        Action.TAKE_OVER: lambda: lifecycle.replace(ctx, GROUP, made.new(), sn),
        Action.REPROVISION: lambda: lifecycle.reprovision(ctx, GROUP, sn, "ou-b", "test"),
        Action.DISABLE: lambda: lifecycle.disable(ctx, GROUP, sn),
        Action.ENABLE: lambda: lifecycle.enable(ctx, GROUP, sn),
        Action.DELETE: lambda: lifecycle.delete(ctx, GROUP, sn),
        Action.RE_REGISTER: lambda: registering.register_device(ctx, GROUP, sn),
        Action.EXPORT: lambda: provisioning.export_provisioning(ctx, GROUP, out / f"{sn}.json", sns=[sn]),
    }
    assert set(calls) == set(Action), "a new action needs its service call here"
    return calls[action]


@pytest.mark.parametrize("state", list(DeviceStatus))
def test_every_action_through_the_services_and_the_field_buttons_agrees_with_the_table(
        qtbot, field: tuple[Station, FieldView], tmp_path: Path, state: DeviceStatus) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    ctx = st.admin
    made = Devices(ctx)

    # the services: allowed exactly when the table allows it, refused with the table's message
    for action in Action:
        sn = made.in_state(state)
        try:
            service_call(ctx, made, action, sn, tmp_path)()
        except DpsError as error:
            assert not allowed(state, action), f"{state} {action}: refused with {error}"
            if isinstance(error, LifecycleError):
                assert str(error) == refusal(state, action, f"device {sn}")
            else:  # a deleted device is not found; the provisioning service answers "unauthorized"
                assert state is DeviceStatus.DISCARDED or action in (Action.REGISTER, Action.RE_REGISTER), error
            continue
        assert allowed(state, action), f"{state} {action}: the service allowed it"
        if action is Action.DELETE:
            with pytest.raises(NotFoundError):
                device_lookup.get_device(ctx, GROUP, sn)
            continue
        expected = (replacement_state(DeviceStatus.REGISTERED, state) if action is Action.TAKE_OVER
                    else next_state(state, action, before_disable=DeviceStatus.REGISTERED))
        assert device_lookup.get_device(ctx, GROUP, sn).status == expected, (state, action)

    # the Field view's buttons, for an installer (who may do every one of these actions)
    assert all(view.env.can(p) for p in (Permission.INSTALL, Permission.ACTIVATE, Permission.REPLACE,
                                         Permission.REPROVISION, Permission.DISABLE))
    buttons = {Action.INSTALL: view.install_button, Action.ACTIVATE: view.activate_button,
               Action.REPLACE: view.replace_button, Action.REPROVISION: view.reprovision_button}
    shown = ActionButtons()
    qtbot.addWidget(shown)
    shown.show_for(state.value, "migrate", lambda _permission: True)  # a deleted device is never shown: the rule
    panels: list[tuple[dict[Action, object], object]] = [(
        {Action.INSTALL: shown.install, Action.ACTIVATE: shown.activate, Action.REPLACE: shown.replace,
         Action.REPROVISION: shown.reprovision}, shown.disable)]
    if state is not DeviceStatus.DISCARDED:
        sn = made.in_state(state)
        with qtbot.waitSignal(view.deviceShown, timeout=10_000):
            view.load_device(GROUP, sn)
        panels.append((dict(buttons), view.disable_button))
    for one_by_one, disable in panels:
        for action, button in one_by_one.items():
            assert button.isEnabled() is allowed(state, action), (state, action)  # type: ignore[attr-defined]
        switch = allowed(state, Action.DISABLE) or allowed(state, Action.ENABLE)
        assert disable.isEnabled() is switch, state  # type: ignore[attr-defined]
        assert disable.text().startswith("Enable") is allowed(state, Action.ENABLE), state  # type: ignore[attr-defined]
    assert {a for a in FIELD_ACTIONS if a not in buttons} == {Action.DISABLE, Action.ENABLE}  # the one switch

