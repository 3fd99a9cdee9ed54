"""``somat import --db PATH --book den|di FILE`` — import an existing register from .xlsx or .csv.

All or nothing: when any row is wrong, every bad row is listed with its row number and the reason,
nothing is imported and the exit code is 1. See ``app.services.importer`` for the accepted formats.
The work is done by ``import_file(begin, actor, book, path)`` which only needs a transaction factory.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli.list_cmd import add_registry_arguments, opened_registry, run_guarded, safe_text


def register(subparsers) -> None:
    p = subparsers.add_parser("import", help="nhập sổ đến / sổ đi cũ từ tệp .xlsx hoặc .csv",
                              description="Nhập các dòng của sổ đăng ký BMNN đến (den) hoặc đi (di) từ tệp "
                                          "Excel (.xlsx) hoặc CSV (UTF-8). Có dòng sai thì không nhập dòng nào.")
    add_registry_arguments(p)
    p.add_argument("--book", required=True, choices=("den", "di"), help="sổ đến (den) hoặc sổ đi (di)")
    p.add_argument("file", type=Path, metavar="TỆP_NHẬP", help="tệp .xlsx hoặc .csv")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.file.suffix.lower() not in (".xlsx", ".csv"):
        print(f"Lỗi: chỉ nhập được tệp .xlsx hoặc .csv (tệp đã chọn: {args.file.name}).", file=sys.stderr)
        return 1
    if not args.file.is_file():
        print(f"Lỗi: không tìm thấy tệp {args.file}.", file=sys.stderr)
        return 1

    def work() -> int:
        with opened_registry(args) as registry:
            return import_file(registry.begin, registry.actor, args.book, args.file)
    return run_guarded(work)


def import_file(begin: Callable, actor, book: str, path: Path, *, out=None, err=None) -> int:
    """Import ``path`` in one transaction (``begin()`` → Session context manager that commits)."""
    from app.services.importer import ImportRefused, run_import

    out, err = out or sys.stdout, err or sys.stderr
    book_name = "sổ đến" if book == "den" else "sổ đi"
    try:
        with begin() as session:
            count = run_import(session, actor, book, path)
    except ImportRefused as exc:
        err.write(f"Không nhập tệp {safe_text(path.name)}: {len(exc.errors)} dòng có lỗi, chưa nhập dòng nào.\n")
        for e in exc.errors:
            err.write(f"  {safe_text(e)}\n")
        return 1
    out.write(f"Đã nhập {count} dòng từ {safe_text(path.name)} vào {book_name}.\n")
    return 0

