"""``somat export`` — the annual report, encrypted, to an approved secure USB drive only."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.cli.main import UsageError
from app.cli.passwords import _prompt, add_login_args, fail, open_for_cli, read_password_file


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help="xuất báo cáo mã hóa ra USB an toàn đã phê duyệt",
                              description="Xuất báo cáo năm (PDF mã hóa AES-256) và gói số liệu có chữ ký "
                                          "ra USB an toàn có trong danh sách phê duyệt của sổ. "
                                          "Thư mục thường hoặc USB khác đều bị từ chối.")
    p.add_argument("--db", type=Path, required=True, metavar="TỆP", help="tệp sổ")
    p.add_argument("--report", required=True, choices=["annual"])
    p.add_argument("--year", type=int, required=True, metavar="NĂM")
    p.add_argument("--to", required=True, metavar="ĐIỂM_GẮN", help="điểm gắn của USB an toàn")
    p.add_argument("--export-password-file", type=Path, metavar="TỆP", default=None,
                   help="mật khẩu mở tệp PDF xuất ra (hoặc SOMAT_EXPORT_PASSWORD; mặc định: hỏi)")
    add_login_args(p)
    p.set_defaults(func=run)


def _export_password(args) -> str:
    if args.export_password_file:
        return read_password_file(args.export_password_file)
    if os.environ.get("SOMAT_EXPORT_PASSWORD"):
        return os.environ["SOMAT_EXPORT_PASSWORD"]
    first = _prompt("Mật khẩu mở tệp báo cáo: ")
    if _prompt("Nhập lại: ") != first:
        raise UsageError("hai lần nhập mật khẩu không giống nhau")
    return first


def run(args: argparse.Namespace) -> int:
    from app.export import ExportError
    from app.services.errors import SomatError
    from app.services.paperwork import export_annual

    export_password = _export_password(args)
    try:
        registry = open_for_cli(args, args.db)
    except SomatError as exc:
        return fail(exc)
    try:
        with registry.begin() as session:
            outcome = export_annual(session, registry.actor, args.year, args.to, export_password)
    except (SomatError, ExportError) as exc:
        return fail(exc)
    finally:
        registry.close()
    for name, digest in outcome.result.files:
        print(f"Đã ghi {os.path.join(outcome.result.directory, name)}  SHA-256 {digest}")
    return 0
