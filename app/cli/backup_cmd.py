"""``somat backup --db PATH [--to DIR]`` and ``somat restore --from FILE --db PATH``."""
from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.passwords import add_login_args, fail, open_for_cli, read_password, resolve_user


def register(subparsers) -> None:
    b = subparsers.add_parser("backup", help="sao lưu sổ (mã hóa)",
                              description="Tạo bản sao lưu mã hóa (.somatbak) của sổ.")
    b.add_argument("--db", type=Path, required=True, metavar="TỆP", help="tệp sổ")
    b.add_argument("--to", type=Path, default=None, metavar="THƯ_MỤC",
                   help="thư mục chứa bản sao lưu (mặc định: thư mục sao lưu của chương trình)")
    b.add_argument("--keep", type=int, default=10, metavar="N", help="giữ N bản mới nhất (mặc định 10)")
    add_login_args(b)
    b.set_defaults(func=run_backup)

    r = subparsers.add_parser("restore", help="khôi phục sổ từ bản sao lưu",
                              description="Khôi phục sổ từ bản sao lưu sau khi kiểm tra mật khẩu, tính "
                                          "toàn vẹn và nhật ký kiểm toán; tệp cũ giữ lại với đuôi "
                                          ".before-restore.")
    r.add_argument("--from", dest="source", type=Path, required=True, metavar="TỆP", help="tệp .somatbak")
    r.add_argument("--db", type=Path, required=True, metavar="TỆP", help="tệp sổ sẽ được thay")
    add_login_args(r)
    r.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from app.services.backup import backup_now
    from app.services.errors import SomatError

    try:
        registry = open_for_cli(args, args.db)
        try:
            path = backup_now(registry, args.to, keep=args.keep)
        finally:
            registry.close()
    except SomatError as exc:
        return fail(exc)
    print(f"Đã sao lưu (mã hóa): {path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    import json
    import zipfile

    from app.services.backup import KEYS_MEMBER, restore
    from app.services.errors import SomatError

    import os

    user = args.user or os.environ.get("SOMAT_USER")
    if not user:
        try:  # the only login of the backup, as for --db
            with zipfile.ZipFile(args.source) as zf:
                slots = json.loads(zf.read(KEYS_MEMBER)).get("slots", [])
            names = [s["name"] for s in slots if s.get("kind") == "user"]
            user = names[0] if len(names) == 1 else None
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):
            user = None
        user = user or resolve_user(args, args.db)
    try:
        target = restore(args.source, args.db, user, read_password(args))
    except SomatError as exc:
        return fail(exc)
    print(f"Đã khôi phục sổ {target} từ {args.source} (tệp cũ giữ lại với đuôi .before-restore).")
    return 0
