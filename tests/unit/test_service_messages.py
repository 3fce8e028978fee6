"""Every error a person may see is raised with a message template, so the window can translate it (issue 17).

A raise of one of the station's own error types whose message is written out in place (a string literal, an
f-string, a concatenation, `.format()`, `str(...)`) would reach the window in English whatever its language.
The device protocol (app/endpoint, and the refusals it sends to devices), the command line and the window itself
are outside this rule: devices and the CLI speak English, and the window translates with tr().
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
OUTSIDE = ("endpoint", "cli", "ui", "db/migrations")
SPOKEN_TO_DEVICES = {"RegistrationRefused", "SasError"}
PYTHON_ERRORS = {"ValueError", "TypeError", "KeyError", "RuntimeError", "OSError", "AssertionError",
                 "NotImplementedError", "LookupError", "IndexError", "AttributeError", "FileNotFoundError",
                 "PermissionError", "UnicodeError", "ArithmeticError", "OverflowError", "Exception",
                 "ParseError"}  # xml.etree's, caught where a workbook is read


def _written_out(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _written_out(node.left) or _written_out(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str"


def _error_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _problems(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        name = _error_name(node.exc)
        if name is None or name in PYTHON_ERRORS or name in SPOKEN_TO_DEVICES:
            continue
        if not name.endswith(("Error", "Refused")):
            continue
        if node.exc.args and _written_out(node.exc.args[0]):
            found.append(f"{path.relative_to(APP.parent)}:{node.lineno}: {name}(...) with a written-out message")
    return found


def test_the_station_raises_its_errors_with_message_templates() -> None:
    problems = []
    for path in sorted(APP.rglob("*.py")):
        relative = path.relative_to(APP).as_posix()
        if relative.startswith(OUTSIDE):
            continue
        problems += _problems(path)
    assert not problems, "use a template from app/domain/messages*.py:\n" + "\n".join(problems)
