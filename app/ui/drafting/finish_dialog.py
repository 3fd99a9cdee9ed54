"""Finishing a draft: it becomes a line of the outgoing book with its level and basis; printing it with the
red level stamp (rendered in memory, never to a file)."""
from __future__ import annotations

from app.ui.dialogs.document_form_dialog import DocumentFormDialog
from app.ui.qt import QBuffer, QCoreApplication, QPdfWriter

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


class FinishDraftDialog(DocumentFormDialog):
    """The outgoing-book form, pre-filled from the draft; saving calls ``drafts.finish_draft``."""

    def __init__(self, ctx, draft_id: int, content, parent=None):
        self.draft_id = draft_id
        super().__init__(ctx, "di", parent)
        self.setWindowTitle(_tr("drafting", "Hoàn thành dự thảo và vào Sổ đăng ký BMNN đi"))
        self.form.set_value("do_mat", content.do_mat)
        self.form.widgets["do_mat"].setEnabled(False)
        self.form.widgets["do_mat"].setToolTip(_tr("drafting", "Độ mật lấy theo dự thảo."))
        self.picker.set_choice(content.catalogue)

    def _register(self, values) -> None:
        from app.services import documents, drafts

        actor, draft_id = self.ctx.actor, self.draft_id
        data = documents.OutgoingInput(**values)
        self.buttons.setEnabled(False)
        self.ctx.tasks.run_db(lambda s: drafts.finish_draft(s, actor, draft_id, data).id, self._done, self._error,
                              label=_tr("drafting", "Đang vào sổ đi…"), parent=self)


def draft_pdf(pack, document, level: str) -> bytes:
    """The draft body as A4 PDF bytes with the độ mật stamp on the first page (GUI thread: QTextDocument)."""
    from app.printing import stamps

    buffer = QBuffer()
    buffer.open(QBuffer.ReadWrite)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle("")
    document.print_(writer)
    del writer
    pdf = bytes(buffer.data())
    buffer.close()
    return stamps.mark_level(pdf, pack, level)
