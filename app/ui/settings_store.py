"""UI settings kept inside the encrypted database (``app.services.settings``), with the QSettings
value as the default for what is needed before unlock (idle minutes)."""
from __future__ import annotations

from sqlalchemy import select

from app.ui import prefs

IDLE_KEY = "ui.idle_minutes"


def load_ui_settings(session) -> tuple[int, str | None]:
    from app.models import Agency
    from app.services.settings import get_setting

    minutes = int(get_setting(session, IDLE_KEY, prefs.get(prefs.IDLE_MINUTES)) or prefs.IDLE_MINUTES.default)
    agency = session.scalar(select(Agency.name).order_by(Agency.id).limit(1))
    return minutes, agency


def save_idle_minutes(session, actor, minutes: int) -> int:
    from app.services.settings import set_setting

    set_setting(session, actor, IDLE_KEY, int(minutes))
    return int(minutes)
