"""Frame sources: a camera, a video file or stream URL, image files and folders.

The parts live in their own modules (app/scan/capture.py: frames and timed reads; app/scan/camera_source.py:
cameras; app/scan/file_sources.py: video, images and the image size guard); this module names them all, so
`from app.scan.sources import ...` keeps working.
"""

from __future__ import annotations

from app.scan.camera_source import DEFAULT_RESOLUTION, MAX_PROBED_INDEX, CameraInfo, CameraSource, list_cameras
from app.scan.capture import (
    DEFAULT_READ_TIMEOUT,
    STREAM_TIMEOUT_MS,
    Capture,
    CaptureFactory,
    Frame,
    FrameSource,
    TimedReader,
    open_capture,
    quiet_opencv,
)
from app.scan.file_sources import (
    IMAGE_SUFFIXES,
    ImageSource,
    ImageTooLargeError,
    VideoSource,
    collect_images,
    read_image,
)

__all__ = ["DEFAULT_READ_TIMEOUT", "DEFAULT_RESOLUTION", "IMAGE_SUFFIXES", "MAX_PROBED_INDEX", "STREAM_TIMEOUT_MS",
           "CameraInfo", "CameraSource", "Capture", "CaptureFactory", "Frame", "FrameSource", "ImageSource",
           "ImageTooLargeError", "TimedReader", "VideoSource", "collect_images", "list_cameras", "open_capture",
           "quiet_opencv", "read_image"]
