"""Plain input data for the printers — no database, no Qt.

The services layer maps registry rows to these frozen dataclasses and hands them, with the rule pack
(:class:`app.rules.RulePack`) and an :class:`AuditSeal`, to a printer in :mod:`app.printing`.
All strings are printed after NFC normalisation; ``None`` or ``""`` prints as a dotted blank ("…").
Level fields take a level *code* of the pack (``"tuyet_mat"``, ``"toi_mat"``, ``"mat"``); the
printers also accept the level's name or stamp text ("Tuyệt mật", "TUYỆT MẬT").
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping

#: One register row: column key of the rule pack's form -> printed text. Extra keys are ignored,
#: except ``"trich_yeu"`` which, on forms whose document column is "Tên loại, số, ký hiệu, trích
#: yếu …" (``tai_lieu``), is appended to that column unless the level forbids a summary.
RegisterRow = Mapping[str, str]


@dataclass(frozen=True)
class AuditSeal:
    """Head of the audit hash chain when the paper was printed (printed in every footer)."""
    row_count: int
    head_hash: str  # hex SHA-256 of the last audit row
    demo: bool = False  # a demonstration registry: "SỔ MẪU" across every page


@dataclass(frozen=True)
class Heading:
    """Nghị định 30/2020 heading block: issuing body on the left, national motto on the right."""
    superior_body: str | None      # cơ quan chủ quản (may be empty)
    agency: str                    # cơ quan, tổ chức ban hành
    number: str | None = None      # "Số: 12/BB-UBND"; None prints "Số: …/…"
    place: str | None = None       # địa danh, e.g. "Biên Hòa"
    date: dt.date | None = None    # None prints "ngày … tháng … năm …"


@dataclass(frozen=True)
class RegisterCover:
    """Cover of a register book (sổ đăng ký đi / đến, sổ sao chụp, sổ chuyển giao)."""
    superior_body: str | None
    agency: str
    year: int
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    first_number: int | str | None = None
    last_number: int | str | None = None
    volume: int | str | None = None   # quyển số


@dataclass(frozen=True)
class Item:
    """One BMNN item listed in a record (handover, destruction, provision request)."""
    reference: str                   # số, ký hiệu
    date: dt.date | None = None
    kind: str | None = None          # tên loại (Công văn, Báo cáo …)
    summary: str | None = None       # trích yếu — never printed for levels that forbid it
    level: str = "mat"
    quantity: int | str | None = 1
    note: str | None = None


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None = None         # chức vụ
    unit: str | None = None          # đơn vị
    role: str | None = None          # vai trò trong hội đồng / biên bản (Chủ tịch, Thành viên …)


@dataclass(frozen=True)
class DestructionRecord:
    """Biên bản tiêu hủy (Điều 23): council, decision, items, method."""
    heading: Heading
    decision: str                    # "Quyết định số … ngày … của …"
    council: tuple[Person, ...]
    items: tuple[Item, ...]
    method: str | None = None        # hình thức tiêu hủy (đốt, nghiền, xóa không khôi phục …)
    location: str | None = None
    started_at: dt.datetime | None = None
    emergency: bool = False          # tiêu hủy khẩn cấp by the holder (Điều 23)


@dataclass(frozen=True)
class HandoverRecord:
    """Biên bản bàn giao BMNN: every item the giver holds goes to the receiver."""
    heading: Heading
    giver: Person
    receiver: Person
    items: tuple[Item, ...]
    reason: str | None = None        # thôi việc, chuyển công tác, nghỉ hưu …
    witnesses: tuple[Person, ...] = ()
    location: str | None = None
    handed_at: dt.datetime | None = None   # with the hour when known; else the heading's date


@dataclass(frozen=True)
class Commitment:
    """Cam kết bảo vệ BMNN; ``leaving=True`` for the commitment made when leaving a post."""
    heading: Heading
    person: Person
    birth_date: dt.date | None = None
    id_number: str | None = None     # số CCCD
    assignment: str | None = None    # chuyên trách / kiêm nhiệm, per the decision
    leaving: bool = False
    clauses: tuple[str, ...] = ()    # empty = the standard clauses


@dataclass(frozen=True)
class ProvisionRequest:
    """Văn bản đề nghị cung cấp / chuyển giao BMNN."""
    heading: Heading
    recipient: str                   # Kính gửi: the body holding the items
    requester: Person
    purpose: str
    items: tuple[Item, ...]
    transfer: bool = False           # False = cung cấp, True = chuyển giao
    foreign: bool = False            # to a foreign party
    return_by: dt.date | None = None


@dataclass(frozen=True)
class Statistics:
    """Counts for one agency and one reporting period. ``*_by_level`` map level codes to counts."""
    in_by_level: Mapping[str, int] = field(default_factory=dict)
    out_by_level: Mapping[str, int] = field(default_factory=dict)
    copies: int = 0                  # số bản sao, chụp đã làm
    copy_times: int = 0              # số lượt sao, chụp (mỗi lần cho phép, một dòng sổ)
    transfers: int = 0
    extensions: int = 0
    level_changes: int = 0
    declassifications: int = 0
    destructions: int = 0
    incidents: int = 0               # vụ lộ, mất BMNN (Luật Điều 2) — not other incidents
    other_incidents: int = 0         # sự việc khác: bì có dấu hiệu bị bóc … (not a lộ, mất)
    inspections: int = 0             # kiểm tra máy, kiểm tra công tác bảo vệ BMNN
    staff_full_time: int = 0         # chuyên trách
    staff_part_time: int = 0         # kiêm nhiệm

    SCALARS = ("copies", "copy_times", "transfers", "extensions", "level_changes",
               "declassifications", "destructions", "incidents", "other_incidents", "inspections",
               "staff_full_time", "staff_part_time")

    def to_dict(self) -> dict:
        out = {"in_by_level": dict(self.in_by_level), "out_by_level": dict(self.out_by_level)}
        out.update({name: int(getattr(self, name)) for name in self.SCALARS})
        return out

    @classmethod
    def from_dict(cls, data: Mapping) -> "Statistics":
        def levels(value) -> dict[str, int]:
            if not isinstance(value, Mapping):
                raise ValueError("thống kê theo độ mật không hợp lệ")
            return {str(k): _count(v) for k, v in value.items()}
        return cls(in_by_level=levels(data.get("in_by_level", {})),
                   out_by_level=levels(data.get("out_by_level", {})),
                   **{name: _count(data.get(name, 0)) for name in cls.SCALARS})

    def __add__(self, other: "Statistics") -> "Statistics":
        def merge(a, b):
            keys = list(dict.fromkeys([*a, *b]))
            return {k: a.get(k, 0) + b.get(k, 0) for k in keys}
        return Statistics(merge(self.in_by_level, other.in_by_level),
                          merge(self.out_by_level, other.out_by_level),
                          **{n: getattr(self, n) + getattr(other, n) for n in self.SCALARS})


def _count(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"số liệu thống kê không hợp lệ: {value!r}")
    return value


@dataclass(frozen=True)
class StatisticsRecord:
    """Thống kê BMNN — a standalone statistics sheet."""
    heading: Heading
    period_start: dt.date
    period_end: dt.date
    stats: Statistics


@dataclass(frozen=True)
class AnnualReport:
    """Báo cáo năm: period from ``pack.report_period(year)``, statistics, sections (a)–(d)."""
    heading: Heading
    year: int
    stats: Statistics
    situation: str = ""              # (a) tình hình
    results: str = ""                # (b) kết quả, ưu điểm, hạn chế, nguyên nhân, bài học
    leaks: str = ""                  # (c) lộ, mất BMNN: nguyên nhân, xử lý
    proposals: str = ""              # (d) dự báo tình hình, công tác trọng tâm, đề xuất, kiến nghị
    recipient: str | None = None     # None = the pack's report recipient
    signer: Person | None = None


@dataclass(frozen=True)
class Finding:
    rule: str                        # e.g. "internet.browser_history"
    severity: str                    # "block" | "warn" | "info"
    summary: str                     # Vietnamese sentence


@dataclass(frozen=True)
class InspectionRecord:
    """Biên bản kiểm tra máy tính soạn thảo, lưu trữ BMNN."""
    heading: Heading
    machine: str                     # name / model / serial
    tag_number: str | None           # số tem an toàn an ninh thông tin
    checked_at: dt.datetime
    verdict: str                     # "pass" | "fail"
    findings: tuple[Finding, ...]
    evidence_sha256: str             # hash of the check's evidence file (JSON)
    inspectors: tuple[Person, ...] = ()


@dataclass(frozen=True)
class CopyBlock:
    """The copy block printed on the last page of a copy (Điều 11)."""
    form: str                        # copy form code of the pack ("sao_y" …) or its name
    copied_at: dt.datetime | dt.date | None
    quantity: int | str | None
    recipients: str | None
    authorised_by: str | None        # người cho phép (chức vụ, họ tên)
    place: str | None = None


@dataclass(frozen=True)
class Dispatch:
    """One outgoing item to put in envelopes (Điều 15)."""
    sender: str                      # cơ quan gửi
    recipient: str                   # nơi nhận / người nhận
    number: str                      # số, ký hiệu of the item
    level: str                       # level code
    recipient_address: str | None = None
    sender_address: str | None = None
    only_named_may_open: bool = False
    recall: bool = False             # "Tài liệu thu hồi"
    recall_by: dt.date | None = None # hạn trả
    inner: bool | None = None        # None = the pack decides (inner envelope for Tuyệt mật)
    sent_on: dt.date | None = None   # dispatch date: the regime of the envelope


@dataclass(frozen=True)
class ConsolidatedEntry:
    """One agency's verified bundle in a consolidated report."""
    agency: str
    stats: Statistics
    bundle_id: str = ""
    key_fingerprint: str = ""


