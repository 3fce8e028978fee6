"""The layers of DESIGN.md hold: the core never imports Qt widgets or the window, labels/reports use QtGui only,
no layer imports one above it, and no two modules import each other (directly or round a longer loop).
Checked on the source (imports anywhere in a module, also inside functions)."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"

NO_QT_AT_ALL = ("domain", "db", "security", "qr", "services", "sync", "scan")
QTGUI_ONLY = ("labels", "reports")
FORBIDDEN_FOR_QTGUI_ONLY = ("PySide6.QtWidgets", "PySide6.QtPrintSupport.QPrintDialog", "app.ui")

# Which parts of app/ each part may import (besides itself and `app`, the version). From docs/architecture.md:
# ui, cli and endpoint over the services; services over db, security, qr, sync, scan and the label data;
# reports draw what the services return. Nothing imports upwards (e.g. domain -> services, services -> reports,
# sync -> services, services -> cli).
BASE = {"domain", "config", "resources", "log", "output_files"}
MAY_IMPORT: dict[str, set[str]] = {
    "domain": set(),
    "log": set(),
    "output_files": {"domain"},  # files a killed command may leave: written aside, moved in whole
    "config": {"domain"},
    "resources": {"domain"},
    "db": {"domain", "config", "security"},  # e.g. sealing rows with a key; security imports no db
    "security": {"domain", "config"},
    "qr": {"domain", "security"},
    "scan": {"domain", "qr", "security"},
    "labels": {"domain", "resources", "qr", "security", "output_files"},
    "sync": {"domain", "config", "db", "security"},
    "services": BASE | {"db", "security", "qr", "sync", "scan", "labels"},
    "reports": BASE | {"services", "security", "qr"},
    "endpoint": BASE | {"security", "services"},  # and only the registration contract: tests/endpoint
    "ui": BASE | {"db", "security", "qr", "sync", "scan", "labels", "services", "reports"},
    "cli": BASE | {"db", "security", "qr", "sync", "scan", "labels", "services", "reports", "endpoint"},
    "__main__": {"cli"},
}
# Single modules a part may import beyond its layers: the CLI opens the window when given no command.
MAY_ALSO_IMPORT = {"cli": {"app.ui.application", "app.ui.self_test"}}  # the window, the installation check


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def modules_of(layer: str) -> list[Path]:
    return sorted((APP / layer).rglob("*.py"))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(APP.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(APP.rglob("*.py"))}


def part_of(module: str) -> str:
    """The layer of a module: its first package under app ("services"), or the module for app/config.py etc."""
    return module.split(".")[1] if "." in module else module


def import_graph(modules: Mapping[str, Path]) -> dict[str, dict[str, int]]:
    """module -> {imported app module: first line}. `from app.x import name` counts as importing app.x.name
    when that is a module, else app.x."""
    graph: dict[str, dict[str, int]] = {}
    for name, path in modules.items():
        edges: dict[str, int] = {}
        for line, imported in imported_modules(path):
            target = imported
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name and target.startswith("app"):
                edges.setdefault(target, line)
        graph[name] = edges
    return graph


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph.get(root, ())))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph.get(child, ()))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def upward_imports(graph: Mapping[str, Mapping[str, int]]) -> list[str]:
    offending = []
    for name, edges in graph.items():
        part = part_of(name)
        allowed = MAY_IMPORT.get(part)
        for target, line in edges.items():
            other = part_of(target)
            if other in (part, "app") or target in MAY_ALSO_IMPORT.get(part, ()):
                continue
            if allowed is None or other not in allowed:
                offending.append(f"{name}:{line} ({part}) imports {target} ({other})")
    return offending


@pytest.mark.parametrize("layer", NO_QT_AT_ALL)
def test_core_layers_import_no_qt_and_no_window(layer: str) -> None:
    assert modules_of(layer), f"app/{layer} has no modules"
    offending = [f"{path.relative_to(APP.parent)}:{line} imports {name}"
                 for path in modules_of(layer) for line, name in imported_modules(path)
                 if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("app.ui")]
    assert offending == []


@pytest.mark.parametrize("layer", QTGUI_ONLY)
def test_rendering_layers_use_qtgui_never_widgets(layer: str) -> None:
    if not (APP / layer).is_dir():
        pytest.skip(f"app/{layer} does not exist")
    offending = [f"{path.relative_to(APP.parent)}:{line} imports {name}"
                 for path in modules_of(layer) for line, name in imported_modules(path)
                 if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_FOR_QTGUI_ONLY)]
    assert offending == []


def test_services_never_import_the_cli() -> None:
    offending = [f"{path.relative_to(APP.parent)}:{line} imports {name}"
                 for layer in NO_QT_AT_ALL for path in modules_of(layer)
                 for line, name in imported_modules(path) if name.startswith("app.cli")]
    assert offending == []


def test_every_part_of_app_has_its_place_in_the_layers() -> None:
    parts = {part_of(name) for name in all_modules()} - {"app"}
    assert sorted(parts - MAY_IMPORT.keys()) == []


def test_no_layer_imports_one_above_it() -> None:
    assert upward_imports(import_graph(all_modules())) == []


def test_no_import_cycles_between_modules() -> None:
    assert cycles(import_graph(all_modules())) == []


def test_the_layer_check_sees_a_widget_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n    return QWidget\n")
    assert (2, "PySide6.QtWidgets.QWidget") in imported_modules(sample)


def test_the_checks_see_an_upward_import_and_a_cycle(tmp_path: Path) -> None:
    """What the checks would report if domain imported services, and engine and migrate imported each other
    (as they once did, through an import inside a function)."""
    root = tmp_path / "app"
    (root / "domain").mkdir(parents=True)
    (root / "db").mkdir()
    (root / "services").mkdir()
    (root / "domain" / "rules.py").write_text("from app.services.users import deactivate\n")
    (root / "services" / "users.py").write_text("def deactivate() -> None: ...\n")
    (root / "db" / "engine.py").write_text("def open_database():\n    from app.db.migrate import upgrade\n")
    (root / "db" / "migrate.py").write_text("from app.db.engine import open_database\n")
    modules = {f"app.{path.parent.name}.{path.stem}": path for path in sorted(root.rglob("*.py"))}
    graph = import_graph(modules)
    assert graph["app.domain.rules"] == {"app.services.users": 1}
    assert cycles(graph) == [["app.db.engine", "app.db.migrate"]]
    assert upward_imports(graph) == ["app.domain.rules:1 (domain) imports app.services.users (services)"]
