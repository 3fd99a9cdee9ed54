"""Export of reports to an approved secure USB drive (no database, no Qt).

Typical use by the services layer::

    result = export_to_usb(mountpoint, approved, pdf_bytes, bundle_bytes, password, "bao-cao-2026")
    # then write an audit event with result.files (name, sha256) in the same transaction
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from app.export.atomic import remove, write_atomically
from app.export.encrypt import check_password, encrypt_pdf
from app.export.errors import BundleError, ExportError, ExportRefused
from app.export.target import open_target

__all__ = ["BundleError", "ExportError", "ExportRefused", "ExportResult", "export_to_usb"]


@dataclass(frozen=True)
class ExportResult:
    directory: str
    files: tuple[tuple[str, str], ...]     # (file name, SHA-256 hex) as written and read back


def export_to_usb(mountpoint: str | os.PathLike, approved: Iterable[Any], pdf_bytes: bytes,
                  bundle_bytes: bytes | None, password: str, basename: str,
                  identify: Callable[[str], Any] | None = None) -> ExportResult:
    """Check the drive, encrypt the PDF (AES-256) and write ``<basename>.pdf`` and
    ``<basename>.somat.json`` atomically. All or nothing: if the second file fails, the first is
    removed. Raises :class:`ExportRefused` / :class:`ExportError` with a Vietnamese message."""
    check_password(password)
    files: list[tuple[str, str]] = []
    with open_target(mountpoint, approved, identify) as target:   # resolved and checked once
        outputs = [(f"{basename}.pdf", encrypt_pdf(pdf_bytes, password))]
        if bundle_bytes is not None:
            outputs.append((f"{basename}.somat.json", bundle_bytes))
        try:
            for name, data in outputs:
                files.append((name, write_atomically(target.path, name, data, dir_fd=target.fd)))
        except ExportError:
            for name, _ in files:
                remove(name, target.fd)
            raise
        return ExportResult(target.path, tuple(files))
