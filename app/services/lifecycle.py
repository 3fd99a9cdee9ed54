"""What happens to a registered document: extension, level change, declassification, custody and
removal from storage. Copies are in :mod:`copies`, transfers in :mod:`transfers` (re-exported here).

Periods and notice days come from the rule pack in force on the decision date.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CustodyRecord, Declassification, Document, Extension, LevelChange, StorageRemoval, User
from app.rules import pack_for_date
from app.services import audit
from app.services.actor import Actor
from app.services.classification import (
    add_years, base_period, check_catalogue_basis, check_level, clean, fmt_date, get_or_404, level_name,
)
from app.services.copies import record_copy  # noqa: F401  (contract: lifecycle.record_copy)
from app.services.documents import get_document, refresh_search_fields
from app.services.errors import RuleViolation, ValidationError
from app.services.transfers import record_return, transfer  # noqa: F401  (contract names)
from app.services.roles import require

NOTICE_MODELS = {"extension": Extension, "level_change": LevelChange, "declassification": Declassification}


def _require_managed(doc: Document) -> None:
    if doc.status != "dang_quan_ly":
        raise RuleViolation("Tài liệu không còn ở trạng thái đang quản lý; không thực hiện được thao tác này.")


def last_extension_day(expires_on: dt.date, day: dt.date | None = None) -> dt.date:
    """Last day an extension may be decided: expiry − the pack's minimum days (60)."""
    pack = pack_for_date(day or expires_on)
    return expires_on - dt.timedelta(days=pack.extension_min_days_before)


# -- extension (gia hạn) --------------------------------------------------------------------------
def extend(session: Session, actor: Actor, document_id: int, *, decided_on: dt.date, decided_by: str,
           years: int, decision_number: str | None = None) -> Extension:
    require(actor, "lifecycle.record")
    doc = get_document(session, document_id)
    _require_managed(doc)
    decided_by = clean(decided_by)
    if not decided_by:
        raise ValidationError("Ghi người quyết định gia hạn.", field="decided_by")
    if doc.expires_on is None:
        raise RuleViolation("Tài liệu chưa có thời hạn bảo vệ (chưa ghi ngày xác định độ mật); không gia hạn được.")
    pack = pack_for_date(decided_on)
    last_day = doc.expires_on - dt.timedelta(days=pack.extension_min_days_before)
    if decided_on > last_day:
        raise RuleViolation(
            f"Gia hạn phải được quyết định chậm nhất {pack.extension_min_days_before} ngày trước khi hết thời "
            f"hạn bảo vệ ({fmt_date(doc.expires_on)}), tức là chậm nhất ngày {fmt_date(last_day)} "
            f"({pack.citation('extension')}).", field="decided_on")
    full = base_period(pack, doc.do_mat)
    if years is None or years <= 0 or years > full:
        raise RuleViolation(
            f"Mỗi lần gia hạn không quá thời hạn bảo vệ của độ {level_name(doc.do_mat, pack)} "
            f"({full} năm).", field="years")
    ext = Extension(document_id=doc.id, regime=pack.id, decided_on=decided_on, decided_by=decided_by,
                    decision_number=clean(decision_number), years=years, old_expires_on=doc.expires_on,
                    new_expires_on=add_years(doc.expires_on, years),
                    notice_due=decided_on + dt.timedelta(days=pack.notice_days))
    doc.expires_on = ext.new_expires_on
    session.add(ext)
    session.flush()
    audit.record(session, "document.extend", actor=actor.username, entity="document", entity_id=doc.id,
                 extension_id=ext.id, years=years, old_expires_on=ext.old_expires_on,
                 new_expires_on=ext.new_expires_on, notice_due=ext.notice_due, regime=pack.id)
    return ext


