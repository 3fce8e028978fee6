"""QR module matrices from zxing-cpp's C++ encoder (zint inside): fast and segment-optimising."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import zxingcpp

from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_labels import QR_NOT_MADE, QR_TOO_BIG
from app.qr.payload import EC_LEVEL, MAX_QR_VERSION

QUIET_ZONE_MODULES = 4


@dataclass(frozen=True)
class QrSymbol:
    """A QR code as a grey image of one pixel per module, quiet zone included (0 = dark, 255 = light)."""

    pixels: np.ndarray
    modules: int  # modules across, without the quiet zone
    version: int

    @property
    def total_modules(self) -> int:
        return self.modules + 2 * QUIET_ZONE_MODULES


def make_symbol(text: str, *, sn: str = "") -> QrSymbol:
    """The QR code of `text` at level M; InputError if it needs a version above 10."""
    try:
        barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=EC_LEVEL)
    except Exception as error:  # noqa: BLE001 - zxing-cpp raises plain exceptions for data it cannot encode
        raise InputError(message(QR_NOT_MADE, sn=sn, reason=str(error)), field="sn") from None
    core = np.asarray(barcode.to_image(add_quiet_zones=False))
    modules = core.shape[0]
    version = (modules - 17) // 4
    if version > MAX_QR_VERSION:
        raise InputError(message(QR_TOO_BIG, sn=sn, version=version, most=MAX_QR_VERSION), field="sn")
    pixels = np.full((modules + 2 * QUIET_ZONE_MODULES,) * 2, 255, dtype=np.uint8)
    pixels[QUIET_ZONE_MODULES:-QUIET_ZONE_MODULES, QUIET_ZONE_MODULES:-QUIET_ZONE_MODULES] = core
    return QrSymbol(pixels, modules, version)
