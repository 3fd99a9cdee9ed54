"""External programs that some tests need to make real evidence (a browser, nmcli, hivexregedit…).

Locally a missing program skips the test with the package to install; under CI (``CI=true``) it fails
the test, since ``bash scripts/dev.sh test`` installs every program listed in ``scripts/apt/``."""
from __future__ import annotations

import os
import shutil

import pytest


def require_tool(name: str, package: str | None = None) -> str:
    """The full path of ``name`` on PATH (also ``/usr/sbin``, ``/sbin``); skip or fail when missing."""
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin:/usr/lib/cups/backend")
    if path:
        return path
    message = f"{name} is missing: apt-get install {package or name}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)
