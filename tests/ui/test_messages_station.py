"""The station's own refusals (users, keys, audit trail, sync, database) reach the window translated (issue 17):
with the pseudo-translator every template and nested template comes back marked ⟦…⟧, while str(error) (what the
CLI prints and the log keeps) stays the English text."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.db.engine import create_db_engine
from app.domain.enums import Role
from app.domain.errors import AccountLockedError, DpsError, InputError, KeyMissingError, NotFoundError
from app.domain.messages import Message
from app.security.keyring import Keyring
from app.services import audit, sync_service, users
from app.sync.central import CENTRAL_URL_KEY
from app.sync.engine import SyncStatus
from app.ui import sync_controller
from app.ui.environment import UiEnvironment
from app.ui.messages import translate_message, translated_error
from app.ui.views.supervisor.audit_view import AuditView
from tests.support.ui import ui_environment
from tests.ui.pseudo_translation import CLOSE, OPEN, PseudoTranslator, install_pseudo, remove_pseudo

TIMEOUT = 20_000


@pytest.fixture
def env(qtbot: object, tmp_path: Path) -> Iterator[UiEnvironment]:
    environment = ui_environment(tmp_path, Role.SUPERVISOR, name="sue")
    yield environment
    environment.runner.shutdown()
    environment.ctx.db.dispose()


@pytest.fixture
def pseudo() -> Iterator[PseudoTranslator]:
    translator = install_pseudo()
    yield translator
    remove_pseudo(translator)


def refusal(call: Callable[[], object]) -> DpsError:
    with pytest.raises(DpsError) as caught:
        call()
    return caught.value


def test_user_refusals_are_translated_and_stay_english_for_the_cli(env: UiEnvironment, pseudo: PseudoTranslator) -> None:
    ctx = env.ctx
    users.create_first_supervisor(ctx, "sue", "a long password")

    last = refusal(lambda: users.set_active(ctx, "sue", False))
    assert isinstance(last, InputError)
    assert str(last) == ("cannot deactivate yourself: sue is the last active supervisor of this station; make another "
                         "user a supervisor first")
    assert translated_error(last).startswith(f"{OPEN}cannot deactivate yourself: ")

    demoted = refusal(lambda: users.set_role(ctx, "sue", "installer"))
    assert str(demoted).startswith("cannot make installer yourself: sue is the last active supervisor")
    assert translated_error(demoted).startswith(f"{OPEN}cannot make {OPEN}installer")  # the role: "message values"

    missing = refusal(lambda: users.set_role(ctx, "nobody", "installer"))
    assert isinstance(missing, NotFoundError) and str(missing) == "no user named 'nobody'"
    assert translated_error(missing).startswith(f"{OPEN}no user named ")

    short = refusal(lambda: users.add_user(ctx, "ann", "short", "installer"))
    assert str(short) == "field 'password': must be at least 8 characters long"
    shown = translated_error(short)
    assert shown.count(OPEN) >= 3 and "must be at least" in shown  # where, field, the message

    locked = AccountLockedError("bob", datetime(2026, 1, 2, 3, 4, 5))
    assert "locked after repeated wrong passwords until 2026-01-02 03:04:05 UTC" in str(locked)
    assert translated_error(locked).startswith(f"{OPEN}the account ") and "2026-01-02 03:04:05 UTC" in \
        translated_error(locked)


def test_key_and_database_refusals_are_translated(env: UiEnvironment, pseudo: PseudoTranslator, tmp_path: Path) -> None:
    no_key = refusal(lambda: Keyring(None, None).require_data_key())
    assert isinstance(no_key, KeyMissingError)
    assert str(no_key).startswith("this station has no organisation key (keys/org.key is missing)")
    assert translated_error(no_key).startswith(f"{OPEN}this station has no organisation key")

    bad_url = refusal(lambda: create_db_engine("not a url at all"))
    assert str(bad_url).startswith("not a database URL: 'not a url at all'")
    assert translated_error(bad_url).startswith(OPEN)

    no_folder = refusal(lambda: create_db_engine(f"sqlite:///{tmp_path / 'missing' / 'x.db'}"))
    assert "does not exist; check --db (or DPS_DB) for a typo" in str(no_folder)
    assert translated_error(no_folder).count(OPEN) >= 2  # the field and the message


def test_conflict_refusals_are_translated(env: UiEnvironment, pseudo: PseudoTranslator) -> None:
    ctx = env.ctx
    none_chosen = refusal(lambda: sync_service.resolve_conflicts(ctx, [], "local"))
    assert str(none_chosen) == "field 'id': choose at least one conflict"
    assert f"{OPEN}choose at least one conflict" in translated_error(none_chosen)

    gone = uuid.uuid4()
    missing = refusal(lambda: sync_service.resolve_conflicts(ctx, [gone], "local"))
    assert str(missing) == f"no open sync conflict {gone} (resolved meanwhile?); nothing was resolved"
    assert translated_error(missing).startswith(f"{OPEN}no open sync conflict {gone}")


def test_a_refused_sync_reaches_the_status_bar_translated(env: UiEnvironment, pseudo: PseudoTranslator) -> None:
    ctx = env.ctx
    ctx.db.set_setting(CENTRAL_URL_KEY, "sqlite:///not-postgres.db")  # refused before anything is opened

    class Control:
        def report(self, *_args: object) -> None:
            pass

    outcome = sync_controller._sync(ctx, Control())  # type: ignore[arg-type]
    assert outcome.result is None and outcome.connected
    assert outcome.error.startswith(OPEN) and "postgresql+psycopg://USER@HOST/DB" in outcome.error
    english = "field 'URL': the central database must be PostgreSQL: postgresql+psycopg://USER@HOST/DB"
    assert ctx.db.get_setting("sync_last_error") == english  # kept in English, with its template beside it
    status = sync_service.status(ctx)
    assert status.last_error == english and status.line().endswith(f"last sync failed at {when(status)}: {english}"
                                                                   f", central: sqlite:///not-postgres.db")
    state = sync_controller.state_text(ctx)  # the tool tip of the window's sync state
    assert f"last sync failed at {when(status)}: {OPEN}{OPEN}field " in state, state
    assert f"{OPEN}the central database must be PostgreSQL: postgresql+psycopg://USER@HOST/DB{CLOSE}" in state


def when(status: SyncStatus) -> str:
    assert status.last_error_at is not None
    return status.last_error_at.astimezone().strftime("%H:%M")


def test_audit_verify_shows_the_broken_event_translated(qtbot: QtBot, env: UiEnvironment,
                                                        pseudo: PseudoTranslator) -> None:
    ctx = env.ctx
    users.create_first_supervisor(ctx, "sue", "a long password")
    users.add_user(ctx, "ann", "another long password", "installer")
    with ctx.db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2"))

    result = audit.verify(ctx)
    [problem] = [each for each in result.problems if isinstance(each, audit.ChainProblem)]
    assert str(problem).endswith(": was edited after it was written")  # the English text (CLI)
    assert isinstance(problem.message, Message)
    line = translate_message(problem.message)
    assert line.startswith(f"{OPEN}station ") and f"{OPEN}was edited after it was written{CLOSE}" in line  # nested

    view = AuditView(env)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.verified, timeout=TIMEOUT):
        view.verify()
    shown = view.verify_result.text()
    assert f"{OPEN}station " in shown and f"{OPEN}was edited after it was written" in shown, shown
