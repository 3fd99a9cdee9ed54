"""Drafts in the secure workspace: content lives only in the encrypted database; finishing a draft
registers it in the outgoing book with its classification and basis."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CatalogueItem, Draft, utcnow
from app.rules import pack_for_date
from app.services import audit
from app.services.actor import Actor
from app.services.classification import check_level, clean, get_or_404
from app.services.documents import OutgoingInput, register_outgoing
from app.services.errors import RuleViolation, ValidationError
from app.services.roles import require


@dataclass(frozen=True)
class DraftSummary:
    """One line of the drafts list (never the body)."""
    id: int
    title: str
    do_mat: str
    updated_at: dt.datetime | None


def list_drafts(session: Session) -> list[DraftSummary]:
    """Drafts still being written, most recently saved first."""
    rows = session.scalars(select(Draft).where(Draft.status == "dang_soan")
                           .order_by(Draft.updated_at.desc(), Draft.id.desc()))
    return [DraftSummary(d.id, d.title, d.do_mat, d.updated_at) for d in rows]


def save_draft(session: Session, actor: Actor, draft_id: int | None, title: str, body_html: str, level: str,
               catalogue_item_id: int | None, machine_id: int | None = None) -> Draft:
    """Create or update a draft. The audit event never carries the title or the body."""
    require(actor, "drafts.write")
    title = clean(title)
    if not title:
        raise ValidationError("Ghi tên dự thảo.", field="title")
    check_level(level, pack_for_date(dt.date.today()), field="level")
    if catalogue_item_id is not None:
        get_or_404(session, CatalogueItem, catalogue_item_id, "mục danh mục")
    if draft_id is None:
        draft = Draft(title=title, body_html=body_html or "", do_mat=level, catalogue_item_id=catalogue_item_id,
                      author_id=actor.user_id, updated_at=utcnow(), machine_id=machine_id)
        session.add(draft)
        action = "draft.create"
    else:
        draft = get_or_404(session, Draft, draft_id, "dự thảo")
        if draft.status != "dang_soan":
            raise RuleViolation("Dự thảo đã được đăng ký vào sổ đi; không sửa được nữa.")
        draft.title, draft.body_html, draft.do_mat = title, body_html or "", level
        draft.catalogue_item_id, draft.updated_at = catalogue_item_id, utcnow()
        if machine_id is not None:
            draft.machine_id = machine_id
        action = "draft.save"
    session.flush()
    audit.record(session, action, actor=actor.username, entity="draft", entity_id=draft.id, level=level,
                 catalogue_item_id=catalogue_item_id, body_chars=len(draft.body_html))
    return draft


def finish_draft(session: Session, actor: Actor, draft_id: int, data: OutgoingInput):
    """Register the finished draft in the outgoing book (level and basis from the draft unless given)."""
    require(actor, "documents.register")
    draft = get_or_404(session, Draft, draft_id, "dự thảo")
    if draft.status != "dang_soan":
        raise RuleViolation("Dự thảo này đã được đăng ký vào sổ đi.")
    data.do_mat = draft.do_mat  # the register entry carries the level the draft was written under
    if data.catalogue_item_id is None:
        data.catalogue_item_id = draft.catalogue_item_id
    doc = register_outgoing(session, actor, data)
    draft.status, draft.document_id, draft.updated_at = "da_dang_ky", doc.id, utcnow()
    session.flush()
    audit.record(session, "draft.finish", actor=actor.username, entity="draft", entity_id=draft.id,
                 document_id=doc.id)
    return doc
