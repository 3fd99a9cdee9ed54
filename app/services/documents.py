"""The incoming (đến) and outgoing (đi) registers: entries, yearly numbering, volumes and covers.

Every text input is NFC-normalised; ``search_fold`` and ``sort_key`` are maintained here; the
classification rules (catalogue basis, summary ban, protection period) come from
:mod:`app.services.classification`. Nothing is deleted: a wrong entry is cancelled ('da_huy_so').
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import textnorm
from app.models import (
    Agency, CopyRecord, CustodyRecord, Declassification, DestructionCase, DestructionItem, Document,
    Extension, Handover, HandoverItem, LevelChange, RegisterVolume, StorageRemoval, Transfer, User,
)
from app.rules import pack as rule_pack, RulePack, pack_for_date
from app.services import audit
from app.services.actor import Actor
from app.services.classification import (
    WITHHELD, check_catalogue_basis, check_level, check_period, check_summary, clean, compute_expiry,
    fmt_date, folded, get_or_404, level_name,
)
from app.services.book_order import (  # noqa: F401  (LastEntry, last_entry, is_back_dated: contract names)
    LastEntry, check_book_order as _check_book_order, check_edited_order as _check_edited_order, is_back_dated,
    last_entry,
)
from app.services.errors import RuleViolation, ValidationError
from app.services.roles import require

BOOK_NAMES = {"den": "Sổ đăng ký BMNN đến", "di": "Sổ đăng ký BMNN đi"}


@dataclass
class _Common:
    do_mat: str = "mat"
    so_ky_hieu: str | None = None
    ngay_van_ban: dt.date | None = None
    loai_van_ban: str | None = None
    trich_yeu: str | None = None
    ghi_chu: str | None = None
    catalogue_item_id: int | None = None
    classified_by: str | None = None
    classified_on: dt.date | None = None  # default: ngay_van_ban
    period_years: int | None = None  # a stated shorter period
    period_note: str | None = None
    holder_id: int | None = None
    storage_place: str | None = None
    recall_required: bool = False
    recall_deadline: dt.date | None = None
    # "Ghi bổ sung": the clerk knowingly writes an entry dated before the book's last entry (a late
    # entry). Without it such an entry is refused; with it the row is stored and printed as such.
    ghi_bo_sung: bool = False


@dataclass
class IncomingInput(_Common):
    ngay_den: dt.date | None = None  # required; decides year and number
    co_quan_ban_hanh: str | None = None
    don_vi_ky_nhan: str | None = None


@dataclass
class OutgoingInput(_Common):
    nguoi_ky: str | None = None
    noi_nhan: str | None = None
    don_vi_luu: str | None = None
    so_luong: int | None = None


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: Any
    new: Any


@dataclass(frozen=True)
class TimelineEntry:
    on: dt.date
    kind: str
    text: str


@dataclass(frozen=True)
class Cover:
    """Cover data of one volume of a book (bìa sổ)."""
    book: str
    superior_body: str | None
    agency: str
    year: int
    volume: int
    start_date: dt.date | None
    end_date: dt.date | None
    first_number: int | None
    last_number: int | None


LABELS = {
    "so_ky_hieu": "Số, ký hiệu", "ngay_van_ban": "Ngày tháng văn bản", "loai_van_ban": "Tên loại",
    "trich_yeu": "Trích yếu nội dung", "do_mat": "Độ mật", "ghi_chu": "Ghi chú", "ngay_den": "Ngày đến",
    "co_quan_ban_hanh": "Cơ quan ban hành", "don_vi_ky_nhan": "Đơn vị và ký nhận", "nguoi_ky": "Người ký",
    "noi_nhan": "Nơi nhận và ký nhận", "don_vi_luu": "Đơn vị lưu", "so_luong": "Số lượng",
    "catalogue_item_id": "Căn cứ danh mục BMNN", "classified_by": "Người xác định độ mật",
    "classified_on": "Ngày xác định độ mật", "period_years": "Thời hạn bảo vệ (năm)",
    "period_note": "Ghi chú thời hạn", "storage_place": "Nơi lưu giữ", "recall_required": "Tài liệu thu hồi",
    "recall_deadline": "Hạn thu hồi", "expires_on": "Hết thời hạn bảo vệ", "regime": "Chế độ pháp lý",
}
EDITABLE = {
    "den": {"so_ky_hieu", "ngay_van_ban", "loai_van_ban", "trich_yeu", "ghi_chu", "co_quan_ban_hanh",
            "don_vi_ky_nhan", "catalogue_item_id", "classified_by", "classified_on", "period_years",
            "period_note", "storage_place", "recall_required", "recall_deadline"},
    "di": {"so_ky_hieu", "ngay_van_ban", "loai_van_ban", "trich_yeu", "ghi_chu", "nguoi_ky", "noi_nhan",
           "don_vi_luu", "so_luong", "catalogue_item_id", "classified_by", "classified_on", "period_years",
           "period_note", "storage_place", "recall_required", "recall_deadline"},
}
CLOSED_STATUSES = ("da_huy_so", "da_tieu_huy")


# -- numbering and volumes ------------------------------------------------------------------------
def next_number(session: Session, book: str, year: int) -> int:
    """Next số thứ tự of ``book`` in ``year`` (numbering restarts every year; cancelled rows keep theirs)."""
    if book in ("den", "di"):
        top = session.scalar(select(func.max(Document.number)).where(Document.book == book, Document.year == year))
    elif book == "sao_chup":
        top = session.scalar(select(func.max(CopyRecord.number)).where(CopyRecord.year == year))
    elif book == "chuyen_giao":
        top = session.scalar(select(func.max(Transfer.number)).where(Transfer.year == year))
    else:
        raise ValueError(book)
    return (top or 0) + 1


def current_volume(session: Session, book: str, year: int, on: dt.date) -> RegisterVolume:
    """The open volume of ``book`` for ``year``, opening volume 1 on first use."""
    vol = session.scalar(select(RegisterVolume).where(
        RegisterVolume.book == book, RegisterVolume.year == year, RegisterVolume.closed_on.is_(None)
    ).order_by(RegisterVolume.volume.desc()).limit(1))
    if vol is None:
        last = session.scalar(select(func.max(RegisterVolume.volume)).where(
            RegisterVolume.book == book, RegisterVolume.year == year)) or 0
        vol = RegisterVolume(book=book, year=year, volume=last + 1, opened_on=on)
        session.add(vol)
        session.flush()
    return vol


def open_new_volume(session: Session, actor: Actor, book: str, year: int, on: dt.date) -> RegisterVolume:
    """Close the open volume (quyển) on ``on`` and open the next one."""
    require(actor, "documents.volume")
    old = current_volume(session, book, year, on)
    old.closed_on = on
    session.flush()
    vol = RegisterVolume(book=book, year=year, volume=old.volume + 1, opened_on=on)
    session.add(vol)
    session.flush()
    audit.record(session, "register.new_volume", actor=actor.username, entity="register_volume",
                 entity_id=vol.id, book=book, year=year, volume=vol.volume)
    return vol


def close_year(session: Session, actor: Actor, book: str, year: int, on: dt.date) -> None:
    require(actor, "documents.volume")
    for vol in session.scalars(select(RegisterVolume).where(
            RegisterVolume.book == book, RegisterVolume.year == year, RegisterVolume.closed_on.is_(None))):
        vol.closed_on = on
        audit.record(session, "register.close_volume", actor=actor.username, entity="register_volume",
                     entity_id=vol.id, book=book, year=year, volume=vol.volume)
    session.flush()


def cover(session: Session, book: str, year: int, volume: int = 1) -> Cover:
    agency = session.scalar(select(Agency).order_by(Agency.id).limit(1))
    vol = session.scalar(select(RegisterVolume).where(
        RegisterVolume.book == book, RegisterVolume.year == year, RegisterVolume.volume == volume))
    first = last = None
    if book in ("den", "di"):
        first, last = session.execute(select(func.min(Document.number), func.max(Document.number)).where(
            Document.book == book, Document.year == year, Document.volume == volume)).one()
    return Cover(book=book, superior_body=agency.superior_body if agency else None,
                 agency=agency.name if agency else "", year=year, volume=volume,
                 start_date=vol.opened_on if vol else None, end_date=vol.closed_on if vol else None,
                 first_number=first, last_number=last)


# -- registration -----------------------------------------------------------------------------------
def refresh_search_fields(doc: Document) -> None:
    doc.search_fold = folded(str(doc.number) if doc.number else None, doc.so_ky_hieu, doc.co_quan_ban_hanh,
                             doc.nguoi_ky, doc.noi_nhan, doc.loai_van_ban, doc.trich_yeu)
    doc.sort_key = sort_key_for(doc.loai_van_ban, doc.trich_yeu, doc.co_quan_ban_hanh)


sort_key_for = textnorm.register_sort_key  # one definition (app/textnorm.py), shared with migration 0002


def _regime_day(doc: Document) -> dt.date | None:
    return doc.classified_on or doc.ngay_van_ban or doc.ngay_den


def _validate(session: Session, doc: Document) -> RulePack:
    """Apply the classification rules of the document's regime; returns that pack."""
    day = _regime_day(doc)
    pack = pack_for_date(day)
    doc.regime = pack.id
    check_level(doc.do_mat, pack)
    if doc.book == "di":
        # Our own classification must cite the catalogue. An incoming item was classified by the
        # issuing body: its basis is recorded when known, never invented by the receiving clerk.
        check_catalogue_basis(session, pack, doc.do_mat, doc.catalogue_item_id)
    elif doc.catalogue_item_id is not None:
        check_catalogue_basis(session, pack, doc.do_mat, doc.catalogue_item_id)
    check_summary(pack, doc.do_mat, doc.trich_yeu)
    # The register itself is written under the regime in force on the registration date: a summary
    # the law forbids at that date is refused even if the item was classified earlier.
    reg_day = doc.ngay_den if doc.book == "den" else doc.ngay_van_ban
    if reg_day is not None:
        check_summary(pack_for_date(reg_day), doc.do_mat, doc.trich_yeu)
    check_period(pack, doc.do_mat, doc.period_years)
    if doc.so_luong is not None and doc.so_luong <= 0:
        raise ValidationError("Số lượng phải lớn hơn 0.", field="so_luong")
    if doc.recall_required and doc.recall_deadline is None:
        raise ValidationError("Tài liệu thu hồi phải ghi hạn thu hồi.", field="recall_deadline")
    doc.expires_on = compute_expiry(pack, doc.do_mat, doc.classified_on, doc.period_years)
    return pack


