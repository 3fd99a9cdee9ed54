"""Read-only queries behind the screens (overview counts, devices, audit log, the agency's name): the
GUI asks these and never builds SQL itself (``app/ui`` imports no sqlalchemy)."""
from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import Agency, ApprovedUsb, AuditEvent, CheckRun, Document, Machine, User


def agency(session: Session) -> Agency | None:
    """The registry's agency (the first one recorded)."""
    return session.scalar(select(Agency).order_by(Agency.id).limit(1))


def agency_name(session: Session) -> str | None:
    return session.scalar(select(Agency.name).order_by(Agency.id).limit(1))


def documents_by_level(session: Session, year: int) -> dict[tuple[str, str], int]:
    """``(book, level) -> count`` of the entries of ``year``."""
    rows = session.execute(select(Document.book, Document.do_mat, func.count(Document.id))
                           .where(Document.year == year).group_by(Document.book, Document.do_mat)).all()
    return {(book, level): n for book, level, n in rows}


def devices_overview(session: Session, runs: int = 200) -> dict:
    """Machines (active first), approved USB drives with their holder's name, the latest check runs."""
    machines = session.scalars(select(Machine).order_by(Machine.active.desc(), Machine.name)).all()
    usbs = session.execute(select(ApprovedUsb, User.full_name).outerjoin(User, User.id == ApprovedUsb.holder_id)
                           .order_by(ApprovedUsb.active.desc(), ApprovedUsb.id)).all()
    checks = session.scalars(select(CheckRun).order_by(CheckRun.checked_at.desc()).limit(runs)).all()
    return {"machines": machines, "usbs": usbs, "runs": checks, "machine_names": {m.id: m.name for m in machines}}


def audit_rows(session: Session, offset: int, limit: int, text: str = "") -> list[tuple]:
    """One page of the audit log, newest first: ``(id, at, actor, action, entity, entity_id, details)``;
    ``text`` filters on actor, action or details."""
    q = select(AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.entity,
               AuditEvent.entity_id, AuditEvent.details).order_by(AuditEvent.id.desc())
    if text:
        like = f"%{text}%"
        q = q.where(or_(AuditEvent.actor.like(like), AuditEvent.action.like(like), AuditEvent.details.like(like)))
    return [tuple(r) for r in session.execute(q.offset(offset).limit(limit)).all()]
