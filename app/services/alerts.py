"""Deadlines the officer must not miss, computed from the registry and the rule packs.

Legal numbers (60 days, 15 days, report dates) come from the pack in force; how early to warn is a
setting (``app.services.settings``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Declassification, Document, Extension, LevelChange, StorageRemoval, Transfer, User
from app.rules import pack_for_date
from app.services.classification import fmt_date
from app.services.documents import describe
from app.services.settings import get_setting

SEVERITY_ORDER = {"nguy_cap": 0, "canh_bao": 1, "thong_tin": 2}
URGENT_DAYS = 7


@dataclass(frozen=True)
class Alert:
    kind: str  # gia_han / giai_mat_tu_dong / thong_bao / thu_hoi / tra_lai / mang_ra / bao_cao / ke_hoach
    severity: str  # nguy_cap / canh_bao / thong_tin
    due_on: dt.date
    message: str
    document_id: int | None = None


def _sev(today: dt.date, due: dt.date) -> str:
    if due < today or (due - today).days <= URGENT_DAYS:
        return "nguy_cap"
    return "canh_bao"


def _when(today: dt.date, due: dt.date) -> str:
    days = (due - today).days
    if days < 0:
        return f"đã quá hạn {-days} ngày (hạn {fmt_date(due)})"
    if days == 0:
        return f"hạn là hôm nay ({fmt_date(due)})"
    return f"còn {days} ngày (hạn {fmt_date(due)})"


def _periods(session: Session, today: dt.date) -> list[Alert]:
    pack = pack_for_date(today)
    extra = int(get_setting(session, "alerts.extension_extra_days"))
    horizon = today + dt.timedelta(days=pack.extension_min_days_before + extra)
    out = []
    for doc in session.scalars(select(Document).where(
            Document.status == "dang_quan_ly", Document.expires_on.is_not(None), Document.expires_on <= horizon)):
        deadline = doc.expires_on - dt.timedelta(days=pack.extension_min_days_before)
        if doc.expires_on <= today:
            out.append(Alert("giai_mat_tu_dong", "nguy_cap", doc.expires_on,
                             f"{describe(doc)} đã hết thời hạn bảo vệ ngày {fmt_date(doc.expires_on)} mà không "
                             "được gia hạn: đương nhiên được giải mật. Chạy giải mật tự động và thông báo.", doc.id))
        elif today > deadline:
            out.append(Alert("giai_mat_tu_dong", "thong_tin", doc.expires_on,
                             f"{describe(doc)} sẽ đương nhiên được giải mật ngày {fmt_date(doc.expires_on)}; "
                             f"đã quá hạn quyết định gia hạn ({fmt_date(deadline)}).", doc.id))
        else:
            out.append(Alert("gia_han", _sev(today, deadline), deadline,
                             f"Xem xét gia hạn {describe(doc)}: hết thời hạn bảo vệ ngày {fmt_date(doc.expires_on)}; "
                             f"quyết định gia hạn chậm nhất {pack.extension_min_days_before} ngày trước, "
                             f"{_when(today, deadline)}.", doc.id))
    return out


def _notices(session: Session, today: dt.date) -> list[Alert]:
    out = []
    names = ((Extension, "gia hạn"), (LevelChange, "điều chỉnh độ mật"), (Declassification, "giải mật"))
    for model, name in names:
        for row in session.scalars(select(model).where(model.notified_on.is_(None), model.notice_due.is_not(None))):
            doc = session.get(Document, row.document_id)
            out.append(Alert("thong_bao", _sev(today, row.notice_due), row.notice_due,
                             f"Gửi văn bản thông báo {name} {describe(doc)} cho các cơ quan, tổ chức liên quan: "
                             f"{_when(today, row.notice_due)}.", doc.id))
    return out


def _recalls(session: Session, today: dt.date) -> list[Alert]:
    warn = pack_for_date(today).recall_warn_days
    limit = today + dt.timedelta(days=warn)
    out = []
    for tr in session.scalars(select(Transfer).where(Transfer.recall_deadline.is_not(None),
                                                     Transfer.returned_on.is_(None),
                                                     Transfer.recall_deadline <= limit)):
        out.append(Alert("thu_hoi", _sev(today, tr.recall_deadline), tr.recall_deadline,
                         f"Thu hồi {describe(tr.document)} đã giao cho {tr.recipient}: "
                         f"{_when(today, tr.recall_deadline)}.", tr.document_id))
    for doc in session.scalars(select(Document).where(Document.recall_required.is_(True),
                                                      Document.recall_deadline.is_not(None),
                                                      Document.status == "dang_quan_ly",
                                                      Document.recall_deadline <= limit)):
        out.append(Alert("tra_lai", _sev(today, doc.recall_deadline), doc.recall_deadline,
                         f"{describe(doc)} là tài liệu thu hồi: trả lại cho {doc.co_quan_ban_hanh or 'nơi gửi'} "
                         f"{_when(today, doc.recall_deadline)}.", doc.id))
    for rem in session.scalars(select(StorageRemoval).where(StorageRemoval.returned_on.is_(None),
                                                            StorageRemoval.due_back_on.is_not(None),
                                                            StorageRemoval.due_back_on <= limit)):
        doc = session.get(Document, rem.document_id)
        who = session.get(User, rem.person_id)
        out.append(Alert("mang_ra", _sev(today, rem.due_back_on), rem.due_back_on,
                         f"{describe(doc)} do {who.full_name if who else '…'} mang ra khỏi nơi lưu giữ phải đưa về: "
                         f"{_when(today, rem.due_back_on)}.", doc.id))
    return out


def _reports(session: Session, today: dt.date) -> list[Alert]:
    days = int(get_setting(session, "alerts.report_days_before"))
    out = []
    for year in (today.year, today.year + 1):
        pack = pack_for_date(dt.date(year, 1, 1))
        pack = pack_for_date(pack.report_period(year)[1])    # the regime at the end of the period
        # The province's own deadline (Đồng Nai: 10/12) when the pack gives one, else the national one.
        due = pack.province_due(year) or pack.report_due(year)
        if 0 <= (due - today).days <= days:
            start, end = pack.report_period(year)
            whose = "theo hạn của tỉnh" if pack.province_due(year) else "theo hạn chung"
            out.append(Alert("bao_cao", _sev(today, due), due,
                             f"Báo cáo công tác bảo vệ BMNN năm {year} (kỳ {fmt_date(start)}–{fmt_date(end)}) "
                             f"gửi {pack.raw['report'].get('recipient', 'cấp trên')} {whose}: "
                             f"{_when(today, due)}."))
        plan = pack.plan_due(year)
        if 0 <= (plan - today).days <= days:
            out.append(Alert("ke_hoach", _sev(today, plan), plan,
                             f"Gửi kế hoạch công tác bảo vệ BMNN năm {year}: {_when(today, plan)}."))
    return out


# -- backup reminder ---------------------------------------------------------------------------------
BACKUP_DAYS = "alerts.backup_days"  # remind when the newest backup is this many days old; 0: never
BACKUP_DAYS_DEFAULT = 7


def last_backup_on(backup_dir, stem: str) -> dt.date | None:
    """The day of the newest backup of registry ``stem`` in ``backup_dir`` (None: there is none)."""
    from app.services.backup import list_backups

    found = list_backups(backup_dir, stem) if backup_dir else []
    if not found:
        return None
    return max(dt.datetime.fromtimestamp(p.stat().st_mtime).date() for p in found)


def backup_alert(session: Session, today: dt.date, last_on: dt.date | None) -> Alert | None:
    """A reminder when the newest backup is older than the configured number of days (or missing)."""
    days = int(get_setting(session, BACKUP_DAYS, BACKUP_DAYS_DEFAULT))
    if days <= 0:
        return None
    if last_on is None:
        return Alert("sao_luu", "canh_bao", today,
                     "Sổ chưa được sao lưu lần nào. Vào Cài đặt → Sao lưu để tạo bản sao lưu mã hóa.")
    age = (today - last_on).days
    if age < days:
        return None
    severity = "nguy_cap" if age >= 2 * days else "canh_bao"
    return Alert("sao_luu", severity, last_on + dt.timedelta(days=days),
                 f"Bản sao lưu gần nhất đã cũ {age} ngày (ngày {fmt_date(last_on)}); nên sao lưu ít nhất "
                 f"{days} ngày một lần. Vào Cài đặt → Sao lưu ngay.")


def compute_alerts(session: Session, today: dt.date) -> list[Alert]:
    alerts = [*_periods(session, today), *_notices(session, today), *_recalls(session, today),
              *_reports(session, today)]
    alerts.sort(key=lambda a: (a.due_on, SEVERITY_ORDER[a.severity], a.kind, a.document_id or 0))
    return alerts
