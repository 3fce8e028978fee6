"""The lifecycle transition table (app/domain/lifecycle.py) and the scan outcome table (app/scan/outcomes.py):
complete, and saying what the services, the buttons and the scan classifier rely on."""

from __future__ import annotations

from enum import StrEnum

import pytest

from app.domain.enums import DeviceStatus
from app.domain.errors import LifecycleError
from app.domain.lifecycle import (
    RULES,
    Action,
    Phase,
    allowed,
    check,
    needs_complete_master_data,
    next_state,
    phase_of,
    refusal,
    replacement_state,
    states_allowing,
    states_in,
)
from app.scan.outcome_table import SEVERITY, Feedback, ScanOutcome


def test_every_state_decides_every_action_once() -> None:
    assert set(RULES) == set(DeviceStatus)
    for rule in RULES.values():
        assert set(rule.moves) | set(rule.refusals) == set(Action), rule.state
        assert not set(rule.moves) & set(rule.refusals), rule.state
        for move in rule.moves.values():  # every move leads to a state the table has (or stays, or restores)
            assert move.to is None or move.to in RULES


@pytest.mark.parametrize("state", list(DeviceStatus))
@pytest.mark.parametrize("action", list(Action))
def test_a_refusal_is_one_line_naming_the_device_and_a_move_has_none(state: DeviceStatus, action: Action) -> None:
    if allowed(state, action):
        with pytest.raises(ValueError):
            refusal(state, action)
        assert next_state(state.value, action, before_disable="installed") in DeviceStatus
    else:
        message = refusal(state.value, action, "device SN-1")
        assert message.startswith("device SN-1 ") and "\n" not in message and "{" not in message
        with pytest.raises(LifecycleError, match=message.replace("(", r"\(").replace(")", r"\)")):
            check(state, action, "device SN-1")
        with pytest.raises(LifecycleError):
            next_state(state, action)


def test_where_the_actions_lead() -> None:
    assert next_state("registered", Action.LABEL) is DeviceStatus.LABELLED
    assert next_state("installed", Action.LABEL) is DeviceStatus.INSTALLED
    assert next_state("labelled", Action.INSTALL) is DeviceStatus.INSTALLED
    assert next_state("connected", Action.INSTALL) is DeviceStatus.CONNECTED  # saving master data: stays
    assert next_state("installed", Action.ACTIVATE) is DeviceStatus.ALLOCATED
    assert next_state("allocated", Action.CONNECT) is DeviceStatus.CONNECTED
    assert next_state("registered", Action.REGISTER) is DeviceStatus.CONNECTED  # the provisioning service
    assert next_state("disabled", Action.REGISTER) is DeviceStatus.DISABLED  # told "disabled", stays
    assert next_state("connected", Action.REPROVISION) is DeviceStatus.ALLOCATED
    assert next_state("allocated", Action.DISABLE) is DeviceStatus.DISABLED
    assert next_state("disabled", Action.ENABLE, before_disable="allocated") is DeviceStatus.ALLOCATED
    assert next_state("disabled", Action.ENABLE) is DeviceStatus.REGISTERED  # not known: registered
    assert next_state("allocated", Action.REPLACE) is DeviceStatus.REPLACED
    assert next_state("replaced", Action.DELETE) is DeviceStatus.DISCARDED
    assert next_state("discarded", Action.RE_REGISTER) is DeviceStatus.REGISTERED


def test_the_refusals_say_why() -> None:
    assert refusal("replaced", Action.ACTIVATE, "device OLD") == (
        "device OLD is replaced; nothing can be done with it any more")
    assert refusal("disabled", Action.INSTALL, "device X") == "device X is disabled; enable it first"
    assert refusal("allocated", Action.ACTIVATE, "device X") == "device X is already activated (allocated)"
    assert refusal("connected", Action.DELETE, "device X") == "device X is activated; disable it before deleting it"
    assert refusal("installed", Action.ENABLE, "device X") == "device X is not disabled (it is installed)"
    assert refusal("disabled", Action.LABEL, "device X") == "device X is disabled; it cannot get a label"
    assert refusal("discarded", Action.EXPORT, "device X") == "device X is discarded; it gets no provisioning file"
    assert refusal("allocated", Action.TAKE_OVER, "device X") == (
        "device X is already allocated; a replacement must not be allocated yet")


def test_required_master_data_after_activation_and_after_saving_an_activated_device() -> None:
    assert needs_complete_master_data("installed", Action.ACTIVATE)
    assert needs_complete_master_data("allocated", Action.INSTALL)
    assert needs_complete_master_data("connected", Action.INSTALL)
    assert not needs_complete_master_data("registered", Action.INSTALL)
    assert not needs_complete_master_data("disabled", Action.INSTALL)  # refused anyway


def test_phases_and_the_state_sets_derived_from_the_table() -> None:
    assert states_in(Phase.RETIRED) == ("replaced", "discarded")
    assert states_in(Phase.ACTIVE) == ("allocated", "connected")
    assert states_allowing(Action.ACTIVATE) == states_in(Phase.ONBOARDING) == ("registered", "labelled", "installed")
    assert phase_of("disabled") is Phase.DISABLED
    with pytest.raises(ValueError):
        phase_of("lost")


@pytest.mark.parametrize(("faulty", "spare", "expected"), [
    ("registered", "labelled", "labelled"), ("installed", "registered", "installed"),
    ("connected", "labelled", "installed"), ("disabled", "registered", "registered")])
def test_the_state_a_spare_is_left_in(faulty: str, spare: str, expected: str) -> None:
    assert replacement_state(faulty, spare) is DeviceStatus(expected)


def test_a_spare_that_cannot_take_over_is_refused() -> None:
    with pytest.raises(LifecycleError, match="is disabled and cannot be used as a replacement"):
        replacement_state("installed", "disabled")


def test_every_scan_outcome_carries_its_traits_in_one_table() -> None:
    assert tuple(ScanOutcome) == SEVERITY  # declared from the least to the most serious
    for outcome in ScanOutcome:
        traits = outcome.traits
        assert traits.title and isinstance(traits.feedback, Feedback)
        assert outcome.refused is (traits.feedback is Feedback.ERROR)
    assert ScanOutcome("retired") is ScanOutcome.RETIRED and ScanOutcome.RETIRED.value == "retired"
    assert [o for o in ScanOutcome if not o.traits.names_device] == [
        ScanOutcome.AMBIGUOUS, ScanOutcome.DAMAGED_CODE, ScanOutcome.BAD_MANUAL_CODE, ScanOutcome.FORGED]
    assert {o for o in ScanOutcome if o.refused} == {
        ScanOutcome.DISABLED, ScanOutcome.RETIRED, ScanOutcome.DAMAGED_CODE, ScanOutcome.BAD_MANUAL_CODE,
        ScanOutcome.FORGED}


def test_a_scan_outcome_declared_without_its_traits_fails_where_it_is_declared() -> None:
    with pytest.raises(TypeError, match="'lost' is declared without its OutcomeTraits"):
        class Outcomes(StrEnum):  # as a new outcome would be written, with ScanOutcome's way of making members
            __new__ = ScanOutcome._new_member_  # type: ignore[attr-defined]
            LOST = "lost"
