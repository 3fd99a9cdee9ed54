"""Registry rows → the printers' input dataclasses (:mod:`app.printing.data`).

Summaries of Tuyệt mật items are never handed to a printer, whatever the regime (the printers blank
them too, as a second line of defence); their document type (tên loại) is. Internal bookkeeping
notes ("Nhập từ sổ cũ") stay in the registry and never reach the printed Ghi chú. People who
authorise or decide are named by their title (chức vụ) as well as their name.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from app.models import (
    Agency, CheckRun, Commitment, CopyRecord, Declassification, DestructionCase, Document, Extension, Handover,
    LevelChange, Machine, ReportNarrative, StaffAssignment, Transfer, User,
)
from app.printing import data as P
from app.rules import pack_for_date
from app.services import audit, settings
from app.services.classification import fmt_date, get_or_404
from app.services.documents import cover as _cover
from app.services.handover import REASONS
from app.services.importer import IMPORT_NOTE
from app.services.people import ASSIGNMENT_KINDS
from app.services.statistics import AnnualStatistics, annual_statistics
from app.services.transfers import KINDS as TRANSFER_KINDS

INTERNAL_NOTES = (IMPORT_NOTE,)   # bookkeeping kept in the record, never printed
ROLE_NAMES = {"chu_tich": "Chủ tịch Hội đồng", "nguoi_quan_ly": "Người trực tiếp quản lý", "thanh_vien": "Thành viên"}


def _summary(doc: Document) -> str | None:
    if doc.do_mat == "tuyet_mat" or pack_for_date(doc.classified_on or doc.ngay_van_ban or doc.ngay_den
                                                  or dt.date.today()).summary_forbidden(doc.do_mat):
        return None
    return doc.trich_yeu


def audit_seal(session: Session) -> P.AuditSeal:
    head = audit.chain_head(session)
    return P.AuditSeal(row_count=head.count, head_hash=head.hash,
                       demo=bool(settings.get_setting(session, "registry.demo")))


def heading(session: Session, number: str | None = None, date: dt.date | None = None) -> P.Heading:
    agency = session.scalar(select(Agency).order_by(Agency.id).limit(1))
    return P.Heading(superior_body=agency.superior_body if agency else None, agency=agency.name if agency else "",
                     number=number, place=agency.place if agency else None, date=date)


def _agency_place(session: Session) -> str | None:
    """Where the agency's records are made: "<agency>, <place>"."""
    agency = session.scalar(select(Agency).order_by(Agency.id).limit(1))
    if agency is None:
        return None
    return ", ".join(p for p in (agency.name, agency.place) if p)


def person(user: User | None, role: str | None = None) -> P.Person | None:
    if user is None:
        return None
    return P.Person(name=user.full_name, title=user.position, role=role)


def item(doc: Document, note: str | None = None) -> P.Item:
    return P.Item(reference=doc.so_ky_hieu or f"Số {doc.number}/{doc.year}", date=doc.ngay_van_ban,
                  kind=doc.loai_van_ban, summary=_summary(doc), level=doc.do_mat,
                  quantity=doc.so_luong or 1, note=note)


# -- registers -------------------------------------------------------------------------------
def register_cover(session: Session, book: str, year: int, volume: int = 1) -> P.RegisterCover:
    c = _cover(session, book, year, volume)
    return P.RegisterCover(superior_body=c.superior_body, agency=c.agency, year=year, start_date=c.start_date,
                           end_date=c.end_date, first_number=c.first_number, last_number=c.last_number,
                           volume=volume)


def printed_note(note: str | None) -> str:
    """The Ghi chú as printed: without internal bookkeeping parts ("Nhập từ sổ cũ")."""
    parts = [p.strip() for p in (note or "").split(";")]
    return "; ".join(p for p in parts if p and p not in INTERNAL_NOTES)


def titled(name: str | None, position: str | None) -> str:
    """"Chánh Văn phòng Nguyễn Văn A": the title first, as official papers name people."""
    return " ".join(p for p in (position, name) if p)


def user_by_name(session: Session | None, name: str | None) -> User | None:
    """The registry user of a free-text name (transfers and decisions store a name, not a user id)."""
    if session is None or not name:
        return None
    return session.scalar(select(User).where(User.full_name == name.strip()).limit(1))


def _position(session: Session | None, name: str | None) -> str | None:
    user = user_by_name(session, name)
    return user.position if user is not None else None


