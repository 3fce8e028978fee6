"""Scanning without Qt: frame sources, the decoder chain, the pipeline, the validator, keyboard wedges, outcomes."""

import os

from app.scan.image_size import MAX_IMAGE_PIXELS

# OpenCV reads its decode limit once, when it is loaded; app.scan is imported before any of our cv2 imports.
os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", str(MAX_IMAGE_PIXELS))
