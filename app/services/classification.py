"""Classification (xác định độ mật): regime, catalogue basis, summary rule, protection period.

Every legal number comes from the rule pack in force on the relevant date (``pack_for_date``);
rows dated before the 2025 regime took effect are judged under the 2018 regime.
Shared helpers for the domain services (text normalisation, look-ups) live here too.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app import textnorm
from app.models import CatalogueItem
from app.rules import RulePack, pack_for_date
from app.services.errors import NotFound, RuleViolation, ValidationError

T = TypeVar("T")

#: Placeholder written wherever a summary may not appear (audit details, timelines).
WITHHELD = "(không ghi trích yếu)"


# -- small shared helpers -------------------------------------------------------------------------
def clean(value: Any) -> Any:
    """NFC-normalise text, strip it, and turn empty text into None; other values pass through."""
    if isinstance(value, str):
        value = textnorm.nfc(value).strip()
        return value or None
    return value


_HOUR = re.compile(r"^\s*(\d{1,2})\s*(?::|h|giờ|g)\s*(\d{1,2})?\s*(?:phút|p)?\s*$", re.IGNORECASE)


def parse_hour(value: Any, field: str = "at") -> dt.time | None:
    """The hour of a record ("09:30", "9h30", "9 giờ 30 phút", or a time); None when empty."""
    if value is None or isinstance(value, dt.time):
        return value
    text = textnorm.nfc(str(value)).strip()
    if not text:
        return None
    m = _HOUR.match(text)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError("Giờ không hợp lệ; ghi theo dạng 09:30.", field=field)


def get_or_404(session: Session, model: type[T], obj_id: int | None, what: str) -> T:
    obj = session.get(model, obj_id) if obj_id is not None else None
    if obj is None:
        raise NotFound(f"Không tìm thấy {what} (mã {obj_id}).")
    return obj


def fmt_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "…"


def add_years(day: dt.date, years: int) -> dt.date:
    """Same day and month ``years`` later; 29/02 becomes 28/02 in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def regime_for(day: dt.date) -> RulePack:
    return pack_for_date(day)


def level_name(level: str, pack: RulePack | None = None) -> str:
    pack = pack or pack_for_date(dt.date.today())
    try:
        return pack.level(level).name
    except KeyError:
        return level


def check_level(level: str | None, pack: RulePack, field: str = "do_mat") -> str:
    if not level or level not in pack.level_codes:
        raise ValidationError("Chọn độ mật: Tuyệt mật, Tối mật hoặc Mật.", field=field)
    return level


def rank(level: str, pack: RulePack) -> int:
    return pack.level(level).rank


# -- the rules ----------------------------------------------------------------------------------
def check_catalogue_basis(session: Session, pack: RulePack, level: str,
                          catalogue_item_id: int | None, *, field: str = "catalogue_item_id") -> CatalogueItem | None:
    """Under a regime that requires it, a classification must cite an active catalogue item."""
    item = None
    if catalogue_item_id is not None:
        item = session.get(CatalogueItem, catalogue_item_id)
        if item is None:
            raise ValidationError("Mục danh mục BMNN được chọn không tồn tại.", field=field)
    if pack.requires_catalogue_basis:
        if item is None:
            raise RuleViolation(
                "Theo " + pack.citation("classification") + ", phải ghi căn cứ xác định độ mật: "
                "chọn mục danh mục bí mật nhà nước (quyết định, điều, khoản, điểm) mà tài liệu dựa vào.",
                field=field)
        if not item.active:
            raise RuleViolation("Mục danh mục BMNN được chọn đã hết hiệu lực; chọn mục đang có hiệu lực.",
                                field=field)
    return item


def check_summary(pack: RulePack, level: str, trich_yeu: str | None, *, field: str = "trich_yeu") -> None:
    if trich_yeu and pack.summary_forbidden(level):
        raise RuleViolation(
            f"Không được ghi trích yếu nội dung cho tài liệu độ {level_name(level, pack)} "
            f"({pack.citation('summary')}). Để trống ô trích yếu; chỉ ghi tên loại văn bản.",
            field=field)


def base_period(pack: RulePack, level: str) -> int:
    return pack.protection_years(level)


def check_period(pack: RulePack, level: str, period_years: int | None, *, field: str = "period_years") -> None:
    if period_years is None:
        return
    full = base_period(pack, level)
    if period_years <= 0 or period_years > full:
        raise ValidationError(
            f"Thời hạn bảo vệ ghi trên tài liệu phải từ 1 đến {full} năm đối với độ {level_name(level, pack)}.",
            field=field)


def compute_expiry(pack: RulePack, level: str, classified_on: dt.date | None,
                   period_years: int | None = None) -> dt.date | None:
    """Classification date + the stated shorter period, else the level's period from the pack."""
    if classified_on is None:
        return None
    return add_years(classified_on, period_years or base_period(pack, level))


def folded(*parts: str | None) -> str:
    return textnorm.fold(" ".join(p for p in parts if p))