def _with_title(session: Session | None, name: str | None) -> str:
    user = user_by_name(session, name)
    if user is not None and user.position and user.position not in (name or ""):
        return titled(name, user.position)
    return name or ""


def document_row(doc: Document) -> dict:
    summary = _summary(doc)
    note = printed_note(doc.ghi_chu)
    if doc.status == "da_huy_so":
        note = note or "Đã hủy số"
    day = doc.ngay_den if doc.book == "den" else doc.ngay_van_ban
    row = {"so_thu_tu": str(doc.number), "so_ky_hieu": doc.so_ky_hieu or "",
           "ngay_thang": fmt_date(doc.ngay_van_ban) if doc.ngay_van_ban else "",
           "ten_loai": doc.loai_van_ban or "", "trich_yeu": summary or "",
           "do_mat": doc.do_mat, "ghi_chu": note, "_date": day, "_ghi_bo_sung": bool(doc.ghi_bo_sung)}
    if doc.book == "den":
        row.update(ngay_den=fmt_date(doc.ngay_den), so_den=str(doc.number),
                   co_quan_ban_hanh=doc.co_quan_ban_hanh or "", don_vi_ky_nhan=doc.don_vi_ky_nhan or "")
    else:
        row.update(nguoi_ky=doc.nguoi_ky or "", noi_nhan=doc.noi_nhan or "", don_vi_luu=doc.don_vi_luu or "",
                   so_luong=str(doc.so_luong or ""))
    return row


def register_rows(session: Session, book: str, year: int, volume: int | None = None) -> list[dict[str, str]]:
    if book in ("den", "di"):
        q = select(Document).where(Document.book == book, Document.year == year).order_by(Document.number)
        if volume is not None:
            q = q.where(Document.volume == volume)
        return [document_row(d) for d in session.scalars(q)]
    if book == "sao_chup":
        return [copy_row(r) for r in session.scalars(select(CopyRecord).where(CopyRecord.year == year)
                                                     .order_by(CopyRecord.number))]
    if book == "chuyen_giao":
        return [transfer_row(t) for t in session.scalars(select(Transfer).where(Transfer.year == year)
                                                         .order_by(Transfer.number))]
    raise ValueError(book)


def _doc_ref(doc: Document) -> str:
    return ", ".join(p for p in (doc.loai_van_ban, doc.so_ky_hieu, fmt_date(doc.ngay_van_ban)) if p)


def copy_row(rec: CopyRecord) -> dict[str, str]:
    pack = pack_for_date(rec.copied_on)
    note = f"Đã hủy {rec.spoiled_count} bản hỏng" if rec.spoiled_count else (rec.note or "")
    return {"so_thu_tu": str(rec.number), "ngay_sao": fmt_date(rec.copied_on), "tai_lieu": _doc_ref(rec.document),
            "trich_yeu": _summary(rec.document) or "", "do_mat": rec.level,
            "hinh_thuc": pack.copy_forms.get(rec.form, rec.form), "so_luong": str(rec.quantity),
            "so_ban_sao": f"{rec.first_copy_no}–{rec.last_copy_no}" if rec.quantity > 1 else str(rec.first_copy_no),
            "nguoi_cho_phep": titled(rec.authorised_by.full_name, rec.authorised_by.position),
            "nguoi_sao": rec.copied_by, "noi_nhan": rec.recipients or "", "ghi_chu": printed_note(note),
            "_date": rec.copied_on}


def _transfer_authoriser(tr: Transfer) -> str:
    """"Chánh Văn phòng Nguyễn Văn A" (the person's position), else the name with the pack's title of the
    stored authority code: the logbook always shows on whose title the transfer was authorised."""
    named = _with_title(object_session(tr), tr.authorised_by)
    if named != (tr.authorised_by or "") or not tr.authoriser_title:
        return named
    title = pack_for_date(tr.transferred_on).titles.get(tr.authoriser_title)
    return f"{tr.authorised_by} ({title})" if title else named


