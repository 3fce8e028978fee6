"""The CLI's commands: name, the module of app.cli that defines it, and the one-line help.

Kept free of heavy imports so that `--version` and `--help` answer at once; only the module of the command being
run is imported (app/cli/__init__.py, by a static import each, so a bundle sees them all).
"""

from __future__ import annotations

from typing import NamedTuple


class Command(NamedTuple):
    name: str
    module: str
    help: str


COMMANDS: tuple[Command, ...] = (
    Command("init", "init_cmd", "create the data home, the database and the organisation "
            "(idempotent; the only command that creates a database)"),
    Command("user", "user_cmd", "users and roles"),
    Command("masterdata", "masterdata_cmd", "master data attributes and groups"),
    Command("group", "group_cmd", "registration groups"),
    Command("batch", "batch_cmd", "production batches"),
    Command("device", "device_cmd", "register devices, list, export and onboard them"),
    Command("label", "label_cmd", "print QR labels (PDF, PNG, ZPL, a system printer)"),
    Command("scan", "scan_cmd", "scan QR codes from a camera, a video or images (changes no device)"),
    Command("central", "sync_cmd", "the central PostgreSQL database"),
    Command("sync", "sync_cmd", "sync with the central database now (once)"),
    Command("audit", "audit_cmd", "the audit trail"),
    Command("report", "report_cmd", "reports (PDF, CSV)"),
    Command("service", "service_cmd", "the provisioning service's certificates"),
    Command("serve", "serve_cmd",
            "run the provisioning service (Azure DPS MQTT/TLS, HTTPS, bootstrap) in the foreground"),
    Command("completion", "completion_cmd", "print a shell completion script (bash or zsh)"),
    Command("self-test", "selftest_cmd",
            "check this installation: every module, resource and page of the window (a throwaway station)"),
)

BY_NAME = {command.name: command for command in COMMANDS}

# Global options that take a value: the command is the first word that is neither one of these nor its value.
VALUE_OPTIONS = ("--home", "--db", "--user", "--password-file")


def help_of(name: str) -> str:
    return BY_NAME[name].help


def command_in(argv: list[str]) -> str | None:
    """The command word of a command line, or None (no command: the window, --help or --version)."""
    words = iter(argv)
    for word in words:
        if word in VALUE_OPTIONS:
            next(words, None)
        elif word == "--":
            return next(words, None)
        elif not word.startswith("-"):
            return word
    return None
