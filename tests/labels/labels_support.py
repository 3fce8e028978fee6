"""Shared helpers of the label tests: a real station, PDFs rasterised with QtPdf, codes decoded with zxing-cpp."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import zxingcpp
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from app.labels.model import LabelData
from app.qr.manual_code import format_manual_code, manual_code_for
from app.qr.payload import encode_payload, parse_payload, verify_payload
from app.security.signing import SigningKey, VerifyingKey

RASTER_DPI = 300


def make_labels(key: SigningKey, count: int, *, group_id: str = "GK7M2P9QX4RT", prefix: str = "SN-",
                batch: str | None = "LOT-1", group_name: str = "Line 1 heat pumps") -> list[LabelData]:
    labels = []
    for i in range(count):
        sn = f"{prefix}{i:06d}"
        labels.append(LabelData(sn, group_id, group_name, batch, "PK-HEATPUMP",
                                format_manual_code(manual_code_for(group_id, sn)),
                                encode_payload(group_id=group_id, sn=sn, batch=batch, signing_key=key)))
    return labels


def grey_array(image: QImage) -> np.ndarray:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    array = np.frombuffer(grey.constBits(), dtype=np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return array[:, :grey.width()].copy()


def decode(array: np.ndarray) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(array, formats=zxingcpp.BarcodeFormat.QRCode)]


def rasterise_pdf(path: Path, dpi: int = RASTER_DPI) -> list[np.ndarray]:
    """Every page of a PDF rendered by QtPdf at `dpi`, painted on white, as grey arrays."""
    document = QPdfDocument(None)
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready, f"{path} did not load: {document.error()}"
    pages = []
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        rendered = document.render(index, size)
        white = QImage(size, QImage.Format.Format_RGB32)
        white.fill(QColor(255, 255, 255))
        painter = QPainter(white)
        painter.drawImage(0, 0, rendered)
        painter.end()
        pages.append(grey_array(white))
    document.close()
    return pages


def pdf_page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    document = QPdfDocument(None)
    document.load(str(path))
    sizes = [(document.pagePointSize(i).width() / 72 * 25.4, document.pagePointSize(i).height() / 72 * 25.4)
             for i in range(document.pageCount())]
    document.close()
    return sizes


def verified_sns(texts: list[str], keys: dict[str, VerifyingKey]) -> list[str]:
    """SNs of the texts, each asserted to be a signed payload that verifies."""
    sns = []
    for text in texts:
        payload = parse_payload(text)
        assert payload is not None, text
        assert verify_payload(payload, keys), text
        sns.append(payload.sn)
    return sns
