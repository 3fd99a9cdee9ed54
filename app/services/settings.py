"""Settings kept inside the encrypted database (JSON values), with product defaults.

These are product choices (how early to warn), not legal numbers: those live in the rule packs.
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from app.models import Setting
from app.services import audit
from app.services.actor import Actor
from app.services.roles import require

DEFAULTS: dict[str, Any] = {
    "alerts.extension_extra_days": 30,   # warn this many days before the extension deadline opens
    "alerts.report_days_before": 30,     # warn this long before the annual report / plan is due
    "alerts.declassification_days_before": 30,
    "alerts.notice_warn_days": 5,
    "registry.storage_places": ["Tủ sắt phòng Văn thư"],
    "registry.demo": False,  # a demonstration registry: every paper carries the "SỔ MẪU" watermark
}


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key, default) if default is None else default
    return json.loads(row.value)


def set_setting(session: Session, actor: Actor, key: str, value: Any) -> None:
    require(actor, "settings.change")
    row = session.get(Setting, key)
    old = json.loads(row.value) if row else None
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    session.flush()
    audit.record(session, "setting.set", actor=actor.username, entity="setting", key=key, old=old, new=value)


def all_settings(session: Session) -> dict[str, Any]:
    out = dict(DEFAULTS)
    for row in session.query(Setting):
        out[row.key] = json.loads(row.value)
    return out
