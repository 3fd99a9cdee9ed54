"""Tiêu hủy (Điều 23): proposal → council → council minutes → decision → destruction record.
Emergency destruction by the holder goes straight to 'da_tieu_huy' with a written report.
Destroyed items stay in the registry forever (status 'da_tieu_huy')."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CouncilMember, DestructionCase, DestructionItem, Document, User
from app.rules import pack_for_date
from app.services import audit
from app.services.actor import Actor
from app.services.classification import clean, get_or_404, parse_hour
from app.services.documents import describe
from app.services.errors import RuleViolation, ValidationError
from app.services.roles import require

STAGE_NAMES = {"de_xuat": "Đề xuất", "hoi_dong": "Đã lập hội đồng", "bien_ban_hop": "Đã họp hội đồng",
               "quyet_dinh": "Đã có quyết định", "da_tieu_huy": "Đã tiêu hủy", "huy_de_xuat": "Hủy đề xuất"}
DESTROYABLE = ("dang_quan_ly", "da_giai_mat")
OPEN_STAGES = ("de_xuat", "hoi_dong", "bien_ban_hop", "quyet_dinh")


@dataclass(frozen=True)
class MemberInput:
    full_name: str
    role: str  # chu_tich / nguoi_quan_ly / thanh_vien
    position: str | None = None
    user_id: int | None = None  # when given, name and position come from the user; a chair must be leadership


@dataclass(frozen=True)
class CaseSummary:
    """One destruction case as listed (plain values, safe outside the session)."""
    id: int
    stage: str
    emergency: bool
    proposed_on: dt.date
    proposed_by: str
    reason: str
    items: str  # short references of its documents, "; "-separated (never a Tuyệt mật summary)
    count: int
    report_ref: str | None = None

    @property
    def stage_name(self) -> str:
        return STAGE_NAMES.get(self.stage, self.stage) + (" (khẩn cấp)" if self.emergency else "")


@dataclass(frozen=True)
class DestroyableDocument:
    """A document the agency still holds that may be destroyed (not already in an open case)."""
    id: int
    reference: str  # documents.describe()
    do_mat: str
    holder: str | None
    storage_place: str | None


def list_cases(session: Session) -> list[CaseSummary]:
    """Destruction cases, newest first."""
    out = []
    for case in session.scalars(select(DestructionCase).order_by(DestructionCase.id.desc())):
        out.append(CaseSummary(case.id, case.stage, bool(case.emergency), case.proposed_on, case.proposed_by,
                               case.reason, "; ".join(describe(i.document) for i in case.items), len(case.items),
                               case.report_ref))
    return out


def destroyable_documents(session: Session) -> list[DestroyableDocument]:
    """Documents held (status đang quản lý / đã giải mật) and not in an open destruction case."""
    busy = select(DestructionItem.document_id).join(DestructionCase).where(DestructionCase.stage.in_(OPEN_STAGES))
    docs = session.scalars(select(Document).where(Document.status.in_(DESTROYABLE), Document.id.not_in(busy))
                           .order_by(Document.book, Document.year.desc(), Document.number.desc()))
    return [DestroyableDocument(d.id, describe(d), d.do_mat, d.holder.full_name if d.holder else None,
                                d.storage_place) for d in docs]


def _case(session: Session, case_id: int, stage: str | tuple[str, ...]) -> DestructionCase:
    case = get_or_404(session, DestructionCase, case_id, "hồ sơ tiêu hủy")
    stages = (stage,) if isinstance(stage, str) else stage
    if case.stage not in stages:
        raise RuleViolation(f"Hồ sơ tiêu hủy đang ở bước “{STAGE_NAMES[case.stage]}”; không thực hiện được "
                            f"bước này (cần bước “{STAGE_NAMES[stages[0]]}”).")
    return case


def _documents(session: Session, document_ids: list[int]) -> list[Document]:
    if not document_ids:
        raise ValidationError("Chọn ít nhất một tài liệu.", field="document_ids")
    docs = []
    for doc_id in dict.fromkeys(document_ids):
        doc = get_or_404(session, Document, doc_id, "tài liệu")
        if doc.status not in DESTROYABLE:
            raise RuleViolation(f"{describe(doc)} không ở trạng thái có thể tiêu hủy.", field="document_ids")
        busy = session.scalar(select(DestructionCase.id).join(DestructionItem).where(
            DestructionItem.document_id == doc.id, DestructionCase.stage.in_(OPEN_STAGES)))
        if busy:
            raise RuleViolation(f"{describe(doc)} đã nằm trong hồ sơ tiêu hủy số {busy}.", field="document_ids")
        docs.append(doc)
    return docs


def propose(session: Session, actor: Actor, document_ids: list[int], *, proposed_on: dt.date, proposed_by: str,
            reason: str) -> DestructionCase:
    require(actor, "destruction.record")
    docs = _documents(session, document_ids)
    proposed_by, reason = clean(proposed_by), clean(reason)
    if not proposed_by or not reason:
        raise ValidationError("Ghi người đề xuất và lý do tiêu hủy.", field="reason")
    case = DestructionCase(regime=pack_for_date(proposed_on).id, stage="de_xuat", proposed_on=proposed_on,
                           proposed_by=proposed_by, reason=reason)
    session.add(case)
    session.flush()
    for doc in docs:
        session.add(DestructionItem(case_id=case.id, document_id=doc.id))
    session.flush()
    audit.record(session, "destruction.propose", actor=actor.username, entity="destruction_case",
                 entity_id=case.id, document_ids=[d.id for d in docs], proposed_on=proposed_on, regime=case.regime)
    return case


def set_council(session: Session, actor: Actor, case_id: int, *, council_decision: str,
                members: list[MemberInput]) -> DestructionCase:
    """Hội đồng: a chair from the agency's leadership, the custodian (người quản lý) and members."""
    require(actor, "destruction.record")
    case = _case(session, case_id, "de_xuat")
    council_decision = clean(council_decision)
    if not council_decision:
        raise ValidationError("Ghi quyết định thành lập hội đồng tiêu hủy.", field="council_decision")
    rows = []
    for m in members:
        name, position = clean(m.full_name), clean(m.position)
        if m.role not in ("chu_tich", "nguoi_quan_ly", "thanh_vien"):
            raise ValidationError("Vai trò thành viên hội đồng không hợp lệ.", field="members")
        if m.user_id is not None:
            user = get_or_404(session, User, m.user_id, "thành viên hội đồng")
            name, position = user.full_name, position or user.position
            if m.role == "chu_tich" and not (user.role == "lanh_dao" or user.is_head):
                raise RuleViolation(f"Chủ tịch hội đồng phải là lãnh đạo cơ quan; {user.full_name} không phải.",
                                    field="members")
        if not name:
            raise ValidationError("Ghi họ tên thành viên hội đồng.", field="members")
        rows.append(CouncilMember(case_id=case.id, full_name=name, position=position, role=m.role))
    roles = [r.role for r in rows]
    if roles.count("chu_tich") != 1:
        raise RuleViolation("Hội đồng tiêu hủy phải có một Chủ tịch là lãnh đạo cơ quan.", field="members")
    if "nguoi_quan_ly" not in roles:
        raise RuleViolation("Hội đồng tiêu hủy phải có người trực tiếp quản lý tài liệu BMNN.", field="members")
    session.add_all(rows)
    case.council_decision = council_decision
    case.stage = "hoi_dong"
    session.flush()
    audit.record(session, "destruction.council", actor=actor.username, entity="destruction_case", entity_id=case.id,
                 council_decision=council_decision, members=[{"name": r.full_name, "role": r.role} for r in rows])
    return case