def _register(session: Session, actor: Actor, book: str, data: _Common, reg_day: dt.date) -> Document:
    values = {f.name: clean(getattr(data, f.name)) for f in dataclasses.fields(data)}
    values["recall_required"] = bool(values.get("recall_required"))
    values["ghi_bo_sung"] = _check_book_order(session, book, reg_day, bool(values.get("ghi_bo_sung")))
    if values.get("classified_on") is None:
        values["classified_on"] = values.get("ngay_van_ban") or reg_day
    if values.get("holder_id") is not None:
        get_or_404(session, User, values["holder_id"], "người giữ tài liệu")
    year = reg_day.year
    doc = Document(book=book, year=year, number=next_number(session, book, year), status="dang_quan_ly",
                   regime="", **values)
    _validate(session, doc)
    doc.volume = current_volume(session, book, year, reg_day).volume
    refresh_search_fields(doc)
    session.add(doc)
    session.flush()
    if doc.holder_id is not None or doc.storage_place:
        session.add(CustodyRecord(document_id=doc.id, holder_id=doc.holder_id, storage_place=doc.storage_place,
                                  from_on=reg_day))
    audit.record(session, "document.register", actor=actor.username, entity="document", entity_id=doc.id,
                 book=book, year=year, number=doc.number, so_ky_hieu=doc.so_ky_hieu, do_mat=doc.do_mat,
                 regime=doc.regime, catalogue_item_id=doc.catalogue_item_id, ghi_bo_sung=doc.ghi_bo_sung)
    session.flush()
    return doc


