"""Figures for the annual report, over the report period of the rule pack (15/12 to 14/12).

Counts follow the law's definitions: a copy entry (one permitted copying, one line of the sổ sao chụp)
is not a copy made (its quantity); only incidents recorded as lộ or mất are "vụ lộ, mất BMNN" — an
envelope with signs of opening is reported but counted apart unless the record says lộ or mất."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Commitment, CopyRecord, Declassification, DestructionCase, DestructionItem, Document, Extension, Incident,
    LevelChange, SelfInspection, StaffAssignment, Transfer,
)
from app.rules import pack_for_date

LEVELS = ("tuyet_mat", "toi_mat", "mat")
DEFAULT_LEAK_KINDS = ("lo", "mat")   # when a pack does not say (the packs' statistics.leak_kinds)


@dataclass
class AnnualStatistics:
    year: int
    period_start: dt.date
    period_end: dt.date
    incoming_by_level: dict[str, int] = field(default_factory=dict)
    outgoing_by_level: dict[str, int] = field(default_factory=dict)
    copy_entries: int = 0
    copies_made: int = 0
    copies_by_level: dict[str, int] = field(default_factory=dict)
    spoiled_copies_destroyed: int = 0
    transfers: int = 0
    transfers_foreign: int = 0
    extensions: int = 0
    level_changes: int = 0
    declassifications: int = 0
    declassifications_automatic: int = 0
    destruction_cases: int = 0
    documents_destroyed: int = 0
    emergency_destructions: int = 0
    incidents_by_kind: dict[str, int] = field(default_factory=dict)
    self_inspections: int = 0
    staff_full_time: int = 0
    staff_part_time: int = 0
    commitments_signed: int = 0      # signed paper confirmed or scanned
    commitments_pending: int = 0     # recorded, signed paper not yet confirmed ("chưa ký")
    leak_kinds: tuple[str, ...] = DEFAULT_LEAK_KINDS   # Incident kinds that are a lộ, mất (pack)

    @property
    def incoming_total(self) -> int:
        return sum(self.incoming_by_level.values())

    @property
    def outgoing_total(self) -> int:
        return sum(self.outgoing_by_level.values())

    @property
    def incidents(self) -> int:
        """Vụ lộ, mất BMNN only."""
        return sum(n for kind, n in self.incidents_by_kind.items() if kind in self.leak_kinds)

    @property
    def other_incidents(self) -> int:
        """Reported events that are not a lộ, mất (an opened envelope, …)."""
        return sum(n for kind, n in self.incidents_by_kind.items() if kind not in self.leak_kinds)


def _by_level(session: Session, book: str, date_col, start: dt.date, end: dt.date) -> dict[str, int]:
    rows = session.execute(select(Document.do_mat, func.count(Document.id)).where(
        Document.book == book, Document.status != "da_huy_so", date_col >= start, date_col <= end,
    ).group_by(Document.do_mat)).all()
    found = dict(rows)
    return {lv: int(found.get(lv, 0)) for lv in LEVELS}


def _count(session: Session, model, col, start: dt.date, end: dt.date, *where) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(col >= start, col <= end, *where)) or 0)


def annual_statistics(session: Session, year: int) -> AnnualStatistics:
    pack = pack_for_date(dt.date(year, 12, 31))
    start, end = pack.report_period(year)
    pack = pack_for_date(end)        # the regime at the end of the period defines the counts
    leak = tuple(pack.raw.get("statistics", {}).get("leak_kinds", DEFAULT_LEAK_KINDS))
    st = AnnualStatistics(year=year, period_start=start, period_end=end, leak_kinds=leak)
    st.incoming_by_level = _by_level(session, "den", Document.ngay_den, start, end)
    st.outgoing_by_level = _by_level(session, "di", Document.ngay_van_ban, start, end)
    copies = session.execute(select(CopyRecord.level, func.count(CopyRecord.id), func.sum(CopyRecord.quantity),
                                    func.sum(CopyRecord.spoiled_count)).where(
        CopyRecord.copied_on >= start, CopyRecord.copied_on <= end).group_by(CopyRecord.level)).all()
    st.copies_by_level = {lv: 0 for lv in LEVELS}
    for level, n, qty, spoiled in copies:
        st.copy_entries += int(n)
        st.copies_made += int(qty or 0)
        st.copies_by_level[level] = int(qty or 0)
        st.spoiled_copies_destroyed += int(spoiled or 0)
    st.transfers = _count(session, Transfer, Transfer.transferred_on, start, end)
    st.transfers_foreign = _count(session, Transfer, Transfer.transferred_on, start, end, Transfer.party == "nuoc_ngoai")
    st.extensions = _count(session, Extension, Extension.decided_on, start, end)
    st.level_changes = _count(session, LevelChange, LevelChange.decided_on, start, end)
    st.declassifications = _count(session, Declassification, Declassification.effective_on, start, end)
    st.declassifications_automatic = _count(session, Declassification, Declassification.effective_on, start, end,
                                            Declassification.kind == "tu_dong")
    done = (DestructionCase.stage == "da_tieu_huy",)
    st.destruction_cases = _count(session, DestructionCase, DestructionCase.destroyed_on, start, end, *done)
    st.emergency_destructions = _count(session, DestructionCase, DestructionCase.destroyed_on, start, end, *done,
                                       DestructionCase.emergency.is_(True))
    st.documents_destroyed = int(session.scalar(select(func.count(DestructionItem.id)).join(DestructionCase).where(
        DestructionCase.stage == "da_tieu_huy", DestructionCase.destroyed_on >= start,
        DestructionCase.destroyed_on <= end)) or 0)
    st.incidents_by_kind = {k: int(n) for k, n in session.execute(select(Incident.kind, func.count(Incident.id)).where(
        Incident.occurred_on >= start, Incident.occurred_on <= end).group_by(Incident.kind)).all()}
    st.self_inspections = _count(session, SelfInspection, SelfInspection.inspected_on, start, end)
    active = (StaffAssignment.start_on <= end, (StaffAssignment.end_on.is_(None)) | (StaffAssignment.end_on >= end))
    for kind, attr in (("chuyen_trach", "staff_full_time"), ("kiem_nhiem", "staff_part_time")):
        n = session.scalar(select(func.count(func.distinct(StaffAssignment.user_id))).where(
            StaffAssignment.kind == kind, *active))
        setattr(st, attr, int(n or 0))
    st.commitments_signed = _count(session, Commitment, Commitment.signed_on, start, end,
                                   Commitment.paper_confirmed_on.is_not(None))
    st.commitments_pending = _count(session, Commitment, Commitment.signed_on, start, end,
                                    Commitment.paper_confirmed_on.is_(None))
    return st
