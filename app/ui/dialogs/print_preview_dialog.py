"""Print preview and printing of every paper the registry produces, from memory only.

The PDF bytes come from ``app.printing`` (built off the GUI thread); pages are rendered to images in
memory (``pdf_pages``) for the preview, and printing paints page images onto the ``QPrinter`` chosen
in the system print dialog. The PDF is never written to a file by this dialog.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.ui.dialogs import pdf_pages
from app.ui.models.vocabulary import register_title
from app.ui.qt import (
    QCoreApplication, QDialog, QHBoxLayout, QLabel, QPainter, QPixmap, QPrintDialog, QPrinter, QPushButton, QRect,
    QScrollArea, Qt, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.messages import error_text, show_error

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

PRINT_DPI_MAX = 300


def _exec_print_dialog(dialog: QPrintDialog) -> int:
    """Run the system print dialog (tests replace this)."""
    return dialog.exec()


class PrintPreviewDialog(QDialog):
    rendered = Signal(int)  # pages shown
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, ctx, title: str, pdf: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.pdf = ctx, pdf
        self.setWindowTitle(_tr("print", "Xem trước khi in — {title}").format(title=title))
        self.resize(900, 900)
        self.pages_count = pdf_pages.page_count(pdf)
        self.images: list = []
        layout = QVBoxLayout(self)
        self._pages_text = _tr("print", "{title}: {n} trang.").format(title=title, n=self.pages_count)
        self.info = QLabel(self._pages_text + " " + _tr("print", "Đang dựng trang xem trước…"))
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignHCenter)
        self.scroll.setWidget(self.pages_widget)
        layout.addWidget(self.scroll, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(_tr("print", "In… (Ctrl+P)"))
        self.print_button.setShortcut("Ctrl+P")
        close = QPushButton(_tr("print", "Đóng"))
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.print_button.clicked.connect(self.print_pages)
        close.clicked.connect(self.reject)
        if pdf_pages.renderer() is None:
            self.info.setText(self._pages_text + " " + _tr("print", "Máy này chưa có bộ hiển thị PDF nên không xem "
                                                                    "trước và không in trực tiếp được; hãy cài đủ bộ "
                                                                    "cài đặt Sổ Mật."))
            self.print_button.setEnabled(False)
        else:
            data = pdf
            ctx.tasks.run(lambda: pdf_pages.render_pages(data), self._show, self._failed)

    def _show(self, images) -> None:
        self.images = list(images)
        for i, image in enumerate(self.images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border:1px solid #999; background:white;")
            label.setToolTip(_tr("print", "Trang {i}/{n}").format(i=i, n=len(self.images)))
            self.pages_layout.addWidget(label)
        self.info.setText(self._pages_text)
        self.rendered.emit(len(self.images))

    def _failed(self, exc: Exception) -> None:
        self.info.setText(error_text(exc))

    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if _exec_print_dialog(dialog) != QDialog.Accepted:
            return
        try:
            self.paint_on(printer)
        except Exception as exc:  # noqa: BLE001 - printer problems are the environment's
            show_error(self, exc, _tr("print", "Kiểm tra máy in rồi in lại."))

    def paint_on(self, printer) -> int:
        """Paint every page onto ``printer`` (any QPagedPaintDevice); returns the page count."""
        dpi = min(PRINT_DPI_MAX, max(72, printer.resolution()))
        images = pdf_pages.render_pages(self.pdf, dpi)
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError(_tr("print", "Không mở được máy in."))
        try:
            for i, image in enumerate(images):
                if i:
                    printer.newPage()
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), scaled.width(), scaled.height()), image)
        finally:
            painter.end()
        self.printed.emit(len(images))
        return len(images)


# -- building papers off the GUI thread -------------------------------------------------------------
def audit_seal(session):
    from app.services import printing_adapters

    return printing_adapters.audit_seal(session)


def preview(ctx, title: str, build: Callable[[Any], bytes], parent: QWidget | None = None) -> None:
    """Build the PDF with ``build(session)`` in the DB worker, then open the preview."""
    def opened(pdf: bytes):
        dialog = PrintPreviewDialog(ctx, title, pdf, parent)
        dialog.open()
        if parent is not None:
            parent._print_preview = dialog

    ctx.tasks.run_db(build, opened, lambda exc: show_error(parent, exc), label=_tr("print", "Đang dựng bản in…"),
                     parent=parent)


def register_pdf(session, pack, book: str, year: int) -> bytes:
    """The book as the services print it (``paperwork.logbook_pdf``): the same rows as the CLI, each on the
    form of its own date's regime, a Tuyệt mật line keeping its tên loại; ``pack`` only for undated rows."""
    from app.services import paperwork

    return paperwork.logbook_pdf(session, book, year, pack)


def print_register(ctx, book: str, year: int, parent: QWidget | None = None) -> None:
    pack = ctx.pack
    title = _tr("print", "{register} năm {year}").format(register=register_title(pack.register(book).title), year=year)
    preview(ctx, title, lambda s: register_pdf(s, pack, book, year), parent)


def marks_pdf(session, pack, doc: dict[str, Any]) -> bytes:
    """Stamp sheet for one document: its level, the A/B/C letter, the period, recall if any."""
    from app.printing import stamps

    items = [stamps.make_stamp(pack, "do_mat", level=doc["do_mat"]),
             stamps.make_stamp(pack, "letter", level=doc["do_mat"])]
    if doc.get("expires_on"):
        items.append(stamps.make_stamp(pack, "thoi_han", until=doc["expires_on"]))
    if doc.get("recall_required"):
        items.append(stamps.make_stamp(pack, "thu_hoi", until=doc.get("recall_deadline")))
    if doc["do_mat"] == "tuyet_mat":
        items.append(stamps.make_stamp(pack, "boc_bi"))
    return stamps.stamp_sheet(pack, audit_seal(session), items)


def print_document_marks(ctx, doc: dict[str, Any], parent: QWidget | None = None) -> None:
    pack = ctx.pack
    title = _tr("print", "Dấu cho {reference}").format(reference=doc.get("so_ky_hieu") or _tr("print", "tài liệu"))
    preview(ctx, title, lambda s: marks_pdf(s, pack, doc), parent)

