"""Reading a file to import (``.xlsx`` or ``.csv``) within limits: a malformed, oversized or hostile spreadsheet is refused at once with
the Vietnamese "invalid file" error, in bounded time and memory, before openpyxl parses it.

* ``.xlsx`` is a zip: the container is inspected first (file size, number of members, the sizes each
  member declares — zipfile never inflates a member past its declared size — and the compression
  ratio, which betrays a zip bomb), and an XML member that declares a DTD (entity expansion) is
  refused. openpyxl then reads in read-only mode, at most ``MAX_ROWS`` rows of ``MAX_COLS`` columns.
* ``.csv``: file size, rows, and the csv module's field limit.
* Cells: text longer than its column allows, control characters (terminal escapes, bidi overrides),
  numbers beyond ``MAX_NUMBER`` and dates outside ``DATE_MIN`` … today + 1 year are row errors.
  Formula-looking text (``=``, ``+``, ``-``, ``@`` first) is kept as text; nothing here evaluates it.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
import warnings
import zipfile
from pathlib import Path
from typing import Any

from app.services.errors import ValidationError

MAX_FILE_BYTES = 20 << 20           # a register of 50 000 rows is a few MB
MAX_ZIP_MEMBERS = 500
MAX_MEMBER_BYTES = 64 << 20         # one XML part, inflated
MAX_TOTAL_BYTES = 160 << 20         # all parts, inflated
MAX_RATIO = 100                     # real sheets inflate 5–30 times; a bomb ~1000 times
RATIO_FROM_BYTES = 1 << 20          # small parts (styles) may be very repetitive
MAX_ROWS = 50_000
MAX_COLS = 64
MAX_NUMBER = 9_999_999
DATE_MIN = dt.date(1945, 1, 1)
TEXT_LIMITS = {"so_ky_hieu": 120, "loai_van_ban": 80, "co_quan_ban_hanh": 300, "don_vi_ky_nhan": 300,
               "nguoi_ky": 200, "don_vi_luu": 200}
DEFAULT_TEXT_LIMIT = 4000
_BIDI = {"\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
         "\u2066", "\u2067", "\u2068", "\u2069", "\u061c"}


class InvalidFile(ValidationError):
    def __init__(self, name: str, reason: str):
        super().__init__(f"Tệp {name} không hợp lệ: {reason}. Không nhập dòng nào; hãy kiểm tra hoặc lưu "
                         "lại tệp từ Excel rồi thử lại.", field="path")


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InvalidFile(path.name, f"tệp quá lớn ({size >> 20} MB, tối đa {MAX_FILE_BYTES >> 20} MB)")


def check_xlsx_container(path: Path) -> None:
    """Refuse a zip that is not a plain, reasonably sized workbook — before any XML is parsed."""
    check_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_MEMBERS:
                raise InvalidFile(path.name, f"có {len(infos)} phần bên trong, quá nhiều với một sổ")
            total = 0
            for info in infos:
                if info.flag_bits & 0x1:
                    raise InvalidFile(path.name, "tệp Excel có mật khẩu; hãy bỏ mật khẩu rồi nhập")
                if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise InvalidFile(path.name, "tệp nén bất thường (giống «bom nén»)")
                if info.file_size > MAX_MEMBER_BYTES:
                    raise InvalidFile(path.name, "một phần của tệp quá lớn khi giải nén")
                total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise InvalidFile(path.name, "tệp quá lớn khi giải nén")
            if "xl/workbook.xml" not in {i.filename for i in infos}:
                raise InvalidFile(path.name, "không phải sổ tính Excel (.xlsx)")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as member:
                        prolog = member.read(4096)
                    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                        raise InvalidFile(path.name, "tệp chứa khai báo XML không được phép")
    except InvalidFile:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError):
        raise InvalidFile(path.name, "tệp hỏng hoặc không phải .xlsx") from None


def control_chars(text: str) -> bool:
    """Control characters a terminal or a viewer would act on (tab and line breaks are spacing)."""
    return any((unicodedata.category(ch) == "Cc" and ch not in "\t\n\r") or ch in _BIDI for ch in text)


def escape_controls(text: str) -> str:
    """``text`` with control and bidi characters shown as ``\\uXXXX`` (for terminal output)."""
    return "".join(f"\\u{ord(ch):04x}" if (unicodedata.category(ch) == "Cc" and ch != "\n") or ch in _BIDI
                   else ch for ch in text)


def text_limit(key: str) -> int:
    return TEXT_LIMITS.get(key, DEFAULT_TEXT_LIMIT)


def date_in_range(day: dt.date, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    return DATE_MIN <= day <= today + dt.timedelta(days=366)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_rows(path: Path) -> list[tuple[int, list[Any]]]:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(f"Chỉ nhập được tệp .xlsx hoặc .csv (tệp đã chọn: {path.name}).", field="path")
    if not path.is_file():
        raise ValidationError(f"Không tìm thấy tệp {path}.", field="path")
    if suffix == ".xlsx":
        return _read_xlsx(path)
    check_size(path)
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"Tệp {path.name} không phải văn bản UTF-8; hãy lưu lại tệp CSV với mã UTF-8.") from exc
    first = next((ln for ln in content.splitlines() if ln.strip()), "")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    rows = []
    try:
        for row in reader:
            rows.append((reader.line_num, row[:MAX_COLS]))
            if len(rows) > MAX_ROWS:
                raise InvalidFile(path.name, f"quá {MAX_ROWS} dòng")
    except csv.Error:
        raise InvalidFile(path.name, f"dòng {reader.line_num} hỏng (ô quá dài)") from None
    return rows


def _read_xlsx(path: Path) -> list[tuple[int, list[Any]]]:
    """The first sheet, read-only, at most MAX_ROWS × MAX_COLS, after the container was checked."""
    import openpyxl

    check_xlsx_container(path)
    with warnings.catch_warnings():
        # openpyxl warns about unsupported extensions and turns an impossible date into "#VALUE!"
        # (then a row error here); the same behaviour whether or not warnings are errors (tests).
        warnings.simplefilter("ignore", UserWarning)
        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # zip/xml errors: the file is not a workbook
            raise InvalidFile(path.name, "tệp hỏng hoặc không phải .xlsx") from exc
        try:
            ws = wb.worksheets[0]
            rows = [(i, list(r)) for i, r in enumerate(
                ws.iter_rows(max_row=MAX_ROWS + 1, max_col=MAX_COLS, values_only=True), start=1)]
        except Exception:  # noqa: BLE001 - bad XML, absurd values inside the sheet
            raise InvalidFile(path.name, "nội dung trang tính hỏng hoặc có giá trị không đọc được") from None
        finally:
            wb.close()
    if len(rows) > MAX_ROWS and not all(_blank(c) for c in rows[-1][1]):
        raise InvalidFile(path.name, f"quá {MAX_ROWS} dòng")
    return rows[:MAX_ROWS]
