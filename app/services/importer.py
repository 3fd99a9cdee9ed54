"""Importing existing registers (sổ đến / sổ đi kept in Excel or CSV) into the registry.

* Formats: ``.xlsx`` (openpyxl, read-only, first sheet) and ``.csv`` (UTF-8 with or without BOM; ``;`` or
  ``,`` detected). Nothing is written to disk but the registry.
* Headers are matched to the book's printed column names (rule pack ``register(book)``) ignoring case,
  spacing, punctuation and diacritics; a few common variants are accepted ("Số ký hiệu", "Nơi nhận",
  "Trích yếu", "STT"). Title rows above the header and the row of column numbers "(1) (2) …" are skipped.
* "Tên loại và trích yếu nội dung" is split into tên loại (when the text starts with a document type of
  Nghị định 30/2020, e.g. "Báo cáo …") and trích yếu; a cell holding only the type is not a summary.
* Dates: dd/mm/yyyy (also - and .), ISO yyyy-mm-dd, Excel dates. Levels: "Tuyệt mật", "TỐI MẬT", "mat", A/B/C.
* Rows go through ``app.services.documents.register_incoming`` / ``register_outgoing`` — the same rules as
  typing them in: rows dated before the 2025 regime are judged under the 2018 regime (a 2025 Tuyệt mật
  row keeps its summary, a 2026 one with a summary is an error for that row). Whatever the documents
  service refuses (e.g. a sổ đi row of 2026 without catalogue basis — a file cannot carry one) is an
  error for that row, with the service's message.
* The numbers of the old book (Số đến, or Số thứ tự) are kept when the file has that column; they must be
  unique per year and not already used in the registry. Without it, numbering continues the registry's.
* Rows dated before a row already in the book (registry or earlier in the file) are never a reason to
  refuse a legacy file: the preview marks them "ghi bổ sung" (``ImportPreview.supplement_rows`` and the
  row's ``ghi_bo_sung``) and they are imported with that flag, printed as "Ghi bổ sung".
* All or nothing: ``run_import`` raises ``ImportRefused`` listing every bad row (row number as in the
  spreadsheet, reason in Vietnamese) and writes nothing when any row is wrong.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import textnorm
from app.models import Document
from app.rules import current_pack, pack_for_date
from app.services import audit, documents
from app.services import import_files as limits
from app.services.import_files import read_rows as _read_rows
from app.services.actor import Actor
from app.services.errors import SomatError, ValidationError
from app.services.search import parse_level
from app.services.roles import require

IMPORT_NOTE = "Nhập từ sổ cũ"
_HEADER_SCAN_ROWS = 30

# Extra header spellings (folded, letters and digits only) → column key, on top of the pack's labels.
_ALIASES = {
    "sokyhieu": "so_ky_hieu", "kyhieu": "so_ky_hieu", "stt": "so_thu_tu", "so": "so_thu_tu",
    "trichyeu": "trich_yeu", "trichyeunoidung": "trich_yeu", "tenloaivatrichyeu": "trich_yeu",
    "tenloai": "loai_van_ban", "loaivanban": "loai_van_ban", "domat": "do_mat",
    "noinhan": "noi_nhan", "donvikynhan": "don_vi_ky_nhan", "ngayvanban": "ngay_thang",
    "ngaythangvanban": "ngay_thang", "coquanbanhanh": "co_quan_ban_hanh", "noibanhanh": "co_quan_ban_hanh",
}
_REQUIRED = {"den": ("ngay_den", "co_quan_ban_hanh", "do_mat"), "di": ("ngay_thang", "do_mat")}
_NUMBER_KEY = {"den": ("so_den", "so_thu_tu"), "di": ("so_thu_tu",)}
_DOC_TYPES = (  # Nghị định 30/2020/NĐ-CP, Điều 7, and the legal texts agencies receive
    "Nghị quyết", "Quyết định", "Chỉ thị", "Quy chế", "Quy định", "Thông cáo", "Thông báo", "Hướng dẫn",
    "Chương trình", "Kế hoạch", "Phương án", "Đề án", "Dự án", "Báo cáo", "Biên bản", "Tờ trình",
    "Hợp đồng", "Công văn", "Công điện", "Bản ghi nhớ", "Bản thỏa thuận", "Giấy ủy quyền", "Giấy mời",
    "Giấy giới thiệu", "Phiếu gửi", "Phiếu chuyển", "Phiếu báo", "Thư công", "Luật", "Nghị định",
    "Thông tư", "Kết luận", "Thông tri", "Điện mật", "Tài liệu", "Bản đồ", "Văn bản",
)
_TYPES_FOLDED = sorted(((textnorm.fold(t), t) for t in _DOC_TYPES), key=lambda p: -len(p[0]))
_COLUMN_NUMBERS = re.compile(r"^\(?\d{1,2}\)?$")
_DATE_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")


@dataclass(frozen=True)
class RowError:
    row: int  # row number in the file as the user sees it (spreadsheet row / CSV line)
    message: str

    def __str__(self) -> str:
        return f"Dòng {self.row}: {self.message}"


@dataclass
class ImportPreview:
    mapping: list[tuple[str, str | None]]  # (header as written, column key or None when ignored)
    rows: list[dict[str, Any]]  # parsed values by column key, plus "_row" (row number in the file)
    errors: list[RowError] = field(default_factory=list)
    supplement_rows: list[int] = field(default_factory=list)  # rows imported as "ghi bổ sung"


class ImportRefused(SomatError):
    """The file has bad rows; nothing was imported. ``errors`` lists them all."""

    def __init__(self, errors: list[RowError]):
        lines = "\n".join(str(e) for e in errors)
        super().__init__(f"Không nhập tệp: {len(errors)} dòng có lỗi, chưa nhập dòng nào.\n{lines}")
        self.errors = errors


# -- reading the file ---------------------------------------------------------------------------
def _key(text: Any) -> str:
    return re.sub(r"[^0-9a-z]", "", textnorm.fold(str(text or "")))


def _header_map(book: str) -> dict[str, str]:
    result = dict(_ALIASES)
    if book == "den":
        result["so"] = "so_den"
    for col in current_pack().register(book).columns:
        result[_key(col.label)] = col.key
    return result


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _locate_header(rows, book) -> tuple[int, list[tuple[str, str | None]]]:
    names = _header_map(book)
    best = (-1, 0)
    for idx, (_, cells) in enumerate(rows[:_HEADER_SCAN_ROWS]):
        hits = len({names[k] for k in (_key(c) for c in cells if not _blank(c)) if k in names})
        if hits > best[1]:
            best = (idx, hits)
    if best[1] < 2:
        labels = ", ".join(c.label for c in current_pack().register(book).columns)
        raise ValidationError(f"Không tìm thấy dòng tiêu đề cột của sổ trong tệp. Tiêu đề cần có: {labels}.")
    idx = best[0]
    mapping: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for cell in rows[idx][1]:
        header = "" if _blank(cell) else " ".join(str(cell).split())
        key = names.get(_key(header)) if header else None
        if key in seen:
            key = None  # the first column of a name wins
        if key:
            seen.add(key)
        mapping.append((header, key))
    return idx, mapping


# -- values -----------------------------------------------------------------------------------------
def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 < value < 2958466:
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))  # Excel serial date
    text = str(value).strip()
    m = _DATE_DMY.match(text)
    if m:
        d, mo, y = (int(g) for g in m.groups())
        return dt.date(y, mo, d)
    m = _DATE_ISO.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        return dt.date(y, mo, d)
    raise ValueError(text)


def _parse_int(value: Any) -> int:
    if isinstance(value, float) and value.is_integer() and abs(value) <= limits.MAX_NUMBER:
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = str(value).strip()
        if not (text.isascii() and text.isdigit() and len(text) <= 9):
            raise ValueError(text[:40])
        number = int(text)
    if number > limits.MAX_NUMBER:
        raise ValueError(str(number)[:40])
    return number


def _text(value: Any) -> str | None:
    if _blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.date, dt.datetime)):
        value = value.strftime("%d/%m/%Y")
    return " ".join(textnorm.nfc(str(value)).split())


def split_type_and_summary(text: str | None) -> tuple[str | None, str | None]:
    """"Báo cáo tình hình …" → ("Báo cáo", "tình hình …"); "Kế hoạch" → ("Kế hoạch", None)."""
    if not text:
        return None, None
    words = text.split()
    for folded_type, _name in _TYPES_FOLDED:
        n = len(folded_type.split())
        head = " ".join(words[:n])
        if textnorm.fold(head).rstrip(" -–:,.;") == folded_type:
            rest = " ".join(words[n:]).lstrip(" -–:,.;")
            return head.rstrip(" -–:,.;"), (rest or None)
    return None, text


_LABELS = {"so_ky_hieu": "Số, ký hiệu", "loai_van_ban": "Tên loại", "trich_yeu": "Trích yếu",
           "ghi_chu": "Ghi chú", "don_vi_ky_nhan": "Đơn vị và ký nhận", "nguoi_ky": "Người ký",
           "noi_nhan": "Nơi nhận", "don_vi_luu": "Đơn vị lưu", "ngay_den": "Ngày đến", "ngay_thang": "Ngày tháng",
           "so_den": "Số đến", "so_thu_tu": "Số thứ tự",
           "do_mat": "Độ mật", "so_luong": "Số lượng", "co_quan_ban_hanh": "Cơ quan ban hành"}


def _parse_row(book: str, mapping, cells: list[Any]) -> tuple[dict[str, Any], list[str]]:
    values: dict[str, Any] = {}
    problems: list[str] = []
    invalid: set[str] = set()
    raw = {key: cells[i] if i < len(cells) else None for i, (_, key) in enumerate(mapping) if key}
    for key, value in raw.items():
        values[key] = None
        if _blank(value):
            continue
        if isinstance(value, str) and limits.control_chars(value):
            invalid.add(key)
            problems.append(f"{_LABELS.get(key, key)} có ký tự điều khiển (không in được); hãy xóa chúng")
            continue
        if len(str(value)) > limits.text_limit(key):
            invalid.add(key)
            problems.append(f"{_LABELS.get(key, key)} dài {len(str(value))} ký tự, quá giới hạn "
                            f"{limits.text_limit(key)} ký tự")
            continue
        try:
            if key in ("ngay_den", "ngay_thang"):
                values[key] = parse_date(value)
                if not limits.date_in_range(values[key]):
                    raise ValueError(value)
            elif key in ("so_den", "so_thu_tu", "so_luong"):
                values[key] = _parse_int(value)
                if values[key] <= 0:
                    raise ValueError(value)
            elif key == "do_mat":
                values[key] = parse_level(str(value))
                if values[key] is None:
                    invalid.add(key)
                    problems.append(f"độ mật “{(_text(value) or '')[:40]}” không hợp lệ (ghi Tuyệt mật, Tối mật, Mật hoặc A, B, C)")
            else:
                values[key] = _text(value)
        except (ValueError, OverflowError, TypeError):
            values[key] = None
            invalid.add(key)
            what = (f"ngày không hợp lệ (ghi dd/mm/yyyy, từ năm {limits.DATE_MIN.year} đến năm sau)"
                    if key.startswith("ngay") else f"phải là số nguyên dương, tối đa {limits.MAX_NUMBER}")
            problems.append(f"{_LABELS.get(key, key)} “{(_text(value) or '')[:40]}”: {what}")
    for key in _REQUIRED[book]:
        if values.get(key) is None and key not in invalid:
            problems.append(f"thiếu {_LABELS.get(key, key)}")
    values["_invalid"] = invalid
    loai, summary = split_type_and_summary(values.pop("trich_yeu", None))
    values["loai_van_ban"] = values.get("loai_van_ban") or loai
    values["trich_yeu"] = summary
    return values, problems


def _number_key(book: str, mapping) -> str | None:
    keys = {k for _, k in mapping if k}
    return next((k for k in _NUMBER_KEY[book] if k in keys), None)


def _regime_day(values: dict[str, Any]) -> dt.date | None:
    """The day that decides the row's regime, as the documents service does (else the later day)."""
    days = [d for d in (values.get("ngay_thang"), values.get("ngay_den")) if d]
    return max(days) if days else None


