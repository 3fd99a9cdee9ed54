"""Sao, chụp BMNN (Điều 11): the copy logbook, copy authority, copy numbers, spoiled copies."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import CopyRecord, Machine, User
from app.rules import RulePack, pack_for_date
from app.services import audit
from app.services.actor import Actor
from app.services.classification import check_level, clean, get_or_404, level_name, rank
from app.services.documents import current_volume, get_document, next_number
from app.services.errors import RuleViolation, ValidationError
from app.services.roles import require


def who_may_authorise(pack: RulePack, level: str, on: dt.date | None = None) -> str:
    """The titles that may authorise a copy of ``level`` on ``on`` (the table in force that day: the
    2018 law as amended from 01/7/2025 has no district titles)."""
    titles = pack.titles
    return "; ".join(titles.get(code, code) for code in pack.copy_authorised_titles(level, on))


def check_copy_authority(pack: RulePack, level: str, user: User, on: dt.date | None = None) -> None:
    if not pack.may_authorise_copy(level, user.title_code, on):
        table = pack.copy_authority(on)
        raise RuleViolation(
            f"{user.full_name} không có thẩm quyền cho phép sao, chụp tài liệu độ {level_name(level, pack)} "
            f"({table.get('citation', pack.citation('copy'))}). "
            f"Người có thẩm quyền: {who_may_authorise(pack, level, on)}.", field="authorised_by_id")


def next_copy_no(session: Session, document_id: int) -> int:
    top = session.scalar(select(func.max(CopyRecord.last_copy_no)).where(CopyRecord.document_id == document_id))
    return (top or 0) + 1


def record_copy(session: Session, actor: Actor, document_id: int, *, form: str, copied_on: dt.date,
                quantity: int, authorised_by_id: int, copied_by: str, recipients: str | None = None,
                place: str | None = None, machine_id: int | None = None, spoiled_count: int = 0,
                level: str | None = None, note: str | None = None) -> CopyRecord:
    """One line of the Sổ quản lý sao, chụp BMNN.

    The copy has the level of the original; a trích sao may carry the (lower or equal) level of the
    extract. Authority is checked against the rule pack in force on ``copied_on`` for the level of the
    original (a stricter reading for extracts). Copy numbers continue per document; the logbook
    numbering restarts every year. Spoiled or surplus copies are recorded as destroyed at once.
    """
    require(actor, "copies.record")
    doc = get_document(session, document_id)
    if doc.status != "dang_quan_ly":
        raise RuleViolation("Chỉ sao, chụp được tài liệu BMNN đang quản lý.")
    pack = pack_for_date(copied_on)
    if form not in pack.copy_forms:
        allowed = ", ".join(pack.copy_forms.values())
        raise ValidationError(f"Hình thức sao, chụp không hợp lệ theo chế độ hiện hành ({allowed}).", field="form")
    if quantity is None or quantity <= 0:
        raise ValidationError("Số lượng bản sao phải lớn hơn 0.", field="quantity")
    if spoiled_count < 0:
        raise ValidationError("Số bản hỏng không được âm.", field="spoiled_count")
    copied_by = clean(copied_by)
    if not copied_by:
        raise ValidationError("Ghi người sao, chụp.", field="copied_by")
    copy_level = doc.do_mat
    if level is not None and level != doc.do_mat:
        check_level(level, pack, field="level")
        if form != "trich_sao":
            raise RuleViolation("Bản sao phải có cùng độ mật với bản gốc.", field="level")
        if rank(level, pack) > rank(doc.do_mat, pack):
            raise RuleViolation("Bản trích sao không được có độ mật cao hơn tài liệu gốc.", field="level")
        copy_level = level
    user = get_or_404(session, User, authorised_by_id, "người cho phép sao, chụp")
    check_copy_authority(pack, doc.do_mat, user, copied_on)
    if machine_id is not None:
        get_or_404(session, Machine, machine_id, "máy sao, chụp")
    first = next_copy_no(session, doc.id)
    year = copied_on.year
    rec = CopyRecord(year=year, number=next_number(session, "sao_chup", year), document_id=doc.id,
                     regime=pack.id, form=form, level=copy_level, copied_on=copied_on, quantity=quantity,
                     first_copy_no=first, last_copy_no=first + quantity - 1, authorised_by_id=user.id,
                     authoriser_title=user.title_code, copied_by=copied_by, recipients=clean(recipients),
                     place=clean(place), machine_id=machine_id, spoiled_count=spoiled_count,
                     spoiled_destroyed=True, note=clean(note))
    current_volume(session, "sao_chup", year, copied_on)
    session.add(rec)
    session.flush()
    audit.record(session, "copy.record", actor=actor.username, entity="copy_record", entity_id=rec.id,
                 document_id=doc.id, year=year, number=rec.number, form=form, level=copy_level,
                 quantity=quantity, copy_numbers=[rec.first_copy_no, rec.last_copy_no],
                 authorised_by_id=user.id, authoriser_title=user.title_code, spoiled_destroyed=spoiled_count,
                 regime=pack.id)
    return rec


def copy_label(rec: CopyRecord) -> str:
    """"Bản sao số …" as printed on the first page."""
    if rec.first_copy_no == rec.last_copy_no:
        return f"Bản sao số {rec.first_copy_no}"
    return f"Bản sao số {rec.first_copy_no} đến {rec.last_copy_no}"
