"""Benchmark: a 10,000-row Sổ đăng ký BMNN đi against a bare reportlab table of the same rows.

The baseline is what reportlab gives with no effort: a platypus ``LongTable`` of the same rows as
plain strings (no wrapping, no cover, no footer), grid only, same embedded font, A4 landscape, with
``repeatRows=1``. Both are built in memory in the same run. Target: ratio ≤ 1.5 and under 10 s.

Run: ``.venv/bin/python bench/bench_printing.py [rows]``
"""
from __future__ import annotations

import datetime as dt
import io
import sys
import time

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

from app.printing import fonts
from app.printing.data import AuditSeal, RegisterCover
from app.printing.registers import render_register
from app.rules import pack as get_pack

SUMMARIES = [
    "Công văn về việc triển khai công tác bảo vệ bí mật nhà nước năm 2026",
    "Báo cáo kết quả kiểm tra máy tính soạn thảo, lưu trữ tài liệu bí mật nhà nước tại các phòng",
    "Kế hoạch",
    "Quyết định thành lập Hội đồng tiêu hủy tài liệu, vật chứa bí mật nhà nước của Sở Khoa học và "
    "Công nghệ tỉnh Đồng Nai, gồm các thành viên theo danh sách kèm theo",
]
LEVELS = ["mat", "toi_mat", "tuyet_mat", "mat"]


def make_rows(n: int) -> list[dict[str, str]]:
    return [{
        "so_thu_tu": str(i),
        "so_ky_hieu": f"{i}/CV-SKHCN",
        "ngay_thang": f"{1 + i % 28:02d}/{1 + i % 12:02d}/2026",
        "trich_yeu": SUMMARIES[i % 4],
        "do_mat": LEVELS[i % 4],
        "nguoi_ky": "Nguyễn Văn Ánh" if i % 2 else "Trần Thị Hồng Nhung",
        "noi_nhan": "Sở Nội vụ; Công an tỉnh (PA03); Lưu: VT",
        "don_vi_luu": "Văn phòng",
        "so_luong": str(1 + i % 5),
        "ghi_chu": "" if i % 7 else "Thu hồi sau 10 ngày",
    } for i in range(1, n + 1)]


def bare_table(pack, rows) -> bytes:
    fonts.register()
    form = pack.register("di")
    width = landscape(A4)[0] - 32 * mm
    total = sum(c.width for c in form.columns)
    col_widths = [c.width * width / total for c in form.columns]
    data = [[c.label for c in form.columns]] + [[r.get(c.key, "") for c in form.columns]
                                                for r in rows]
    table = LongTable(data, colWidths=col_widths, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 10),
                               ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=20 * mm, rightMargin=12 * mm,
                      topMargin=14 * mm, bottomMargin=16 * mm).build([table])
    return buf.getvalue()


def ours(pack, rows) -> bytes:
    cover = RegisterCover("UBND TỈNH ĐỒNG NAI", "Sở Khoa học và Công nghệ", 2026,
                          dt.date(2026, 1, 5), dt.date(2026, 12, 31), 1, len(rows), 1)
    return render_register(pack, "di", cover, rows, AuditSeal(len(rows) * 3, "ab" * 32))


def pages(data: bytes) -> int:
    from pypdf import PdfReader
    return len(PdfReader(io.BytesIO(data)).pages)


def timed(fn, *args):
    """(result, wall seconds, CPU seconds). Other jobs share the cores, so the CPU time of this
    process is the fairer figure; both are printed."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    return result, time.perf_counter() - start, time.process_time() - cpu


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    pack = get_pack("2025")
    rows = make_rows(n)
    fonts.register()
    ours(pack, rows[:50])           # warm up font loading / caches for both
    bare_table(pack, rows[:50])
    base, w_base, t_base = timed(bare_table, pack, rows)
    mine, w_mine, t_mine = timed(ours, pack, rows)
    p_base, p_mine = pages(base), pages(mine)
    ratio = t_mine / t_base
    print(f"rows: {n}")
    print(f"Sổ Mật register : {t_mine:6.2f} s CPU ({w_mine:6.2f} s wall), {p_mine} pages, "
          f"{p_mine / t_mine:7.1f} pages/s, {len(mine) / 1e6:.1f} MB")
    print(f"bare LongTable  : {t_base:6.2f} s CPU ({w_base:6.2f} s wall), {p_base} pages, "
          f"{p_base / t_base:7.1f} pages/s, {len(base) / 1e6:.1f} MB")
    print(f"ratio (ours / bare, CPU): {ratio:.2f}  — target ≤ 1.5 and < 10 s: "
          f"{'OK' if ratio <= 1.5 and t_mine < 10 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
