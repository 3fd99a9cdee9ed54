"""How values of the registry read on screen: dates dd/mm/yyyy, level and status names.

Names are translated for the screen (``translate=False`` keeps the Vietnamese of the rule pack, for papers).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from app.ui.models.vocabulary import level_label
from app.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

STATUS_NAMES = {
    "dang_quan_ly": QT_TRANSLATE_NOOP("formatting", "Đang quản lý"),
    "da_giai_mat": QT_TRANSLATE_NOOP("formatting", "Đã giải mật"),
    "da_tieu_huy": QT_TRANSLATE_NOOP("formatting", "Đã tiêu hủy"),
    "da_huy_so": QT_TRANSLATE_NOOP("formatting", "Đã hủy số"),
    "da_chuyen_giao": QT_TRANSLATE_NOOP("formatting", "Đã chuyển giao"),
}

WITHHELD = QT_TRANSLATE_NOOP("formatting", "(không ghi trích yếu)")


def withheld(translate: bool = True) -> str:
    """What stands in the summary column when the level forbids a summary."""
    return _tr("formatting", WITHHELD) if translate else WITHHELD


def fmt_date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


def level_name(pack, code: str | None, *, translate: bool = True) -> str:
    if not code:
        return ""
    try:
        name = pack.level(code).name
    except KeyError:
        return code
    return level_label(name) if translate else name


def status_name(code: str | None) -> str:
    name = STATUS_NAMES.get(code or "")
    return _tr("formatting", name) if name else (code or "")


def status_choices() -> list[tuple[str, str]]:
    """``(name on screen, code)`` of every document status, for a filter box."""
    return [(_tr("formatting", name), code) for code, name in STATUS_NAMES.items()]


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return fmt_date(value)
    if isinstance(value, bool):
        return _tr("formatting", "Có") if value else _tr("formatting", "Không")
    return str(value)