def register_incoming(session: Session, actor: Actor, data: IncomingInput) -> Document:
    require(actor, "documents.register")
    if data.ngay_den is None:
        raise ValidationError("Ghi ngày đến của tài liệu.", field="ngay_den")
    if not clean(data.co_quan_ban_hanh):
        raise ValidationError("Ghi cơ quan ban hành tài liệu.", field="co_quan_ban_hanh")
    return _register(session, actor, "den", data, data.ngay_den)


def register_outgoing(session: Session, actor: Actor, data: OutgoingInput) -> Document:
    require(actor, "documents.register")
    if data.ngay_van_ban is None:
        raise ValidationError("Ghi ngày tháng của văn bản đi.", field="ngay_van_ban")
    return _register(session, actor, "di", data, data.ngay_van_ban)


# -- reading ---------------------------------------------------------------------------------------
def get_document(session: Session, doc_id: int) -> Document:
    return get_or_404(session, Document, doc_id, "tài liệu")


def display_summary(doc: Document) -> str | None:
    """The summary as it may be shown: never for a level whose regime forbids it (the same rule as
    the register tables and ``somat list``: a 2018-regime record keeps the summary it was given)."""
    pack = rule_pack(doc.regime) if doc.regime else pack_for_date(_regime_day(doc) or dt.date.today())
    if pack.summary_forbidden(doc.do_mat):
        return None if not doc.trich_yeu else WITHHELD
    return doc.trich_yeu


