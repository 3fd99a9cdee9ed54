"""Drafting machines (security tag from the police technical unit) and approved USB drives; the
hardware-check policy fed from the registry, and check runs kept as evidence."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ApprovedUsb, CheckRun, Machine, User, utcnow
from app.services import audit
from app.services.actor import Actor
from app.services.classification import clean, get_or_404
from app.services.errors import RuleViolation, ValidationError
from app.services.roles import require


@dataclass
class MachineInput:
    name: str
    tag_number: str | None = None
    inspected_on: dt.date | None = None
    inspecting_unit: str | None = None
    machine_id: str | None = None
    dmi_uuid: str | None = None
    location: str | None = None
    purpose: str | None = None
    allowed_lan_macs: str | None = None  # one MAC per line


@dataclass
class UsbInput:
    vendor_id: str
    product_id: str
    serial: str
    vendor: str | None = None
    product: str | None = None
    capacity_bytes: int | None = None
    allocation_decision: str | None = None
    holder_id: int | None = None


def _hex4(value: str | None, field: str) -> str:
    v = (value or "").strip().lower()
    if len(v) != 4 or any(c not in "0123456789abcdef" for c in v):
        raise ValidationError("Mã hãng / mã sản phẩm USB gồm 4 chữ số hex (ví dụ 0781).", field=field)
    return v


def _machine_values(data: MachineInput) -> dict[str, Any]:
    values = {k: clean(v) for k, v in vars(data).items()}
    if not values["name"]:
        raise ValidationError("Ghi tên máy.", field="name")
    if values["machine_id"]:
        values["machine_id"] = values["machine_id"].lower().replace("-", "")
    if values["dmi_uuid"]:
        values["dmi_uuid"] = values["dmi_uuid"].lower()
    if values["tag_number"] and not (values["machine_id"] or values["dmi_uuid"]):
        raise ValidationError("Máy có tem an toàn phải ghi machine-id hoặc DMI UUID để đối chiếu.",
                              field="machine_id")
    if values["allowed_lan_macs"]:
        from app.hwcheck.model import normalize_mac
        try:
            macs = [normalize_mac(m) for m in values["allowed_lan_macs"].split() if m.strip()]
        except ValueError as exc:
            raise ValidationError(str(exc), field="allowed_lan_macs") from exc
        values["allowed_lan_macs"] = "\n".join(macs)
    return values


def register_machine(session: Session, actor: Actor, data: MachineInput) -> Machine:
    require(actor, "devices.machines")
    m = Machine(**_machine_values(data))
    session.add(m)
    session.flush()
    audit.record(session, "machine.register", actor=actor.username, entity="machine", entity_id=m.id,
                 name=m.name, tag_number=m.tag_number, inspected_on=m.inspected_on,
                 inspecting_unit=m.inspecting_unit, machine_id=m.machine_id, dmi_uuid=m.dmi_uuid)
    return m


def update_machine(session: Session, actor: Actor, machine_pk: int, data: MachineInput) -> Machine:
    require(actor, "devices.machines")
    m = get_or_404(session, Machine, machine_pk, "máy")
    values = _machine_values(data)
    changes = [{"field": k, "old": getattr(m, k), "new": v} for k, v in values.items() if getattr(m, k) != v]
    for k, v in values.items():
        setattr(m, k, v)
    session.flush()
    if changes:
        audit.record(session, "machine.update", actor=actor.username, entity="machine", entity_id=m.id,
                     changes=changes)
    return m


def retire_machine(session: Session, actor: Actor, machine_pk: int, on: dt.date, note: str) -> Machine:
    """A machine leaves BMNN use only after its BMNN is removed (Chỉ thị 17): the note says how."""
    require(actor, "devices.machines")
    m = get_or_404(session, Machine, machine_pk, "máy")
    note = clean(note)
    if not note:
        raise RuleViolation("Ghi việc đã xóa BMNN khỏi máy trước khi chuyển mục đích sử dụng.", field="note")
    m.active, m.retired_on, m.retired_note = False, on, note
    session.flush()
    audit.record(session, "machine.retire", actor=actor.username, entity="machine", entity_id=m.id, on=on)
    return m


def approve_usb(session: Session, actor: Actor, data: UsbInput) -> ApprovedUsb:
    require(actor, "devices.usb")
    vid, pid = _hex4(data.vendor_id, "vendor_id"), _hex4(data.product_id, "product_id")
    serial = clean(data.serial)
    from app.hwcheck.model import serial_weakness
    weakness = serial_weakness(serial)
    if weakness:
        raise ValidationError(f"Không thể phê duyệt USB này: {weakness}, nên không phân biệt được nó với "
                              "thiết bị khác; kiểm tra phần cứng sẽ không bao giờ coi nó là USB an toàn. "
                              "Hãy dùng USB có số sê-ri riêng.", field="serial")
    if session.scalar(select(ApprovedUsb.id).where(ApprovedUsb.vendor_id == vid, ApprovedUsb.product_id == pid,
                                                   ApprovedUsb.serial == serial)):
        raise ValidationError("USB này đã có trong danh sách.", field="serial")
    if data.holder_id is not None:
        get_or_404(session, User, data.holder_id, "người giữ USB")
    usb = ApprovedUsb(vendor_id=vid, product_id=pid, serial=serial, vendor=clean(data.vendor),
                      product=clean(data.product), capacity_bytes=data.capacity_bytes,
                      allocation_decision=clean(data.allocation_decision), holder_id=data.holder_id)
    session.add(usb)
    session.flush()
    audit.record(session, "usb.approve", actor=actor.username, entity="approved_usb", entity_id=usb.id,
                 vendor_id=vid, product_id=pid, serial=serial, allocation_decision=usb.allocation_decision)
    return usb


def revoke_usb(session: Session, actor: Actor, usb_pk: int, reason: str) -> ApprovedUsb:
    require(actor, "devices.usb")
    usb = get_or_404(session, ApprovedUsb, usb_pk, "USB")
    usb.active = False
    session.flush()
    audit.record(session, "usb.revoke", actor=actor.username, entity="approved_usb", entity_id=usb.id,
                 reason=clean(reason))
    return usb


def policy_for(session: Session, machine: Machine | None, *, strict_incomplete_evidence: bool = False):
    """The :class:`app.hwcheck.model.Policy` for ``machine`` (or for an unregistered machine: no tag)."""
    from app.hwcheck.model import Policy, RegisteredTag, UsbIdentity

    usbs = tuple(UsbIdentity(u.vendor_id, u.product_id, u.serial) for u in session.scalars(
        select(ApprovedUsb).where(ApprovedUsb.active.is_(True)).order_by(ApprovedUsb.id)))
    macs: tuple[str, ...] = ()
    tag = None
    if machine is not None:
        macs = tuple(m for m in (machine.allowed_lan_macs or "").split() if m)
        if machine.machine_id or machine.dmi_uuid:
            tag = RegisteredTag(machine_id=machine.machine_id, dmi_uuid=machine.dmi_uuid, label=machine.tag_number)
    return Policy(approved_usb=usbs, allowed_lan_macs=macs, registered_tag=tag,
                  strict_incomplete_evidence=strict_incomplete_evidence)


def find_machine(session: Session, *, machine_id: str | None = None, dmi_uuid: str | None = None) -> Machine | None:
    mid = (machine_id or "").strip().lower().replace("-", "") or None
    uuid = (dmi_uuid or "").strip().lower() or None
    for m in session.scalars(select(Machine).where(Machine.active.is_(True))):
        if (mid and m.machine_id == mid) or (uuid and m.dmi_uuid == uuid):
            return m
    return None


def record_check(session: Session, actor: Actor, machine: Machine | None, verdict, purpose: str = "tu_kiem_tra") -> CheckRun:
    """Keep a hardware-check verdict (``app.hwcheck.model.Verdict``) as evidence: findings JSON + SHA-256."""
    require(actor, "devices.check")
    findings = [f.to_dict() for f in verdict.findings]
    findings_json = json.dumps(findings, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    sha = getattr(verdict, "evidence_sha256", None) or hashlib.sha256(findings_json.encode("utf-8")).hexdigest()
    checked_at = getattr(verdict, "checked_at", None) or utcnow()
    if checked_at.tzinfo is not None:
        checked_at = checked_at.astimezone(dt.timezone.utc).replace(tzinfo=None)
    run = CheckRun(machine_id=machine.id if machine else None, checked_at=checked_at,
                   verdict="pass" if verdict.passed else "fail", findings_json=findings_json,
                   evidence_sha256=sha, purpose=purpose)
    session.add(run)
    session.flush()
    audit.record(session, "hwcheck.record", actor=actor.username, entity="check_run", entity_id=run.id,
                 machine_id=run.machine_id, verdict=run.verdict, evidence_sha256=sha,
                 rules=sorted({f["rule"] for f in findings}), purpose=purpose)
    return run


def last_check(session: Session, machine: Machine | None) -> CheckRun | None:
    q = select(CheckRun).order_by(CheckRun.checked_at.desc(), CheckRun.id.desc()).limit(1)
    if machine is not None:
        q = q.where(CheckRun.machine_id == machine.id)
    return session.scalar(q)
