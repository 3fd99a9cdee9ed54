"""Hostile files for ``somat import``: bombs, absurd cells, formula text, terminal escapes.

Bombs run the real ``somat import`` in a child process under a 2.5 GB address-space limit (so the old
behaviour fails with MemoryError instead of taking the machine down) and report the child's peak
memory; every other case goes through the importer on a real SQLCipher registry.
"""
import io
import json
import os
import re
import resource
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.cli import list_cmd
from app.export.spreadsheet import safe_cell
from app.models import Document
from app.services import import_files, importer
from app.services.actor import Actor
from app.services.errors import ValidationError
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD

ROOT = Path(__file__).resolve().parents[3]
ACTOR = Actor(username="vanthu", full_name="Văn thư", role="van_thu")
HEADER = ["Số đến", "Ngày đến", "Cơ quan ban hành", "Số ký hiệu", "Ngày tháng",
          "Tên loại và trích yếu nội dung", "Độ mật", "Đơn vị và ký nhận", "Ghi chú"]
ROW = ["1", "04/03/2025", "Tỉnh ủy", "12-KH/TU", "01/03/2025", "Kế hoạch kiểm tra", "Mật", "Phòng A", ""]
MEMORY_LIMIT = 2_500 << 20


def _csv(path, rows):
    path.write_text("\r\n".join(";".join(r) for r in rows) + "\r\n", encoding="utf-8")
    return path


def _xlsx(path, rows, tweak=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    if tweak:
        tweak(ws)
    wb.save(path)
    return path


# -- bombs, through the real command line in a child process -----------------------------------
def _raw_deflate_parts(header: bytes, chunk: bytes, repeats: int, footer: bytes) -> tuple[bytes, int, int]:
    """A valid raw-deflate stream of header + chunk*repeats + footer, built from independently flushed
    blocks (so it takes milliseconds); returns (stream, crc32, uncompressed size)."""
    def block(data, final=False):
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)
    body = block(chunk)
    stream = block(header) + body * repeats + block(footer, final=True)
    crc = zlib.crc32(header)
    for _ in range(repeats):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(footer, crc)
    return stream, crc, len(header) + len(chunk) * repeats + len(footer)


def _zip_with(path: Path, members: dict[str, bytes], bomb_name: str, bomb: tuple[bytes, int, int]) -> Path:
    """Write a zip by hand (zipfile cannot store pre-compressed data): ordinary members deflated,
    ``bomb_name`` stored as the given raw-deflate stream with its true CRC and sizes."""
    local, central = bytearray(), bytearray()
    entries = []
    for name, data in members.items():
        if name == bomb_name:
            comp, crc, size = bomb
        else:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp, crc, size = c.compress(data) + c.flush(), zlib.crc32(data), len(data)
        entries.append((name.encode(), comp, crc, size, len(local)))
        local += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(comp), size,
                             len(name.encode()), 0) + name.encode() + comp
    for name, comp, crc, size, offset in entries:
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, len(comp), size,
                               len(name), 0, 0, 0, 0, 0, offset) + name
    eocd = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(local), 0)
    path.write_bytes(bytes(local + central + eocd))
    return path


def _parts_of_a_real_workbook(tmp_path) -> dict[str, bytes]:
    real = _xlsx(tmp_path / "real.xlsx", [HEADER, ROW])
    with zipfile.ZipFile(real) as z:
        return {n: z.read(n) for n in z.namelist()}