def _summary_hidden(book: str, values: dict[str, Any]) -> bool:
    """Whether a summary on this row is forbidden (under the document's or the registration day's regime)."""
    level = values.get("do_mat")
    days = [d for d in (values.get("ngay_thang"), values.get("ngay_den")) if d]
    return bool(level) and any(pack_for_date(d).summary_forbidden(level) for d in days)


def _parse_file(book: str, path) -> tuple[list[tuple[str, str | None]], list[dict[str, Any]], list[RowError]]:
    if book not in ("den", "di"):
        raise ValidationError(f"Sổ không hợp lệ: {book!r} (chỉ có sổ đến 'den' và sổ đi 'di').", field="book")
    rows = _read_rows(Path(path))
    header_idx, mapping = _locate_header(rows, book)
    missing = [k for k in _REQUIRED[book] if k not in {m for _, m in mapping}]
    if missing:
        raise ValidationError("Tệp thiếu cột: " + ", ".join(_LABELS.get(k, k) for k in missing) + ".")
    parsed: list[dict[str, Any]] = []
    errors: list[RowError] = []
    data_rows = rows[header_idx + 1:]
    if data_rows and all(_COLUMN_NUMBERS.match(str(c).strip()) for c in data_rows[0][1] if not _blank(c)) \
            and any(not _blank(c) for c in data_rows[0][1]):
        data_rows = data_rows[1:]  # the printed "(1) (2) (3) …" row
    number_key = _number_key(book, mapping)
    seen_numbers: dict[tuple[int, int], int] = {}
    for line, cells in data_rows:
        if all(_blank(c) for c in cells):
            continue
        values, problems = _parse_row(book, mapping, cells)
        values["_row"] = line
        if number_key:
            number = values.get(number_key)
            day = values.get("ngay_den") if book == "den" else values.get("ngay_thang")
            if number is None and number_key not in values["_invalid"]:
                problems.append(f"thiếu {_LABELS[number_key]}")
            elif number is not None and day is not None:
                other = seen_numbers.setdefault((day.year, number), line)
                if other != line:
                    problems.append(f"{_LABELS[number_key]} {number} năm {day.year} trùng với dòng {other}")
        del values["_invalid"]
        if values.get("trich_yeu") and _summary_hidden(book, values):
            level = values["do_mat"]
            p = pack_for_date(_regime_day(values))
            problems.append(f"không được ghi trích yếu cho tài liệu độ {p.level(level).name} "
                            f"({p.citation('summary')}); chỉ ghi tên loại văn bản")
        if problems:
            text = "; ".join(problems)
            errors.append(RowError(line, text[0].upper() + text[1:] + "."))
        parsed.append(values)
    return mapping, parsed, errors


