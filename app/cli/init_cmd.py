"""``somat init --db PATH --org NAME --admin USER`` — create a new registry and print the recovery
code once."""
from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.passwords import add_login_args, add_new_password_args, fail, read_new_password

WARNING = (
    "MÃ KHÔI PHỤC — chỉ hiển thị MỘT LẦN. Hãy chép tay hoặc in ra giấy, niêm phong và giao người đứng đầu "
    "cơ quan cất giữ như tài liệu mật. Không lưu mã này trên máy tính, điện thoại hay USB. Mất cả mật khẩu "
    "lẫn mã khôi phục thì không ai mở được sổ.")


def register(subparsers) -> None:
    p = subparsers.add_parser("init", help="tạo sổ đăng ký mới",
                              description="Tạo sổ đăng ký mới (tệp mã hóa) và người quản trị đầu tiên.")
    p.add_argument("--db", type=Path, required=True, metavar="TỆP", help="tệp sổ sẽ tạo")
    p.add_argument("--org", required=True, metavar="TÊN", help="tên cơ quan, tổ chức")
    p.add_argument("--admin", required=True, metavar="TÊN", help="tên đăng nhập của người quản trị")
    p.add_argument("--full-name", default=None, metavar="HỌ_TÊN", help="họ và tên người quản trị")
    p.add_argument("--superior-body", default=None, metavar="TÊN", help="cơ quan cấp trên")
    p.add_argument("--place", default=None, metavar="ĐỊA_DANH", help="địa danh ghi trên văn bản")
    p.add_argument("--unit-level", default="tinh", choices=["trung_uong", "tinh", "xa", "khac"])
    p.add_argument("--not-head", action="store_true",
                   help="người quản trị không phải là người đứng đầu cơ quan")
    add_login_args(p)
    add_new_password_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.services.errors import SomatError
    from app.services.registry import create_registry

    password = read_new_password(args, "Mật khẩu người quản trị: ", allow_current=True)
    try:
        registry, code = create_registry(
            args.db, agency_name=args.org, superior_body=args.superior_body, admin_username=args.admin,
            admin_full_name=args.full_name or args.admin, password=password, place=args.place,
            unit_level=args.unit_level, admin_is_head=not args.not_head)
    except SomatError as exc:
        return fail(exc)
    fingerprint = registry.root_fingerprint
    registry.close()
    print(f"Đã tạo sổ: {args.db}")
    print(f"Người quản trị: {args.admin}")
    print()
    print(WARNING)
    print()
    print(f"    {code}")
    print()
    print("Dấu vân tay khóa gốc — chép cùng tờ mã khôi phục; dùng để kiểm tra nhật ký kiểm toán bằng "
          "«somat audit verify --root-key»:")
    print()
    print(f"    {fingerprint}")
    print()
    return 0