@dataclass(frozen=True)
class ConsolidatedReport:
    """Báo cáo tổng hợp (provincial office): accepted bundles, totals, refused bundles."""
    heading: Heading
    year: int
    entries: tuple[ConsolidatedEntry, ...]
    refused: tuple[tuple[str, str], ...] = ()   # (bundle label, Vietnamese reason)


@dataclass(frozen=True)
class ChangeNotice:
    """Văn bản thông báo (within the pack's 15 days) of an extension, a level change or a
    declassification, to the bodies that hold or received the item."""
    heading: Heading
    kind: str                        # "gia_han" | "dieu_chinh" | "giai_mat"
    item: Item
    decision: str | None             # "Quyết định số … ngày … của <chức vụ>"; None for automatic
    recipients: tuple[str, ...]
    decided_on: dt.date | None = None
    new_expires_on: dt.date | None = None      # gia hạn; điều chỉnh when the period changes
    new_level: str | None = None                # điều chỉnh
    effective_on: dt.date | None = None         # giải mật
    partial_scope: str | None = None            # giải mật một phần: what is declassified
    signer: Person | None = None


@dataclass(frozen=True)
class CopyRecordForm:
    """The record of a copy that is not a plain sao y: "chụp" (văn bản ghi nhận việc chụp) or
    "trich_sao" (văn bản trích sao) — what was copied, when, where, by whom, on whose authority."""
    heading: Heading
    form: str                        # "chup" | "trich_sao"
    item: Item                       # the original
    copied_at: dt.datetime | dt.date | None
    place: str | None
    quantity: int | str | None
    copy_numbers: str | None         # "01–03"
    copied_by: Person
    authorised_by: Person            # with chức vụ
    recipients: str | None = None
    device: str | None = None        # phương tiện chụp (never connected to a network)
    purpose: str | None = None
