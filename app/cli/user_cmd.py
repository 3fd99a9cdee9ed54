"""``somat user add|passwd|remove|rekey`` — logins (key slots) of a registry.

- ``add --login NAME [--full-name …] [--role …]``: give a person a login (creates the person if new);
- ``passwd``: change your own password (``--login`` another's, administrators only);
- ``remove --login NAME``: withdraw a login (then consider ``rekey``);
- ``rekey [--new-recovery-code]``: a fresh database key (head of the agency only).
The acting user opens the registry with ``--user`` / ``--password-file`` / ``SOMAT_PASSWORD``; new
passwords come from ``--new-password-file`` / ``SOMAT_NEW_PASSWORD`` / a prompt.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.passwords import (
    add_login_args,
    add_new_password_args,
    fail,
    open_for_cli,
    read_new_password,
    read_password,
    read_password_file,
    resolve_user,
)


def register(subparsers) -> None:
    p = subparsers.add_parser("user", help="quản lý đăng nhập của sổ",
                              description="Cấp, đổi, thu hồi mật khẩu đăng nhập; đổi khóa của sổ.")
    sub = p.add_subparsers(dest="user_command", metavar="VIỆC", required=True)

    def common(name, help_, func):
        q = sub.add_parser(name, help=help_, description=help_)
        q.add_argument("--db", type=Path, required=True, metavar="TỆP", help="tệp sổ")
        add_login_args(q)
        q.set_defaults(func=func)
        return q

    a = common("add", "cấp quyền đăng nhập cho một người", run_add)
    a.add_argument("--login", required=True, metavar="TÊN", help="tên đăng nhập của người được cấp")
    a.add_argument("--full-name", default=None, metavar="HỌ_TÊN", help="họ và tên (khi người này chưa có trong sổ)")
    a.add_argument("--role", default="van_thu", choices=["van_thu", "can_bo_bao_mat", "lanh_dao", "quan_tri"])
    add_new_password_args(a)
    w = common("passwd", "đổi mật khẩu", run_passwd)
    w.add_argument("--login", default=None, metavar="TÊN", help="đổi cho người khác (cần mật khẩu cũ của họ)")
    w.add_argument("--old-password-file", type=Path, default=None, metavar="TỆP",
                   help="mật khẩu cũ của người đó (khi khác người thực hiện)")
    add_new_password_args(w)
    r = common("remove", "thu hồi quyền đăng nhập", run_remove)
    r.add_argument("--login", required=True, metavar="TÊN")
    k = common("rekey", "đổi khóa mã hóa của sổ (người đứng đầu cơ quan)", run_rekey)
    k.add_argument("--new-recovery-code", action="store_true",
                   help="đồng thời cấp mã khôi phục mới (mã cũ hết hiệu lực)")


def run_add(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.models import User
    from app.services.errors import SomatError
    from app.services.registry import add_login, add_person_with_login

    try:
        registry = open_for_cli(args, args.db)
        try:
            with registry.session() as s:
                exists = s.scalar(select(User.id).where(User.username == args.login)) is not None
            password = read_new_password(args, f"Mật khẩu cho {args.login}: ")
            if exists:
                add_login(registry, args.login, password)
            else:  # every check first: a refusal leaves no half-made person behind
                add_person_with_login(registry, args.login, password, full_name=args.full_name or args.login,
                                      role=args.role)
        finally:
            registry.close()
    except SomatError as exc:
        return fail(exc)
    print(f"Đã cấp quyền đăng nhập cho «{args.login}».")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    from app.services.errors import SomatError
    from app.services.registry import change_password, open_registry

    try:
        me = resolve_user(args, args.db)
        current = read_password(args)
        registry = open_registry(args.db, me, current)
        try:
            target = args.login or me
            old = current if target == me else (read_password_file(args.old_password_file) if args.old_password_file
                                                 else read_password(args, f"Mật khẩu cũ của {target}: "))
            change_password(registry, target, old, read_new_password(args))
        finally:
            registry.close()
    except SomatError as exc:
        return fail(exc)
    print("Đã đổi mật khẩu.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from app.services.errors import SomatError
    from app.services.registry import remove_login

    try:
        registry = open_for_cli(args, args.db)
        try:
            remove_login(registry, args.login)
        finally:
            registry.close()
    except SomatError as exc:
        return fail(exc)
    print(f"Đã thu hồi quyền đăng nhập của «{args.login}». Nếu người này có thể còn giữ bản sao tệp sổ, "
          "hãy đổi khóa của sổ: somat user rekey.")
    return 0


def run_rekey(args: argparse.Namespace) -> int:
    from app.cli.init_cmd import WARNING
    from app.services.errors import SomatError
    from app.services.registry import rekey

    try:
        registry = open_for_cli(args, args.db)
        try:
            code = rekey(registry, new_recovery_code=args.new_recovery_code)
            fingerprint = registry.root_fingerprint
        finally:
            registry.close()
    except SomatError as exc:
        return fail(exc)
    print("Đã đổi khóa mã hóa của sổ; mọi người dùng giữ nguyên mật khẩu.")
    if code:
        print()
        print(WARNING)
        print(f"\n    {code}\n")
        print("Mã khôi phục cũ đã hết hiệu lực.")
        if fingerprint:  # unchanged: chép lại cùng mã mới
            print(f"Dấu vân tay khóa gốc (không đổi; chép cùng mã mới): {fingerprint}")
    return 0
