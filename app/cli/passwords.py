"""Passwords for the command line: ``--password-file``, ``SOMAT_PASSWORD``, or a hidden prompt.

New passwords (``init``, ``user add``, ``user passwd``) come from ``--new-password-file``,
``SOMAT_NEW_PASSWORD`` or a prompt asked twice (``init`` also accepts the ordinary sources, since
there is no old password). ``--user`` defaults to ``SOMAT_USER``, else to the only login of the
registry. Passwords are never echoed, logged or put in an error message.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.cli.main import UsageError


def add_login_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="TÊN", default=None,
                        help="tên đăng nhập (mặc định: SOMAT_USER, hoặc người dùng duy nhất của sổ)")
    parser.add_argument("--password-file", type=Path, metavar="TỆP", default=None,
                        help="đọc mật khẩu từ dòng đầu của tệp (hoặc đặt SOMAT_PASSWORD; mặc định: hỏi)")


def add_new_password_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-password-file", type=Path, metavar="TỆP", default=None,
                        help="đọc mật khẩu mới từ tệp (hoặc đặt SOMAT_NEW_PASSWORD; mặc định: hỏi hai lần)")


def read_password_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"không đọc được tệp mật khẩu «{path}»: {exc.strerror}") from None
    line = text.splitlines()[0] if text else ""
    if not line:
        raise UsageError(f"tệp mật khẩu «{path}» trống")
    return line


def _prompt(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError("cần mật khẩu: dùng --password-file hoặc biến môi trường SOMAT_PASSWORD")
    return getpass.getpass(prompt)


def read_password(args: argparse.Namespace, prompt: str = "Mật khẩu: ") -> str:
    if getattr(args, "password_file", None):
        return read_password_file(args.password_file)
    if os.environ.get("SOMAT_PASSWORD"):
        return os.environ["SOMAT_PASSWORD"]
    return _prompt(prompt)


def read_new_password(args: argparse.Namespace, prompt: str = "Mật khẩu mới: ", *,
                      allow_current: bool = False) -> str:
    if getattr(args, "new_password_file", None):
        return read_password_file(args.new_password_file)
    if os.environ.get("SOMAT_NEW_PASSWORD"):
        return os.environ["SOMAT_NEW_PASSWORD"]
    if allow_current and (getattr(args, "password_file", None) or os.environ.get("SOMAT_PASSWORD")):
        return read_password(args)
    first = _prompt(prompt)
    if _prompt("Nhập lại để xác nhận: ") != first:
        raise UsageError("hai lần nhập mật khẩu không giống nhau")
    return first


def resolve_user(args: argparse.Namespace, db: Path) -> str:
    if getattr(args, "user", None):
        return args.user
    if os.environ.get("SOMAT_USER"):
        return os.environ["SOMAT_USER"]
    from app.services import keystore

    names = keystore.load_keyfile(db).usernames()  # NotSomatFile handled by the caller
    if len(names) == 1:
        return names[0]
    raise UsageError("sổ có nhiều người dùng: hãy ghi --user TÊN (hoặc đặt SOMAT_USER)")


def fail(exc: Exception) -> int:
    """Print an expected error (SomatError) as its Vietnamese message; exit code 1."""
    print(f"Lỗi: {getattr(exc, 'message', str(exc))}", file=sys.stderr)
    return 1


def open_for_cli(args: argparse.Namespace, db: Path, **kwargs):
    """Open the registry named by ``--db`` with the CLI's user and password."""
    from app.services.registry import open_registry

    user = resolve_user(args, db)
    return open_registry(db, user, read_password(args), **kwargs)
