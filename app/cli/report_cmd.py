"""``somat report annual`` (the agency's annual report) and ``somat report consolidate`` (the
provincial office: import signed bundles of many agencies, print one consolidated report)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.passwords import add_login_args
from app.cli.pdf_output import add_pdf_password_args, read_pdf_password, registry_pdf, write_pdf


def register(subparsers) -> None:
    p = subparsers.add_parser("report", help="báo cáo công tác bảo vệ BMNN",
                              description="Lập báo cáo năm, hoặc tổng hợp báo cáo của nhiều cơ quan.")
    sub = p.add_subparsers(dest="report_command", metavar="VIỆC", required=True)
    a = sub.add_parser("annual", help="báo cáo năm (kỳ theo gói quy tắc: 15/12 năm trước – 14/12)")
    a.add_argument("--db", type=Path, required=True, metavar="TỆP", help="tệp sổ")
    a.add_argument("--year", type=int, required=True, metavar="NĂM")
    a.add_argument("--out", type=Path, required=True, metavar="TỆP.pdf", help="tệp PDF (mã hóa AES-256)")
    add_pdf_password_args(a)
    add_login_args(a)
    a.set_defaults(func=annual)
    c = sub.add_parser("consolidate", help="tổng hợp gói số liệu (.somat.json) của nhiều cơ quan")
    c.add_argument("bundles", nargs="+", type=Path, metavar="GÓI.somat.json")
    c.add_argument("--year", type=int, required=True, metavar="NĂM")
    c.add_argument("--agency", required=True, metavar="TÊN", help="cơ quan tổng hợp (in ở tiêu đề)")
    c.add_argument("--trusted-key", action="append", default=None, metavar="DẤU_VÂN_TAY",
                   help="chỉ nhận gói ký bằng khóa có dấu vân tay này (lặp lại được)")
    c.add_argument("--out", type=Path, required=True, metavar="TỆP.pdf", help="tệp PDF (mã hóa AES-256)")
    add_pdf_password_args(c)
    c.set_defaults(func=consolidate_cmd)


def annual(args: argparse.Namespace) -> int:
    from app.services.paperwork import annual_report_pdf

    return registry_pdf(args, lambda session, pack: annual_report_pdf(session, args.year, pack),
                        "report", kind="annual", year=args.year)


def consolidate_cmd(args: argparse.Namespace) -> int:
    from app.export.bundle import consolidate
    from app.printing import reports
    from app.printing.data import AuditSeal, ConsolidatedReport, Heading
    from app.rules import current_pack

    password = read_pdf_password(args)
    bundles = []
    for path in args.bundles:
        try:
            bundles.append((path.name, path.read_bytes()))
        except OSError as exc:
            print(f"Lỗi: không đọc được «{path}»: {exc.strerror}", file=sys.stderr)
            return 1
    result = consolidate(bundles, trusted_keys=args.trusted_key, year=args.year)
    for label, reason in result.refused:
        print(f"Từ chối {label}: {reason}", file=sys.stderr)
    if not result.accepted:
        print("Lỗi: không có gói số liệu hợp lệ nào để tổng hợp.", file=sys.stderr)
        return 1
    report = ConsolidatedReport(heading=Heading(superior_body=None, agency=args.agency), year=args.year,
                                entries=result.entries, refused=result.refused)
    pdf = reports.consolidated_report(current_pack(), report, AuditSeal(0, "0" * 64))
    code = write_pdf(args.out, pdf, password)
    print(f"Đã tổng hợp {len(result.accepted)} cơ quan; từ chối {len(result.refused)} gói.")
    return 1 if (code or result.refused) else 0
