"""Label templates: JSON files describing a page of labels and what goes where on a label.

Shipped templates live in resources/templates/, user templates in <home>/templates/
(a user file with the name of a shipped one replaces it). Every length in a file is in
the file's `unit` (mm or in); in memory everything is millimetres.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import InputError, NotFoundError
from app.domain.messages import Message, message
from app.domain.messages_labels import (
    ABOVE_ZERO,
    AT_LEAST_ZERO,
    FIELD_NOT_OBJECT,
    FILE_UNREADABLE,
    LOGO_FILE_NEEDED,
    LOGO_NOT_THERE,
    LOGO_OVER_QR,
    MIN_ABOVE_FONT,
    NO_QR_FIELD,
    NO_SN_OR_CODE_FIELD,
    NO_TEMPLATE,
    NON_EMPTY_TEXT,
    NOT_A_FIELD,
    NOT_A_KIND,
    NOT_A_NUMBER,
    NOT_A_UNIT,
    NOT_AN_OBJECT,
    NOT_JSON,
    NOT_VALID_CHOICE,
    ONE_OBJECT,
    OUTSIDE_LABEL,
    TEXT_OVER_QR,
    TOO_TALL,
    TOO_WIDE,
    TRUE_OR_FALSE,
    WHOLE_NUMBER,
)
from app.resources import resource_path

TEXT_FIELDS = ("sn", "manual_code", "group_name", "batch", "product_key")
OPTIONAL_FIELDS = ("batch", "product_key", "group_name", "logo")
KINDS = ("sheet", "thermal")
UNITS = {"mm": 1.0, "in": 25.4}
OVERFLOW = ("refuse", "elide")


def shipped_templates_dir() -> Path:
    """The label templates shipped with this installation (NotFoundError names where it looked if they are gone)."""
    return resource_path("templates")


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    def intersects(self, other: Box) -> bool:
        return (self.x < other.x + other.width and other.x < self.x + self.width
                and self.y < other.y + other.height and other.y < self.y + self.height)


@dataclass(frozen=True)
class TextField:
    name: str
    box: Box
    font_size: float  # points
    min_font_size: float
    bold: bool
    overflow: str  # "refuse": the label is refused when the text does not fit; "elide": shortened with "..."


@dataclass(frozen=True)
class LogoField:
    box: Box
    file: Path


@dataclass(frozen=True)
class LabelTemplate:
    name: str
    description: str
    kind: str
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int
    rows: int
    margin_left: float
    margin_top: float
    gap_x: float
    gap_y: float
    qr: Box  # the square reserved for the code, quiet zone included
    texts: tuple[TextField, ...]
    logo: LogoField | None
    source: Path

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_thermal(self) -> bool:
        return self.kind == "thermal"

    def label_origin(self, slot: int) -> tuple[float, float]:
        """Top-left corner (mm) of the label at `slot` (0-based, row by row) on its page."""
        row, column = divmod(slot, self.columns)
        return (self.margin_left + column * (self.label_width + self.gap_x),
                self.margin_top + row * (self.label_height + self.gap_y))

    def text(self, name: str) -> TextField | None:
        return next((field for field in self.texts if field.name == name), None)


class _Reader:
    """Reads one template file, raising InputError that names the file and the field."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = path.name

    def fail(self, field: str, reason: Message) -> InputError:
        return InputError(reason, file=self.file, field=field)

    def section(self, data: dict[str, Any], key: str, required: bool = True) -> dict[str, Any] | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, dict):
            raise self.fail(key, message(NOT_AN_OBJECT))
        return value

    def number(self, data: dict[str, Any], key: str, where: str, *, scale: float = 1.0, positive: bool = False,
               default: float | None = None) -> float:
        value = data.get(key, default)
        name = f"{where}.{key}" if where else key
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(name, message(NOT_A_NUMBER))
        if value < 0 or (positive and value == 0):
            raise self.fail(name, message(ABOVE_ZERO if positive else AT_LEAST_ZERO, value=value))
        return float(value) * scale

    def integer(self, data: dict[str, Any], key: str, where: str) -> int:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.fail(f"{where}.{key}", message(WHOLE_NUMBER))
        return value

    def box(self, data: dict[str, Any], where: str, scale: float) -> Box:
        return Box(self.number(data, "x", where, scale=scale), self.number(data, "y", where, scale=scale),
                   self.number(data, "width", where, scale=scale, positive=True),
                   self.number(data, "height", where, scale=scale, positive=True))


