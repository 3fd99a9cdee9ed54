"""PDF bytes → page images, in memory only (never a temp file).

Uses QtPdf when the installed PySide6 has it, else pypdfium2 when installed; otherwise only the page
count is known (pypdf) and the preview says so. Rendering of loaded data is DB-free work: callers run
it in the task pool (``ctx.tasks.run``); QImage may be built off the GUI thread.
"""
from __future__ import annotations

import io

from app.ui.qt import QBuffer, QByteArray, QImage, QPdfDocument, QSize

PREVIEW_DPI = 96


def _pdfium():
    try:
        import pypdfium2
    except ImportError:
        return None
    return pypdfium2


def renderer() -> str | None:
    if QPdfDocument is not None:
        return "qtpdf"
    if _pdfium() is not None:
        return "pdfium"
    return None


def page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def render_pages(data: bytes, dpi: int = PREVIEW_DPI, pages: range | None = None) -> list[QImage]:
    """Every page (or ``pages``) as a QImage at ``dpi``; [] when no renderer is installed."""
    kind = renderer()
    if kind == "qtpdf":  # pragma: no cover - not in PySide6-Essentials
        return _render_qtpdf(data, dpi, pages)
    if kind == "pdfium":
        return _render_pdfium(data, dpi, pages)
    return []


def _render_pdfium(data: bytes, dpi: int, pages: range | None) -> list[QImage]:
    pdfium = _pdfium()
    doc = pdfium.PdfDocument(data)
    try:
        out = []
        for i in pages if pages is not None else range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
            fmt = QImage.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format_RGBA8888
            raw = bytes(bitmap.buffer)
            image = QImage(raw, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
            bitmap.close()
            page.close()
            out.append(image)
        return out
    finally:
        doc.close()


def _render_qtpdf(data: bytes, dpi: int, pages: range | None) -> list[QImage]:  # pragma: no cover
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    out = []
    for i in pages if pages is not None else range(doc.pageCount()):
        size = doc.pagePointSize(i)
        out.append(doc.render(i, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))))
    doc.close()
    return out