def describe(doc: Document) -> str:
    """Short reference used in timelines, alerts and audit texts (never a Tuyệt mật summary)."""
    book = "đến" if doc.book == "den" else "đi"
    ref = doc.so_ky_hieu or "không số"
    return f"{doc.loai_van_ban or 'Tài liệu'} {ref} (số {book} {doc.number}/{doc.year})"


# -- editing -----------------------------------------------------------------------------------
def _audit_value(doc: Document, field: str, value: Any) -> Any:
    if field == "trich_yeu" and doc.do_mat == "tuyet_mat" and value:
        return WITHHELD
    return value


def update_document(session: Session, actor: Actor, doc_id: int, **changes: Any) -> list[FieldChange]:
    """Edit register fields; returns the changes (old beside new). Level: use ``lifecycle.change_level``;
    holder and storage: ``lifecycle.set_custody``."""
    require(actor, "documents.update")
    doc = get_document(session, doc_id)
    if doc.status in CLOSED_STATUSES:
        raise RuleViolation("Tài liệu đã hủy số hoặc đã tiêu hủy; không sửa được dòng sổ này.")
    allowed = EDITABLE[doc.book]
    for key in changes:
        if key == "do_mat":
            raise ValidationError("Thay đổi độ mật phải làm bằng quyết định điều chỉnh độ mật.", field="do_mat")
        if key not in allowed:
            raise ValidationError(f"Không sửa được trường {LABELS.get(key, key)} ở đây.", field=key)
    old = {k: getattr(doc, k) for k in (*allowed, "expires_on", "regime")}
    with session.no_autoflush:
        for key, value in changes.items():
            value = clean(value)
            if key == "recall_required":
                value = bool(value)
            setattr(doc, key, value)
        if doc.book == "di" and "ngay_van_ban" in changes and doc.ngay_van_ban != old["ngay_van_ban"]:
            _check_edited_order(session, doc, old)
        if "classified_on" in changes and doc.classified_on is None:
            doc.classified_on = doc.ngay_van_ban or doc.ngay_den
        try:
            _validate(session, doc)
        except Exception:
            for key, value in old.items():
                setattr(doc, key, value)
            raise
    refresh_search_fields(doc)
    result = [FieldChange(k, LABELS.get(k, k), old[k], getattr(doc, k)) for k in old if old[k] != getattr(doc, k)]
    if result:
        session.flush()
        audit.record(session, "document.update", actor=actor.username, entity="document", entity_id=doc.id,
                     changes=[{"field": c.field, "old": _audit_value(doc, c.field, c.old),
                               "new": _audit_value(doc, c.field, c.new)} for c in result])
    return result


