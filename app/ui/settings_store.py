"""UI settings kept inside the encrypted database (``app.services.settings``), with the QSettings
value as the default for what is needed before unlock (idle minutes)."""
from __future__ import annotations

from app.services import screen_queries
from app.services.settings import get_setting, set_setting
from app.ui import prefs

IDLE_KEY = "ui.idle_minutes"


def load_ui_settings(session) -> tuple[int, str | None]:
    minutes = int(get_setting(session, IDLE_KEY, prefs.get(prefs.IDLE_MINUTES)) or prefs.IDLE_MINUTES.default)
    return minutes, screen_queries.agency_name(session)


def save_idle_minutes(session, actor, minutes: int) -> int:
    set_setting(session, actor, IDLE_KEY, int(minutes))
    return int(minutes)
