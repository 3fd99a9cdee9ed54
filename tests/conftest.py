import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _somat_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data/config/state folders."""
    home = tmp_path_factory.mktemp("somat-home")
    monkeypatch.setenv("SOMAT_HOME", str(home))
    return home
