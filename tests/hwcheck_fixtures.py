"""Fixtures of the hardware-check tests (loaded by tests/conftest.py): puts the real-format builders
of tests/fixtures/hwcheck on the import path and gives a minimal system disk."""
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "hwcheck"
if str(FIXTURES) not in sys.path:
    sys.path.insert(0, str(FIXTURES))

import hwcheck_builders  # noqa: E402


@pytest.fixture
def system_root(tmp_path):
    return hwcheck_builders.minimal_system(tmp_path / "disk")
