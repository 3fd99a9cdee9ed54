"""``somat logbook`` — print a whole year of a register to PDF."""
from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.passwords import add_login_args
from app.cli.pdf_output import add_pdf_password_args, registry_pdf


def register(subparsers) -> None:
    p = subparsers.add_parser("logbook", help="in sổ đăng ký / sổ sao chụp / sổ chuyển giao ra PDF",
                              description="In cả năm của một sổ (bìa và bảng kẻ ô theo mẫu) ra tệp PDF mã hóa "
                                          "AES-256. Không ghi ra ổ mạng hoặc ổ di động chưa phê duyệt; "
                                          "mỗi lần ghi được lưu vào nhật ký kiểm tra.")
    p.add_argument("--db", type=Path, required=True, metavar="TỆP", help="tệp sổ")
    p.add_argument("--book", required=True, choices=["di", "den", "sao-chup", "chuyen-giao"],
                   help="sổ cần in")
    p.add_argument("--year", type=int, required=True, metavar="NĂM")
    p.add_argument("--out", type=Path, required=True, metavar="TỆP.pdf")
    add_pdf_password_args(p)
    add_login_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.services.paperwork import logbook_pdf

    return registry_pdf(args, lambda session, pack: logbook_pdf(session, args.book, args.year, pack),
                        "logbook", book=args.book, year=args.year)
