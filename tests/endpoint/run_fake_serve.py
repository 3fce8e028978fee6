"""`dps-station ...` with the fake registration service (tests only): python tests/endpoint/run_fake_serve.py ARGS."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import fake_registration

fake_registration.install()

from app.cli import main  # noqa: E402 - after the sys.path line

sys.exit(main(sys.argv[1:]))
