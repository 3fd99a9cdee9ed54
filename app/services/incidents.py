"""Incidents (lộ, mất BMNN; a tampered envelope) and self-inspections (tự kiểm tra)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.models import Document, Incident, SelfInspection
from app.services import audit
from app.services.actor import Actor
from app.services.classification import clean, get_or_404
from app.services.errors import ValidationError
from app.services.roles import require

KINDS = {"lo": "Lộ bí mật nhà nước", "mat": "Mất tài liệu, vật chứa BMNN",
         "bi_boc": "Bì có dấu hiệu bị bóc, mở", "khac": "Vi phạm khác"}


def report_incident(session: Session, actor: Actor, *, kind: str, occurred_on: dt.date, reported_on: dt.date,
                    description: str, reported_to: str | None = None, document_id: int | None = None,
                    cause: str | None = None, handling: str | None = None) -> Incident:
    require(actor, "incidents.report")
    if kind not in KINDS:
        raise ValidationError("Chọn loại vụ việc: lộ, mất, bì bị bóc hoặc khác.", field="kind")
    description = clean(description)
    if not description:
        raise ValidationError("Mô tả vụ việc.", field="description")
    if reported_on < occurred_on:
        raise ValidationError("Ngày báo cáo không được trước ngày xảy ra.", field="reported_on")
    if document_id is not None:
        get_or_404(session, Document, document_id, "tài liệu")
    inc = Incident(kind=kind, occurred_on=occurred_on, reported_on=reported_on, reported_to=clean(reported_to),
                   document_id=document_id, description=description, cause=clean(cause), handling=clean(handling))
    session.add(inc)
    session.flush()
    # The description may quote secret content: the audit event records only that it was reported.
    audit.record(session, "incident.report", actor=actor.username, entity="incident", entity_id=inc.id,
                 kind=kind, occurred_on=occurred_on, reported_on=reported_on, document_id=document_id)
    return inc


def update_incident(session: Session, actor: Actor, incident_id: int, *, cause: str | None = None,
                    handling: str | None = None) -> Incident:
    require(actor, "incidents.manage")
    inc = get_or_404(session, Incident, incident_id, "vụ việc")
    changed = []
    if cause is not None:
        inc.cause = clean(cause)
        changed.append("cause")
    if handling is not None:
        inc.handling = clean(handling)
        changed.append("handling")
    session.flush()
    audit.record(session, "incident.update", actor=actor.username, entity="incident", entity_id=inc.id,
                 fields=changed)
    return inc


def record_self_inspection(session: Session, actor: Actor, *, inspected_on: dt.date, led_by: str, scope: str,
                           findings: str | None = None, conclusions: str | None = None) -> SelfInspection:
    require(actor, "incidents.manage")
    led_by, scope = clean(led_by), clean(scope)
    if not led_by or not scope:
        raise ValidationError("Ghi người chủ trì và phạm vi tự kiểm tra.", field="scope")
    si = SelfInspection(inspected_on=inspected_on, led_by=led_by, scope=scope, findings=clean(findings),
                        conclusions=clean(conclusions))
    session.add(si)
    session.flush()
    audit.record(session, "self_inspection.record", actor=actor.username, entity="self_inspection",
                 entity_id=si.id, inspected_on=inspected_on, led_by=led_by)
    return si
