"""A pseudo-translation: every string Qt translates comes back marked ⟦…⟧, so text that was never translated shows.

`PseudoTranslator` marks whatever it is asked (the app's tr() calls, the services' message templates, Qt's own
strings such as dialog buttons). `unmarked_texts(window, data)` lists the visible texts of a window that hold
words outside any marked part and outside the given data values (SNs, group names, ...), each named by its
widget's class, object name and property.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[A-Za-z]{2,}")


TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "dps_station_de.ts"


def ts_entries(ts_file: Path) -> set[tuple[str, str]]:
    """The (context, source) pairs of a .ts file."""
    known: set[tuple[str, str]] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for entry in context.iter("message"):
            known.add((name, entry.findtext("source") or ""))
    return known


class PseudoTranslator(QTranslator):
    """Marks every string; remembers what was asked, (context, source), to compare with the .ts sources.

    A widget's self.tr() asks each class of its MRO in turn (PySide6) until one translates: a string the .ts
    holds only under a base class's context (a mixin of a split view, e.g. FieldActions of FieldView) is
    left alone under the subclass's context, so the ask moves on to the context that holds it."""

    def __init__(self, parent: QObject | None = None, known: set[tuple[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.asked: set[tuple[str, str]] = set()
        self._known = known or set()
        self._sources = {source for _context, source in self._known}

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        if not source:
            return source
        if (context, source) not in self._known and source in self._sources and not _QT_CONTEXT.fullmatch(context):
            return None  # not this context's (a null string: no translation): the next class of the MRO is asked
        self.asked.add((context, source))
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def leftover(text: str, data: Iterable[str]) -> str:
    """What of `text` is neither marked nor data: words here were not translated."""
    plain = html.unescape(_TAG.sub(" ", text))
    previous = None
    while previous != plain:
        previous, plain = plain, _MARKED.sub(" ", plain)
    for value in sorted(data, key=len, reverse=True):
        if value:
            plain = re.sub(rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])", " ", plain)
    return " ".join(_WORD.findall(plain))


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(property, text) pairs a user sees on this widget."""
    if widget.isWindow() and widget.windowTitle():
        yield "windowTitle", widget.windowTitle()
    if widget.toolTip():
        yield "toolTip", widget.toolTip()
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        yield "placeholderText", widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield "specialValueText", widget.specialValueText()
        if isinstance(widget, QSpinBox):
            yield "suffix", widget.suffix()
            yield "prefix", widget.prefix()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"item {index}", widget.itemText(index)
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield f"tab {index}", widget.tabText(index)
            yield f"tab {index} toolTip", widget.tabToolTip(index)
    if isinstance(widget, QListWidget):
        for index in range(widget.count()):
            yield f"item {index}", widget.item(index).text()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if isinstance(header, str):
                yield f"header {column}", header


def _menu_texts(bar: QMenuBar | QMenu, where: str) -> Iterator[tuple[str, str]]:
    for action in bar.actions():
        if action.isSeparator():
            continue
        yield f"{where} > action {action.objectName() or '?'}", action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield f"{where} > action {action.objectName() or '?'} toolTip", action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.text()}")


def unmarked_texts(root: QWidget, data: Iterable[str]) -> list[str]:
    """Every visible text of `root` (and its visible children and menus) left untranslated, named by widget."""
    data = list(data)
    problems: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        pairs = list(_texts(widget))
        if isinstance(widget, QMenuBar):
            pairs += list(_menu_texts(widget, "menu"))
        for prop, text in pairs:
            rest = leftover(text, data) if text else ""
            if rest:
                problems.append(f"{name} {prop}: {text!r} (not translated: {rest!r})")
    return problems


_QT_CONTEXT = re.compile(r"Q[A-Z]\w*")


def missing_from_sources(asked: Iterable[tuple[str, str]], ts_file: Path) -> list[str]:
    """The strings the app asked to translate that the .ts file does not hold (Qt's own contexts aside): text
    passed to tr() as a variable without a QT_TRANSLATE_NOOP mark, say, which no translator would ever see."""
    known = ts_entries(ts_file)
    return sorted(f"{context}: {source!r}" for context, source in asked
                  if not _QT_CONTEXT.fullmatch(context) and OPEN not in source and (context, source) not in known
                  and ("message values", source) not in known)


def install_pseudo(ts_file: Path = TS_FILE) -> PseudoTranslator:
    translator = PseudoTranslator(QCoreApplication.instance(), ts_entries(ts_file))
    QCoreApplication.installTranslator(translator)
    return translator


def remove_pseudo(translator: PseudoTranslator) -> None:
    QCoreApplication.removeTranslator(translator)
