"""Settings needed before the registry is unlocked, kept in QSettings (an INI file under
``app.paths.config_dir()``, so tests and portable installs redirect it). Never secrets: only the
last registry path, the last user name, the language, the idle-lock default and the register tables'
column widths / order. Everything else
lives inside the encrypted database (``app.services.settings``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from app import paths
from app.ui.qt import QSettings


@dataclass(frozen=True)
class Pref:
    key: str
    type: type
    default: object


LAST_REGISTRY = Pref("registry/last_path", str, "")
LAST_USERNAME = Pref("registry/last_username", str, "")
LANGUAGE = Pref("ui/language", str, "vi")
IDLE_MINUTES = Pref("lock/idle_minutes", int, 5)
FONT_SIZE = Pref("ui/font_size", int, 10)
THEME = Pref("ui/theme", str, "standard")
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}


def store() -> QSettings:
    return QSettings(str(paths.config_dir() / "somat.ini"), QSettings.IniFormat)


def get(pref: Pref):
    value = store().value(pref.key, pref.default)
    try:
        return pref.type(value)
    except (TypeError, ValueError):
        return pref.default


def header_state(name: str) -> dict | None:
    """The saved column widths / order / sort of table ``name`` (a JSON object), or None."""
    value = store().value(f"tables/{name}")
    try:
        state = json.loads(value) if value else None
    except (TypeError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def save_header_state(name: str, state: dict) -> None:
    """Widths and order of columns are not secret; kept before unlock so every start shows them."""
    s = store()
    s.setValue(f"tables/{name}", json.dumps(state, ensure_ascii=False, sort_keys=True))
    s.sync()


def put(pref: Pref, value) -> None:
    s = store()
    s.setValue(pref.key, pref.type(value))
    s.sync()