def transfer_row(tr: Transfer) -> dict[str, str]:
    kind = TRANSFER_KINDS[tr.kind] + (" (nước ngoài)" if tr.party == "nuoc_ngoai" else "")
    return {"so_thu_tu": str(tr.number), "ngay": fmt_date(tr.transferred_on), "tai_lieu": _doc_ref(tr.document),
            "trich_yeu": _summary(tr.document) or "", "do_mat": tr.document.do_mat, "hinh_thuc": kind,
            "ben_nhan": tr.recipient, "van_ban_de_nghi": tr.request_ref,
            "nguoi_cho_phep": _transfer_authoriser(tr),
            "han_thu_hoi": fmt_date(tr.recall_deadline) if tr.recall_deadline else "",
            "ky_nhan": tr.receipt_ref or "", "_date": tr.transferred_on}


def copy_block(rec: CopyRecord) -> P.CopyBlock:
    who = rec.authorised_by
    return P.CopyBlock(form=rec.form, copied_at=rec.copied_on, quantity=rec.quantity, recipients=rec.recipients,
                       authorised_by=", ".join(p for p in (who.position, who.full_name) if p), place=rec.place)


# -- records ---------------------------------------------------------------------------------
def _moment(day: dt.date | None, at: dt.time | None) -> dt.date | dt.datetime | None:
    """The stored date with its stored hour when known (the record prints "… giờ … phút" blank otherwise)."""
    return dt.datetime.combine(day, at) if day is not None and at is not None else day


def destruction_record(session: Session, case_id: int) -> P.DestructionRecord:
    case = get_or_404(session, DestructionCase, case_id, "hồ sơ tiêu hủy")
    decider = user_by_name(session, case.decided_by)
    by = (decider.position if decider is not None and decider.position else case.decided_by) or "…"
    decision = (f"Quyết định số {case.decision_number} ngày {fmt_date(case.decision_on)} của {by}"
                if case.decision_number else f"Báo cáo {case.report_ref or '…'}")
    council = tuple(P.Person(name=m.full_name, title=m.position, role=ROLE_NAMES.get(m.role, m.role))
                    for m in case.members)
    if case.emergency and not council:   # tiêu hủy khẩn cấp: the holder who destroyed signs the record
        council = (P.Person(name=case.proposed_by, title=_position(session, case.proposed_by),
                            role="Người tiêu hủy"),)
    return P.DestructionRecord(heading=heading(session, case.record_number, case.destroyed_on), decision=decision,
                               council=council, items=tuple(item(i.document) for i in case.items),
                               method=case.method, location=case.place, emergency=case.emergency,
                               started_at=_moment(case.destroyed_on, case.destroyed_time))


def handover_record(session: Session, handover_id: int) -> P.HandoverRecord:
    h = get_or_404(session, Handover, handover_id, "biên bản bàn giao")
    witnesses = (P.Person(name=h.witness, role="Người chứng kiến"),) if h.witness else ()
    return P.HandoverRecord(heading=heading(session, h.record_number, h.handed_on),
                            giver=person(h.from_user, "Bên giao"), receiver=person(h.to_user, "Bên nhận"),
                            items=tuple(item(i.document, note=i.note) for i in h.items),
                            reason=REASONS.get(h.reason, h.reason), witnesses=witnesses,
                            location=_agency_place(session), handed_at=_moment(h.handed_on, h.handed_time))


def commitment_form(session: Session, commitment_id: int) -> P.Commitment:
    c = get_or_404(session, Commitment, commitment_id, "cam kết")
    user = session.get(User, c.user_id)
    a = session.scalar(select(StaffAssignment).where(StaffAssignment.user_id == user.id)
                       .order_by(StaffAssignment.start_on.desc()).limit(1))
    assignment = (f"{ASSIGNMENT_KINDS[a.kind]} theo Quyết định số {a.decision_number} ngày {fmt_date(a.decision_date)}"
                  if a else None)
    return P.Commitment(heading=heading(session, date=c.signed_on), person=person(user), assignment=assignment,
                        leaving=c.kind == "thoi_nhiem_vu")


def statistics(stats: AnnualStatistics) -> P.Statistics:
    return P.Statistics(in_by_level=dict(stats.incoming_by_level), out_by_level=dict(stats.outgoing_by_level),
                        copies=stats.copies_made, copy_times=stats.copy_entries, transfers=stats.transfers,
                        extensions=stats.extensions, level_changes=stats.level_changes,
                        declassifications=stats.declassifications, destructions=stats.documents_destroyed,
                        incidents=stats.incidents, other_incidents=stats.other_incidents,
                        inspections=stats.self_inspections, staff_full_time=stats.staff_full_time,
                        staff_part_time=stats.staff_part_time)