def parse_template(path: Path) -> LabelTemplate:
    """Read and check one template file."""
    reader = _Reader(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(message(FILE_UNREADABLE, reason=error.strerror or str(error)), file=path.name) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(message(NOT_JSON, reason=str(error)), file=path.name) from None
    if not isinstance(data, dict):
        raise InputError(message(ONE_OBJECT), file=path.name)
    name = data.get("name", path.stem)
    if not isinstance(name, str) or not name.strip():
        raise reader.fail("name", message(NON_EMPTY_TEXT))
    unit = data.get("unit", "mm")
    if unit not in UNITS:
        raise reader.fail("unit", message(NOT_A_UNIT, unit=unit, choices=", ".join(UNITS)))
    scale = UNITS[unit]
    kind = data.get("kind", "sheet")
    if kind not in KINDS:
        raise reader.fail("kind", message(NOT_A_KIND, kind=kind, choices=", ".join(KINDS)))
    page = reader.section(data, "page")
    label = reader.section(data, "label")
    grid = reader.section(data, "grid")
    margins = reader.section(data, "margins", required=False) or {}
    gaps = reader.section(data, "gaps", required=False) or {}
    fields = reader.section(data, "fields")
    assert page is not None and label is not None and grid is not None and fields is not None

    page_w = reader.number(page, "width", "page", scale=scale, positive=True)
    page_h = reader.number(page, "height", "page", scale=scale, positive=True)
    label_w = reader.number(label, "width", "label", scale=scale, positive=True)
    label_h = reader.number(label, "height", "label", scale=scale, positive=True)
    columns = reader.integer(grid, "columns", "grid")
    rows = reader.integer(grid, "rows", "grid")
    left = reader.number(margins, "left", "margins", scale=scale, default=0)
    top = reader.number(margins, "top", "margins", scale=scale, default=0)
    gap_x = reader.number(gaps, "horizontal", "gaps", scale=scale, default=0)
    gap_y = reader.number(gaps, "vertical", "gaps", scale=scale, default=0)
    if left + columns * label_w + (columns - 1) * gap_x > page_w + 0.01:
        raise reader.fail("grid.columns", message(TOO_WIDE, columns=columns, width=label_w, page=page_w))
    if top + rows * label_h + (rows - 1) * gap_y > page_h + 0.01:
        raise reader.fail("grid.rows", message(TOO_TALL, rows=rows, height=label_h, page=page_h))

    unknown = sorted(set(fields) - set(TEXT_FIELDS) - {"qr", "logo"})
    if unknown:
        raise reader.fail(f"fields.{unknown[0]}", message(NOT_A_FIELD, fields=", ".join(TEXT_FIELDS)))
    qr_data = fields.get("qr")
    if not isinstance(qr_data, dict):
        raise reader.fail("fields.qr", message(NO_QR_FIELD))
    size = reader.number(qr_data, "size", "fields.qr", scale=scale, positive=True)
    qr = Box(reader.number(qr_data, "x", "fields.qr", scale=scale), reader.number(qr_data, "y", "fields.qr", scale=scale),
             size, size)
    label_box = Box(0, 0, label_w, label_h)
    _inside(reader, "fields.qr", qr, label_box)

    texts: list[TextField] = []
    for field_name in TEXT_FIELDS:
        raw = fields.get(field_name)
        if raw is None:
            if field_name in ("sn", "manual_code"):
                raise reader.fail(f"fields.{field_name}", message(NO_SN_OR_CODE_FIELD))
            continue
        where = f"fields.{field_name}"
        if not isinstance(raw, dict):
            raise reader.fail(where, message(FIELD_NOT_OBJECT))
        box = reader.box(raw, where, scale)
        _inside(reader, where, box, label_box)
        if box.intersects(qr):
            raise reader.fail(where, message(TEXT_OVER_QR))
        font_size = reader.number(raw, "font_size", where, positive=True)
        min_font = reader.number(raw, "min_font_size", where, positive=True, default=font_size)
        if min_font > font_size:
            raise reader.fail(f"{where}.min_font_size", message(MIN_ABOVE_FONT, size=font_size))
        overflow = raw.get("overflow", "refuse")
        if overflow not in OVERFLOW:
            raise reader.fail(f"{where}.overflow",
                              message(NOT_VALID_CHOICE, value=overflow, choices=", ".join(OVERFLOW)))
        bold = raw.get("bold", False)
        if not isinstance(bold, bool):
            raise reader.fail(f"{where}.bold", message(TRUE_OR_FALSE))
        texts.append(TextField(field_name, box, font_size, min_font, bold, overflow))

    logo: LogoField | None = None
    logo_data = fields.get("logo")
    if logo_data is not None:
        if not isinstance(logo_data, dict) or not isinstance(logo_data.get("file"), str):
            raise reader.fail("fields.logo.file", message(LOGO_FILE_NEEDED))
        box = reader.box(logo_data, "fields.logo", scale)
        _inside(reader, "fields.logo", box, label_box)
        if box.intersects(qr):
            raise reader.fail("fields.logo", message(LOGO_OVER_QR))
        logo_file = (path.parent / logo_data["file"]).resolve()
        if not logo_file.is_file():
            raise reader.fail("fields.logo.file", message(LOGO_NOT_THERE, file=logo_data["file"]))
        logo = LogoField(box, logo_file)

    description = data.get("description", "")
    return LabelTemplate(name.strip(), description if isinstance(description, str) else "", kind, page_w, page_h,
                         label_w, label_h, columns, rows, left, top, gap_x, gap_y, qr, tuple(texts), logo, path)


def _inside(reader: _Reader, where: str, box: Box, label: Box) -> None:
    if box.x + box.width > label.width + 0.01 or box.y + box.height > label.height + 0.01:
        raise reader.fail(where, message(OUTSIDE_LABEL, width=label.width, height=label.height))


def template_files(user_dir: Path | None = None) -> dict[str, Path]:
    """Template name (file stem) -> file; user files replace shipped ones of the same name."""
    files = {path.stem: path for path in sorted(shipped_templates_dir().glob("*.json"))}
    if user_dir is not None and user_dir.is_dir():
        files.update({path.stem: path for path in sorted(user_dir.glob("*.json"))})
    return files


def load_template(name: str, user_dir: Path | None = None) -> LabelTemplate:
    """The template called `name`, or a file path to one."""
    candidate = Path(name)
    if candidate.suffix == ".json" and candidate.is_file():
        return parse_template(candidate)
    files = template_files(user_dir)
    if name not in files:
        raise NotFoundError(message(NO_TEMPLATE, name=name, available=", ".join(sorted(files))))
    return parse_template(files[name])


def list_templates(user_dir: Path | None = None) -> list[LabelTemplate | InputError]:
    """Every template, or the error that makes a user file unusable (shown, not fatal)."""
    out: list[LabelTemplate | InputError] = []
    for path in template_files(user_dir).values():
        try:
            out.append(parse_template(path))
        except InputError as error:
            out.append(error)
    return out
