"""``somat check`` — the hardware check, for inspectors and scripts.

Exit codes: 0 pass, 1 fail (drafting must be blocked), 2 usage or internal error.
"""
from __future__ import annotations

import argparse
import logging
import sys

log = logging.getLogger(__name__)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="kiểm tra máy có được phép soạn thảo bí mật nhà nước",
        description=("Kiểm tra máy (hoặc ổ đĩa của máy khác gắn tại --root): kết nối mạng, lịch sử "
                     "Internet, lịch sử USB, tem an toàn. Mã thoát: 0 đạt, 1 không đạt, 2 lỗi."),
    )
    parser.add_argument("--root", default="/", metavar="THƯ_MỤC",
                        help="thư mục gốc cần kiểm tra (mặc định /; khác / thì bỏ qua kiểm tra trực tiếp)")
    parser.add_argument("--approved-usb", action="extend", nargs="+", default=[], metavar="USB",
                        help="USB an toàn đã phê duyệt: VVVV:PPPP:SERIAL (khuyến nghị) hoặc chỉ SERIAL "
                             "(yếu hơn: không đủ để phê duyệt khi biết mã hãng/sản phẩm)")
    parser.add_argument("--allow-lan-mac", action="extend", nargs="+", default=[], metavar="MAC",
                        help="địa chỉ MAC của giao diện thuộc mạng LAN độc lập đã đăng ký")
    parser.add_argument("--allow-lan-uuid", action="extend", nargs="+", default=[], metavar="UUID",
                        help="UUID kết nối NetworkManager của mạng LAN độc lập đã đăng ký")
    parser.add_argument("--allow-lan-interface", action="extend", nargs="+", default=[],
                        metavar="GIAO_DIỆN@DẢI",
                        help="tên giao diện kèm dải mạng hoặc máy chủ DHCP của mạng LAN độc lập, ví dụ "
                             "eth1@10.10.0.0/24 hoặc eth1@10.10.0.1 (chỉ tên giao diện thì không đủ)")
    parser.add_argument("--allow-lan-dhcp-server", action="extend", nargs="+", default=[], metavar="IP",
                        help="địa chỉ (riêng) của máy chủ DHCP thuộc mạng LAN độc lập")
    parser.add_argument("--allow-lan-host", action="extend", nargs="+", default=[], metavar="MÁY_CHỦ",
                        help="máy chủ thuộc mạng LAN độc lập: địa chỉ/dải địa chỉ riêng (10.0.0.0/8…) hoặc "
                             "tên máy chủ cụ thể (không chấp nhận ký tự đại diện như *.gov.vn)")
    parser.add_argument("--tag-machine-id", metavar="ID", help="machine-id ghi trên tem an toàn")
    parser.add_argument("--tag-dmi-uuid", metavar="UUID", help="DMI UUID ghi trên tem an toàn")
    parser.add_argument("--tag-label", metavar="SỐ_TEM", help="số tem an toàn (chỉ để ghi vào báo cáo)")
    parser.add_argument("--strict", action="store_true",
                        help="coi chứng cứ không đầy đủ (thiếu nhật ký) là lý do chặn")
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.hwcheck import Policy, RegisteredTag, run_check
    from app.hwcheck.report import render_json, render_text

    try:
        tag = None
        if args.tag_machine_id or args.tag_dmi_uuid:
            tag = RegisteredTag(args.tag_machine_id, args.tag_dmi_uuid, args.tag_label)
        policy = Policy.from_strings(args.approved_usb, args.allow_lan_mac, registered_tag=tag,
                                     strict_incomplete_evidence=args.strict,
                                     allowed_lan_uuids=args.allow_lan_uuid,
                                     allowed_lan_interfaces=args.allow_lan_interface,
                                     allowed_lan_dhcp_servers=args.allow_lan_dhcp_server,
                                     allowed_lan_hosts=args.allow_lan_host)
    except ValueError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    try:
        verdict = run_check(args.root, policy)
    except NotADirectoryError:
        print(f"Lỗi: thư mục gốc không tồn tại hoặc không phải thư mục: {args.root}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - our bug: a sentence, not a traceback
        log.exception("hardware check failed")
        print(f"Lỗi nội bộ khi kiểm tra: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(render_json(verdict) + "\n" if args.json else render_text(verdict))
    return 0 if verdict.passed else 1