def annual_report(session: Session, year: int, signer: User | None = None) -> P.AnnualReport:
    stats = annual_statistics(session, year)
    narrative = session.get(ReportNarrative, year)
    return P.AnnualReport(heading=heading(session), year=year, stats=statistics(stats),
                          situation=narrative.situation if narrative else "",
                          results=narrative.results if narrative else "",
                          leaks=narrative.incidents if narrative else "",
                          proposals=narrative.outlook if narrative else "", signer=person(signer))


def statistics_record(session: Session, year: int) -> P.StatisticsRecord:
    stats = annual_statistics(session, year)
    return P.StatisticsRecord(heading=heading(session), period_start=stats.period_start,
                              period_end=stats.period_end, stats=statistics(stats))


def inspection_record(session: Session, check_run_id: int, inspectors: tuple[User, ...] = ()) -> P.InspectionRecord:
    import json

    run = get_or_404(session, CheckRun, check_run_id, "lần kiểm tra máy")
    machine = session.get(Machine, run.machine_id) if run.machine_id else None
    findings = tuple(P.Finding(rule=f["rule"], severity=f["severity"], summary=f["summary"])
                     for f in json.loads(run.findings_json))
    return P.InspectionRecord(heading=heading(session, date=run.checked_at.date()),
                              machine=machine.name if machine else "Máy chưa đăng ký",
                              tag_number=machine.tag_number if machine else None, checked_at=run.checked_at,
                              verdict=run.verdict, findings=findings, evidence_sha256=run.evidence_sha256,
                              inspectors=tuple(person(u) for u in inspectors))


# -- notices and copy records ----------------------------------------------------------------------
NOTICE_MODELS = {"gia_han": Extension, "dieu_chinh": LevelChange, "giai_mat": Declassification}


def _recipients(doc: Document) -> tuple[str, ...]:
    """Who must be told: the recipients of an outgoing item, the issuer of an incoming one."""
    raw = doc.noi_nhan if doc.book == "di" else doc.co_quan_ban_hanh
    return tuple(p.strip() for p in (raw or "").replace("\n", ";").split(";") if p.strip())


def change_notice(session: Session, kind: str, row_id: int) -> P.ChangeNotice:
    """The 15-day notice of an extension, a level change or a declassification."""
    model = NOTICE_MODELS[kind]
    row = get_or_404(session, model, row_id, "quyết định")
    doc = session.get(Document, row.document_id)
    decided_on = getattr(row, "decided_on", None) or getattr(row, "effective_on", None)
    decider = user_by_name(session, row.decided_by)
    by = (decider.position if decider is not None and decider.position else row.decided_by) or "…"
    number = getattr(row, "decision_number", None)
    decision = (f"Quyết định số {number} ngày {fmt_date(decided_on)} của {by}" if number
                else (f"quyết định ngày {fmt_date(decided_on)} của {by}" if row.decided_by else None))
    return P.ChangeNotice(heading=heading(session, date=decided_on), kind=kind, item=item(doc),
                          decision=decision, recipients=_recipients(doc), decided_on=decided_on,
                          new_expires_on=getattr(row, "new_expires_on", None),
                          new_level=getattr(row, "new_level", None),
                          effective_on=getattr(row, "effective_on", None),
                          partial_scope=getattr(row, "scope", None) if kind == "giai_mat" else None)


def copy_record_form(session: Session, copy_id: int) -> P.CopyRecordForm:
    """The record of a "chụp" or "trích sao" copy (the copy logbook line, as its own paper)."""
    rec = get_or_404(session, CopyRecord, copy_id, "lần sao, chụp")
    who = rec.authorised_by
    numbers = (f"{rec.first_copy_no:02d}–{rec.last_copy_no:02d}" if rec.quantity > 1
               else f"{rec.first_copy_no:02d}")
    base = item(rec.document)
    return P.CopyRecordForm(heading=heading(session, date=rec.copied_on), form=rec.form,
                            item=P.Item(base.reference, base.date, base.kind, base.summary, rec.level,
                                        base.quantity),
                            copied_at=rec.copied_on, place=rec.place, quantity=rec.quantity,
                            copy_numbers=numbers, copied_by=P.Person(name=rec.copied_by),
                            authorised_by=P.Person(name=who.full_name, title=who.position),
                            recipients=rec.recipients)
