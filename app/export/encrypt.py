"""AES-256 PDF encryption (pypdf): any PDF reader opens the result with the export password."""
from __future__ import annotations

import io
import secrets

from pypdf import PdfReader, PdfWriter

from app.export.errors import ExportError

MIN_PASSWORD = 8


def check_password(password: str | None) -> None:
    if not password or not password.strip():
        raise ExportError("Chưa nhập mật khẩu xuất dữ liệu; báo cáo phải được mã hóa.")
    if len(password) < MIN_PASSWORD:
        raise ExportError(f"Mật khẩu xuất dữ liệu quá ngắn: cần ít nhất {MIN_PASSWORD} ký tự.")


def encrypt_pdf(pdf_bytes: bytes, password: str) -> bytes:
    """Encrypt with AES-256 (PDF 2.0 / R6). The owner password is random and never stored, so the
    export password opens the file and nothing else unlocks its permissions."""
    check_password(password)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(32),
                   algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
