"""The device lifecycle: which actions each device state allows, and where each leads. One table.

The services enforce it (app/services/lifecycle*.py, device_registration.py, labelling.py, provisioning.py,
devices.py); the Field view's buttons, the session ledger, the scan classifier, the lists and the batch counts
ask it. A state's row names every action: where it leads (a `Move`) or why it is refused (the one message,
with `{device}` and `{state}` filled in). A new action or state that some row does not decide fails at import.

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
    refusals: Mapping[Action, str]  # why each other action is refused: "{device}" and "{state}" are filled in


STAY = Move(None)

# The refusals, each written once.
_NOTHING_MORE = "{device} is {state}; nothing can be done with it any more"
_ENABLE_FIRST = "{device} is disabled; enable it first"
_ONLY_ACTIVE_CONNECTS = "{device} is {state}; only an activated device can connect"
_ONLY_ACTIVE_REPROVISIONS = "{device} is {state}; only an activated device can be reprovisioned"
_NOT_DISABLED = "{device} is not disabled (it is {state})"
_NOT_DELETED = "{device} is registered already (it is {state}); only a deleted device is registered again"
_NO_LABEL = "{device} is {state}; it cannot get a label"
_NO_FILE = "{device} is {state}; it gets no provisioning file"
_NO_SPARE = "{device} is {state} and cannot be used as a replacement"


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
        Action.ACTIVATE: "{device} is already activated ({state})",
        Action.TAKE_OVER: "{device} is already allocated; a replacement must not be allocated yet",
        Action.DELETE: "{device} is activated; disable it before deleting it",
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
        Action.LABEL: "{device} is disabled; it cannot get a label",
        Action.INSTALL: _ENABLE_FIRST,
        Action.ACTIVATE: _ENABLE_FIRST,
        Action.REPROVISION: _ENABLE_FIRST,
        Action.CONNECT: _ONLY_ACTIVE_CONNECTS,
        Action.TAKE_OVER: _NO_SPARE,
        Action.DISABLE: "{device} is already disabled",
        Action.RE_REGISTER: _NOT_DELETED,
    }),
    _retired(DeviceStatus.REPLACED, {Action.DELETE: Move(DeviceStatus.DISCARDED)}, {
        Action.RE_REGISTER: _NOT_DELETED}),
    _retired(DeviceStatus.DISCARDED, {Action.RE_REGISTER: Move(DeviceStatus.REGISTERED)}, {
        Action.DELETE: "{device} was already deleted"}),
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


def refusal(state: str, action: Action, device: str = "the device") -> str:
    """The one message saying why a device in `state` refuses `action` (`device` names it, e.g. "device SN-1")."""
    rule = rule_of(state)
    if action in rule.moves:
        raise ValueError(f"{action} is allowed in state {rule.state}: there is no refusal")
    return rule.refusals[action].format(device=device, state=rule.state.value)


def move_of(state: str, action: Action, device: str = "the device") -> Move:
    """The move `action` makes from `state`; LifecycleError with the refusal when the state does not allow it."""
    rule = rule_of(state)
    move = rule.moves.get(action)
    if move is None:
        raise LifecycleError(refusal(state, action, device))
    return move


def check(state: str, action: Action, device: str = "the device") -> None:
    """Raise LifecycleError (the refusal) unless a device in `state` allows `action`."""
    move_of(state, action, device)


def next_state(state: str, action: Action, *, before_disable: str = "", device: str = "the device") -> DeviceStatus:
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
