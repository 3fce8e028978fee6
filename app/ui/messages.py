"""The services' messages in the window's language: the template translated, then the parameters filled in.

Services raise errors whose message is an `app.domain.messages.Message` (English text plus template and
parameters). Here the template is translated (context "messages"), Term and enum parameters are looked up in the
context "message values" (states, roles, permissions, code formats; a name people chose never is), numbers follow
QLocale, and a Message inside a
Message is translated the same way. A message that is not a Message (not converted yet) is shown as it is; a
translation whose placeholders do not match the template falls back to the English template, never to a crash.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.errors import DpsError, InputError, InputErrors
from app.domain.messages import AND_MORE, AT_COLUMN, AT_FIELD, AT_ROW, LOCATED, MESSAGES, SEVERAL, VALUES, Message, Term

SHOWN_PROBLEMS = 20


def translate_message(text: str) -> str:
    if not isinstance(text, Message):
        return str(text)
    return _fill(text.template, {name: _value(value) for name, value in text.params.items()})


def _fill(template: str, params: dict[str, Any]) -> str:
    translated = QCoreApplication.translate(MESSAGES, template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


class _LocaleInt(int):
    """An int that shows with the locale's digit grouping where a template puts it as {name:,}, or as {name}
    from 10,000 on (a row or a count below that reads better without)."""

    def __format__(self, spec: str) -> str:
        if spec == "," or (spec == "" and abs(self) >= 10_000):
            return QLocale().toString(int(self))
        return format(int(self), spec)


def _value(value: Any) -> Any:
    if isinstance(value, Message):
        return translate_message(value)
    if isinstance(value, Term | Enum):
        return QCoreApplication.translate(VALUES, str(value.value if isinstance(value, Enum) else value))
    if isinstance(value, int) and not isinstance(value, bool):
        return _LocaleInt(value)
    return value


def translate_label(context: str, text: str) -> str:
    """A label in its context, else as a term the domain marked (context "message values": batch states, ...)."""
    translated = QCoreApplication.translate(context, text)
    return translated if translated != text else QCoreApplication.translate(VALUES, text)


def translated_error(error: BaseException) -> str:
    """An expected error's message in the window's language (any other error as its text)."""
    if isinstance(error, InputErrors):
        shown = "; ".join(translated_error(each) for each in error.errors[:SHOWN_PROBLEMS])
        more = _fill(AND_MORE, {"count": len(error.errors) - SHOWN_PROBLEMS}) \
            if len(error.errors) > SHOWN_PROBLEMS else ""
        return _fill(SEVERAL, {"count": len(error.errors), "shown": shown, "more": more})
    if isinstance(error, InputError):
        reason = translate_message(error.reason)
        where: list[str] = [error.file] if error.file else []
        if error.row is not None:
            where.append(_fill(AT_ROW, {"row": error.row}))
        if error.column:
            where.append(_fill(AT_COLUMN, {"column": error.column}))
        if error.field:
            where.append(_fill(AT_FIELD, {"field": error.field}))
        return _fill(LOCATED, {"where": ", ".join(where), "message": reason}) if where else reason
    if isinstance(error, DpsError):
        return translate_message(error.message)
    return str(error)