def record_minutes(session: Session, actor: Actor, case_id: int, *, minutes_on: dt.date,
                   summary: str | None = None) -> DestructionCase:
    require(actor, "destruction.record")
    case = _case(session, case_id, "hoi_dong")
    case.minutes_on, case.minutes_summary, case.stage = minutes_on, clean(summary), "bien_ban_hop"
    session.flush()
    audit.record(session, "destruction.minutes", actor=actor.username, entity="destruction_case",
                 entity_id=case.id, minutes_on=minutes_on)
    return case


def decide(session: Session, actor: Actor, case_id: int, *, decision_number: str, decision_on: dt.date,
           decided_by: str) -> DestructionCase:
    require(actor, "destruction.record")
    case = _case(session, case_id, "bien_ban_hop")
    decision_number, decided_by = clean(decision_number), clean(decided_by)
    if not decision_number or not decided_by:
        raise ValidationError("Ghi số quyết định tiêu hủy và người quyết định.", field="decision_number")
    if case.minutes_on and decision_on < case.minutes_on:
        raise ValidationError("Quyết định tiêu hủy không được trước ngày họp hội đồng.", field="decision_on")
    case.decision_number, case.decision_on, case.decided_by = decision_number, decision_on, decided_by
    case.stage = "quyet_dinh"
    session.flush()
    audit.record(session, "destruction.decide", actor=actor.username, entity="destruction_case", entity_id=case.id,
                 decision_number=decision_number, decision_on=decision_on)
    return case


