"""For the installer workspace's tests and benchmark: a station with devices, labels printed by the project's
own label code, and 1280x720 videos of those labels held in front of a "camera"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from app.domain.enums import Role
from app.labels.job import JobSpec, run_png_job
from app.labels.model import LabelData
from app.labels.templates import load_template
from app.qr.manual_code import format_manual_code
from app.qr.payload import encode_payload
from app.services import groups, labelling, registering
from app.services.context import ServiceContext
from app.ui.environment import UiEnvironment
from app.ui.views.installer.field_view import FieldView
from tests.support.ctx import add_standard_setup, as_role, build_service_context
from tests.support.ui import ui_environment

FPS = 30
FRAME_SIZE = (1280, 720)
GROUP = "line1"  # policy migrate
APPROVAL_GROUP = "line2"  # policy approval


@dataclass
class Station:
    admin: ServiceContext  # a supervisor's context, for set-up and checks
    env: UiEnvironment  # the window's environment, signed in as the role under test


def station(tmp_path: Path, role: Role = Role.INSTALLER, *, count: int = 6) -> Station:
    """Groups line1 (migrate) and line2 (approval) over master data group 'pumps'; PUMP-0001.. and
    APPR-0001.. registered in batch LOT-1."""
    admin = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    add_standard_setup(admin, group=GROUP, policy="migrate")
    add_standard_setup(admin, group=APPROVAL_GROUP, policy="approval")
    registering.register_range(admin, GROUP, "PUMP-", 1, count, width=4, batch="LOT-1")
    registering.register_range(admin, APPROVAL_GROUP, "APPR-", 1, 3, width=4, batch="LOT-1")
    env = ui_environment(tmp_path, role, name=f"{role.value}-pat", ctx=admin)
    return Station(admin, env)


def label_data(admin: ServiceContext, group: str, sn: str) -> LabelData:
    """The label of a registered device, as 'label print' makes it."""
    batch = labelling.prepare_labels(as_role(admin, Role.TECHNICIAN), labelling.LabelSelection(group, sns=(sn,)))
    return batch.labels[0]


def unknown_label(admin: ServiceContext, group: str, sn: str) -> LabelData:
    """A genuine label (signed with this organisation's key) of an SN this station does not know."""
    record = groups.get_group(admin, group, with_count=False)
    payload = encode_payload(group_id=record.group_id, sn=sn, batch=None,
                             signing_key=admin.keyring.require_signing_key())
    return LabelData(sn, record.group_id, record.name, None, record.product_key, format_manual_code("0" * 12),
                     payload)


def forged_label(genuine: LabelData, new_sn: str) -> LabelData:
    """The genuine payload with its SN changed: valid format, signature no longer matching."""
    assert len(new_sn) == len(genuine.sn)
    payload = genuine.payload.replace(f"*{genuine.sn}*", f"*{new_sn}*", 1)
    assert payload != genuine.payload
    return LabelData(new_sn, genuine.group_id, genuine.group_name, genuine.batch, genuine.product_key,
                     genuine.manual_code, payload)


def render_labels(labels: Sequence[LabelData], folder: Path) -> list[np.ndarray]:
    """PNG labels by the project's label job (thermal 50x30 mm, 300 dpi), read back as BGR images."""
    spec = JobSpec(template=load_template("thermal-50x30"), labels=list(labels), dpi=300)
    report = run_png_job(folder, spec, None)  # no print-verify: the forged label must be printable too
    images = []
    for path in report.outputs:
        image = cv2.imread(str(path), cv2.IMREAD_COLOR)
        assert image is not None, path
        images.append(image)
    return images


def scene(seed: int = 7) -> np.ndarray:
    """A plain, slightly textured workbench with no code on it."""
    rng = np.random.default_rng(seed)
    width, height = FRAME_SIZE
    gradient = np.linspace(70, 130, width, dtype=np.float32)[None, :] + np.zeros((height, 1), np.float32)
    base = np.dstack([gradient * 0.9, gradient, gradient * 1.05])
    noise = rng.normal(0, 4, (height, width, 1)).astype(np.float32)
    image = np.clip(base + noise, 0, 255).astype(np.uint8)
    cv2.rectangle(image, (60, 560), (380, 690), (40, 90, 150), -1)
    cv2.circle(image, (1130, 140), 70, (30, 140, 60), -1)
    return image


def hold(label: np.ndarray, background: np.ndarray, frame: int) -> np.ndarray:
    """The label held in front of the camera, tilted a little and moving slightly from frame to frame."""
    height, width = label.shape[:2]
    target_width = 560
    scale = target_width / width
    w, h = width * scale, height * scale
    dx, dy = 360 + 6 * np.sin(frame / 5), 180 + 4 * np.cos(frame / 7)
    src = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    dst = np.float32([[dx, dy + 10], [dx + w, dy], [dx + w - 8, dy + h + 6], [dx + 6, dy + h]])
    out = background.copy()
    cv2.warpPerspective(label, cv2.getPerspectiveTransform(src, dst), FRAME_SIZE, dst=out,
                        borderMode=cv2.BORDER_TRANSPARENT)
    return out


def write_video(path: Path, segments: Sequence[tuple[np.ndarray | None, float]], fps: int = FPS) -> list[int]:
    """An MJPG video: each segment shows a label (or nothing) for so many seconds. Returns the number of
    the first frame (1-based) of each segment."""
    background = scene()
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, FRAME_SIZE)
    assert writer.isOpened()
    starts: list[int] = []
    number = 0
    try:
        for label, seconds in segments:
            starts.append(number + 1)
            for _ in range(round(seconds * fps)):
                number += 1
                writer.write(background if label is None else hold(label, background, number))
    finally:
        writer.release()
    return starts


@contextmanager
def running_field_view(qtbot, tmp_path: Path) -> Iterator[tuple[Station, FieldView]]:  # type: ignore[no-untyped-def]
    """An installer's field view over a fresh station, shown, its scan session open; stopped afterwards."""
    from app.ui.workspaces.installer import create_workspace

    st = station(tmp_path)
    view = create_workspace(st.env, None)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitUntil(lambda: view.session is not None, timeout=10_000)
    try:
        yield st, view
    finally:
        view.shutdown()
        st.env.runner.shutdown()
        st.admin.db.dispose()
