"""UI settings kept inside the encrypted database (through ``app.services.settings`` when present),
with QSettings defaults for what is needed before unlock."""
from __future__ import annotations

import json

from sqlalchemy import select

from app.ui import prefs

IDLE_KEY = "ui.idle_minutes"


def _get(session, key, default):
    try:
        from app.services import settings as svc
        getter = getattr(svc, "get_setting", None) or getattr(svc, "get", None)
        if getter is not None:
            return getter(session, key, default)
    except ImportError:
        pass
    from app.models import Setting

    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else default


def load_ui_settings(session) -> tuple[int, str | None]:
    from app.models import Agency

    minutes = int(_get(session, IDLE_KEY, prefs.get(prefs.IDLE_MINUTES)) or 5)
    agency = session.scalar(select(Agency.name).order_by(Agency.id).limit(1))
    return minutes, agency