def _destroy(session: Session, case: DestructionCase, destroyed_on: dt.date, method: str | None,
             place: str | None, record_number: str | None, at: dt.time | str | None = None) -> list[int]:
    case.destroyed_on, case.method, case.place = destroyed_on, clean(method), clean(place)
    case.destroyed_time = at
    case.record_number = clean(record_number)
    case.stage = "da_tieu_huy"
    ids = []
    for item in case.items:
        item.document.status = "da_tieu_huy"
        ids.append(item.document_id)
    session.flush()
    return ids


def record_destruction(session: Session, actor: Actor, case_id: int, *, destroyed_on: dt.date, method: str,
                       place: str | None, record_number: str, at: dt.time | str | None = None) -> DestructionCase:
    """Biên bản tiêu hủy: the items become 'da_tieu_huy' and stay in the registry. ``at``: the hour the
    destruction began, printed on the record ("vào hồi … giờ … phút")."""
    require(actor, "destruction.record")
    at = parse_hour(at)
    case = _case(session, case_id, "quyet_dinh")
    if not clean(record_number):
        raise ValidationError("Ghi số biên bản tiêu hủy.", field="record_number")
    if not clean(method):
        raise ValidationError("Ghi phương pháp tiêu hủy.", field="method")
    if case.decision_on and destroyed_on < case.decision_on:
        raise ValidationError("Ngày tiêu hủy không được trước ngày quyết định.", field="destroyed_on")
    ids = _destroy(session, case, destroyed_on, method, place, record_number, at)
    audit.record(session, "destruction.record", actor=actor.username, entity="destruction_case", entity_id=case.id,
                 document_ids=ids, destroyed_on=destroyed_on, record_number=case.record_number,
                 destroyed_time=case.destroyed_time.strftime("%H:%M") if case.destroyed_time else None)
    return case


def emergency_destruction(session: Session, actor: Actor, document_ids: list[int], *, destroyed_on: dt.date,
                          destroyed_by: str, reason: str, report_ref: str, method: str | None = None,
                          place: str | None = None, at: dt.time | str | None = None) -> DestructionCase:
    """Tiêu hủy khẩn cấp by the holder when keeping the item would cause harm; needs the written report."""
    require(actor, "destruction.record")
    at = parse_hour(at)
    if not clean(report_ref):
        raise RuleViolation("Tiêu hủy khẩn cấp phải có văn bản báo cáo ngay; ghi số, ngày báo cáo.",
                            field="report_ref")
    docs = _documents(session, document_ids)
    if not clean(destroyed_by) or not clean(reason):
        raise ValidationError("Ghi người tiêu hủy và lý do tiêu hủy khẩn cấp.", field="reason")
    case = DestructionCase(regime=pack_for_date(destroyed_on).id, emergency=True, stage="de_xuat",
                           proposed_on=destroyed_on, proposed_by=clean(destroyed_by), reason=clean(reason),
                           report_ref=clean(report_ref))
    session.add(case)
    session.flush()
    for doc in docs:
        session.add(DestructionItem(case_id=case.id, document_id=doc.id))
    session.flush()
    session.refresh(case, ["items"])
    ids = _destroy(session, case, destroyed_on, method, place, None, at)
    audit.record(session, "destruction.emergency", actor=actor.username, entity="destruction_case",
                 entity_id=case.id, document_ids=ids, destroyed_on=destroyed_on, report_ref=case.report_ref,
                 regime=case.regime)
    return case


def cancel_proposal(session: Session, actor: Actor, case_id: int, reason: str) -> DestructionCase:
    require(actor, "destruction.record")
    case = _case(session, case_id, OPEN_STAGES)
    case.stage = "huy_de_xuat"
    session.flush()
    audit.record(session, "destruction.cancel", actor=actor.username, entity="destruction_case",
                 entity_id=case.id, reason=clean(reason))
    return case
