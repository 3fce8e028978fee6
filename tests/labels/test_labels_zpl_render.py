"""ZPL rendered by an independent renderer (zebrash, through zpl-renderer-js in Node) reads back on every label.

For every shipped thermal template at 203, 300 and 600 dpi: `dps-station label print --out FILE.zpl` for
every device of a group (upper- and lower-case SNs, so alphanumeric and byte-mode symbols), the file
rendered to one PNG per label at the printer's dots per mm, each decoded with the project's zxing-cpp
decoder (app/scan/decoders.py) and its signature verified. With ^BQ the printer re-encoded the payload
into a larger symbol, which ran off the label at 203 dpi.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from labels_support import grey_array, verified_sns
from PySide6.QtGui import QImage
from zpl_renderer_support import render_zpl

from app.cli import main
from app.labels.templates import load_template
from app.scan.decoders import ChainStage, DecoderChain, ZxingDecoder

THERMAL_TEMPLATES = ["thermal-50x30", "thermal-100x50"]
ALL_SNS = [f"SN-{i:06d}" for i in range(1, 26)] + ["sn-lower.case", "A*B%C", "X/Y+Z"]


@pytest.mark.parametrize("dpi", [203, 300, 600])
@pytest.mark.parametrize("template", THERMAL_TEMPLATES)
def test_every_label_of_the_zpl_reads_back_when_rendered_independently(station: dict[str, Any], template: str,
                                                                        dpi: int) -> None:
    out = station["dir"] / f"{template}-{dpi}.zpl"
    assert main(["--home", str(station["home"].path), "--db", station["url"], "label", "print", "--group", "line1",
                 "--template", template, "--out", str(out), "--dpi", str(dpi)]) == 0
    zpl = out.read_text(encoding="utf-8")
    assert "^BQ" not in zpl and zpl.count("^GFA,") == len(ALL_SNS)
    tpl = load_template(template)
    pngs = render_zpl(out, tpl.label_width, tpl.label_height, dpi, station["dir"] / f"png-{template}-{dpi}")
    assert len(pngs) == len(ALL_SNS)
    chain = DecoderChain([ChainStage(ZxingDecoder())])
    found: list[str] = []
    for png in pngs:
        grey = grey_array(QImage(str(png)))
        texts = [detection.text for detection in chain.decode(grey, thorough=True)]
        assert len(texts) == 1, f"{png.name}: {len(texts)} codes read"
        found += verified_sns(texts, station["keys"])
        _assert_quiet_zone_on_the_label(grey, png)
    assert Counter(found) == Counter(ALL_SNS)


def _assert_quiet_zone_on_the_label(grey: np.ndarray, png: Path) -> None:
    """The code does not touch the label's edges: nothing black in the outermost dot rows and columns."""
    assert grey[0, :].min() > 128 and grey[:, 0].min() > 128, png.name
    assert grey[-1, :].min() > 128 and grey[:, -1].min() > 128, png.name
