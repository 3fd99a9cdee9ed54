"""People: users/staff, assignments (chuyên trách / kiêm nhiệm) by decision, signed commitments."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import textnorm
from app.models import Commitment, StaffAssignment, User
from app.models.organisation import ROLES
from app.rules import all_packs, pack_for_date
from app.services import audit
from app.services.actor import Actor
from app.services.classification import clean, get_or_404
from app.services.errors import PermissionDenied, RuleViolation, ValidationError
from app.services.roles import require

ASSIGNMENT_KINDS = {"chuyen_trach": "Chuyên trách", "kiem_nhiem": "Kiêm nhiệm"}
COMMITMENT_KINDS = {"nhan_nhiem_vu": "Cam kết khi nhận nhiệm vụ", "thoi_nhiem_vu": "Cam kết khi thôi nhiệm vụ"}
LEAVING_REASONS = {"thoi_viec": "Thôi việc", "chuyen_cong_tac": "Chuyển công tác", "nghi_huu": "Nghỉ hưu"}
USER_FIELDS = {"full_name", "position", "title_code", "role", "is_head", "can_login", "active"}


def known_titles() -> set[str]:
    return {code for p in all_packs() for code in p.titles}


def _check_user_values(values: dict[str, Any]) -> None:
    if "full_name" in values and not values["full_name"]:
        raise ValidationError(code="user.full_name_missing", field="full_name")
    if "role" in values and values["role"] not in ROLES:
        raise ValidationError(code="user.bad_role", field="role")
    if values.get("title_code") and values["title_code"] not in known_titles():
        raise ValidationError(code="user.bad_title", field="title_code")


# Fields that decide what a person may do: nobody changes their own.
POWER_FIELDS = {"role", "is_head", "can_login", "active"}


def add_user(session: Session, actor: Actor, *, username: str, full_name: str, role: str = "van_thu",
             position: str | None = None, title_code: str | None = None, is_head: bool = False,
             can_login: bool = False) -> User:
    """A person who holds BMNN (with or without a login; logins get key slots via the registry service)."""
    require(actor, "people.manage")
    if is_head:
        require(actor, "people.set_head")
    username = clean(username)
    if not username:
        raise ValidationError(code="user.username_missing", field="username")
    if session.scalar(select(User.id).where(User.username == username)):
        raise ValidationError(code="user.username_taken", field="username")
    values = dict(full_name=clean(full_name), role=role, position=clean(position), title_code=clean(title_code))
    _check_user_values(values)
    user = User(username=username, is_head=is_head, can_login=can_login,
                full_name_fold=textnorm.fold(values["full_name"]), **values)
    session.add(user)
    session.flush()
    audit.record(session, "user.add", actor=actor.username, entity="user", entity_id=user.id,
                 username=username, full_name=user.full_name, role=role, title_code=user.title_code)
    return user


def update_user(session: Session, actor: Actor, user_id: int, **changes: Any) -> list[tuple[str, Any, Any]]:
    require(actor, "people.manage")
    user = get_or_404(session, User, user_id, "cán bộ")
    bad = set(changes) - USER_FIELDS
    if bad:
        raise ValidationError(code="user.bad_fields", params={"fields": ", ".join(sorted(bad))})
    values = {k: clean(v) for k, v in changes.items()}
    _check_user_values(values)
    changing = {k for k, v in values.items() if getattr(user, k) != v}
    if changing & POWER_FIELDS and (user.id == actor.user_id or user.username == actor.username):
        raise PermissionDenied(code="roles.self_role", field=sorted(changing & POWER_FIELDS)[0])
    if "is_head" in changing:
        require(actor, "people.set_head")
    out = []
    for key, value in values.items():
        if getattr(user, key) != value:
            out.append((key, getattr(user, key), value))
            setattr(user, key, value)
    if "full_name" in values:
        user.full_name_fold = textnorm.fold(user.full_name)
    if out:
        session.flush()
        audit.record(session, "user.update", actor=actor.username, entity="user", entity_id=user.id,
                     changes=[{"field": k, "old": o, "new": n} for k, o, n in out])
    return out


def list_people(session: Session, *, active_only: bool = True, text: str | None = None) -> list[User]:
    q = select(User)
    if active_only:
        q = q.where(User.active.is_(True))
    if text:
        q = q.where(User.full_name_fold.contains(textnorm.fold(text)))
    users = list(session.scalars(q))
    users.sort(key=lambda u: textnorm.sort_key(u.full_name))
    return users


def assign_staff(session: Session, actor: Actor, user_id: int, *, kind: str, decision_number: str,
                 decision_date: dt.date, start_on: dt.date | None = None, duties: str | None = None) -> StaffAssignment:
    require(actor, "staff.manage")
    user = get_or_404(session, User, user_id, "cán bộ")
    if kind not in ASSIGNMENT_KINDS:
        raise ValidationError(code="staff.bad_kind", field="kind")
    decision_number = clean(decision_number)
    if not decision_number:
        raise ValidationError(code="staff.decision_missing", field="decision_number")
    a = StaffAssignment(user_id=user.id, kind=kind, decision_number=decision_number, decision_date=decision_date,
                        start_on=start_on or decision_date, duties=clean(duties))
    session.add(a)
    session.flush()
    audit.record(session, "staff.assign", actor=actor.username, entity="staff_assignment", entity_id=a.id,
                 user_id=user.id, kind=kind, decision_number=decision_number, decision_date=decision_date)
    return a


def end_assignment(session: Session, actor: Actor, assignment_id: int, end_on: dt.date) -> StaffAssignment:
    require(actor, "staff.manage")
    a = get_or_404(session, StaffAssignment, assignment_id, "quyết định phân công")
    if a.end_on is None:
        a.end_on = end_on
        session.flush()
        audit.record(session, "staff.end_assignment", actor=actor.username, entity="staff_assignment",
                     entity_id=a.id, user_id=a.user_id, end_on=end_on)
    return a


def active_assignments(session: Session, on: dt.date) -> list[StaffAssignment]:
    return list(session.scalars(select(StaffAssignment).where(
        StaffAssignment.start_on <= on,
        (StaffAssignment.end_on.is_(None)) | (StaffAssignment.end_on >= on))))


def _paper_proof(signed_on: dt.date, confirmed_by: str | None, confirmed_on: dt.date | None,
                 scan_ref: str | None) -> tuple[str | None, dt.date | None, str | None]:
    """(confirmed_by, confirmed_on, scan_ref) as stored: a commitment is signed only with the signed paper
    confirmed by a named person on a date, or its scan referenced; otherwise all three stay empty (pending)."""
    confirmed_by, scan_ref = clean(confirmed_by), clean(scan_ref)
    if confirmed_by and confirmed_on is None:
        raise ValidationError("Ghi ngày xác nhận đã có bản cam kết có chữ ký.", field="paper_confirmed_on")
    if confirmed_on is not None and not (confirmed_by or scan_ref):
        raise ValidationError("Ghi người xác nhận bản cam kết có chữ ký, hoặc số hiệu bản quét.",
                              field="paper_confirmed_by")
    if scan_ref and confirmed_on is None:
        confirmed_on = signed_on
    if confirmed_on is not None and confirmed_on < signed_on:
        raise ValidationError("Ngày xác nhận không được trước ngày ký cam kết.", field="paper_confirmed_on")
    return confirmed_by, confirmed_on, scan_ref


def record_commitment(session: Session, actor: Actor, user_id: int, *, kind: str, signed_on: dt.date,
                      note: str | None = None, paper_confirmed_by: str | None = None,
                      paper_confirmed_on: dt.date | None = None, paper_scan_ref: str | None = None) -> Commitment:
    """A commitment (cam kết) dated ``signed_on``. It is recorded as signed only when the signed paper is
    confirmed (``paper_confirmed_by`` + ``paper_confirmed_on``) or scanned (``paper_scan_ref``);
    otherwise it is pending ("chưa ký") until :func:`confirm_commitment` — or until the same commitment
    (person, kind, date) is recorded again with its paper, which confirms the pending one."""
    require(actor, "staff.manage")
    user = get_or_404(session, User, user_id, "cán bộ")
    if kind not in COMMITMENT_KINDS:
        raise ValidationError(code="commitment.bad_kind", field="kind")
    by, on, scan = _paper_proof(signed_on, paper_confirmed_by, paper_confirmed_on, paper_scan_ref)
    if on is not None:   # the paper of a commitment already recorded as pending: confirm that one
        pending = session.scalar(select(Commitment).where(
            Commitment.user_id == user.id, Commitment.kind == kind, Commitment.signed_on == signed_on,
            Commitment.paper_confirmed_on.is_(None)).order_by(Commitment.id).limit(1))
        if pending is not None:
            return confirm_commitment(session, actor, pending.id, paper_confirmed_by=by, paper_confirmed_on=on,
                                      paper_scan_ref=scan)
    c = Commitment(user_id=user.id, kind=kind, signed_on=signed_on, regime=pack_for_date(signed_on).id,
                   note=clean(note), paper_confirmed_by=by, paper_confirmed_on=on, paper_scan_ref=scan)
    session.add(c)
    session.flush()
    audit.record(session, "commitment.record", actor=actor.username, entity="commitment", entity_id=c.id,
                 user_id=user.id, kind=kind, signed_on=signed_on, regime=c.regime, signed=c.is_signed,
                 paper_confirmed_by=by, paper_confirmed_on=on, paper_scan_ref=scan)
    return c


def confirm_commitment(session: Session, actor: Actor, commitment_id: int, *, paper_confirmed_by: str | None = None,
                       paper_confirmed_on: dt.date | None = None, paper_scan_ref: str | None = None) -> Commitment:
    """The signed paper of a pending commitment was seen or scanned: it now counts as signed."""
    require(actor, "staff.manage")
    c = get_or_404(session, Commitment, commitment_id, "cam kết")
    if c.is_signed:
        raise RuleViolation("Cam kết này đã được xác nhận có chữ ký.")
    if not (clean(paper_confirmed_by) or clean(paper_scan_ref)):
        raise ValidationError("Ghi người xác nhận bản cam kết có chữ ký, hoặc số hiệu bản quét.",
                              field="paper_confirmed_by")
    by, on, scan = _paper_proof(c.signed_on, paper_confirmed_by, paper_confirmed_on, paper_scan_ref)
    c.paper_confirmed_by, c.paper_confirmed_on, c.paper_scan_ref = by, on, scan
    session.flush()
    audit.record(session, "commitment.confirm", actor=actor.username, entity="commitment", entity_id=c.id,
                 user_id=c.user_id, paper_confirmed_by=by, paper_confirmed_on=on, paper_scan_ref=scan)
    return c


def pending_commitments(session: Session) -> list[Commitment]:
    """Commitments recorded without the signed paper confirmed or scanned ("chưa ký")."""
    return list(session.scalars(select(Commitment).where(Commitment.paper_confirmed_on.is_(None))
                                .order_by(Commitment.signed_on, Commitment.id)))


def missing_commitments(session: Session) -> list[User]:
    """Assigned, active staff without a signed (confirmed or scanned) commitment on taking the post; a
    pending commitment does not count."""
    signed = select(Commitment.user_id).where(Commitment.kind == "nhan_nhiem_vu",
                                              Commitment.paper_confirmed_on.is_not(None))
    assigned = select(StaffAssignment.user_id).where(StaffAssignment.end_on.is_(None))
    return list(session.scalars(select(User).where(User.active.is_(True), User.id.in_(assigned),
                                                   User.id.not_in(signed))))
