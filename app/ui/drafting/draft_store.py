"""Database side of drafting, run in the DB worker. Drafts live only in the encrypted registry."""
from __future__ import annotations

from dataclasses import dataclass

from app.services import drafts
from app.ui.dialogs.catalogue_picker import CatalogueChoice, choice_of

UNTITLED = "Dự thảo chưa đặt tên"


@dataclass(frozen=True)
class DraftContent:
    id: int | None
    title: str
    body_html: str
    do_mat: str
    catalogue: CatalogueChoice | None = None


def load_draft(session, draft_id: int) -> DraftContent:
    from app.models import Draft
    from app.services.classification import get_or_404

    d = get_or_404(session, Draft, draft_id, "dự thảo")
    return DraftContent(d.id, d.title, d.body_html, d.do_mat, choice_of(d.catalogue_item_id and _item(session, d)))


def _item(session, draft):
    from app.models import CatalogueItem

    return session.get(CatalogueItem, draft.catalogue_item_id)


def save(session, actor, content: DraftContent, machine_id: int | None = None) -> int:
    draft = drafts.save_draft(session, actor, content.id, content.title or UNTITLED, content.body_html,
                              content.do_mat, content.catalogue.id if content.catalogue else None,
                              machine_id=machine_id)
    return draft.id
