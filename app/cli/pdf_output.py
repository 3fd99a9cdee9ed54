"""Writing a PDF the user asked for (``--out``): always AES-256 encrypted, never to a network or an
unapproved removable drive, and recorded in the audit log.

The PDF password comes from ``--pdf-password-file``, ``SOMAT_PDF_PASSWORD`` or a prompt asked twice;
it is never echoed or logged.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli.main import UsageError

PDF_PASSWORD_ENV = "SOMAT_PDF_PASSWORD"


def add_pdf_password_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf-password-file", type=Path, metavar="TỆP", default=None,
                        help="mật khẩu mở tệp PDF (mã hóa AES-256) từ dòng đầu của tệp "
                             f"(hoặc {PDF_PASSWORD_ENV}; mặc định: hỏi hai lần)")


def read_pdf_password(args: argparse.Namespace) -> str:
    from app.cli.passwords import _prompt, read_password_file

    if getattr(args, "pdf_password_file", None):
        return read_password_file(args.pdf_password_file)
    if os.environ.get(PDF_PASSWORD_ENV):
        return os.environ[PDF_PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise UsageError("tệp PDF luôn được mã hóa: cần mật khẩu mở tệp qua --pdf-password-file "
                         f"hoặc biến môi trường {PDF_PASSWORD_ENV}")
    first = _prompt("Mật khẩu mở tệp PDF: ")
    if _prompt("Nhập lại: ") != first:
        raise UsageError("hai lần nhập mật khẩu không giống nhau")
    return first


def registry_pdf(args, build, what: str, **details) -> int:
    """Open the registry of ``args.db``, ``build(session, pack) -> bytes``, save it encrypted as
    ``args.out`` and record ``pdf.output`` in the audit log (the file is removed if that fails)."""
    from app.cli.passwords import fail, open_for_cli
    from app.export import ExportError
    from app.export.encrypt import check_password
    from app.services import audit
    from app.services.errors import SomatError
    from app.services.paperwork import approved_drives

    password = read_pdf_password(args)
    try:
        check_password(password)
    except ExportError as exc:
        return fail(exc)
    try:
        registry = open_for_cli(args, args.db)
    except SomatError as exc:
        return fail(exc)
    written = None
    try:
        with registry.begin() as session:
            pdf = build(session, registry.pack)
            approved = [(u.vendor_id, u.product_id, u.serial) for u in approved_drives(session)]
            written, digest = save_encrypted(args.out, pdf, password, approved)
            audit.record(session, "pdf.output", actor=registry.actor.username, entity=what,
                         file=os.path.basename(written), directory=os.path.dirname(written), sha256=digest,
                         encryption="AES-256", **details)
    except (SomatError, ExportError) as exc:
        _remove(written)
        return fail(exc)
    except BaseException:
        _remove(written)
        raise
    finally:
        registry.close()
    return _done(written, pdf)


def save_encrypted(out: Path, pdf: bytes, password: str, approved) -> tuple[str, str]:
    from app.export.local import save_pdf

    return save_pdf(out, pdf, password, approved)


def write_pdf(path: Path, data: bytes, password: str) -> int:
    """Save a PDF that has no registry to audit it (``report consolidate``): encrypted, local disks only."""
    from app.cli.passwords import fail
    from app.export import ExportError

    try:
        written, _digest = save_encrypted(path, data, password, approved=())
    except ExportError as exc:
        return fail(exc)
    return _done(written, data)


def _remove(path: str | None) -> None:
    if path:
        try:
            os.unlink(path)
        except OSError:
            pass


def _done(path: str, data: bytes) -> int:
    print(f"Đã ghi {path} ({len(data) // 1024 + 1} KB), mã hóa AES-256: chỉ mở được bằng mật khẩu vừa nhập. "
          "Tệp có nội dung BMNN: in xong thì xóa.")
    return 0
