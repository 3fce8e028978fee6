"""ZPL II for Zebra printers: one ^XA...^XZ format per label, the QR code as a ^GF bitmap, texts as ^A0 fields.

Layout and texts come from the same preparation as the QPainter targets (same fitted
font sizes, same elision). The QR code is the exact symbol the job made, quiet zone
included, at whole printer dots per module, sent as a graphic field (app/labels/zpl_graphic.py):
^BQ would let the printer encode the payload again and pick another symbol size. The
verify pass reads that graphic back out of the ZPL text itself (app/labels/zpl_verify.py).
"""

from __future__ import annotations

import re
import socket
from collections.abc import Mapping, Sequence
from pathlib import Path

from app.domain.errors import CancelledError, DpsError, InputError
from app.domain.messages import message, term
from app.domain.messages_labels import (
    JOB_CANCELLED,
    NO_FOLDER,
    PORT_NOT_VALID,
    PRINTER_HOST_UNKNOWN,
    PRINTER_SILENT,
    PRINTER_UNREACHABLE,
    ZPL_DPI_NOT_SUPPORTED,
    ZPL_NOT_THERMAL,
    ZPL_START_AT,
)
from app.labels.job import (
    Cancelled,
    JobReport,
    JobSpec,
    PreparedLabel,
    Progress,
    cyclic_gc_paused,
    prepare_job,
    publish_file,
    temporary_file_beside,
)
from app.labels.render import MM_PER_INCH
from app.labels.zpl_graphic import graphic_field, qr_bitmap
from app.labels.zpl_verify import ZplCheck, verify_zpl
from app.security.signing import VerifyingKey

ZPL_DPI = (203, 300, 600)
ZPL_PORT = 9100
CONNECT_TIMEOUT_S = 3.0
_HEX_NEEDED = re.compile(r"[^\x20-\x7e]|[\^~_]")


class PrinterUnreachableError(DpsError):
    """A network printer that does not answer. Nothing was printed or recorded."""

    exit_code = 12


def field_data(text: str) -> str:
    """Text for a ^FH^FD field: ^, ~, _ and anything outside printable ASCII as _XX (UTF-8 bytes, ^CI28)."""
    return _HEX_NEEDED.sub(lambda m: "".join(f"_{b:02X}" for b in m.group(0).encode("utf-8")), text)


def unescape_field_data(text: str) -> str:
    """The inverse of field_data (used by tests and by anyone reading our ZPL back)."""
    raw = bytearray()
    i = 0
    while i < len(text):
        if text[i] == "_" and re.fullmatch(r"[0-9A-Fa-f]{2}", text[i + 1:i + 3]):
            raw.append(int(text[i + 1:i + 3], 16))
            i += 3
        else:
            raw.extend(text[i].encode("utf-8"))
            i += 1
    return raw.decode("utf-8")


def _dots(mm: float, dpi: int) -> int:
    return round(mm / MM_PER_INCH * dpi)


