"""Messages of label printing and batch reports: one template per kind of error, refusal or print-quality warning.

Written like app/domain/messages.py (read it first): `message(TEMPLATE, **params)` is the English text (CLI, log)
that also keeps its template and parameters, so the window translates it (app.ui.messages). No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.messages import QT_TRANSLATE_NOOP, Message, message

# ---- the selection (app/services/labelling.py) ----------------------------------------------------------------
BATCH_NUMBER_EMPTY = QT_TRANSLATE_NOOP("messages", "the batch number is empty")
NOT_IN_BATCH = QT_TRANSLATE_NOOP("messages", "device {sn} is not in batch {batch}")
NONE_TO_LABEL_IN_BATCH = QT_TRANSLATE_NOOP(
    "messages", "batch {batch} of group {group} has no devices that can be labelled")
NONE_TO_LABEL_IN_BATCH_SKIPPED = QT_TRANSLATE_NOOP(
    "messages", "batch {batch} of group {group} has no devices that can be labelled ({skipped} disabled or retired)")
NONE_TO_LABEL_IN_GROUP = QT_TRANSLATE_NOOP("messages", "group {group} has no devices that can be labelled")
NONE_TO_LABEL_IN_GROUP_SKIPPED = QT_TRANSLATE_NOOP(
    "messages", "group {group} has no devices that can be labelled ({skipped} disabled or retired)")
SELECTING_CANCELLED = QT_TRANSLATE_NOOP("messages", "selecting devices for labels was cancelled; nothing was printed")

# ---- the job (app/labels/job.py, png_output.py) --------------------------------------------------------------
NO_LABELS = QT_TRANSLATE_NOOP("messages", "there are no devices to print labels for")
DPI_NOT_SUPPORTED = QT_TRANSLATE_NOOP("messages", "{dpi} dpi is not supported; use one of {choices}")
BETWEEN = QT_TRANSLATE_NOOP("messages", "must be between {least} and {most}")
START_AT_RANGE = QT_TRANSLATE_NOOP(
    "messages", "must be between 0 and {last} for template {label_template} ({per_page} labels per page)")
SN_IN_JOB_TWICE = QT_TRANSLATE_NOOP("messages", "SN {sn} is in the job twice; use copies for more than one label")
JOB_CANCELLED = QT_TRANSLATE_NOOP("messages", "label job cancelled; nothing was printed or recorded")
PNG_JOB_CANCELLED = QT_TRANSLATE_NOOP("messages", "label job cancelled; nothing was written or recorded")
VERIFY_CANCELLED = QT_TRANSLATE_NOOP(
    "messages", "label job cancelled during print-and-verify; nothing was printed or recorded")
NO_MORE_PAGES = QT_TRANSLATE_NOOP(
    "messages", "the output cannot take another page (disk full, printer gone?); nothing was recorded")
NO_FOLDER = QT_TRANSLATE_NOOP("messages", "the folder {folder} does not exist")
CANNOT_WRITE_INTO = QT_TRANSLATE_NOOP(
    "messages", "cannot write into {folder} ({reason}); nothing was printed or recorded")
CANNOT_WRITE_PNGS = QT_TRANSLATE_NOOP(
    "messages", "cannot write PNG files into {folder} ({reason}); nothing was printed or recorded")
CANNOT_WRITE_FILE = QT_TRANSLATE_NOOP("messages", "cannot write {file}; nothing was printed or recorded")
CANNOT_MOVE_PNGS = QT_TRANSLATE_NOOP(
    "messages", "cannot move the PNG files into {folder} ({reason}); nothing was printed or recorded")
CANNOT_PAINT = QT_TRANSLATE_NOOP(
    "messages", "the output cannot be painted on (is the file writable, the printer there?); nothing was printed or "
                "recorded")

# ---- print-quality warnings (the job's report; the print dialog shows them under the preview) -----------------
FEW_DOTS = QT_TRANSLATE_NOOP(
    "messages", "SN {sn}: {dots} printer dots per QR module at {dpi} dpi (4 or more recommended); the code may be "
                "hard to scan")
FEW_DOTS_IN_ALL = QT_TRANSLATE_NOOP("messages", "... {count} labels in all have fewer than 4 dots per QR module")
SHORTENED = QT_TRANSLATE_NOOP("messages", "SN {sn}: the {field} was shortened to fit the label")

# ---- the QR code and the texts (app/labels/symbol.py, render.py) ---------------------------------------------
QR_NOT_MADE = QT_TRANSLATE_NOOP("messages", "the QR code for SN {sn!r} cannot be made: {reason}")
QR_TOO_BIG = QT_TRANSLATE_NOOP(
    "messages", "the payload of SN {sn!r} needs a QR code of version {version}; at most {most} is allowed")
QR_DOES_NOT_FIT = QT_TRANSLATE_NOOP(
    "messages", "the QR code of SN {sn!r} ({modules} modules, version {version}, plus the quiet zone) does not fit "
                "the {width:.1f} mm QR area of template {label_template} at {dpi} dpi: {dots:.1f} dots per module, "
                "at least {least} needed; use a larger label, a higher dpi, or a shorter SN/batch")
LOGO_UNREADABLE = QT_TRANSLATE_NOOP("messages", "the logo image cannot be read")
FIELD_TOO_LOW = QT_TRANSLATE_NOOP(
    "messages", "template {label_template}: the {field} field is {height:.1f} mm high, too low for {size:g} pt text")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages", "the {what} {text!r} (SN {sn}) is too long for template {label_template}: it needs {needed:.1f} mm at "
                "{size:g} pt and the field is {width:.1f} mm wide; use a template with more room or a shorter {what}")

# ---- label template files (app/labels/templates.py) ----------------------------------------------------------
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("messages", "missing or not an object ({{...}})")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("messages", "missing or not a number")
ABOVE_ZERO = QT_TRANSLATE_NOOP("messages", "must be above 0, not {value}")
AT_LEAST_ZERO = QT_TRANSLATE_NOOP("messages", "must be at least 0, not {value}")
WHOLE_NUMBER = QT_TRANSLATE_NOOP("messages", "must be a whole number of 1 or more")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("messages", "cannot be read ({reason})")
NOT_JSON = QT_TRANSLATE_NOOP("messages", "is not valid JSON ({reason})")
ONE_OBJECT = QT_TRANSLATE_NOOP("messages", "must hold one JSON object")
NON_EMPTY_TEXT = QT_TRANSLATE_NOOP("messages", "must be a non-empty text")
NOT_A_UNIT = QT_TRANSLATE_NOOP("messages", "{unit!r} is not a unit; use one of: {choices}")
NOT_A_KIND = QT_TRANSLATE_NOOP("messages", "{kind!r} is not a template kind; use one of: {choices}")
TOO_WIDE = QT_TRANSLATE_NOOP(
    "messages", "{columns} labels of {width:.1f} mm with the margin and gaps are wider than the page ({page:.1f} mm)")
TOO_TALL = QT_TRANSLATE_NOOP(
    "messages", "{rows} labels of {height:.1f} mm with the margin and gaps are taller than the page ({page:.1f} mm)")
NOT_A_FIELD = QT_TRANSLATE_NOOP("messages", "is not a label field; use: qr, {fields}, logo")
NO_QR_FIELD = QT_TRANSLATE_NOOP("messages", "missing or not an object: every label needs the QR code (x, y, size)")
NO_SN_OR_CODE_FIELD = QT_TRANSLATE_NOOP("messages", "missing: every label shows the SN and the manual code")
FIELD_NOT_OBJECT = QT_TRANSLATE_NOOP("messages", "must be an object with x, y, width, height, font_size")
TEXT_OVER_QR = QT_TRANSLATE_NOOP("messages", "overlaps the QR code area; text is never drawn over the code")
MIN_ABOVE_FONT = QT_TRANSLATE_NOOP("messages", "must not be above font_size ({size})")
NOT_VALID_CHOICE = QT_TRANSLATE_NOOP("messages", "{value!r} is not valid; use one of: {choices}")
TRUE_OR_FALSE = QT_TRANSLATE_NOOP("messages", "must be true or false")
LOGO_FILE_NEEDED = QT_TRANSLATE_NOOP("messages", "must name an image file (relative to the template file)")
LOGO_OVER_QR = QT_TRANSLATE_NOOP("messages", "overlaps the QR code area")
LOGO_NOT_THERE = QT_TRANSLATE_NOOP("messages", "{file} does not exist next to the template")
OUTSIDE_LABEL = QT_TRANSLATE_NOOP("messages", "reaches outside the label ({width:.1f} x {height:.1f} mm)")
NO_TEMPLATE = QT_TRANSLATE_NOOP("messages", "no label template {name!r}; available: {available}")

# ---- outputs (app/labels/targets.py, zpl.py; the print dialog's output fields) -------------------------------
OUT_NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("messages", "{out!r}: use FILE.pdf, a folder for PNG files, FILE.zpl or "
                                                   "HOST:PORT")
NO_PRINTER = QT_TRANSLATE_NOOP("messages", "no printer called {name!r}; available: {available}")
NO_PRINTER_AT_ALL = QT_TRANSLATE_NOOP("messages", "no printer called {name!r}; available: none")
NOT_AN_OUTPUT = QT_TRANSLATE_NOOP("messages", "{kind!r} is not an output; use one of: {choices}")
ZPL_NOT_THERMAL = QT_TRANSLATE_NOOP(
    "messages", "ZPL is for thermal label printers; template {label_template} is a {kind} template: use a thermal-* "
                "template, or PDF/PNG/a printer for sheets")
ZPL_DPI_NOT_SUPPORTED = QT_TRANSLATE_NOOP("messages", "Zebra printers print at {choices} dpi, not {dpi}")
ZPL_START_AT = QT_TRANSLATE_NOOP("messages", "--start-at is for sheets of labels; a thermal roll has no used positions")
PORT_NOT_VALID = QT_TRANSLATE_NOOP("messages", "port {port} is not valid (1-65535)")
PRINTER_SILENT = QT_TRANSLATE_NOOP(
    "messages", "the printer at {host}:{port} did not answer within {timeout:g} s; check the address and that it is "
                "switched on; nothing was printed or recorded")
PRINTER_HOST_UNKNOWN = QT_TRANSLATE_NOOP(
    "messages", "the printer host {host!r} is unknown; check the name or use its IP address; nothing was printed or "
                "recorded")
PRINTER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "messages", "the printer at {host}:{port} cannot be reached ({reason}); check the address, the port (usually "
                "{usual}) and the network; nothing was printed or recorded")
CHOOSE_PDF = QT_TRANSLATE_NOOP("messages", "choose a PDF file to write")
NOT_PDF = QT_TRANSLATE_NOOP("messages", "{path} does not end in .pdf")
CHOOSE_PNG_FOLDER = QT_TRANSLATE_NOOP("messages", "choose a folder for the PNG files")
PNG_FOLDER_IS_FILE = QT_TRANSLATE_NOOP("messages", "{path} is a file; choose a folder for the PNG files")
GIVE_ZPL = QT_TRANSLATE_NOOP("messages", "give a .zpl file or the printer as host:9100")
NOT_ZPL = QT_TRANSLATE_NOOP("messages", "{path}: give a file ending in .zpl or the printer as host:9100")

# ---- print-and-verify (app/labels/verify.py, zpl_verify.py, zpl_graphic.py) ----------------------------------
NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "messages", "{count} label(s) failed print-and-verify, the job was stopped and nothing was printed or recorded: "
                "{shown}{more}")
FAILED_LABEL = QT_TRANSLATE_NOOP("messages", "SN {sn}: {reason}")
LIST_ITEMS = QT_TRANSLATE_NOOP("messages", "{first}; {rest}")
NOT_SIGNED_PAYLOAD = QT_TRANSLATE_NOOP("messages", "the code read back is not a signed label payload")
SIGNATURE_FAILS = QT_TRANSLATE_NOOP("messages", "the signature does not verify (key {key})")
OTHER_DEVICE = QT_TRANSLATE_NOOP("messages", "the code is for SN {sn} of group ID {group_id}")
NOT_READ_BACK = QT_TRANSLATE_NOOP("messages", "the QR code did not read back")
READ_BACK_DIFFERS = QT_TRANSLATE_NOOP("messages", "the code read back differs from the payload sent to the printer")
ZPL_NOT_READ_BACK = QT_TRANSLATE_NOOP("messages", "the QR code the printer gets did not read back")
ZPL_DIFFERS = QT_TRANSLATE_NOOP("messages", "the code the printer gets differs from the payload")
ZPL_NO_SIZE = QT_TRANSLATE_NOOP("messages", "the label has no ^PW (width) or ^LL (length)")
ZPL_GRAPHIC_MALFORMED = QT_TRANSLATE_NOOP("messages", "the QR graphic is malformed: {reason}")
ZPL_GRAPHIC_OFF_LABEL = QT_TRANSLATE_NOOP(
    "messages", "the QR graphic ({columns} x {rows} dots at {x},{y}) runs off the {width} x {height} dot label")
ZPL_NO_GRAPHIC = QT_TRANSLATE_NOOP("messages", "the label has no QR graphic (^GF)")
ZPL_GRAPHIC_OUTSIDE_SQUARE = QT_TRANSLATE_NOOP(
    "messages", "the QR graphic ({width} x {height} dots at {x},{y}) does not lie in the template's QR square")
ZPL_GRAPHICS_COUNT = QT_TRANSLATE_NOOP("messages", "the label has {count} graphics, expected the QR code alone")
ZPL_NOT_WHOLE_MODULES = QT_TRANSLATE_NOOP(
    "messages", "the QR graphic is not a square of whole modules of {dots} dots")
ZPL_MODULES_NOT_UNIFORM = QT_TRANSLATE_NOOP(
    "messages", "the QR graphic has modules that are not uniform squares of {dots} dots")
GF_NOT_ASCII = QT_TRANSLATE_NOOP("messages", "not an ASCII ^GFA graphic field")
GF_NOT_WHOLE_ROWS = QT_TRANSLATE_NOOP("messages", "{total} bytes is not a whole number of rows of {per_row} bytes")
GF_NOT_DATA = QT_TRANSLATE_NOOP(
    "messages", "{character!r} is not graphic data (or a repeat count before no hex digit)")
GF_REPEAT_MISPLACED = QT_TRANSLATE_NOOP(
    "messages", "':' (repeat the row) in the middle of a row or before the first row")
GF_ENDS_MID_ROW = QT_TRANSLATE_NOOP("messages", "the data ends in the middle of a row")
GF_SIZE_DIFFERS = QT_TRANSLATE_NOOP("messages", "{rows} rows of {per_row} bytes, but the field says {total} bytes")

# ---- batch reports (app/reports) -----------------------------------------------------------------------------
REPORT_NO_MORE_PAGES = QT_TRANSLATE_NOOP("messages", "the PDF cannot take another page (disk full?)")
REPORT_CANNOT_WRITE = QT_TRANSLATE_NOOP("messages", "cannot write a PDF to {path}")
REPORT_FILE_NAME = QT_TRANSLATE_NOOP("messages", "the report file name ends in .pdf or .csv, not {name!r}")

# ---- values that appear inside these messages (context "message values") ------------------------------------
_VALUES = (
    QT_TRANSLATE_NOOP("message values", "sheet"),
    QT_TRANSLATE_NOOP("message values", "thermal"),
    QT_TRANSLATE_NOOP("message values", "group name"),
    QT_TRANSLATE_NOOP("message values", "manual code"),
    QT_TRANSLATE_NOOP("message values", "batch"),
)


def listed(items: Sequence[str]) -> str:
    """Items joined by "; " as one Message (each a nested Message when it is one), "" for none."""
    if not items:
        return ""
    joined: str = items[-1]
    for item in reversed(items[:-1]):
        joined = message(LIST_ITEMS, first=item, rest=joined)
    return joined


def failure_text(sn: str, reason: str) -> Message:
    """One failed label as the print dialog and the error list name it: "SN …: why"."""
    return message(FAILED_LABEL, sn=sn, reason=reason)
