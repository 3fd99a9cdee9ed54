"""Every path the application uses comes from here (platformdirs), so tests can redirect them.

Set ``SOMAT_HOME`` to put data, config, state and cache under one folder (tests, portable installs).
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "somat"
# In a checkout app/resources links to the top-level resources/ folder; a wheel or a frozen build
# carries the same files inside the package.
RESOURCES = Path(__file__).resolve().parent / "resources"


def _home() -> Path | None:
    value = os.environ.get("SOMAT_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    path = home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def state_dir() -> Path:
    """Logs and lock files. Never holds secret content."""
    home = _home()
    path = home / "state" if home else Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_registry() -> Path:
    return data_dir() / "so-mat.somat"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def rules_dir() -> Path:
    return RESOURCES / "rules"


def fonts_dir() -> Path:
    return RESOURCES / "fonts"