@pytest.fixture
def zip_bomb(tmp_path):
    """< 6 MB on disk, 1.7 GB of sheet XML once inflated (rows of inline strings)."""
    parts = _parts_of_a_real_workbook(tmp_path)
    sheet = "xl/worksheets/sheet1.xml"
    head = parts[sheet].split(b"<sheetData>")[0] + b"<sheetData>"
    head = re.sub(rb'<dimension ref="[^"]*" ?/>', b"", head)   # no size hint: readers must read it all
    row = b'<row><c t="inlineStr"><is><t>' + b"A" * 40 + b"</t></is></c></row>"
    chunk = row * ((1 << 20) // len(row))
    bomb = _raw_deflate_parts(head, chunk, 1600, b"</sheetData></worksheet>")
    path = _zip_with(tmp_path / "bom-nen.xlsx", parts, sheet, bomb)
    assert path.stat().st_size < 6 << 20 and bomb[2] > 1_600_000_000
    return path


@pytest.fixture
def sparse_bomb(tmp_path):
    """A tiny, valid workbook with one cell at XFD1048576: 2^20 rows × 2^14 columns if read naively."""
    return _xlsx(tmp_path / "thua.xlsx", [HEADER, ROW], lambda ws: ws.cell(1048576, 16384, "x"))


def _cli(registry_path, *args: str) -> tuple[int, str, int]:
    """Run ``somat ARGS`` in a fresh interpreter under the memory limit; its peak RSS in KiB."""
    code = ("import resource, sys\n"
            "from app.cli.main import main\n"
            "rc = main(sys.argv[1:])\n"
            "print('MAXRSS_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
            "sys.exit(rc)\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT), SOMAT_USER=REGISTRY_ADMIN, SOMAT_PASSWORD=REGISTRY_PASSWORD)

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    try:
        result = subprocess.run([sys.executable, "-c", code, *args], env=env,
                                capture_output=True, text=True, timeout=120, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        pytest.fail(f"somat {' '.join(args)}: still running after 120 s")
    match = re.search(r"MAXRSS_KB (\d+)", result.stderr)
    return result.returncode, result.stderr, int(match.group(1)) if match else -1


def _cli_import(registry_path, file) -> tuple[int, str, int]:
    return _cli(registry_path, "import", "--db", str(registry_path), "--book", "den", str(file))


@pytest.mark.parametrize("bomb", ["zip_bomb", "sparse_bomb"])
def test_bombs_get_the_invalid_file_error_in_bounded_memory(registry_path, bomb, request):
    file = request.getfixturevalue(bomb)
    # The same program opening the same registry without importing: what the import adds is measured
    # against it, so the bound is about the file, not about what else the interpreter loaded.
    _, _, baseline_kb = _cli(registry_path, "list", "--db", str(registry_path), "--book", "den")
    code, err, maxrss_kb = _cli_import(registry_path, file)
    print(f"{bomb}: exit {code}, peak RSS {maxrss_kb // 1024} MiB (opening and listing: {baseline_kb // 1024} MiB)")
    assert "Traceback" not in err and "MemoryError" not in err, err[-1500:]
    assert 0 < baseline_kb and 0 < maxrss_kb and maxrss_kb - baseline_kb < 256 * 1024, (maxrss_kb, baseline_kb)
    if bomb == "zip_bomb":
        assert code == 1 and "không hợp lệ" in err and "bom nén" in err
    else:   # the real rows import; the far-away empty cells are never materialised
        assert code == 0, err[-1500:]


def _refused(sessionmaker_, path, match):
    with sessionmaker_() as s:
        with pytest.raises(ValidationError, match=match):
            importer.preview_import(s, "den", path)


def test_dtd_entity_expansion_is_refused(sessionmaker_, tmp_path):
    parts = _parts_of_a_real_workbook(tmp_path)
    sheet = parts["xl/worksheets/sheet1.xml"]
    body = sheet.split(b"?>", 1)[1] if sheet.startswith(b"<?xml") else sheet
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>' + body
    parts["xl/worksheets/sheet1.xml"] = laughs
    path = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    _refused(sessionmaker_, path, "khai báo XML không được phép")


def test_malformed_containers(sessionmaker_, tmp_path):
    cases = {
        "not-zip.xlsx": b"PK\x03\x04 this is not a zip",
        "empty.xlsx": b"",
        "truncated.xlsx": (_xlsx(tmp_path / "t.xlsx", [HEADER, ROW]).read_bytes())[:300],
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        _refused(sessionmaker_, tmp_path / name, "không hợp lệ")
    many = tmp_path / "many.xlsx"
    with zipfile.ZipFile(many, "w") as z:
        for i in range(import_files.MAX_ZIP_MEMBERS + 1):
            z.writestr(f"x/{i}.xml", "<a/>")
    _refused(sessionmaker_, many, "quá nhiều")
    nowb = tmp_path / "nowb.xlsx"
    with zipfile.ZipFile(nowb, "w") as z:
        z.writestr("word/document.xml", "<a/>")
    _refused(sessionmaker_, nowb, "không phải sổ tính")
    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:
        fh.truncate(import_files.MAX_FILE_BYTES + 1)
    _refused(sessionmaker_, big, "quá lớn")
    huge_field = _csv(tmp_path / "field.csv", [HEADER, ["1", "04/03/2025", '"' + "x" * 200_000 + '"']])
    _refused(sessionmaker_, huge_field, "ô quá dài")


def test_too_many_rows(sessionmaker_, tmp_path, monkeypatch):
    monkeypatch.setattr(import_files, "MAX_ROWS", 20)
    rows = [HEADER] + [[str(n)] + ROW[1:] for n in range(1, 21)]
    _refused(sessionmaker_, _xlsx(tmp_path / "nhieu.xlsx", rows), "quá 20 dòng")
    _refused(sessionmaker_, _csv(tmp_path / "nhieu.csv", rows), "quá 20 dòng")


def _row_errors(sessionmaker_, path) -> str:
    with sessionmaker_() as s:
        preview = importer.preview_import(s, "den", path)
    return "\n".join(str(e) for e in preview.errors)


CELL_CASES = [  # (column index, value, expected words in the row error)
    (3, "x" * 121, "quá giới hạn 120"),
    (5, "Báo cáo " + "y" * 4001, "quá giới hạn 4000"),
    (2, "Tỉnh ủy" * 50, "quá giới hạn 300"),
    (1, "01/01/0001", "ngày không hợp lệ"),
    (1, "31/12/9999", "ngày không hợp lệ"),
    (4, "29/02/2025", "ngày không hợp lệ"),
    (0, "99999999999999999999999", "tối đa 9999999"),
    (0, "10000000", "tối đa 9999999"),
    (0, "١٢", "số nguyên dương"),
    (2, "Tỉnh ủy\x1b[2J\x1b]0;pwned\x07", "ký tự điều khiển"),
    (2, "Tỉnh ủy\u202eyủ hnỉT", "ký tự điều khiển"),
    (5, "Kế hoạch\x9b31m", "ký tự điều khiển"),
    (2, "Tỉnh\x00ủy", "ký tự điều khiển"),
]


@pytest.mark.parametrize("column,value,expected", CELL_CASES)
def test_absurd_cells_are_row_errors(sessionmaker_, tmp_path, column, value, expected):
    row = list(ROW)
    row[column] = value
    errors = _row_errors(sessionmaker_, _csv(tmp_path / "o.csv", [HEADER, row]))
    assert "Dòng 2:" in errors and expected in errors, errors
    assert len(errors) < 600 and "\x1b" not in errors and "\u202e" not in errors


def test_absurd_values_inside_an_xlsx(sessionmaker_, tmp_path):
    def tweak(ws):
        ws["A2"] = 1e308                                  # overflowing number
        ws["B2"] = 1e12
        ws["B2"].number_format = "dd/mm/yyyy"             # a date no calendar holds
    errors = _row_errors(sessionmaker_, _xlsx(tmp_path / "so.xlsx", [HEADER, ROW], tweak))
    assert re.search(r"Số đến “\d{1,40}”: phải là số nguyên dương, tối đa 9999999", errors), errors
    assert "Ngày đến “#VALUE!”: ngày không hợp lệ" in errors, errors


FORMULAS = ["=HYPERLINK(\"http://x.invalid\",\"Bấm\")", "+1+1", "-2+3", "@SUM(A1:A9)", "=cmd|' /C calc'!A0"]


def test_formula_text_is_stored_as_text_and_never_re_emitted(sessionmaker_, tmp_path):
    rows = [HEADER]
    for n, formula in enumerate(FORMULAS, start=1):
        row = list(ROW)
        row[0], row[3], row[8] = str(n), formula[:100], formula
        rows.append(row)
    with sessionmaker_.begin() as s:
        assert importer.run_import(s, ACTOR, "den", _csv(tmp_path / "f.csv", rows)) == len(FORMULAS)
    with sessionmaker_() as s:
        docs = s.scalars(select(Document).order_by(Document.number)).all()
    assert [d.so_ky_hieu for d in docs] == [f[:100] for f in FORMULAS]
    assert [d.ghi_chu.split(";")[0] for d in docs] == FORMULAS
    for value in FORMULAS:   # what any spreadsheet writer must emit
        assert safe_cell(value) == "'" + value
    assert safe_cell("Kế hoạch") == "Kế hoạch" and safe_cell(12) == 12


def test_every_spreadsheet_writer_in_the_app_writes_text_as_text():
    """XlsxWriter: typed string cells with strings_to_formulas off; csv / openpyxl: safe_cell."""
    untyped = re.compile(r"csv\.(writer|DictWriter)\(|openpyxl\.Workbook\(|to_csv\(|to_excel\(")
    offenders, xlsx_writers = [], []
    for path in (ROOT / "app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT).as_posix()
        if untyped.search(text) and "safe_cell" not in text:
            offenders.append(rel)
        if "xlsxwriter.Workbook(" in text:
            xlsx_writers.append(rel)
            if '"strings_to_formulas": False' not in text or re.search(r"\.write(_formula|_array_formula)?\(", text):
                offenders.append(rel)
    assert offenders == []
    print("xlsx writers checked:", xlsx_writers)


def test_control_characters_never_reach_the_terminal(sessionmaker_):
    """A row that got in before this check (or through another path) is escaped by ``somat list``."""
    from app.services import documents
    import datetime as dt

    nasty = "12/KH\x1b[2J\x1b]0;pwned\x07\u202eTU\x9b"
    with sessionmaker_.begin() as s:
        doc = documents.register_incoming(s, ACTOR, documents.IncomingInput(
            ngay_den=dt.date(2025, 3, 4), co_quan_ban_hanh="Tỉnh ủy", do_mat="mat", so_ky_hieu="12/KH"))
        doc.so_ky_hieu = nasty
    for as_json in (False, True):
        out = io.StringIO()
        list_cmd.list_rows(sessionmaker_, "den", as_json=as_json, out=out)
        text = out.getvalue()
        assert not any(ch in text for ch in ("\x1b", "\x07", "\u202e", "\x9b")), repr(text)
        assert "\\u001b" in text
    assert json.loads(out.getvalue())[0]["so_ky_hieu"] == nasty     # JSON keeps the value exactly
