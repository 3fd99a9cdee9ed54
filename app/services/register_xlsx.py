"""Export of a register view (the rows a clerk filtered on screen) to an encrypted Excel workbook.

- The workbook holds the book's printed columns, one sheet per legal regime present (a 2018-regime row
  keeps the 2018 form's columns), with the rule pack's column labels and numbers.
- A summary the row's regime forbids (Tuyệt mật under the 2026 decree) is never written: the printed
  adapter (``printing_adapters.document_row``) already withholds it.
- Every cell is written as text (``strings_to_formulas`` off): a value such as ``=HYPERLINK(…)`` typed
  into a register stays text in Excel and can never run as a formula.
- Nothing in plaintext touches the disk: XlsxWriter assembles the workbook in memory (``in_memory``;
  openpyxl would write each sheet to a temporary file first) and msoffcrypto-tool encrypts it with
  ECMA-376 Agile encryption (AES-256, SHA-512) before the one write of the caller.
- The export is an audit event (book, filters, row count, SHA-256 of the encrypted file).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import msoffcrypto.format.ooxml
import xlsxwriter
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.encrypt import check_password
from app.export.local import save_encrypted_file
from app.models import Document
from app.printing.wording import kind_and_summary
from app.rules import pack
from app.services import audit, search
from app.services.actor import Actor
from app.services.paperwork import approved_drives
from app.services.printing_adapters import document_row
from app.services.roles import require

SHEET_NAMES = {"den": "Sổ đến", "di": "Sổ đi"}
_CHUNK = 500


@dataclass(frozen=True)
class XlsxExport:
    data: bytes  # the encrypted workbook
    rows: int
    sha256: str


def _documents(session: Session, ids: Sequence[int]) -> list[Document]:
    found: dict[int, Document] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        found.update((d.id, d) for d in session.scalars(select(Document).where(Document.id.in_(chunk))))
    return [found[i] for i in ids if i in found]


def _workbook(book: str, docs: Sequence[Document]) -> bytes:
    out = io.BytesIO()
    wb = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False,
                                   "strings_to_urls": False, "strings_to_numbers": False})
    head = wb.add_format({"bold": True, "text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    by_regime: dict[str, list[Document]] = {}
    for doc in docs:
        by_regime.setdefault(doc.regime, []).append(doc)
    if not by_regime:
        by_regime[""] = []
    for regime, rows in sorted(by_regime.items(), key=lambda kv: pack(kv[0]).effective_from if kv[0] else dt.date.min):
        rule_pack = pack(regime) if regime else None
        form = rule_pack.register(book) if rule_pack else None
        name = SHEET_NAMES[book] + (f" ({rule_pack.effective_from.year})" if len(by_regime) > 1 else "")
        ws = wb.add_worksheet(name[:31])
        columns = form.columns if form else ()
        for c, col in enumerate(columns):
            ws.write_string(0, c, col.label, head)
            ws.write_string(1, c, str(col.number), head)
            ws.set_column(c, c, max(6.0, col.width * 1.6))
        ws.freeze_panes(2, 0)
        for r, doc in enumerate(rows, start=2):
            values = document_row(doc)
            values["do_mat"] = rule_pack.level(doc.do_mat).name if rule_pack else doc.do_mat
            values["trich_yeu"] = kind_and_summary(values.get("ten_loai"), values.get("trich_yeu"))
            for c, col in enumerate(columns):
                ws.write_string(r, c, str(values.get(col.key, "") or ""), cell)
    wb.close()
    return out.getvalue()


def _encrypt(plain: bytes, password: str) -> bytes:
    encrypted = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(io.BytesIO(plain)).encrypt(password, encrypted)
    return encrypted.getvalue()


def register_xlsx(session: Session, actor: Actor, book: str, password: str, *, text: str | None = None,
                  year: int | None = None, level: str | None = None,
                  status: str | Sequence[str] | None = None, **view) -> XlsxExport:
    """The encrypted workbook of the rows of ``book`` that match the filters (the register view's own
    search: ``view`` takes the rest of ``search.document_ids``' filters — dates, issuer, signer, sort),
    in the view's order; the export is recorded in the audit log (caller's transaction)."""
    require(actor, "documents.export")
    if book not in SHEET_NAMES:
        raise ValueError(book)
    check_password(password)
    ids = search.document_ids(session, book, text, year=year, level=level, status=status, **view)
    docs = _documents(session, ids)
    data = _encrypt(_workbook(book, docs), password)
    digest = hashlib.sha256(data).hexdigest()
    filters = {k: (v.isoformat() if isinstance(v, dt.date) else v)
               for k, v in {"search": text, "year": year, "level": level, "status": status, **view}.items()
               if v is not None and k not in ("sort", "descending")}
    audit.record(session, "register.export_xlsx", actor=actor.username, entity="register", book=book,
                 filters=filters, rows=len(docs), sha256=digest)
    session.flush()
    return XlsxExport(data=data, rows=len(docs), sha256=digest)


def save_register_xlsx(session: Session, actor: Actor, book: str, target: Path, password: str,
                       **filters) -> XlsxExport:
    """Write the encrypted workbook to ``target`` (temporary name, fsync, read back, rename), never to a
    network filesystem or an unapproved removable drive (``app.export.local``)."""
    require(actor, "documents.export")
    export = register_xlsx(session, actor, book, password, **filters)
    approved = [(u.vendor_id, u.product_id, u.serial) for u in approved_drives(session)]
    save_encrypted_file(target, export.data, approved, replace=False)
    return export
