"""Messages the services give people: one template per kind of error or refusal, with its parameters.

A service raises `InputError(message(SN_EMPTY))` or `NotFoundError(message(NO_GROUP, name=name))`: the text is
the English message (what the CLI prints and the log keeps), and the `Message` also keeps its template and
parameters, so the window translates the template (context "messages") and then fills in the parameters
(`app.ui.messages`). A parameter that is itself a Message is translated the same way; a `Term` (`term("installed")`:
a state, role, permission or code format) or an enum member is looked up in the context "message values"; any
other value (an SN, a group's or a user's name, a file) is shown as it is.

The templates are marked with QT_TRANSLATE_NOOP so that pyside6-lupdate finds them; this module imports no Qt:
the function of that name here only returns its text.
"""

from __future__ import annotations

from typing import Any

MESSAGES = "messages"
VALUES = "message values"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    return text


class Message(str):
    """The English text of a message, with the template and parameters it was made from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        made = super().__new__(cls, template.format(**params))
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (and copies) as the same Message
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def message(template: str, **params: Any) -> Message:
    return Message(template, **params)


class Term(str):
    """A word of the station's own vocabulary inside a message (a state, a role, a permission, a code format):
    the window translates it (context "message values"). Names and values people chose (an SN, a group, a user,
    a file) stay plain str and are shown as they are, even when one happens to be such a word."""

    __slots__ = ()


def term(word: str) -> Term:
    return Term(word)


# ---- where (InputError's place) ------------------------------------------------------------------------------
AT_ROW = QT_TRANSLATE_NOOP("messages", "row {row}")
AT_COLUMN = QT_TRANSLATE_NOOP("messages", "column '{column}'")
AT_FIELD = QT_TRANSLATE_NOOP("messages", "field '{field}'")
LOCATED = QT_TRANSLATE_NOOP("messages", "{where}: {message}")
SEVERAL = QT_TRANSLATE_NOOP("messages", "{count} problem(s): {shown}{more}")
AND_MORE = QT_TRANSLATE_NOOP("messages", " (and {count} more)")

# ---- permissions and sign-in ---------------------------------------------------------------------------------
MAY_NOT = QT_TRANSLATE_NOOP("messages", "{actor} ({role}) may not {permission}; ask a user with that right")
NOT_SIGNED_IN = QT_TRANSLATE_NOOP("messages", "not signed in: to {permission}, sign in with --user NAME (password from $DPS_PASSWORD, --password-file or a prompt) as a user whose role allows it; a station without users first needs 'dps-station init --supervisor NAME'")  # noqa: E501 - one literal for lupdate
WRONG_PASSWORD = QT_TRANSLATE_NOOP("messages", "wrong user name or password")
MAY_NOT_REGISTER_THIRD_PARTY = QT_TRANSLATE_NOOP(
    "messages", "{actor} ({role}) may not register third-party devices; ask an installer or a technician")
MAY_NOT_REVEAL_SCANNED = QT_TRANSLATE_NOOP(
    "messages", "{actor} ({role}) may not reveal the {secret} of a scanned code; ask an installer or a supervisor")
MAY_NOT_REVEAL_REGISTERED = QT_TRANSLATE_NOOP(
    "messages", "{actor} ({role}) may not reveal a third-party code; ask an installer or a supervisor")

# ---- groups and devices --------------------------------------------------------------------------------------
NO_GROUP = QT_TRANSLATE_NOOP("messages", "no registration group named {name!r}")
NO_DEVICE = QT_TRANSLATE_NOOP("messages", "no device with SN {sn!r} in group {group!r}")
SN_TWICE = QT_TRANSLATE_NOOP("messages", "SN {sn!r} appears twice")
SN_TWICE_AT = QT_TRANSLATE_NOOP("messages", "SN {sn!r} appears twice (first at row {row})")
SN_TAKEN = QT_TRANSLATE_NOOP("messages", "SN {sn!r} is already registered in group {group!r}")
AT_MOST_CHARACTERS = QT_TRANSLATE_NOOP("messages", "at most {count} characters")
NO_DEVICES = QT_TRANSLATE_NOOP("messages", "there are no devices to register")
SN_EMPTY = QT_TRANSLATE_NOOP("messages", "the SN is empty")
SN_TOO_LONG = QT_TRANSLATE_NOOP("messages", "the SN is {length} characters long; at most {limit} are allowed")
SN_CONTROL = QT_TRANSLATE_NOOP("messages", "the SN contains a control character (code {code}); use printable "
                                         "characters only")
SN_SPACE = QT_TRANSLATE_NOOP("messages", "the SN contains a space; use letters, digits and punctuation without spaces")
SN_NOT_ASCII = QT_TRANSLATE_NOOP("messages", "the SN contains {character!r}; use ASCII letters, digits and punctuation")

# ---- import files --------------------------------------------------------------------------------------------
COLUMN_UNNAMED = QT_TRANSLATE_NOOP("messages", "column {number} has no name in the header; valid columns: {valid}")
COLUMN_TWICE = QT_TRANSLATE_NOOP("messages", "this column appears twice in the header")
COLUMN_UNKNOWN = QT_TRANSLATE_NOOP("messages", "unknown column; valid columns: {valid}")
NO_SN_COLUMN = QT_TRANSLATE_NOOP("messages", "the header has no column 'sn' (the serial number); it has: {found}; "
                                           "valid columns: {valid}")
HEADER_ONLY = QT_TRANSLATE_NOOP("messages", "the file has a header but no devices")
VALID_COLUMNS = QT_TRANSLATE_NOOP("messages", "{columns} (and {export_only} of an export, which are not imported)")

# ---- third-party codes ---------------------------------------------------------------------------------------
NOT_A_CODE = QT_TRANSLATE_NOOP("messages", "not a Matter or Z-Wave onboarding code: give the text of the box's QR "
                                         "code (MT:… or 90…) or the Matter manual pairing code (11 or 21 digits)")
DAMAGED_CODE = QT_TRANSLATE_NOOP("messages", "damaged {format}: {reason}")
JOINED_CODE = QT_TRANSLATE_NOOP("messages", "this Matter QR code holds {count} devices: register each with its own "
                                          "code (on each device's own label)")
NO_SERIAL = QT_TRANSLATE_NOOP("messages", "the {format} has no serial number; type the SN printed on the device")
SERIAL_DIFFERS = QT_TRANSLATE_NOOP("messages", "the code's serial number is {serial!r}; the SN typed ({typed!r}) "
                                             "differs: leave it empty or type the code's")
CODE_TAKEN = QT_TRANSLATE_NOOP("messages", "this {format} is already registered in group {group!r} as SN {sn!r}")
CODE_TWICE = QT_TRANSLATE_NOOP("messages", "the same code as row {row}")
CODE_SERIAL_NOT_SN = QT_TRANSLATE_NOOP("messages", "the code's serial number is {serial!r}, not the row's SN")
NOT_FROM_CODE = QT_TRANSLATE_NOOP("messages", "device {sn} in group {group!r} was not registered from a Matter or "
                                            "Z-Wave code")
REGISTERED_MEANWHILE = QT_TRANSLATE_NOOP("messages", "another program registered this device or code at the same "
                                                   "moment; nothing was registered")

# ---- values that appear inside messages (looked up in the context "message values") -------------------------
_VALUES = (
    QT_TRANSLATE_NOOP("message values", "registered"),
    QT_TRANSLATE_NOOP("message values", "labelled"),
    QT_TRANSLATE_NOOP("message values", "installed"),
    QT_TRANSLATE_NOOP("message values", "allocated"),
    QT_TRANSLATE_NOOP("message values", "connected"),
    QT_TRANSLATE_NOOP("message values", "disabled"),
    QT_TRANSLATE_NOOP("message values", "replaced"),
    QT_TRANSLATE_NOOP("message values", "discarded"),
    QT_TRANSLATE_NOOP("message values", "text"),
    QT_TRANSLATE_NOOP("message values", "number"),
    QT_TRANSLATE_NOOP("message values", "bool"),
    QT_TRANSLATE_NOOP("message values", "enum"),
    QT_TRANSLATE_NOOP("message values", "date"),
    QT_TRANSLATE_NOOP("message values", "location"),
    QT_TRANSLATE_NOOP("message values", "migrate"),
    QT_TRANSLATE_NOOP("message values", "reset"),
    QT_TRANSLATE_NOOP("message values", "supervisor"),
    QT_TRANSLATE_NOOP("message values", "technician"),
    QT_TRANSLATE_NOOP("message values", "installer"),
    QT_TRANSLATE_NOOP("message values", "service"),
    QT_TRANSLATE_NOOP("message values", "view"),
    QT_TRANSLATE_NOOP("message values", "manage master data"),
    QT_TRANSLATE_NOOP("message values", "manage registration groups"),
    QT_TRANSLATE_NOOP("message values", "reveal secrets"),
    QT_TRANSLATE_NOOP("message values", "register devices"),
    QT_TRANSLATE_NOOP("message values", "manage batches"),
    QT_TRANSLATE_NOOP("message values", "print labels"),
    QT_TRANSLATE_NOOP("message values", "export devices"),
    QT_TRANSLATE_NOOP("message values", "export secrets"),
    QT_TRANSLATE_NOOP("message values", "install devices"),
    QT_TRANSLATE_NOOP("message values", "activate devices"),
    QT_TRANSLATE_NOOP("message values", "replace devices"),
    QT_TRANSLATE_NOOP("message values", "reprovision devices"),
    QT_TRANSLATE_NOOP("message values", "disable and enable devices"),
    QT_TRANSLATE_NOOP("message values", "delete devices"),
    QT_TRANSLATE_NOOP("message values", "approve and reject"),
    QT_TRANSLATE_NOOP("message values", "resolve sync conflicts"),
    QT_TRANSLATE_NOOP("message values", "manage users"),
    QT_TRANSLATE_NOOP("message values", "sync"),
    QT_TRANSLATE_NOOP("message values", "passcode"),
    QT_TRANSLATE_NOOP("message values", "DSK PIN"),
    QT_TRANSLATE_NOOP("message values", "Matter QR code"),
    QT_TRANSLATE_NOOP("message values", "Matter manual pairing code"),
    QT_TRANSLATE_NOOP("message values", "Z-Wave S2 QR code"),
    QT_TRANSLATE_NOOP("message values", "Z-Wave SmartStart QR code"),
)
