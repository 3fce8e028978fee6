"""The last sync error as it is kept in the local settings: its English text, and beside it the template and
parameters it was made from (JSON), so that the window can show it in its language after a restart too.

`message_of(error)` is the error's message as a Message where it can be one (an InputError's place included);
`note_of(text)` the JSON kept beside the text ("" when it is no Message or holds a value JSON cannot keep);
`restored(text, note)` the Message again, or the text when the note does not rebuild exactly that text.
"""

from __future__ import annotations

import json
from typing import Any

from app.domain.errors import DpsError, InputError
from app.domain.messages import AT_COLUMN, AT_FIELD, AT_ROW, LOCATED, Message, message

_PLAIN = (str, int, float, bool)


def message_of(error: DpsError) -> str:
    """The error's message; an InputError's place and reason as a LOCATED Message when it names one place."""
    if isinstance(error, InputError) and isinstance(error.reason, Message) and not error.file:
        where = [place for place in (
            message(AT_ROW, row=error.row) if error.row is not None else None,
            message(AT_COLUMN, column=error.column) if error.column else None,
            message(AT_FIELD, field=error.field) if error.field else None,
        ) if place is not None]
        if not where:
            return error.reason
        if len(where) == 1:
            return message(LOCATED, where=where[0], message=error.reason)
    return error.message


def note_of(text: str) -> str:
    if not isinstance(text, Message):
        return ""
    try:
        return json.dumps(_dump(text))
    except (TypeError, ValueError):
        return ""


def restored(text: str, note: str | None) -> str:
    if not note:
        return text
    try:
        rebuilt = _load(json.loads(note))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return text
    return rebuilt if rebuilt == text else text


def _dump(text: Message) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, value in text.params.items():
        if isinstance(value, Message):
            params[name] = {"message": _dump(value)}
        elif isinstance(value, _PLAIN) or value is None:
            params[name] = {"value": value}
        else:
            params[name] = {"value": str(value)}  # a path, an id: the restored text is compared with the kept one
    return {"template": text.template, "params": params}


def _load(data: dict[str, Any]) -> Message:
    params = {name: _load(value["message"]) if "message" in value else value["value"]
              for name, value in data["params"].items()}
    return Message(str(data["template"]), **params)