def label_zpl(spec: JobSpec, item: PreparedLabel, copies: int) -> str:
    template = spec.template
    dpi = spec.dpi
    bitmap = qr_bitmap(item.symbol, item.placement.dots_per_module)
    code_dots = bitmap.shape[0]  # quiet zone included: it is part of the graphic, so it stays white
    qr_dots = _dots(template.qr.width, dpi)
    offset = max(0, (qr_dots - code_dots) // 2)
    lines = [
        "^XA",
        "^CI28",
        f"^PW{_dots(template.label_width, dpi)}",
        f"^LL{_dots(template.label_height, dpi)}",
        "^LH0,0",
        f"^FO{_dots(template.qr.x, dpi) + offset},{_dots(template.qr.y, dpi) + offset}"
        f"{graphic_field(bitmap)}^FS",
    ]
    for text_field, fitted in zip(template.texts, item.texts, strict=True):
        if fitted is None:
            continue
        box = text_field.box
        height = max(10, round(fitted.size / 72 * dpi))
        width_dots = _dots(box.width, dpi)
        top = _dots(box.y, dpi) + max(0, (_dots(box.height, dpi) - height) // 2)
        lines.append(f"^FO{_dots(box.x, dpi)},{top}^A0N,{height},{height}^FB{width_dots},1,0,L,0"
                     f"^FH^FD{field_data(fitted.text)}^FS")
    if copies > 1:
        lines.append(f"^PQ{copies},0,1,Y")
    lines.append("^XZ")
    return "\n".join(lines) + "\n"


def job_zpl(spec: JobSpec, prepared: Sequence[PreparedLabel], keys: Mapping[str, VerifyingKey] | None, *,
            progress: Progress | None = None, cancelled: Cancelled | None = None) -> str:
    """The ZPL of every label; with keys, each label's QR graphic is read back from its ZPL and verified."""
    parts = []
    for index, item in enumerate(prepared):
        if cancelled is not None and index % 256 == 0 and cancelled():
            raise CancelledError(message(JOB_CANCELLED))
        parts.append(label_zpl(spec, item, spec.copies))
    if keys is not None:
        checks = [ZplCheck(item.label.sn, item.label.group_id, item.label.payload, body,
                           item.placement.dots_per_module) for item, body in zip(prepared, parts, strict=True)]
        verify_zpl(checks, spec.template.qr, spec.dpi, keys, cancelled=cancelled,
                   progress=(lambda done, total: progress("verify", done, total)) if progress else None)
    if progress is not None:
        progress("output", len(prepared), len(prepared))
    return "".join(parts)


def check_zpl_spec(spec: JobSpec) -> None:
    if not spec.template.is_thermal:
        raise InputError(message(ZPL_NOT_THERMAL, label_template=spec.template.name, kind=term(spec.template.kind)),
                         field="out")
    if spec.dpi not in ZPL_DPI:
        raise InputError(message(ZPL_DPI_NOT_SUPPORTED, choices=", ".join(map(str, ZPL_DPI)), dpi=spec.dpi),
                         field="dpi")
    if spec.start_at:
        raise InputError(message(ZPL_START_AT), field="start-at")


def parse_target(out: str) -> tuple[str, int] | None:
    """`host:port` or `tcp://host[:port]` as a network target; None for a file name."""
    match = re.fullmatch(r"(?:tcp://)?(\[[^\]]+\]|[A-Za-z0-9.\-]+):(\d{1,5})", out) or re.fullmatch(
        r"tcp://(\[[^\]]+\]|[A-Za-z0-9.\-]+)", out)
    if match is None or (out.endswith(".zpl") and not out.startswith("tcp://")):
        return None
    host = match.group(1).strip("[]")
    port = int(match.group(2)) if match.lastindex and match.lastindex >= 2 else ZPL_PORT
    if not 1 <= port <= 65535:
        raise InputError(message(PORT_NOT_VALID, port=str(port)), field="out")
    return host, port


def send_zpl(host: str, port: int, data: str, *, timeout: float = CONNECT_TIMEOUT_S) -> None:
    """Raw TCP to a Zebra printer (port 9100), all or nothing as far as this side can tell."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as connection:
            connection.settimeout(max(timeout, 30.0))
            connection.sendall(data.encode("utf-8"))
    except TimeoutError:
        raise PrinterUnreachableError(message(PRINTER_SILENT, host=host, port=str(port), timeout=timeout)) from None
    except socket.gaierror:
        raise PrinterUnreachableError(message(PRINTER_HOST_UNKNOWN, host=host)) from None
    except OSError as error:
        raise PrinterUnreachableError(message(PRINTER_UNREACHABLE, host=host, port=str(port),
                                              reason=error.strerror or str(error), usual=ZPL_PORT)) from None


def run_zpl_job(out: str | Path, spec: JobSpec, keys: Mapping[str, VerifyingKey] | None, *,
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                timeout: float = CONNECT_TIMEOUT_S) -> JobReport:
    """ZPL to a file (*.zpl) or to host:port."""
    check_zpl_spec(spec)
    report = JobReport()
    with cyclic_gc_paused():
        _layout, prepared = prepare_job(spec, report, progress=progress, cancelled=cancelled)
        data = job_zpl(spec, prepared, keys, progress=progress, cancelled=cancelled)
    report.pages = len(prepared)
    target = parse_target(str(out))
    if target is not None:
        send_zpl(*target, data, timeout=timeout)
        return report
    path = Path(out)
    if not path.parent.is_dir():
        raise InputError(message(NO_FOLDER, folder=str(path.parent)), field="out")
    tmp_name = temporary_file_beside(path)
    try:
        with open(tmp_name, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(data)
        publish_file(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    report.outputs.append(path)
    return report
