"""The CLI's commands: name, the module that defines it, and the one-line help.

Kept free of heavy imports so that `--version`, `--help` and shell completion answer at once; only the module
of the command being run is imported.
"""

from __future__ import annotations

from typing import NamedTuple


class Command(NamedTuple):
    name: str
    module: str
    help: str


COMMANDS: tuple[Command, ...] = (
    Command("init", "app.cli.init_cmd", "create the data home and the organisation (idempotent)"),
    Command("user", "app.cli.user_cmd", "users and roles"),
    Command("masterdata", "app.cli.masterdata_cmd", "master data attributes and groups"),
    Command("group", "app.cli.group_cmd", "registration groups"),
    Command("batch", "app.cli.batch_cmd", "production batches"),
    Command("device", "app.cli.device_cmd", "register devices, list, export and onboard them"),
    Command("label", "app.cli.label_cmd", "print QR labels (PDF, PNG, ZPL, a system printer)"),
    Command("scan", "app.cli.scan_cmd", "scan QR codes from a camera, a video or images (changes no device)"),
    Command("central", "app.cli.sync_cmd", "the central PostgreSQL database"),
    Command("sync", "app.cli.sync_cmd", "sync with the central database now (once)"),
    Command("audit", "app.cli.audit_cmd", "the audit trail"),
    Command("report", "app.cli.report_cmd", "reports (PDF, CSV)"),
    Command("service", "app.cli.service_cmd", "the provisioning service's certificates"),
    Command("serve", "app.cli.serve_cmd",
            "run the provisioning service (Azure DPS MQTT/TLS, HTTPS, bootstrap) in the foreground"),
    Command("completion", "app.cli.completion_cmd", "print a shell completion script (bash or zsh)"),
    Command("self-test", "app.cli.selftest_cmd",
            "check this installation: every module, resource and page of the window (a throwaway station)"),
)

BY_NAME = {command.name: command for command in COMMANDS}

# Global options that take a value: the command is the first word that is neither one of these nor its value.
VALUE_OPTIONS = ("--home", "--db", "--user")


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
