"""Print preview and printing of every paper the registry produces, from memory only.

The PDF bytes come from ``app.printing`` (built off the GUI thread); pages are rendered to images in
memory (``pdf_pages``, pypdfium2) for the preview. Printing streams the same bytes to a CUPS queue
(``app.services.print_queue``: ``lp -d QUEUE -`` on standard input) — not Qt's print engine, which
spools through a temporary file — and records the job in the audit log. The PDF is never written to a
file by this dialog.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.ui.dialogs import pdf_pages
from app.ui.dialogs.print_options_dialog import PrintOptionsDialog
from app.ui.models.vocabulary import register_title
from app.ui.qt import (
    QCoreApplication, QDialog, QHBoxLayout, QLabel, QPixmap, QPushButton, QScrollArea, Qt, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.messages import error_text, show_error

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


class PrintPreviewDialog(QDialog):
    rendered = Signal(int)  # pages shown
    printed = Signal(object)  # app.services.print_queue.PrintJob accepted by CUPS

    def __init__(self, ctx, title: str, pdf: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.pdf, self.title = ctx, pdf, title
        self.options: PrintOptionsDialog | None = None
        self.last_job = None
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
        if pdf_pages.renderer() is None:  # printing does not need it: CUPS renders the PDF
            self.info.setText(self._pages_text + " " + _tr("print", "Máy này chưa có bộ hiển thị PDF (pypdfium2) nên "
                                                                    "không xem trước được; vẫn in được. Hãy cài đủ bộ "
                                                                    "cài đặt Sổ Mật."))
        else:
            data = pdf
            ctx.tasks.run(lambda: pdf_pages.render_pages(data), self._show, self._failed)

    def _show(self, images) -> None:
        self.images = list(images)
        shown = self.scroll.viewport().width() if self.isVisible() else self.width() - 50
        width = max(300, shown - 24)  # a whole page across, no sideways scrolling
        for i, image in enumerate(self.images, start=1):
            label = QLabel()
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setStyleSheet("border:1px solid #999; background:white;")
            label.setFixedSize(pixmap.width() + 2, pixmap.height() + 2)  # the sheet's own shape (an envelope is wide)
            label.setToolTip(_tr("print", "Trang {i}/{n}").format(i=i, n=len(self.images)))
            self.pages_layout.addWidget(label)
        self.info.setText(self._pages_text)
        self.rendered.emit(len(self.images))

    def _failed(self, exc: Exception) -> None:
        self.info.setText(error_text(exc))

    def print_pages(self) -> PrintOptionsDialog:
        """Ask printer, copies and pages (our dialog); on "In" stream the PDF to that CUPS queue."""
        self.options = PrintOptionsDialog(self.ctx.tasks, self.pages_count, self)
        self.options.accepted.connect(self._submit)
        self.options.open()
        return self.options

    def _submit(self) -> None:
        from app.services import print_queue

        options, pdf = self.options, self.pdf
        queue, copies, pages = options.queue, options.copies.value(), options.page_list
        self.print_button.setEnabled(False)
        self.info.setText(self._pages_text + " " + _tr("print", "Đang gửi tới máy in «{queue}»…").format(queue=queue))
        self.ctx.tasks.run(lambda: print_queue.submit(pdf, queue, copies=copies, pages=pages), self._sent,
                           self._send_failed, label=_tr("print", "Đang gửi tới máy in…"), parent=self)

    def _sent(self, job) -> None:
        from app.services import print_queue

        self.print_button.setEnabled(True)
        self.last_job = job
        self.info.setText(self._pages_text + " " + _tr("print", "Đã gửi tới máy in «{queue}» (lệnh in {job}).").format(
            queue=job.queue, job=job.job_id))
        if self.ctx.registry is not None:
            actor, title, count = self.ctx.actor, self.title, self.pages_count
            self.ctx.tasks.run_db(lambda s: print_queue.record_print(s, actor, title, job, count),
                                  lambda _r: self.ctx.signals.data_changed.emit("print"),
                                  lambda exc: show_error(self, exc), owner=self)
        self.printed.emit(job)

    def _send_failed(self, exc: Exception) -> None:
        self.print_button.setEnabled(True)
        self.info.setText(self._pages_text)
        show_error(self, exc, _tr("print", "Kiểm tra máy in rồi in lại."))


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