# -- level change (điều chỉnh độ mật) -----------------------------------------------------------------
def change_level(session: Session, actor: Actor, document_id: int, *, new_level: str, decided_on: dt.date,
                 decided_by: str, catalogue_item_id: int | None = None) -> LevelChange:
    """Raise or lower the level, based on the catalogue.

    The protection period keeps running from the original classification date (Điều 19: the period
    is counted from the day the level was determined), now with the new level's term; years already
    granted by extensions are kept. A stated shorter period stays if it fits the new term. If the
    recomputed expiry is already past, the next automatic declassification run declassifies it.
    *(verify: no text found on how the period runs after a level change.)*
    """
    require(actor, "lifecycle.record")
    doc = get_document(session, document_id)
    _require_managed(doc)
    pack = pack_for_date(decided_on)
    check_level(new_level, pack, field="new_level")
    if new_level == doc.do_mat:
        raise ValidationError("Độ mật mới trùng độ mật hiện tại.", field="new_level")
    decided_by = clean(decided_by)
    if not decided_by:
        raise ValidationError("Ghi người quyết định điều chỉnh độ mật.", field="decided_by")
    check_catalogue_basis(session, pack, new_level, catalogue_item_id)
    if doc.trich_yeu and pack.summary_forbidden(new_level):
        raise RuleViolation(
            f"Tài liệu có trích yếu; theo {pack.citation('summary')} độ {level_name(new_level, pack)} không được "
            "ghi trích yếu. Xóa trích yếu trước khi nâng độ mật.", field="trich_yeu")
    old_expires = doc.expires_on
    new_expires = None
    if doc.classified_on is not None:
        period = doc.period_years if doc.period_years and doc.period_years <= base_period(pack, new_level) \
            else base_period(pack, new_level)
        granted = sum(session.scalars(select(Extension.years).where(Extension.document_id == doc.id)))
        new_expires = add_years(doc.classified_on, period + granted)
        doc.period_years = doc.period_years if period == doc.period_years else None
    change = LevelChange(document_id=doc.id, regime=pack.id, old_level=doc.do_mat, new_level=new_level,
                         catalogue_item_id=catalogue_item_id, decided_on=decided_on, decided_by=decided_by,
                         old_expires_on=old_expires, new_expires_on=new_expires,
                         notice_due=decided_on + dt.timedelta(days=pack.level_change_notice_days))
    doc.do_mat = new_level
    doc.expires_on = new_expires
    if catalogue_item_id is not None:
        doc.catalogue_item_id = catalogue_item_id
    refresh_search_fields(doc)
    session.add(change)
    session.flush()
    audit.record(session, "document.change_level", actor=actor.username, entity="document", entity_id=doc.id,
                 level_change_id=change.id, old_level=change.old_level, new_level=new_level,
                 old_expires_on=old_expires, new_expires_on=new_expires, notice_due=change.notice_due,
                 catalogue_item_id=catalogue_item_id, regime=pack.id)
    return change


# -- declassification (giải mật) ------------------------------------------------------------------------
def _declass_notice_days(day: dt.date) -> int:
    return int(pack_for_date(day).raw["declassification"]["notice_days"])


def declassify(session: Session, actor: Actor, document_id: int, *, decided_on: dt.date, decided_by: str,
               decision_number: str | None = None, partial_scope: str | None = None) -> Declassification:
    """Giải mật by decision: full (status 'da_giai_mat') or partial (``partial_scope``; status unchanged)."""
    require(actor, "lifecycle.record")
    doc = get_document(session, document_id)
    _require_managed(doc)
    decided_by = clean(decided_by)
    if not decided_by:
        raise ValidationError("Ghi người quyết định giải mật.", field="decided_by")
    pack = pack_for_date(decided_on)
    scope = clean(partial_scope)
    dec = Declassification(document_id=doc.id, regime=pack.id, kind="mot_phan" if scope else "toan_bo",
                           effective_on=decided_on, decided_by=decided_by,
                           decision_number=clean(decision_number), scope=scope,
                           notice_due=decided_on + dt.timedelta(days=_declass_notice_days(decided_on)))
    if not scope:
        doc.status = "da_giai_mat"
    session.add(dec)
    session.flush()
    audit.record(session, "document.declassify", actor=actor.username, entity="document", entity_id=doc.id,
                 declassification_id=dec.id, kind=dec.kind, notice_due=dec.notice_due, regime=pack.id)
    return dec


def due_for_automatic_declassification(session: Session, today: dt.date) -> list[Document]:
    return list(session.scalars(select(Document).where(
        Document.status == "dang_quan_ly", Document.expires_on.is_not(None), Document.expires_on <= today,
    ).order_by(Document.expires_on, Document.id)))


def run_automatic_declassification(session: Session, today: dt.date) -> list[Declassification]:
    """Đương nhiên giải mật: every managed document whose period ended without extension.

    Idempotent: a document already declassified (or with an automatic record) is skipped.
    """
    system = Actor.system()
    done = []
    for doc in due_for_automatic_declassification(session, today):
        if session.scalar(select(Declassification.id).where(
                Declassification.document_id == doc.id, Declassification.kind == "tu_dong")):
            continue
        pack = pack_for_date(doc.expires_on)
        if not pack.raw["declassification"].get("automatic_on_expiry", True):
            continue
        dec = Declassification(document_id=doc.id, regime=pack.id, kind="tu_dong", effective_on=doc.expires_on,
                               decided_by=system.full_name,
                               notice_due=doc.expires_on + dt.timedelta(days=_declass_notice_days(doc.expires_on)))
        doc.status = "da_giai_mat"
        session.add(dec)
        session.flush()
        audit.record(session, "document.declassify_automatic", actor=system.username, entity="document",
                     entity_id=doc.id, declassification_id=dec.id, effective_on=doc.expires_on, regime=pack.id)
        done.append(dec)
    return done


