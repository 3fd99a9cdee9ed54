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


# --- the profiles made by the real browsers (tests/fixtures/hwcheck/browsers, see its MANIFEST) ---------
BROWSER_PROFILES = FIXTURES / "browsers" / "profiles.tar.xz"
BROWSED_SITES = {"vnexpress.net", "thanhnien.vn", "tuoitre.vn"}  # what the generator browsed
BROWSER_PROBES = ["browsers_chromium", "browsers_firefox", "browser_chromium_traces", "browser_firefox_traces",
                  "thunderbird_traces", "mail_thunderbird", "webkit_browsers"]


@pytest.fixture(scope="session")
def made(tmp_path_factory):
    """The committed real-browser profiles, unpacked once per test session."""
    import tarfile

    out = tmp_path_factory.mktemp("made")
    with tarfile.open(BROWSER_PROFILES) as tar:
        tar.extractall(out, filter="data")
    return out

