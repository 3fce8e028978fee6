"""The device lifecycle: which actions each device state allows, and where each leads. One table.

The services enforce it (app/services/lifecycle*.py, device_registration.py, labelling.py, provisioning.py,
devices.py); the Field view's buttons, the session ledger, the scan classifier, the lists and the batch counts
ask it. A state's row names every action: where it leads (a `Move`) or why it is refused (the one message, a
template of app.domain.messages_devices with `{device}` and `{state}` filled in, so the window translates it). A new action or state that some row does not decide fails at import.

| state      | phase      | allows                                                                            |
|------------|------------|-----------------------------------------------------------------------------------|
| registered | onboarding | label -> labelled, install -> installed, activate -> allocated, register (the     |
|            |            | provisioning service) -> connected, replace, take over, disable, delete, export   |
| labelled   | onboarding | the same; label keeps it labelled                                                  |
| installed  | onboarding | the same; label keeps it installed                                                 |
| allocated  | active     | label, install (save master data, complete), connect/register -> connected,       |
|            |            | reprovision -> allocated, replace, disable, export                                |
| connected  | active     | the same                                                                           |
| disabled   | disabled   | enable (back to the state before), replace, delete, register (answered "disabled",|
|            |            | stays), export                                                                     |
| replaced   | retired    | delete                                                                             |
| discarded  | retired    | re-register (a deleted SN registered again) -> registered                         |
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from app.domain.enums import DeviceStatus
from app.domain.errors import LifecycleError
from app.domain.messages import message, Message, term
from app.domain.messages_devices import (
    DEVICE_NAMED,
    REFUSED_ALREADY_ACTIVATED,
    REFUSED_ALREADY_DELETED,
    REFUSED_ALREADY_DISABLED,
    REFUSED_DELETE_ACTIVATED,
    REFUSED_DISABLED_NO_LABEL,
    REFUSED_ENABLE_FIRST,
    REFUSED_NO_FILE,
    REFUSED_NO_LABEL,
    REFUSED_NO_SPARE,
    REFUSED_NOT_DELETED,
    REFUSED_NOT_DISABLED,
    REFUSED_NOTHING_MORE,
    REFUSED_ONLY_ACTIVE_CONNECTS,
    REFUSED_ONLY_ACTIVE_REPROVISIONS,
    REFUSED_SPARE_ALLOCATED,
    THE_DEVICE,
)


class Action(StrEnum):
    """Everything that is done to one device and depends on its state."""

    LABEL = "label"  # its label printed
    INSTALL = "install"  # on-site master data saved (for an activated device: "save master data")
    ACTIVATE = "activate"  # allocated in the group's OU and environment by the installer
    CONNECT = "connect"  # reported in through its gateway
    REGISTER = "register"  # registered itself with the provisioning service (`dps-station serve`)
    REPLACE = "replace"  # the faulty device hands its asset on to a spare; it is retired
    TAKE_OVER = "take_over"  # the spare takes over the asset of the device it replaces
    REPROVISION = "reprovision"  # a new allocation in another OU/environment
    DISABLE = "disable"
    ENABLE = "enable"
    DELETE = "delete"  # a tombstone
    RE_REGISTER = "re_register"  # a deleted SN registered in its group again: a new device
    EXPORT = "export"  # a provisioning file (device key, secrets) for its firmware


class Phase(StrEnum):
    """What kind of state a device is in: how lists, counts and the scan classifier group the states."""

    ONBOARDING = "onboarding"  # on the way to activation
    ACTIVE = "active"  # holds a live allocation ("activated")
    DISABLED = "disabled"  # out of service until enabled
    RETIRED = "retired"  # replaced or discarded: out of use for good


@dataclass(frozen=True)
class Move:
    """Where an allowed action leads."""

    to: DeviceStatus | None  # None: the state stays as it is
    complete: bool = False  # afterwards, every required master data attribute must have a value
    restores: bool = False  # back to the state the device had before it was disabled


@dataclass(frozen=True)
class StateRule:
    state: DeviceStatus
    phase: Phase
    moves: Mapping[Action, Move]
    refusals: Mapping[Action, str]  # why each other action is refused: a template (app.domain.messages_devices)
    # whose "{device}" and "{state}" are filled in


STAY = Move(None)

# The refusals, each written once (the templates are in app.domain.messages_devices, for the translations).
_NOTHING_MORE = REFUSED_NOTHING_MORE
_ENABLE_FIRST = REFUSED_ENABLE_FIRST
_ONLY_ACTIVE_CONNECTS = REFUSED_ONLY_ACTIVE_CONNECTS
_ONLY_ACTIVE_REPROVISIONS = REFUSED_ONLY_ACTIVE_REPROVISIONS
_NOT_DISABLED = REFUSED_NOT_DISABLED
_NOT_DELETED = REFUSED_NOT_DELETED
_NO_LABEL = REFUSED_NO_LABEL
_NO_FILE = REFUSED_NO_FILE
_NO_SPARE = REFUSED_NO_SPARE


def _onboarding(state: DeviceStatus, label: Move) -> StateRule:
    return StateRule(state, Phase.ONBOARDING, {
        Action.LABEL: label,
        Action.INSTALL: Move(DeviceStatus.INSTALLED),
        Action.ACTIVATE: Move(DeviceStatus.ALLOCATED, complete=True),
        Action.REGISTER: Move(DeviceStatus.CONNECTED),
        Action.REPLACE: Move(DeviceStatus.REPLACED),
        Action.TAKE_OVER: STAY,  # or installed: see replacement_state
        Action.DISABLE: Move(DeviceStatus.DISABLED),
        Action.DELETE: Move(DeviceStatus.DISCARDED),
        Action.EXPORT: STAY,
    }, {
        Action.CONNECT: _ONLY_ACTIVE_CONNECTS,
        Action.REPROVISION: _ONLY_ACTIVE_REPROVISIONS,
        Action.ENABLE: _NOT_DISABLED,
        Action.RE_REGISTER: _NOT_DELETED,
    })


def _active(state: DeviceStatus) -> StateRule:
    return StateRule(state, Phase.ACTIVE, {
        Action.LABEL: STAY,
        Action.INSTALL: Move(None, complete=True),  # "save master data": an allocated device keeps a complete set
        Action.CONNECT: Move(DeviceStatus.CONNECTED),
        Action.REGISTER: Move(DeviceStatus.CONNECTED),
        Action.REPLACE: Move(DeviceStatus.REPLACED),
        Action.REPROVISION: Move(DeviceStatus.ALLOCATED),  # with approval: once a supervisor approves
        Action.DISABLE: Move(DeviceStatus.DISABLED),
        Action.EXPORT: STAY,
    }, {
        Action.ACTIVATE: REFUSED_ALREADY_ACTIVATED,
        Action.TAKE_OVER: REFUSED_SPARE_ALLOCATED,
        Action.DELETE: REFUSED_DELETE_ACTIVATED,
        Action.ENABLE: _NOT_DISABLED,
        Action.RE_REGISTER: _NOT_DELETED,
    })


def _retired(state: DeviceStatus, moves: Mapping[Action, Move], refusals: Mapping[Action, str]) -> StateRule:
    specific = {Action.LABEL: _NO_LABEL, Action.EXPORT: _NO_FILE, Action.TAKE_OVER: _NO_SPARE,
                Action.CONNECT: _ONLY_ACTIVE_CONNECTS, Action.ENABLE: _NOT_DISABLED, **refusals}
    return StateRule(state, Phase.RETIRED, moves,
                     {action: specific.get(action, _NOTHING_MORE) for action in Action if action not in moves})


_RULES: tuple[StateRule, ...] = (
    _onboarding(DeviceStatus.REGISTERED, label=Move(DeviceStatus.LABELLED)),
    _onboarding(DeviceStatus.LABELLED, label=STAY),
    _onboarding(DeviceStatus.INSTALLED, label=STAY),
    _active(DeviceStatus.ALLOCATED),
    _active(DeviceStatus.CONNECTED),
    StateRule(DeviceStatus.DISABLED, Phase.DISABLED, {
        Action.ENABLE: Move(None, restores=True),
        Action.REPLACE: Move(DeviceStatus.REPLACED),
        Action.DELETE: Move(DeviceStatus.DISCARDED),
        Action.REGISTER: STAY,  # the device is told "disabled" and gets no allocation
        Action.EXPORT: STAY,
    }, {
        Action.LABEL: REFUSED_DISABLED_NO_LABEL,
        Action.INSTALL: _ENABLE_FIRST,
        Action.ACTIVATE: _ENABLE_FIRST,
        Action.REPROVISION: _ENABLE_FIRST,
        Action.CONNECT: _ONLY_ACTIVE_CONNECTS,
        Action.TAKE_OVER: _NO_SPARE,
        Action.DISABLE: REFUSED_ALREADY_DISABLED,
        Action.RE_REGISTER: _NOT_DELETED,
    }),
    _retired(DeviceStatus.REPLACED, {Action.DELETE: Move(DeviceStatus.DISCARDED)}, {
        Action.RE_REGISTER: _NOT_DELETED}),
    _retired(DeviceStatus.DISCARDED, {Action.RE_REGISTER: Move(DeviceStatus.REGISTERED)}, {
        Action.DELETE: REFUSED_ALREADY_DELETED}),
)

RULES: Mapping[DeviceStatus, StateRule] = MappingProxyType({rule.state: rule for rule in _RULES})
"""The table: one row per device state."""


def _check_table() -> None:
    """Every state has a row; every row decides every action exactly once (a move or a refusal)."""
    missing_states = set(DeviceStatus) - set(RULES)
    if missing_states:
        raise AssertionError(f"the lifecycle table has no row for {sorted(missing_states)}")
    for rule in _RULES:
        both = set(rule.moves) & set(rule.refusals)
        undecided = set(Action) - set(rule.moves) - set(rule.refusals)
        if both or undecided:
            raise AssertionError(f"lifecycle row {rule.state}: {sorted(both)} both allowed and refused, "
                                 f"{sorted(undecided)} undecided")


_check_table()


def rule_of(state: str) -> StateRule:
    """The row of a state (a DeviceStatus or its stored value); ValueError for anything else."""
    return RULES[DeviceStatus(state)]


def allowed(state: str, action: Action) -> bool:
    """Does a device in `state` allow `action`?"""
    return action in rule_of(state).moves


THE_DEVICE_NAME = message(THE_DEVICE)


def device_named(sn: str) -> Message:
    """"device SN-1": how a refusal names a device (a Message, so the window translates it too)."""
    return message(DEVICE_NAMED, sn=sn)


def refusal(state: str, action: Action, device: str = THE_DEVICE_NAME) -> Message:
    """The one message saying why a device in `state` refuses `action` (`device` names it: `device_named(sn)`,
    or any text)."""
    rule = rule_of(state)
    if action in rule.moves:
        raise ValueError(f"{action} is allowed in state {rule.state}: there is no refusal")
    return message(rule.refusals[action], device=device, state=term(rule.state.value))


def move_of(state: str, action: Action, device: str = THE_DEVICE_NAME) -> Move:
    """The move `action` makes from `state`; LifecycleError with the refusal when the state does not allow it."""
    rule = rule_of(state)
    move = rule.moves.get(action)
    if move is None:
        raise LifecycleError(refusal(state, action, device))
    return move


def check(state: str, action: Action, device: str = THE_DEVICE_NAME) -> None:
    """Raise LifecycleError (the refusal) unless a device in `state` allows `action`."""
    move_of(state, action, device)


def next_state(state: str, action: Action, *, before_disable: str = "",
               device: str = THE_DEVICE_NAME) -> DeviceStatus:
    """The state `action` leads to from `state` (LifecycleError when refused). Enabling goes back to
    `before_disable`, the state the device had when it was disabled (registered when not known)."""
    move = move_of(state, action, device)
    if move.restores:
        return DeviceStatus(before_disable or DeviceStatus.REGISTERED)
    return move.to if move.to is not None else DeviceStatus(state)


def needs_complete_master_data(state: str, action: Action) -> bool:
    """After `action` from `state`, must every required master data attribute have a value?"""
    move = rule_of(state).moves.get(action)
    return move is not None and move.complete


def phase_of(state: str) -> Phase:
    return rule_of(state).phase


def states_in(*phases: Phase) -> tuple[str, ...]:
    """The stored values of the states in these phases, in the table's order (for SQL `IN`)."""
    return tuple(rule.state.value for rule in _RULES if rule.phase in phases)


def states_allowing(action: Action) -> tuple[str, ...]:
    """The stored values of the states that allow `action`, in the table's order (for SQL `IN`)."""
    return tuple(rule.state.value for rule in _RULES if action in rule.moves)


def replacement_state(faulty: str, spare: str) -> DeviceStatus:
    """The state of the spare after it took over the faulty device's asset: installed when the faulty device
    was installed or activated (the installer activates the spare next), else the state the spare had."""
    check(spare, Action.TAKE_OVER)
    if faulty == DeviceStatus.INSTALLED or phase_of(faulty) is Phase.ACTIVE:
        return DeviceStatus.INSTALLED
    return next_state(spare, Action.TAKE_OVER)
