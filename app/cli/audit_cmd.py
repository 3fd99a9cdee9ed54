"""``somat audit verify --db PATH`` — re-walk the audit hash chain and compare it with the chain
head kept outside the database. Exit 0 intact, 1 broken (naming the first broken row) or refused."""
from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.passwords import add_login_args, fail, open_for_cli


def register(subparsers) -> None:
    p = subparsers.add_parser("audit", help="kiểm tra nhật ký kiểm toán",
                              description="Nhật ký kiểm toán của sổ.")
    sub = p.add_subparsers(dest="audit_command", metavar="VIỆC", required=True)
    v = sub.add_parser("verify", help="kiểm tra tính toàn vẹn của chuỗi nhật ký",
                       description="Kiểm tra chuỗi băm của nhật ký kiểm toán và đầu chuỗi lưu bên ngoài.")
    v.add_argument("--db", type=Path, required=True, metavar="TỆP", help="tệp sổ")
    add_login_args(v)
    v.set_defaults(func=verify)


def verify(args: argparse.Namespace) -> int:
    from app.services.errors import SomatError

    try:
        registry = open_for_cli(args, args.db, read_only=True)
    except SomatError as exc:
        return fail(exc)
    try:
        result = registry.verify_audit()
    finally:
        registry.close()
    if result.ok:
        print(f"Nhật ký kiểm toán toàn vẹn: {result.count} bản ghi, khớp với đầu chuỗi lưu bên ngoài.")
        return 0
    where = f" Bản ghi hỏng đầu tiên: số {result.first_broken_id}." if result.first_broken_id else ""
    print(f"NHẬT KÝ KIỂM TOÁN KHÔNG TOÀN VẸN: {result.reason}.{where}")
    return 1
