"""Bàn giao: before leaving a post a person hands over every BMNN item they hold, in one transaction."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ApprovedUsb, Document, Handover, HandoverItem, StaffAssignment, StorageRemoval, User
from app.services import audit
from app.services.actor import Actor
from app.services.classification import clean, get_or_404, parse_hour
from app.services.errors import RuleViolation, ValidationError
from app.services.lifecycle import open_custody
from app.services.people import LEAVING_REASONS, record_commitment
from app.services.roles import require

REASONS = {**LEAVING_REASONS, "khac": "Lý do khác"}
HELD_STATUSES = ("dang_quan_ly",)


def items_held_by(session: Session, user_id: int) -> list[Document]:
    """Documents the person holds, plus documents they have taken out of storage and not returned."""
    held = set(session.scalars(select(Document.id).where(Document.holder_id == user_id,
                                                         Document.status.in_(HELD_STATUSES))))
    out = set(session.scalars(select(StorageRemoval.document_id).where(StorageRemoval.person_id == user_id,
                                                                       StorageRemoval.returned_on.is_(None))))
    ids = held | out
    if not ids:
        return []
    return list(session.scalars(select(Document).where(Document.id.in_(ids))
                                .order_by(Document.book, Document.year, Document.number)))


def _move_item(session: Session, handover: Handover, doc: Document, to_user: User, from_user_id: int,
               on: dt.date) -> None:
    note = None
    rem = session.scalar(select(StorageRemoval).where(StorageRemoval.document_id == doc.id,
                                                      StorageRemoval.person_id == from_user_id,
                                                      StorageRemoval.returned_on.is_(None)))
    if rem is not None:
        # The person had it out of storage: close their removal and open one in the receiver's name.
        rem.returned_on = on
        session.add(StorageRemoval(document_id=doc.id, person_id=to_user.id, purpose=rem.purpose,
                                   approved_by=rem.approved_by, out_on=on, due_back_on=rem.due_back_on))
        note = "Đang mang ra ngoài nơi lưu giữ"
    if doc.holder_id == from_user_id or doc.holder_id is None:
        open_custody(session, doc, to_user.id, doc.storage_place, on, handover_id=handover.id)
    session.add(HandoverItem(handover_id=handover.id, document_id=doc.id, storage_place=doc.storage_place, note=note))
    session.flush()


def handover_all(session: Session, actor: Actor, from_user_id: int, to_user_id: int, on: dt.date, reason: str,
                 record_number: str, witness: str | None = None, note: str | None = None, *,
                 at: dt.time | str | None = None, commitment_confirmed_by: str | None = None,
                 commitment_scan_ref: str | None = None) -> Handover:
    """Move everything ``from_user`` holds to ``to_user`` atomically (a savepoint: all or nothing).

    Custody rows are closed/opened, a Handover with items is written, approved USB drives move too,
    and when the person leaves (thôi việc, chuyển công tác, nghỉ hưu) they are marked as left, their
    assignments end and a 'thoi_nhiem_vu' commitment is recorded — as signed only when its signed paper is
    confirmed (``commitment_confirmed_by``, on the handover day) or scanned (``commitment_scan_ref``),
    otherwise pending ("chưa ký"). ``at`` is the hour of the handover, printed on the record.
    """
    require(actor, "handover.run")
    at = parse_hour(at)
    if reason not in REASONS:
        raise ValidationError("Chọn lý do bàn giao.", field="reason")
    record_number = clean(record_number)
    if not record_number:
        raise ValidationError("Ghi số biên bản bàn giao.", field="record_number")
    if from_user_id == to_user_id:
        raise ValidationError("Người nhận phải khác người bàn giao.", field="to_user_id")
    from_user = get_or_404(session, User, from_user_id, "người bàn giao")
    to_user = get_or_404(session, User, to_user_id, "người nhận bàn giao")
    if not to_user.active:
        raise RuleViolation(f"{to_user.full_name} không còn công tác; chọn người nhận khác.", field="to_user_id")
    with session.begin_nested():
        items = items_held_by(session, from_user.id)
        h = Handover(record_number=record_number, from_user_id=from_user.id, to_user_id=to_user.id, handed_on=on,
                     reason=reason, witness=clean(witness), note=clean(note), handed_time=at)
        session.add(h)
        session.flush()
        for doc in items:
            _move_item(session, h, doc, to_user, from_user.id, on)
        usbs = list(session.scalars(select(ApprovedUsb).where(ApprovedUsb.holder_id == from_user.id,
                                                              ApprovedUsb.active.is_(True))))
        for usb in usbs:
            usb.holder_id = to_user.id
        if usbs:
            extra = "USB an toàn bàn giao: " + ", ".join(u.serial for u in usbs)
            h.note = f"{h.note}\n{extra}" if h.note else extra
        if reason in LEAVING_REASONS:
            from_user.active = False
            from_user.left_on = on
            from_user.left_reason = reason
            for a in session.scalars(select(StaffAssignment).where(StaffAssignment.user_id == from_user.id,
                                                                   StaffAssignment.end_on.is_(None))):
                a.end_on = on
            confirmed_by = clean(commitment_confirmed_by)
            record_commitment(session, actor, from_user.id, kind="thoi_nhiem_vu", signed_on=on,
                              note=f"Bàn giao theo biên bản {record_number}", paper_confirmed_by=confirmed_by,
                              paper_confirmed_on=on if confirmed_by else None, paper_scan_ref=commitment_scan_ref)
        session.flush()
        audit.record(session, "handover.record", actor=actor.username, entity="handover", entity_id=h.id,
                     from_user_id=from_user.id, to_user_id=to_user.id, reason=reason, record_number=record_number,
                     document_ids=[d.id for d in items], usb_ids=[u.id for u in usbs], handed_on=on,
                     handed_time=at.strftime("%H:%M") if at else None)
    return h
