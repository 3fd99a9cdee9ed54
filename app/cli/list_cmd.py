"""``somat list --db PATH --book den|di [--search TEXT] [--year N] [--level L] [--json]`` — print a register.

The search is the one the screens use (``app.services.search``): case and diacritics are ignored,
"dang uy" finds "Đảng ủy"; rows come in Vietnamese order when searching, newest first otherwise.
A Tuyệt mật summary the law forbids is never printed (``trich_yeu`` is null in JSON).

Login as every command of the CLI (``app.cli.passwords``): ``--user``, else ``SOMAT_USER``, else the
registry's only login; ``--password-file``, else ``SOMAT_PASSWORD``, else a hidden prompt.
The work is done by ``list_rows(open_session, ...)`` which only needs a session factory (testable).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from app.cli.main import UsageError
from app.cli.passwords import add_login_args, open_for_cli

PAGE = 2000


# -- shared with import_cmd: the one login of the CLI (app.cli.passwords) -------------------------
def add_registry_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, required=True, metavar="TỆP", help="tệp sổ (.somat)")
    add_login_args(p)


@contextlib.contextmanager
def opened_registry(args: argparse.Namespace) -> Iterator:
    """The registry at ``--db`` opened with the CLI's user and password (closed on exit)."""
    if not args.db.exists():
        raise FileNotFoundError(args.db)
    registry = open_for_cli(args, args.db)
    try:
        yield registry
    finally:
        registry.close()


def run_guarded(work: Callable[[], int]) -> int:
    """Map expected errors to Vietnamese messages and exit codes (1 refused, 2 usage/internal)."""
    from app.services.errors import SomatError

    try:
        return work()
    except UsageError:
        raise
    except FileNotFoundError as exc:
        print(f"Lỗi: không tìm thấy tệp {exc.args[0] if exc.args else ''}.", file=sys.stderr)
        return 1
    except SomatError as exc:
        print(f"Lỗi: {safe_text(exc.message, one_line=False)}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - no traceback for the user
        print(f"Lỗi nội bộ: {type(exc).__name__}. Hãy báo cán bộ quản trị.", file=sys.stderr)
        return 2


# -- the command --------------------------------------------------------------------------------------
def register(subparsers) -> None:
    p = subparsers.add_parser("list", help="liệt kê, tìm kiếm sổ đến / sổ đi",
                              description="In các dòng của sổ đăng ký BMNN đến (den) hoặc đi (di).")
    add_registry_arguments(p)
    p.add_argument("--book", required=True, choices=("den", "di"), help="sổ đến (den) hoặc sổ đi (di)")
    p.add_argument("--search", default=None, metavar="CHỮ", help="tìm theo số, ký hiệu, cơ quan, trích yếu")
    p.add_argument("--year", type=int, default=None, metavar="NĂM")
    p.add_argument("--level", default=None, metavar="ĐỘ_MẬT", help="Tuyệt mật / Tối mật / Mật hoặc A / B / C")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.services.search import parse_level

    if args.level is not None and parse_level(args.level) is None:
        raise UsageError(f"Độ mật không hợp lệ: {args.level} (ghi Tuyệt mật, Tối mật, Mật hoặc A, B, C).")

    def work() -> int:
        with opened_registry(args) as registry:
            return list_rows(registry.session, args.book, text=args.search, year=args.year, level=args.level,
                             as_json=args.json)
    return run_guarded(work)


def row_dict(row) -> dict:
    def iso(day):
        return day.isoformat() if day else None
    return {
        "id": row.id, "book": row.book, "year": row.year, "number": row.number, "so_ky_hieu": row.so_ky_hieu,
        "ngay": iso(row.ngay), "ngay_den": iso(row.ngay_den), "ngay_van_ban": iso(row.ngay_van_ban),
        "co_quan_ban_hanh": row.co_quan_ban_hanh, "loai_van_ban": row.loai_van_ban, "trich_yeu": row.trich_yeu,
        "do_mat": row.do_mat, "do_mat_label": row.do_mat_label, "don_vi_ky_nhan": row.don_vi_ky_nhan,
        "nguoi_ky": row.nguoi_ky, "noi_nhan": row.noi_nhan, "don_vi_luu": row.don_vi_luu,
        "so_luong": row.so_luong, "ghi_chu": row.ghi_chu, "status": row.status, "regime": row.regime,
        "expires_on": iso(row.expires_on),
    }


def list_rows(open_session: Callable, book: str, *, text=None, year=None, level=None, as_json=False,
              out=None) -> int:
    """Print the matching rows of ``book``; ``open_session()`` returns a Session context manager."""
    from app.services import search

    out = out or sys.stdout
    with open_session() as session:
        ids = search.document_ids(session, book, text, year=year, level=level)
        rows = []
        for start in range(0, len(ids), PAGE):
            rows.extend(search.rows_for_ids(session, ids[start:start + PAGE]))
    if as_json:
        out.write(safe_json([row_dict(r) for r in rows]) + "\n")
        return 0
    _print_table(book, rows, out)
    return 0


def safe_text(value, *, one_line: bool = True) -> str:
    """Text for the terminal: control characters (escape sequences, bidi overrides) shown as \\uXXXX."""
    from app.services.import_files import escape_controls

    text = escape_controls("" if value is None else str(value))
    return text.replace("\n", " ") if one_line else text


def safe_json(value) -> str:
    """JSON whose strings carry no raw control or bidi character (all written as \\uXXXX escapes)."""
    from app.services.import_files import escape_controls

    return escape_controls(json.dumps(value, ensure_ascii=False, indent=1))


def _cut(value, width: int) -> str:
    text = safe_text(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(book: str, rows, out) -> None:
    who = ("Cơ quan ban hành", lambda r: r.co_quan_ban_hanh) if book == "den" else ("Người ký", lambda r: r.nguoi_ky)
    headers = ("Số", "Ngày", "Số, ký hiệu", who[0], "Tên loại và trích yếu nội dung", "Độ mật")
    widths = (7, 10, 18, 24, 44, 9)
    title = "SỔ ĐĂNG KÝ BMNN ĐẾN" if book == "den" else "SỔ ĐĂNG KÝ BMNN ĐI"
    out.write(f"{title}\n")
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        summary = " ".join(p for p in (r.loai_van_ban, r.trich_yeu) if p)
        if r.summary_hidden or (r.trich_yeu is None and r.do_mat == "tuyet_mat" and not summary):
            summary = summary or "(không ghi trích yếu)"
        cells = (f"{r.number}/{r.year}", r.ngay.strftime("%d/%m/%Y") if r.ngay else "", r.so_ky_hieu,
                 who[1](r), summary, r.do_mat_label)
        out.write("  ".join(_cut(c, w).ljust(w) for c, w in zip(cells, widths)).rstrip() + "\n")
    out.write(f"Có {len(rows)} tài liệu.\n" if rows else "Không có tài liệu nào khớp.\n")
