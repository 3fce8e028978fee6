"""The device services' errors (lifecycle refusals, batches, groups, registering, lists) reach the window
translated: raised by the real services on a real SQLite station, `translated_error` gives the pseudo-translated
template with its parameters (a nested device name and a state translated too), while `str(error)` (what the CLI
prints and the log keeps) stays the English text. The pseudo-translator marks every text parameter as well (in a
real language only those the .ts holds, such as states, change), hence the marks around SNs and names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain import messages_devices
from app.domain.errors import AlreadyExistsError, ApprovedBatchError, DpsError, InputError, LifecycleError
from app.domain.lifecycle import Action, refusal
from app.domain.messages import Message
from app.services import batches, device_listing, groups, lifecycle, registering
from app.services.context import ServiceContext
from app.services.registering import NewDevice
from app.ui.errors import show_error
from app.ui.messages import translated_error
from tests.support.ctx import add_standard_setup, build_service_context
from tests.ui.pseudo_translation import install_pseudo, remove_pseudo, unmarked_texts


@pytest.fixture
def ctx(qtbot: Any, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path, actor="sue")
    add_standard_setup(context)
    batches.create_batch(context, "line1", "LOT-1")
    registering.register_range(context, "line1", "PUMP-", 1, 2, batch="LOT-1")
    translator = install_pseudo()
    yield context
    remove_pseudo(translator)
    context.db.dispose()


def raised(call: Callable[..., object], *args: Any, **kwargs: Any) -> DpsError:
    with pytest.raises(DpsError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_a_lifecycle_refusal_is_translated_with_its_device_and_state(ctx: ServiceContext) -> None:
    error = raised(lifecycle.enable, ctx, "line1", "PUMP-1")
    assert isinstance(error, LifecycleError)
    assert str(error) == "device PUMP-1 is not disabled (it is registered)"
    assert translated_error(error) == "⟦⟦device PUMP-1⟧ is not disabled (it is ⟦registered⟧)⟧"

    lifecycle.disable(ctx, "line1", "PUMP-1")
    error = raised(lifecycle.disable, ctx, "line1", "PUMP-1")
    assert str(error) == "device PUMP-1 is already disabled"
    assert translated_error(error) == "⟦⟦device PUMP-1⟧ is already disabled⟧"


def test_every_refusal_of_the_table_is_a_template_of_the_devices_module(ctx: ServiceContext) -> None:
    templates = {value for name, value in vars(messages_devices).items() if name.isupper() and isinstance(value, str)}
    made = refusal("replaced", Action.LABEL)
    assert isinstance(made, Message) and made.template in templates
    assert made == "the device is replaced; it cannot get a label"
    assert isinstance(made.params["device"], Message)  # "the device" is translated too
    from app.domain.lifecycle import RULES

    assert {text for rule in RULES.values() for text in rule.refusals.values()} <= templates


def test_batch_group_and_list_errors_are_translated(ctx: ServiceContext) -> None:
    error = raised(batches.reopen_review, ctx, "line1", "LOT-1", comment="why")
    assert str(error) == "batch 'LOT-1' is not reviewed yet; there is nothing to reopen"
    assert translated_error(error) == "⟦batch 'LOT-1' is not reviewed yet; there is nothing to reopen⟧"

    error = raised(groups.create_group, ctx, "line1", masterdata_group="pumps", ou="ou-a", environment="prod",
                   product_key="PK-1", gateway="https://gw.example.com")
    assert isinstance(error, AlreadyExistsError)
    assert translated_error(error) == "⟦a registration group named 'line1' already exists⟧"

    error = raised(device_listing.list_devices, ctx, device_listing.DeviceQuery(group="line1", sort="colour"))
    assert isinstance(error, InputError) and error.field == "sort"
    assert str(error).startswith("field 'sort': cannot sort by 'colour'; use one of: sn, ")
    # the sort keys as the command line takes them
    assert translated_error(error).startswith("⟦⟦field 'sort'⟧: ⟦cannot sort by 'colour'; use one of: sn, ")

    error = raised(registering.register_range, ctx, "line1", "", 1, 2)
    assert str(error).startswith("field 'prefix': give a prefix (such as PUMP-)")
    assert translated_error(error).startswith("⟦⟦field 'prefix'⟧: ⟦give a prefix (such as PUMP-)")


def test_an_approved_batch_names_what_would_change_in_the_window_s_language(ctx: ServiceContext) -> None:
    batches.review_batch(ctx, "line1", "LOT-1", approve=True, comment="ok", warnings=[])
    error = raised(registering.register_devices, ctx, "line1", [NewDevice("PUMP-9", batch="LOT-1")],
                   source="test")
    assert isinstance(error, ApprovedBatchError)
    assert "confirm that you want to add devices to it (or reopen its review first)" in str(error)
    shown = translated_error(error)
    assert shown.startswith("⟦batch 'LOT-1' of group 'line1' was approved by sue on ")
    assert "confirm that you want to ⟦add devices to it⟧ (or reopen" in shown

    error = raised(lifecycle.delete, ctx, "line1", "PUMP-2")
    assert "⟦delete device PUMP-2 from it⟧" in translated_error(error)
    assert "confirm that you want to delete device PUMP-2 from it" in str(error)


def test_the_error_box_shows_a_refusal_fully_translated(qtbot: Any, ctx: ServiceContext) -> None:
    lifecycle.disable(ctx, "line1", "PUMP-2")
    error = raised(lifecycle.install, ctx, "line1", "PUMP-2")
    assert str(error) == "device PUMP-2 is disabled; enable it first"
    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, error)
    box = parent.findChild(QMessageBox, "expectedErrorBox")
    assert box is not None
    assert box.text() == "⟦⟦device PUMP-2⟧ is disabled; enable it first⟧"
    assert not unmarked_texts(box, ["PUMP-2"]), unmarked_texts(box, ["PUMP-2"])
    box.close()


def test_the_approval_warnings_are_listed_in_the_window_s_language(qtbot: Any, ctx: ServiceContext) -> None:
    from app.services import batch_review
    from app.services.supervision import AnomalyRules
    from app.ui.views.supervisor.comment_dialog import CommentDialog

    lines = batch_review.approval_warnings(ctx, "line1", "LOT-1", rules=AnomalyRules(never_labelled_days=0)).lines()
    assert lines == ["2 devices are not installed yet (2 registered)", "2 open anomalies (never labelled: 2)"]
    dialog = CommentDialog("t", "p", approve=True, warnings=lines)
    qtbot.addWidget(dialog)
    assert dialog.warnings.text() == ("• ⟦2 devices are not installed yet (⟦2 registered⟧)⟧\n"
                                      "• ⟦2 open anomalies (⟦⟦never labelled⟧: 2⟧)⟧")
    parts = batch_review.listed([Message("{count:,} registered", count=12_345), Message("b")])
    assert parts == "12,345 registered, b"


def test_a_bulk_action_says_why_each_device_was_not_changed_in_the_window_s_language(ctx: ServiceContext) -> None:
    from app.services import bulk_actions
    from app.services.bulk_actions import BulkAction, BulkTarget
    from app.ui.messages import translate_message

    lifecycle.disable(ctx, "line1", "PUMP-1")
    outcome = bulk_actions.run_bulk(ctx, BulkAction.ENABLE, "line1", BulkTarget.named(["PUMP-1", "PUMP-2", "NOPE"]))
    problems = dict(outcome.problems())
    assert problems["PUMP-2"] == "not disabled (it is registered)"  # the CLI's English
    assert translate_message(problems["PUMP-2"]) == "⟦not disabled (it is ⟦registered⟧)⟧"
    assert translate_message(problems["NOPE"]) == "⟦no device with SN 'NOPE' in group 'line1'⟧"
