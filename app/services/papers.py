"""Every single paper the screens print, as PDF bytes built in memory from registry ids.

The GUI asks for a paper by what the clerk is looking at (a document, a destruction case, a handover, a
decision, a copy); the data comes from ``printing_adapters`` and the paper from ``app.printing`` — the
screens never compose paper. Each paper is printed under the regime of its own date (the printers choose).
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Agency, CopyRecord, Document
from app.printing import envelopes, notices, records, stamps
from app.printing.data import Dispatch
from app.rules import RulePack, current_pack
from app.services import printing_adapters as adapt
from app.services.errors import NotFound, ValidationError

NOTICE_KINDS = ("gia_han", "dieu_chinh", "giai_mat")
RECORD_FORMS = ("chup", "trich_sao")  # copy forms that have a record of their own (Mẫu 13, Mẫu 10)


def _pack(pack: RulePack | None) -> RulePack:
    return pack or current_pack()


def dispatches(session: Session, doc_id: int) -> list[Dispatch]:
    """One dispatch per recipient of an outgoing entry (its "Nơi nhận", one per line or ';')."""
    doc = session.get(Document, doc_id)
    if doc is None:
        raise NotFound("Không tìm thấy tài liệu.")
    if doc.book != "di":
        raise ValidationError("Chỉ in bì cho tài liệu trong Sổ đăng ký đi.", field="book")
    agency = session.scalar(select(Agency).order_by(Agency.id).limit(1))
    recipients = [p.strip() for p in (doc.noi_nhan or "").replace("\n", ";").split(";") if p.strip()]
    if not recipients:
        raise ValidationError("Dòng sổ chưa ghi nơi nhận; ghi nơi nhận rồi in bì.", field="noi_nhan")
    number = doc.so_ky_hieu or f"Số {doc.number}/{doc.year}"
    return [Dispatch(sender=agency.name if agency else "", recipient=r, number=number, level=doc.do_mat,
                     recall=bool(doc.recall_required), recall_by=doc.recall_deadline, sent_on=doc.ngay_van_ban)
            for r in recipients]


def envelopes_pdf(session: Session, doc_id: int, pack: RulePack | None = None) -> bytes:
    """Inner and outer envelopes (bì trong, bì ngoài) for every recipient of an outgoing entry."""
    return envelopes.render_envelopes(_pack(pack), dispatches(session, doc_id), adapt.audit_seal(session))


def stamp_sheet_pdf(session: Session, pack: RulePack | None = None) -> bytes:
    """The sheet of every stamp of the regime (mẫu dấu)."""
    return stamps.stamp_sheet(_pack(pack), adapt.audit_seal(session))


def destruction_record_pdf(session: Session, case_id: int, pack: RulePack | None = None) -> bytes:
    return records.destruction_record(_pack(pack), adapt.destruction_record(session, case_id),
                                      adapt.audit_seal(session))


def handover_record_pdf(session: Session, handover_id: int, pack: RulePack | None = None) -> bytes:
    return records.handover_record(_pack(pack), adapt.handover_record(session, handover_id),
                                   adapt.audit_seal(session))


def commitment_pdf(session: Session, commitment_id: int, pack: RulePack | None = None) -> bytes:
    return records.commitment(_pack(pack), adapt.commitment_form(session, commitment_id), adapt.audit_seal(session))


def change_notice_pdf(session: Session, kind: str, row_id: int, pack: RulePack | None = None) -> bytes:
    """The 15-day notice of an extension (gia_han), a level change (dieu_chinh) or a declassification."""
    if kind not in NOTICE_KINDS:
        raise ValueError(kind)
    return notices.change_notice(_pack(pack), adapt.change_notice(session, kind, row_id), adapt.audit_seal(session))


def copy_has_record(session: Session, copy_id: int) -> bool:
    rec = session.get(CopyRecord, copy_id)
    return rec is not None and rec.form in RECORD_FORMS


def copy_record_pdf(session: Session, copy_id: int, pack: RulePack | None = None) -> bytes:
    """Văn bản ghi nhận việc chụp / văn bản trích sao; a plain "sao" has no record of its own (refused)."""
    if not copy_has_record(session, copy_id):
        raise ValidationError("Hình thức sao này không có văn bản ghi nhận riêng; việc sao đã ghi trong Sổ quản lý "
                              "sao, chụp.", field="form")
    return notices.copy_record(_pack(pack), adapt.copy_record_form(session, copy_id), adapt.audit_seal(session))


def logbook_rows(session: Session, book: str, year: int) -> list[dict[str, str]]:
    """The rows of the copy (sao_chup) or transfer (chuyen_giao) logbook of ``year``, as printed."""
    if book not in ("sao_chup", "chuyen_giao"):
        raise ValueError(book)
    return [{k: v for k, v in row.items() if not k.startswith("_")} for row in adapt.register_rows(session, book, year)]


def leaving_commitment_id(session: Session, handover_id: int) -> int | None:
    """The "thôi nhiệm vụ" commitment the handover recorded for the person leaving, if any."""
    from app.models import Commitment, Handover

    h = session.get(Handover, handover_id)
    if h is None:
        return None
    return session.scalar(select(Commitment.id).where(
        Commitment.user_id == h.from_user_id, Commitment.kind == "thoi_nhiem_vu", Commitment.signed_on == h.handed_on)
        .order_by(Commitment.id.desc()).limit(1))


def handover_papers_pdf(session: Session, handover_id: int, pack: RulePack | None = None) -> bytes:
    """The biên bản bàn giao, followed by the leaving commitment (bản cam kết) when the person leaves the post."""
    record = handover_record_pdf(session, handover_id, pack)
    commitment_id = leaving_commitment_id(session, handover_id)
    if commitment_id is None:
        return record
    return _joined(record, commitment_pdf(session, commitment_id, pack))


def _joined(*pdfs: bytes) -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(PdfReader(io.BytesIO(pdf)))
    first = PdfReader(io.BytesIO(pdfs[0])).metadata or {}
    writer.add_metadata({k: v for k, v in first.items() if k in ("/Title", "/Author", "/Subject", "/Creator")})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def statistics_pdf(session: Session, year: int, pack: RulePack | None = None) -> bytes:
    """Thống kê BMNN of ``year``'s report period, under the regime in force at its end."""
    from app.printing import reports
    from app.services.paperwork import report_pack

    return reports.statistics_record(report_pack(year, pack), adapt.statistics_record(session, year),
                                     adapt.audit_seal(session))


def logbook_years(session: Session, book: str) -> list[int]:
    """The years that have lines in the copy or transfer logbook, newest first."""
    from app.models import Transfer

    model = {"sao_chup": CopyRecord, "chuyen_giao": Transfer}[book]
    return list(session.scalars(select(model.year).distinct().order_by(model.year.desc())))


def inspection_record_pdf(session: Session, check_run_id: int, pack: RulePack | None = None) -> bytes:
    """Biên bản kiểm tra máy tính of one recorded check run (inspectors' names left to fill in by hand)."""
    return records.inspection_record(_pack(pack), adapt.inspection_record(session, check_run_id),
                                     adapt.audit_seal(session))