def cancel_entry(session: Session, actor: Actor, doc_id: int, reason: str) -> Document:
    """Hủy số: the row stays in the book with status 'da_huy_so' and the reason in its note."""
    require(actor, "documents.cancel")
    doc = get_document(session, doc_id)
    reason = clean(reason)
    if not reason:
        raise ValidationError("Ghi lý do hủy số.", field="reason")
    if doc.status != "dang_quan_ly":
        raise RuleViolation("Chỉ hủy số được tài liệu đang quản lý.")
    doc.status = "da_huy_so"
    note = f"Hủy số: {reason}"
    doc.ghi_chu = f"{doc.ghi_chu}; {note}" if doc.ghi_chu else note
    session.flush()
    audit.record(session, "document.cancel", actor=actor.username, entity="document", entity_id=doc.id,
                 reason=reason)
    return doc


# -- timeline ------------------------------------------------------------------------------------------
def timeline(session: Session, doc_id: int) -> list[TimelineEntry]:
    doc = get_document(session, doc_id)
    pack = pack_for_date(_regime_day(doc) or dt.date.today())
    out: list[TimelineEntry] = []
    reg_day = (doc.ngay_den if doc.book == "den" else doc.ngay_van_ban) or doc.created_at.date()
    out.append(TimelineEntry(reg_day, "dang_ky", f"Vào {BOOK_NAMES[doc.book]} số {doc.number}/{doc.year}, "
                                                 f"độ {level_name(doc.do_mat, pack)}"))
    if doc.classified_on:
        basis = f", căn cứ {doc.catalogue_item.citation()}" if doc.catalogue_item else ""
        out.append(TimelineEntry(doc.classified_on, "xac_dinh_do_mat",
                                 f"Xác định độ mật bởi {doc.classified_by or '…'}{basis}; "
                                 f"hết thời hạn bảo vệ {fmt_date(doc.expires_on)}"))
    for c in session.scalars(select(CopyRecord).where(CopyRecord.document_id == doc_id)):
        out.append(TimelineEntry(c.copied_on, "sao_chup",
                                 f"Sao, chụp {c.quantity} bản (bản số {c.first_copy_no}–{c.last_copy_no})"))
    for t in session.scalars(select(Transfer).where(Transfer.document_id == doc_id)):
        out.append(TimelineEntry(t.transferred_on, "chuyen_giao", f"Cung cấp/chuyển giao cho {t.recipient}"))
        if t.returned_on:
            out.append(TimelineEntry(t.returned_on, "thu_hoi", f"{t.recipient} trả lại tài liệu"))
    for e in session.scalars(select(Extension).where(Extension.document_id == doc_id)):
        out.append(TimelineEntry(e.decided_on, "gia_han", f"Gia hạn {e.years} năm, đến {fmt_date(e.new_expires_on)}"))
    for lc in session.scalars(select(LevelChange).where(LevelChange.document_id == doc_id)):
        out.append(TimelineEntry(lc.decided_on, "dieu_chinh_do_mat",
                                 f"Điều chỉnh độ mật từ {level_name(lc.old_level, pack)} sang "
                                 f"{level_name(lc.new_level, pack)}"))
    for d in session.scalars(select(Declassification).where(Declassification.document_id == doc_id)):
        out.append(TimelineEntry(d.effective_on, "giai_mat", "Giải mật" + (" (tự động)" if d.kind == "tu_dong" else "")))
    for r in session.scalars(select(StorageRemoval).where(StorageRemoval.document_id == doc_id)):
        out.append(TimelineEntry(r.out_on, "mang_ra", f"Mang ra khỏi nơi lưu giữ: {r.purpose}"))
        if r.returned_on:
            out.append(TimelineEntry(r.returned_on, "mang_ve", "Đưa trở lại nơi lưu giữ"))
    for h in session.scalars(select(Handover).join(HandoverItem).where(HandoverItem.document_id == doc_id)):
        out.append(TimelineEntry(h.handed_on, "ban_giao", f"Bàn giao theo biên bản {h.record_number}"))
    for case in session.scalars(select(DestructionCase).join(DestructionItem).where(
            DestructionItem.document_id == doc_id)):
        out.append(TimelineEntry(case.proposed_on, "de_xuat_tieu_huy", "Đề xuất tiêu hủy"))
        if case.destroyed_on:
            out.append(TimelineEntry(case.destroyed_on, "tieu_huy", "Đã tiêu hủy"))
    out.sort(key=lambda e: e.on)
    return out
