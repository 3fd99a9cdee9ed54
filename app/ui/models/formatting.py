"""How values of the registry read on screen: dates dd/mm/yyyy, level and status names."""
from __future__ import annotations

import datetime as dt
from typing import Any

STATUS_NAMES = {
    "dang_quan_ly": "Đang quản lý",
    "da_giai_mat": "Đã giải mật",
    "da_tieu_huy": "Đã tiêu hủy",
    "da_huy_so": "Đã hủy số",
    "da_chuyen_giao": "Đã chuyển giao",
}

WITHHELD = "(không ghi trích yếu)"


def fmt_date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


def level_name(pack, code: str | None) -> str:
    if not code:
        return ""
    try:
        return pack.level(code).name
    except KeyError:
        return code


def status_name(code: str | None) -> str:
    return STATUS_NAMES.get(code or "", code or "")


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return fmt_date(value)
    if isinstance(value, bool):
        return "Có" if value else "Không"
    return str(value)
