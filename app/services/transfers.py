"""Cung cấp, chuyển giao BMNN (Sổ chuyển giao): written request, receipt, recall deadline, return."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Transfer, User
from app.rules import RulePack, pack_for_date
from app.services import audit
from app.services.actor import Actor
from app.services.classification import clean, get_or_404, level_name
from app.services.documents import current_volume, get_document, next_number
from app.services.errors import RuleViolation, ValidationError
from app.services.roles import require

KINDS = {"cung_cap": "Cung cấp", "chuyen_giao": "Chuyển giao"}
PARTIES = {"trong_nuoc": "Cơ quan, tổ chức, người Việt Nam", "nuoc_ngoai": "Cơ quan, tổ chức, cá nhân nước ngoài"}


def _authoriser_title(session: Session, pack: RulePack, name: str, title: str | None) -> str:
    """The title code of who authorised: the one given, else that of the registry person of that name."""
    title = clean(title)
    if title:
        if title not in pack.titles:
            raise ValidationError("Chức danh người cho phép không có trong danh sách chức danh của chế độ "
                                  "pháp lý áp dụng.", field="authoriser_title")
        return title
    user = session.scalar(select(User).where(User.full_name == name).limit(1))
    if user is None or not user.title_code:
        raise RuleViolation(f"Chưa rõ chức danh của người cho phép “{name}”: chọn chức danh, hoặc ghi đúng họ "
                            "tên một cán bộ đã có chức danh trong danh sách nhân sự.", field="authoriser_title")
    return user.title_code


def check_transfer_authority(pack: RulePack, level: str, party: str, title: str, on: dt.date) -> None:
    if not pack.may_authorise_transfer(level, party, title, on):
        table = pack.transfer_authority(party, on)
        who = "; ".join(pack.titles.get(code, code) for code in pack.transfer_authorised_titles(level, party, on))
        to = "cơ quan, tổ chức, cá nhân nước ngoài" if party == "nuoc_ngoai" else "cơ quan, tổ chức, người Việt Nam"
        raise RuleViolation(
            f"{pack.titles.get(title, title)} không có thẩm quyền quyết định cung cấp, chuyển giao tài liệu độ "
            f"{level_name(level, pack)} cho {to} ({table['citation']}). Người có thẩm quyền: {who or 'không có'}.",
            field="authorised_by")


def transfer(session: Session, actor: Actor, document_id: int, *, kind: str, party: str, recipient: str,
             request_ref: str, transferred_on: dt.date, authorised_by: str | None = None,
             request_date: dt.date | None = None, receipt_ref: str | None = None,
             recall_deadline: dt.date | None = None, authoriser_title: str | None = None) -> Transfer:
    """Provide (cung cấp) or transfer (chuyển giao) an item on a written request.

    The authorising person is always stated, with their title (``authoriser_title``, a rule-pack title
    code, or the title of the registry person of that name), and the title must hold the authority the
    rule pack in force on ``transferred_on`` gives for the item's level and the party (domestic/foreign).
    A 'chuyen_giao' moves the item out of the agency (status 'da_chuyen_giao') unless it must come back
    by a recall deadline.
    """
    require(actor, "transfers.record")
    doc = get_document(session, document_id)
    if doc.status != "dang_quan_ly":
        raise RuleViolation("Chỉ cung cấp, chuyển giao được tài liệu BMNN đang quản lý.")
    if kind not in KINDS:
        raise ValidationError("Chọn hình thức: cung cấp hoặc chuyển giao.", field="kind")
    if party not in PARTIES:
        raise ValidationError("Chọn bên nhận: trong nước hoặc nước ngoài.", field="party")
    recipient, request_ref, authorised_by = clean(recipient), clean(request_ref), clean(authorised_by)
    if not recipient:
        raise ValidationError("Ghi cơ quan, tổ chức, cá nhân nhận.", field="recipient")
    if not request_ref:
        raise RuleViolation("Cung cấp, chuyển giao BMNN phải có văn bản đề nghị; ghi số, ngày văn bản đề nghị.",
                            field="request_ref")
    if not authorised_by:
        raise RuleViolation("Cung cấp, chuyển giao BMNN phải ghi rõ người có thẩm quyền quyết định cho phép.",
                            field="authorised_by")
    if recall_deadline is not None and recall_deadline < transferred_on:
        raise ValidationError("Hạn thu hồi không được trước ngày chuyển giao.", field="recall_deadline")
    pack = pack_for_date(transferred_on)
    title = _authoriser_title(session, pack, authorised_by, authoriser_title)
    check_transfer_authority(pack, doc.do_mat, party, title, transferred_on)
    year = transferred_on.year
    tr = Transfer(year=year, number=next_number(session, "chuyen_giao", year), document_id=doc.id, regime=pack.id,
                  kind=kind, party=party, recipient=recipient, request_ref=request_ref, request_date=request_date,
                  authorised_by=authorised_by, transferred_on=transferred_on, receipt_ref=clean(receipt_ref),
                  recall_deadline=recall_deadline, authoriser_title=title)
    if kind == "chuyen_giao" and recall_deadline is None:
        doc.status = "da_chuyen_giao"
    current_volume(session, "chuyen_giao", year, transferred_on)
    session.add(tr)
    session.flush()
    audit.record(session, "transfer.record", actor=actor.username, entity="transfer", entity_id=tr.id,
                 document_id=doc.id, year=year, number=tr.number, kind=kind, party=party, recipient=recipient,
                 request_ref=request_ref, recall_deadline=recall_deadline, regime=pack.id,
                 authorised_by=authorised_by, authoriser_title=title)
    return tr


def record_receipt(session: Session, actor: Actor, transfer_id: int, receipt_ref: str) -> Transfer:
    require(actor, "transfers.record")
    tr = get_or_404(session, Transfer, transfer_id, "lần chuyển giao")
    tr.receipt_ref = clean(receipt_ref)
    session.flush()
    audit.record(session, "transfer.receipt", actor=actor.username, entity="transfer", entity_id=tr.id,
                 receipt_ref=tr.receipt_ref)
    return tr


def record_return(session: Session, actor: Actor, transfer_id: int, returned_on: dt.date) -> Transfer:
    """The recipient gave the item back (thu hồi)."""
    require(actor, "transfers.record")
    tr = get_or_404(session, Transfer, transfer_id, "lần chuyển giao")
    if tr.returned_on is not None:
        raise RuleViolation("Tài liệu đã được thu hồi.")
    if returned_on < tr.transferred_on:
        raise ValidationError("Ngày thu hồi không được trước ngày chuyển giao.", field="returned_on")
    tr.returned_on = returned_on
    if tr.document.status == "da_chuyen_giao":
        tr.document.status = "dang_quan_ly"
    session.flush()
    audit.record(session, "transfer.return", actor=actor.username, entity="transfer", entity_id=tr.id,
                 document_id=tr.document_id, returned_on=returned_on)
    return tr


def open_recalls(session: Session) -> list[Transfer]:
    return list(session.scalars(select(Transfer).where(Transfer.recall_deadline.is_not(None),
                                                       Transfer.returned_on.is_(None))
                                .order_by(Transfer.recall_deadline)))
