"""The address book: the names already written in the registers, offered again while typing.

``names(session, field)`` returns the distinct values of one column — cơ quan ban hành, người ký, nơi nhận
(one line or ";"-separated part of a nơi nhận each), đơn vị ký nhận, đơn vị lưu — NFC, spaces collapsed,
duplicates differing only in case or spacing merged (the most used spelling wins), in Vietnamese dictionary
order (``textnorm.sort_key``). Names are not summaries: no Tuyệt mật rule withholds them, and they never
leave the encrypted registry except to the screen.
"""
from __future__ import annotations

import re
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import textnorm
from app.models import Document
from app.services.errors import ValidationError

FIELDS = {
    "co_quan_ban_hanh": Document.co_quan_ban_hanh,
    "nguoi_ky": Document.nguoi_ky,
    "noi_nhan": Document.noi_nhan,
    "don_vi_ky_nhan": Document.don_vi_ky_nhan,
    "don_vi_luu": Document.don_vi_luu,
}
_SPLIT = {"noi_nhan": re.compile(r"[\n;]+")}
_SPACES = re.compile(r"\s+")


def _parts(field: str, value: str) -> list[str]:
    pieces = _SPLIT[field].split(value) if field in _SPLIT else [value]
    out = []
    for piece in pieces:
        text = _SPACES.sub(" ", textnorm.nfc(piece) or "").strip(" -–•+,.")
        if text:
            out.append(text)
    return out


def names(session: Session, field: str, limit: int = 5000) -> list[str]:
    """Distinct names written in ``field`` of either book, in Vietnamese order (at most ``limit``)."""
    column = FIELDS.get(field)
    if column is None:
        raise ValidationError(f"Sổ địa chỉ không có trường {field!r}.", field="field")
    uses: Counter[str] = Counter()
    for value, count in session.execute(select(column, func.count()).where(column.is_not(None)).group_by(column)):
        for part in _parts(field, value):
            uses[part] += count
    best: dict[str, tuple[int, str]] = {}
    for text, count in uses.items():
        key = text.casefold()
        if key not in best or count > best[key][0]:
            best[key] = (count, text)
    ordered = sorted((text for _c, text in best.values()), key=textnorm.sort_key)
    return ordered[:limit]
