"""Official paper from the registry: logbooks, the annual report, and its encrypted export.

The only way data leaves the machine is :func:`export_annual`, to an approved secure USB drive.
PDFs are built in memory; nothing here writes plaintext to disk.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.export import ExportResult, export_to_usb
from app.export.bundle import make_payload, sign_bundle
from app.models import Agency, ApprovedUsb, ReportNarrative
from app.printing import registers, reports
from app.rules import RulePack, current_pack, pack_for_date
from app.services import audit
from app.services import printing_adapters as adapt
from app.services.actor import Actor
from app.services.errors import ValidationError
from app.services.roles import require

BOOKS = {"di": "di", "den": "den", "sao-chup": "sao_chup", "sao_chup": "sao_chup",
         "chuyen-giao": "chuyen_giao", "chuyen_giao": "chuyen_giao"}


def book_key(name: str) -> str:
    try:
        return BOOKS[name]
    except KeyError:
        raise ValidationError(f"Không có sổ “{name}”. Chọn một trong: di, den, sao-chup, chuyen-giao.",
                              field="book") from None


def logbook_pdf(session: Session, book: str, year: int, pack: RulePack | None = None) -> bytes:
    """A whole year of one book (cover + ruled table) as PDF bytes; each row is printed on the form of
    the regime in force on its date (``pack`` only for undated rows)."""
    key = book_key(book)
    pack = pack or current_pack()
    cover = adapt.register_cover(session, key, year)
    rows = adapt.register_rows(session, key, year)
    return registers.render_register(pack, key, cover, rows, adapt.audit_seal(session))


def save_narrative(session: Session, actor: Actor, year: int, *, situation: str = "", results: str = "",
                   incidents: str = "", outlook: str = "") -> ReportNarrative:
    """Sections (a)–(d) of the annual report, typed by the security officer (stored NFC, trimmed)."""
    require(actor, "paperwork.narrative")
    narrative = session.get(ReportNarrative, year) or ReportNarrative(year=year)
    narrative.situation, narrative.results = _text(situation), _text(results)
    narrative.incidents, narrative.outlook = _text(incidents), _text(outlook)
    session.add(narrative)
    audit.record(session, "report.narrative", actor=actor.username, entity="report_narrative", entity_id=year)
    session.flush()
    return narrative


NARRATIVE_SECTIONS = ("situation", "results", "incidents", "outlook")


def narrative_sections(session: Session, year: int) -> dict[str, str]:
    """The saved sections (a)–(d) of ``year`` (empty strings when nothing was saved yet)."""
    narrative = session.get(ReportNarrative, year)
    return {key: (getattr(narrative, key) or "") if narrative else "" for key in NARRATIVE_SECTIONS}


def _text(value: str | None) -> str:
    from app.textnorm import nfc

    return nfc(value or "").strip()


def annual_report_pdf(session: Session, year: int, pack: RulePack | None = None) -> bytes:
    """The annual report under the regime in force at the end of its period (whatever ``pack``)."""
    pack = report_pack(year, pack)
    return reports.annual_report(pack, adapt.annual_report(session, year), adapt.audit_seal(session))


def annual_bundle(session: Session, year: int, pack: RulePack | None = None) -> bytes:
    """The signed machine-readable statistics another Sổ Mật can import (consolidation)."""
    pack = report_pack(year, pack)
    agency = session.scalar(select(Agency).order_by(Agency.id).limit(1))
    if agency is None or not agency.signing_key_private:
        raise ValidationError("Sổ chưa có khóa ký của cơ quan; không thể lập gói số liệu.")
    record = adapt.statistics_record(session, year)
    seal = adapt.audit_seal(session)  # an anchor outside the machine (``somat audit verify --head``)
    payload = make_payload(agency.name, year, pack.report_period(year), record.stats, app_version=__version__,
                           audit_head=(seal.row_count, seal.head_hash))
    return sign_bundle(payload, agency.signing_key_private)


def report_pack(year: int, pack: RulePack | None = None) -> RulePack:
    """The regime in force on the last day of ``year``'s report period."""
    base = pack or current_pack()
    return pack_for_date(base.report_period(year)[1])


@dataclass(frozen=True)
class ExportOutcome:
    result: ExportResult
    year: int


def approved_drives(session: Session) -> list[ApprovedUsb]:
    return list(session.scalars(select(ApprovedUsb).where(ApprovedUsb.active.is_(True))))


def approved_identities(session: Session) -> set[tuple[str, str, str]]:
    """(vendor_id, product_id, serial) of every active approved drive, lower case (to mark drives in a list;
    :func:`export_annual` checks again)."""
    return {(u.vendor_id.lower(), u.product_id.lower(), u.serial.strip().lower()) for u in approved_drives(session)}


def export_annual(session: Session, actor: Actor, year: int, mountpoint: str, password: str,
                  *, identify=None, today: dt.date | None = None) -> ExportOutcome:
    """Write the annual report (AES-256 PDF) and its signed bundle to an approved USB drive.

    Refused (``ExportRefused``) for anything but a mounted, approved drive; no override. The export
    and each file's SHA-256 go into the audit log in the caller's transaction.
    """
    require(actor, "paperwork.export")
    pack = current_pack(today)
    approved = [(u.vendor_id, u.product_id, u.serial) for u in approved_drives(session)]
    pdf = annual_report_pdf(session, year, pack)
    bundle = annual_bundle(session, year, pack)
    agency = session.scalar(select(Agency.name).order_by(Agency.id).limit(1)) or "co-quan"
    basename = f"bao-cao-bmnn-{year}-{_slug(agency)}"
    result = export_to_usb(mountpoint, approved, pdf, bundle, password, basename, identify=identify)
    audit.record(session, "report.export", actor=actor.username, entity="report", entity_id=year,
                 directory=result.directory, files=[{"name": n, "sha256": h} for n, h in result.files])
    session.flush()
    return ExportOutcome(result, year)


def _slug(text: str) -> str:
    from app.textnorm import fold

    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:40] or "co-quan"
