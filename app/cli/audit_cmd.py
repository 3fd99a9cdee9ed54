"""``somat audit verify --db PATH [--head HEX] [--root-key FINGERPRINT]`` — check the whole chain of
trust of the audit log: the hash chain and the head kept beside the registry, every entry's
signature and the certificates of the keys back to the root key, the roles, the data rows bound to
the log, the protecting triggers and the alarms recorded at unlock. ``--head`` (a head copied from a
printed page or an earlier report) catches a rollback of the whole disk; ``--root-key`` (the
fingerprint on the recovery-code sheet) catches a rebuilt chain of trust.
Exit 0 intact, 1 broken (every finding listed) or refused."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from app.cli.passwords import add_login_args, fail, open_for_cli


def register(subparsers) -> None:
    p = subparsers.add_parser("audit", help="kiểm tra nhật ký kiểm toán",
                              description="Nhật ký kiểm toán của sổ.")
    sub = p.add_subparsers(dest="audit_command", metavar="VIỆC", required=True)
    v = sub.add_parser("verify", help="kiểm tra tính toàn vẹn của chuỗi nhật ký",
                       description="Kiểm tra chuỗi băm, chữ ký, chứng thư khóa, vai trò và dữ liệu của sổ so với "
                                   "nhật ký kiểm toán và đầu chuỗi lưu bên ngoài.")
    v.add_argument("--db", type=Path, required=True, metavar="TỆP", help="tệp sổ")
    v.add_argument("--head", metavar="HEX", help="đầu chuỗi chép từ trang in hoặc báo cáo trước (ít nhất 16 chữ số hex)")
    v.add_argument("--root-key", metavar="DẤU_VÂN_TAY", help="dấu vân tay khóa gốc in trên tờ mã khôi phục")
    add_login_args(v)
    v.set_defaults(func=verify)


def verify(args: argparse.Namespace) -> int:
    from app.services import signing
    from app.services.errors import SomatError

    paper_head = re.sub(r"[\s:\-]", "", args.head or "").lower() or None
    if paper_head is not None and not re.fullmatch(r"[0-9a-f]{16,64}", paper_head):
        print("Lỗi: đầu chuỗi phải gồm ít nhất 16 chữ số hệ mười sáu (0-9, a-f).", file=sys.stderr)
        return 1
    root = None
    if args.root_key:
        try:
            root = signing.normalise_fingerprint(args.root_key)
        except ValueError:
            print("Lỗi: dấu vân tay khóa gốc phải gồm 64 chữ số hệ mười sáu.", file=sys.stderr)
            return 1
    try:
        registry = open_for_cli(args, args.db, read_only=True)
    except SomatError as exc:
        return fail(exc)
    try:
        alarms = [alarm.code for alarm in registry.alarms]  # found while opening (read-only: not recorded)
        result = registry.verify_audit(paper_head=paper_head, root_fingerprint=root)
    finally:
        registry.close()
    if alarms:
        print("CẢNH BÁO khi mở sổ để kiểm tra (chưa ghi vào nhật ký vì chỉ kiểm tra, không ghi): "
              + ", ".join(alarms) + ".")
    if result.ok and not alarms:
        anchors = (" Khớp với đầu chuỗi chép từ giấy." if paper_head else "") + \
                  (" Khóa gốc khớp với dấu vân tay in trên giấy." if root else "")
        if result.root_fingerprint is None:
            print(f"Chuỗi băm của nhật ký kiểm toán toàn vẹn: {result.count} bản ghi, khớp với đầu chuỗi lưu bên "
                  f"ngoài.{anchors} Sổ của phiên bản trước chưa được nâng cấp nên chưa có chữ ký: hãy mở sổ "
                  "bằng chương trình một lần rồi kiểm tra lại.")
        else:
            print(f"Nhật ký kiểm toán toàn vẹn: {result.count} bản ghi, đủ chữ ký, khớp với đầu chuỗi lưu bên "
                  f"ngoài và với dữ liệu của sổ.{anchors}")
        print(f"Đầu chuỗi: {result.head.hash}")
        if result.root_fingerprint:
            print(f"Khóa gốc: {signing.display_fingerprint(result.root_fingerprint)}")
        return 0
    print(f"NHẬT KÝ KIỂM TOÁN KHÔNG TOÀN VẸN: {len(result.problems) + len(alarms)} vấn đề.")
    for problem in result.problems:
        print(f"  - {problem}.")
    return 1