# -- writing -----------------------------------------------------------------------------------------
def _input_for(book: str, values: dict[str, Any]):
    common = dict(do_mat=values.get("do_mat"), so_ky_hieu=values.get("so_ky_hieu"),
                  ngay_van_ban=values.get("ngay_thang"), loai_van_ban=values.get("loai_van_ban"),
                  trich_yeu=values.get("trich_yeu"), ghi_chu=_note(values.get("ghi_chu")),
                  ghi_bo_sung=True)  # a legacy book is taken as written: late rows are stored as ghi bổ sung
    if book == "den":
        return documents.IncomingInput(ngay_den=values.get("ngay_den"), co_quan_ban_hanh=values.get("co_quan_ban_hanh"),
                                       don_vi_ky_nhan=values.get("don_vi_ky_nhan"), **common)
    return documents.OutgoingInput(nguoi_ky=values.get("nguoi_ky"), noi_nhan=values.get("noi_nhan"),
                                   don_vi_luu=values.get("don_vi_luu"), so_luong=values.get("so_luong"), **common)


def _note(ghi_chu: str | None) -> str:
    return f"{ghi_chu}; {IMPORT_NOTE}" if ghi_chu else IMPORT_NOTE


def _write_rows(session: Session, actor: Actor, book: str, mapping, rows) -> list[RowError]:
    """Register every row, each in its own savepoint so every bad row is reported."""
    errors: list[RowError] = []
    number_key = _number_key(book, mapping)
    register = documents.register_incoming if book == "den" else documents.register_outgoing
    for values in rows:
        line = values["_row"]
        try:
            with session.begin_nested():
                doc = register(session, actor, _input_for(book, values))
                wanted = values.get(number_key) if number_key else None
                if wanted is not None and wanted != doc.number:
                    taken = session.scalar(select(Document.id).where(
                        Document.book == book, Document.year == doc.year, Document.number == wanted))
                    if taken is not None:
                        raise ValidationError(f"{_LABELS[number_key]} {wanted} năm {doc.year} đã có trong sổ.")
                    doc.number = wanted
                    documents.refresh_search_fields(doc)
                    session.flush()
                audit.record(session, "document.import", actor=actor.username, entity="document",
                             entity_id=doc.id, book=book, year=doc.year, number=doc.number, source_row=line)
        except SomatError as exc:
            errors.append(RowError(line, exc.message))
        except IntegrityError as exc:
            errors.append(RowError(line, _integrity_message(exc)))
    return errors


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "Tuyệt mật" in text:
        return "Không được ghi trích yếu cho tài liệu độ Tuyệt mật theo quy định hiện hành."
    return "Dòng này trùng hoặc mâu thuẫn với dữ liệu đã có trong sổ."


