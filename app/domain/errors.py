"""Typed, expected failures. Their message is shown to the user as it is.

A message names the place (file, row, column, field) and what would be
valid. It never contains a secret.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.messages import message
from app.domain.messages_station import ACCOUNT_LOCKED


class DpsError(Exception):
    """An expected failure with a message the user can act on."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(DpsError):
    """Bad input from a user or a file. Nothing was changed."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        field: str | None = None,
    ) -> None:
        self.file = file
        self.row = row
        self.column = column
        self.field = field
        self.reason = message
        super().__init__(_locate(message, file=file, row=row, column=column, field=field))


def _locate(message: str, *, file: str | None, row: int | None, column: str | None, field: str | None) -> str:
    where: list[str] = []
    if file:
        where.append(file)
    if row is not None:
        where.append(f"row {row}")
    if column:
        where.append(f"column '{column}'")
    if field:
        where.append(f"field '{field}'")
    return f"{', '.join(where)}: {message}" if where else message


class InputErrors(InputError):
    """Several input problems found at once (an import preview, say)."""

    def __init__(self, errors: list[InputError], *, limit: int = 20) -> None:
        self.errors = errors
        shown = "; ".join(str(error) for error in errors[:limit])
        more = f" (and {len(errors) - limit} more)" if len(errors) > limit else ""
        first = errors[0] if errors else None
        DpsError.__init__(self, f"{len(errors)} problem(s): {shown}{more}")
        self.file = first.file if first else None
        self.row = first.row if first else None
        self.column = first.column if first else None
        self.field = first.field if first else None
        self.reason = self.message


class NotFoundError(DpsError):
    """A named thing (group, device, batch, user, ...) does not exist."""

    exit_code = 3


class AlreadyExistsError(DpsError):
    """A name or serial number is already taken."""

    exit_code = 4


class LifecycleError(DpsError):
    """A lifecycle transition that is not allowed from the current state."""

    exit_code = 5


class PermissionDeniedError(DpsError):
    """The signed-in user's role does not allow this action."""

    exit_code = 6


class AuthenticationError(DpsError):
    """Wrong user name or password."""

    exit_code = 6


class AccountLockedError(AuthenticationError):
    """Too many wrong passwords for this user name: sign-in is refused until `until` (a supervisor can unlock)."""

    def __init__(self, name: str, until: datetime) -> None:
        super().__init__(message(ACCOUNT_LOCKED, name=name, until=until))
        self.name = name
        self.until = until


class SignatureError(DpsError):
    """A QR payload whose signature does not verify: forged or altered."""

    exit_code = 7


class DatabaseUnavailableError(DpsError):
    """The database cannot be reached, is locked, or is full."""

    exit_code = 8


class KeyMissingError(DpsError):
    """The organisation data key or signing key is not on this station."""

    exit_code = 9


class CancelledError(DpsError):
    """The user cancelled a long operation; nothing was recorded."""

    exit_code = 10


class ApprovedBatchError(LifecycleError):
    """A change to a batch a supervisor has approved, not acknowledged by the caller. Nothing was changed."""

    def __init__(self, message: str, *, group: str, batch: str, reviewed_by: str) -> None:
        super().__init__(message)
        self.group = group
        self.batch = batch
        self.reviewed_by = reviewed_by


class RegistrationRefused(DpsError):
    """The provisioning service gives a device no registration state at all (Azure DPS's error answer).

    `http_status` 401 for an unknown group, an unknown, deleted or replaced SN and a group that does not take
    devices not registered in advance: one message for all, so a device cannot tell whether an SN exists.
    `error_code` is six digits, the first three the HTTP status (Azure's form, e.g. 401002).
    """

    exit_code = 11

    def __init__(self, message: str = "unauthorized", *, http_status: int = 401, error_code: int = 401002) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.error_code = error_code


class OutputError(DpsError):
    """The output (file, folder, printer) cannot be written. Nothing was recorded."""

    exit_code = 13