def mark_notified(session: Session, actor: Actor, kind: str, record_id: int, notified_on: dt.date):
    """Record that the written notice of an extension / level change / declassification was sent."""
    require(actor, "lifecycle.record")
    model = NOTICE_MODELS.get(kind)
    if model is None:
        raise ValidationError("Loại thông báo không hợp lệ.")
    row = get_or_404(session, model, record_id, "quyết định")
    row.notified_on = notified_on
    session.flush()
    audit.record(session, f"{kind}.notified", actor=actor.username, entity=kind, entity_id=row.id,
                 document_id=row.document_id, notified_on=notified_on, late=notified_on > row.notice_due)
    return row


# -- custody and storage -------------------------------------------------------------------------
def open_custody(session: Session, doc: Document, holder_id: int | None, storage_place: str | None,
                 on: dt.date, handover_id: int | None = None) -> CustodyRecord:
    """Close the open custody row of ``doc`` and open a new one (no audit; callers audit)."""
    for row in session.scalars(select(CustodyRecord).where(CustodyRecord.document_id == doc.id,
                                                            CustodyRecord.to_on.is_(None))):
        row.to_on = on
    rec = CustodyRecord(document_id=doc.id, holder_id=holder_id, storage_place=storage_place, from_on=on,
                        handover_id=handover_id)
    doc.holder_id = holder_id
    doc.storage_place = storage_place
    session.add(rec)
    session.flush()
    return rec


def set_custody(session: Session, actor: Actor, document_id: int, *, holder_id: int | None,
                storage_place: str | None, on: dt.date) -> CustodyRecord:
    require(actor, "lifecycle.custody")
    doc = get_document(session, document_id)
    if doc.status in ("da_huy_so", "da_tieu_huy"):
        raise RuleViolation("Tài liệu đã hủy số hoặc đã tiêu hủy.")
    if holder_id is not None:
        get_or_404(session, User, holder_id, "người giữ")
    old = (doc.holder_id, doc.storage_place)
    rec = open_custody(session, doc, holder_id, clean(storage_place), on)
    audit.record(session, "document.custody", actor=actor.username, entity="document", entity_id=doc.id,
                 old_holder_id=old[0], new_holder_id=holder_id, old_storage_place=old[1],
                 new_storage_place=rec.storage_place, on=on)
    return rec


def remove_from_storage(session: Session, actor: Actor, document_id: int, *, person_id: int, purpose: str,
                        approved_by: str, out_on: dt.date, due_back_on: dt.date | None = None) -> StorageRemoval:
    require(actor, "lifecycle.custody")
    doc = get_document(session, document_id)
    _require_managed(doc)
    get_or_404(session, User, person_id, "người mang tài liệu")
    purpose, approved_by = clean(purpose), clean(approved_by)
    if not purpose:
        raise ValidationError("Ghi lý do mang tài liệu ra khỏi nơi lưu giữ.", field="purpose")
    if not approved_by:
        raise ValidationError("Ghi người cho phép mang tài liệu ra.", field="approved_by")
    if due_back_on is not None and due_back_on < out_on:
        raise ValidationError("Hạn đưa về không được trước ngày mang ra.", field="due_back_on")
    if open_removal(session, doc.id) is not None:
        raise RuleViolation("Tài liệu đang được mang ra ngoài; phải ghi trả lại trước.")
    rem = StorageRemoval(document_id=doc.id, person_id=person_id, purpose=purpose, approved_by=approved_by,
                         out_on=out_on, due_back_on=due_back_on)
    session.add(rem)
    session.flush()
    audit.record(session, "storage.remove", actor=actor.username, entity="storage_removal", entity_id=rem.id,
                 document_id=doc.id, person_id=person_id, out_on=out_on, due_back_on=due_back_on)
    return rem


def open_removal(session: Session, document_id: int) -> StorageRemoval | None:
    return session.scalar(select(StorageRemoval).where(StorageRemoval.document_id == document_id,
                                                       StorageRemoval.returned_on.is_(None)))


def return_to_storage(session: Session, actor: Actor, removal_id: int, returned_on: dt.date) -> StorageRemoval:
    require(actor, "lifecycle.custody")
    rem = get_or_404(session, StorageRemoval, removal_id, "lần mang tài liệu ra")
    if rem.returned_on is not None:
        raise RuleViolation("Tài liệu đã được đưa trở lại nơi lưu giữ.")
    if returned_on < rem.out_on:
        raise ValidationError("Ngày đưa về không được trước ngày mang ra.", field="returned_on")
    rem.returned_on = returned_on
    session.flush()
    audit.record(session, "storage.return", actor=actor.username, entity="storage_removal", entity_id=rem.id,
                 document_id=rem.document_id, returned_on=returned_on)
    return rem