def _book_day(book: str, values: dict[str, Any]) -> dt.date | None:
    return values.get("ngay_den") if book == "den" else values.get("ngay_thang")


def _mark_supplements(session: Session, book: str, rows: list[dict[str, Any]]) -> list[int]:
    """Rows (file order) dated before an entry already in the book or earlier in the file: "ghi bổ sung",
    by the same rule the documents service applies when they are written."""
    latest: dict[int, dt.date | None] = {}
    marked = []
    for values in rows:
        day = _book_day(book, values)
        if day is None:
            continue
        if day.year not in latest:
            last = documents.last_entry(session, book, day.year)
            latest[day.year] = last.day if last else None
        top = latest[day.year]
        if top is not None and day < top:
            values["ghi_bo_sung"] = True
            marked.append(values["_row"])
        else:
            latest[day.year] = day
    return marked


def preview_import(session: Session, book: str, path) -> ImportPreview:
    """Read and check a file without importing it: the column mapping, the parsed rows (summaries the
    law forbids are not shown) and every row error, including the rules the documents service applies."""
    mapping, rows, errors = _parse_file(book, path)
    supplements = _mark_supplements(session, book, rows)
    if not errors:  # dry run through the documents service, rolled back
        with audit.dry_run(session):
            errors = _write_rows(session, _PREVIEW_ACTOR, book, mapping, rows)
    shown = []
    for values in rows:
        row = dict(values)
        if _summary_hidden(book, row):
            row["trich_yeu"] = None
        shown.append(row)
    return ImportPreview(mapping=mapping, rows=shown, errors=sorted(errors, key=lambda e: e.row),
                         supplement_rows=supplements)


_PREVIEW_ACTOR = Actor(username="xem_truoc_nhap", role="van_thu")  # a dry run, always rolled back


def run_import(session: Session, actor: Actor, book: str, path) -> int:
    """Import every row of ``path`` into ``book`` in the caller's transaction; returns the number of rows.
    Raises ``ImportRefused`` (every bad row listed) and leaves the registry untouched when any row is bad."""
    require(actor, "documents.import")
    mapping, rows, errors = _parse_file(book, path)
    if errors:
        raise ImportRefused(errors)
    if not rows:
        raise ValidationError("Tệp không có dòng dữ liệu nào để nhập.")
    outer = session.begin_nested()
    errors = _write_rows(session, actor, book, mapping, rows)
    if errors:
        outer.rollback()
        raise ImportRefused(sorted(errors, key=lambda e: e.row))
    audit.record(session, "register.import", actor=actor.username, entity=None, book=book,
                 file=Path(path).name, rows=len(rows))
    outer.commit()
    return len(rows)
