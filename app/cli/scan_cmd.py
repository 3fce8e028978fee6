"""dps-station scan: read codes from a camera, a video or images and say what each one is.

It changes no device; refused labels and duplicate scans are recorded in the audit trail for the supervisors,
through the same service as the window's Field view (app/services/scan_log.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.commands import help_of
from app.cli.common import open_station
from app.domain.errors import DpsError, InputError

if TYPE_CHECKING:
    from app.scan.outcomes import ScanResult
    from app.scan.session import ScanSession
    from app.scan.sources import CameraInfo
    from app.services.context import ServiceContext

TABLE_COLUMNS = (("outcome", 15), ("sn", 22), ("group", 16), ("verified", 8), ("where", 24))


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "scan", help=help_of("scan"),
        description="Print one line per scan: what the code is (genuine label, unknown, forged, ...). "
                    "No device changes; refused labels and duplicate scans are recorded in the audit trail.")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--camera", type=int, metavar="N", help="camera index (see --list-cameras)")
    source.add_argument("--video", metavar="FILE", help="video file or stream URL")
    source.add_argument("--list-cameras", action="store_true", help="list the cameras that can be opened")
    parser.add_argument("images", nargs="*", metavar="IMAGE_OR_FOLDER",
                        help="image files (PNG, JPEG, WebP) or folders, searched recursively")
    parser.add_argument("--group", metavar="NAME", help="registration group being onboarded: flags other groups")
    parser.add_argument("--seconds", type=float, metavar="S", help="stop after S seconds (camera, stream)")
    parser.add_argument("--resolution", default="1280x720", metavar="WxH", help="camera resolution "
                        "(default: %(default)s)")
    parser.add_argument("--stable-frames", type=int, default=2, metavar="N",
                        help="frames a code must be seen in before it counts (default: %(default)s)")
    parser.add_argument("--format", choices=("table", "json"), default="table",
                        help="json: one JSON object per line and scan (default: %(default)s)")
    parser.set_defaults(handler=run_scan)


def run_scan(args: argparse.Namespace) -> int:
    # imported here: `dps-station --help` and the other commands must not pay for OpenCV and the decoders
    from app.scan.pipeline import ScanPipeline
    from app.scan.sources import (
        CameraSource,
        FrameSource,
        ImageSource,
        VideoSource,
        list_cameras,
    )
    from app.scan.validator import StableCodeValidator
    from app.services.scanning import open_scan_session

    if args.list_cameras:
        return _print_cameras(list_cameras(), args.format)
    source: FrameSource
    sources_named = sum(bool(x) for x in (args.camera is not None, args.video, args.images))
    if sources_named != 1:
        raise InputError("name one source: --camera N, --video FILE, or image files and folders", field="source")
    if args.seconds is not None and args.seconds <= 0:
        raise InputError("must be a positive number of seconds", field="--seconds")
    if args.stable_frames < 1:
        raise InputError("must be 1 or more", field="--stable-frames")
    if args.camera is not None:
        source = CameraSource(args.camera, resolution=_resolution(args.resolution),
                              on_status=lambda message: _status(message))
    elif args.video:
        source = VideoSource(args.video)
    else:
        source = ImageSource([Path(p) for p in args.images], on_status=lambda message: _status(message))

    _home, db, ctx = open_station(args)
    try:
        session = open_scan_session(ctx, args.group)
        printer = _Printer(args.format)
        pipeline = ScanPipeline(source, validator=StableCodeValidator(args.stable_frames),
                                max_seconds=args.seconds)
        session.on_outcome = printer.print
        printer.on_closed = pipeline.stop
        session.attach(pipeline)
        _record_for_supervisors(ctx, session)
        try:
            end = pipeline.run()
        except KeyboardInterrupt:
            pipeline.stop()
            stopped = pipeline.wait(10)
            if stopped is None:
                raise
            end = stopped
    finally:
        db.dispose()
    if printer.closed:
        return 0  # the reader (`| head`) has what it wanted: stop quietly, as a pipe's writer should
    if end.error is not None:
        raise end.error
    _status(f"{end.message}; {len(session.results)} scan(s)")
    return 0


def _record_for_supervisors(ctx: ServiceContext, session: ScanSession) -> None:
    """Each result is shown, then refused labels and duplicate scans go to the audit trail, as in the window."""
    from app.services import scan_log

    show = session.on_outcome
    session_id = uuid.uuid4().hex[:12]

    def outcome(result: ScanResult) -> None:
        if show is not None:
            show(result)
        try:
            scan_log.record_scan(ctx, result, session_group=session.group_name, session_id=session_id)
        except DpsError as error:  # scanning goes on; the operator is told
            _status(f"could not record the {result.outcome.value} scan in the audit trail: {error}")

    session.on_outcome = outcome


class _Printer:
    """Prints one line per scan. When the reader goes away (`scan ... | head`), it stops printing, points
    standard output at the null device (so the flush at exit cannot fail again) and calls on_closed once."""

    def __init__(self, fmt: str) -> None:
        self.format = fmt
        self.closed = False
        self.on_closed: Callable[[], None] | None = None
        self._lock = threading.Lock()
        self._header = False

    def print(self, result: ScanResult) -> None:
        with self._lock:
            if self.closed:
                return
            if self.format == "json":
                line = json.dumps(result.as_dict(), ensure_ascii=False)
            else:
                line = self._row(result)
            try:
                print(line, flush=True)
            except BrokenPipeError:
                self.closed = True
                _silence_stdout()
        if self.closed and self.on_closed is not None:
            self.on_closed()

    def _row(self, result: ScanResult) -> str:
        lines = []
        if not self._header:
            self._header = True
            lines.append("  ".join(name.upper().ljust(width) for name, width in TABLE_COLUMNS) + "  MESSAGE")
        verified = {True: "yes", False: "NO", None: "-"}[result.verified]
        where = result.file if result.file is not None else f"{result.source} #{result.frame}"
        cells = (result.outcome.value, result.sn or "-", result.group or "-", verified, where)
        lines.append("  ".join(_fit(str(c), w) for c, (_n, w) in zip(cells, TABLE_COLUMNS, strict=True))
                     + "  " + result.message)
        return "\n".join(lines)


def _silence_stdout() -> None:
    """What the Python docs recommend for SIGPIPE: the rest of the output goes to the null device."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)


def _fit(value: str, width: int) -> str:
    return value.ljust(width) if len(value) <= width else "…" + value[-(width - 1):]


def _status(message: str) -> None:
    print(f"dps-station scan: {message}", file=sys.stderr, flush=True)


def _resolution(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or int(width) < 16 or int(height) < 16:
        raise InputError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1280x720", field="--resolution")
    return int(width), int(height)


def _print_cameras(cameras: list[CameraInfo], fmt: str) -> int:
    if fmt == "json":
        for camera in cameras:
            print(json.dumps({"index": camera.index, "name": camera.name, "width": camera.width,
                              "height": camera.height}))
    elif not cameras:
        print("no camera found")
    else:
        for camera in cameras:
            print(f"{camera.index}  {camera.name}  ({camera.width}x{camera.height} by default)")
    return 0

