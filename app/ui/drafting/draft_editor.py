"""The rich-text editor of one draft: title, level, catalogue basis, body, a small formatting bar.

The body exists only in this widget's memory and in the encrypted database: no autosave file, no temp
file, no clipboard history of ours. ``wipe()`` clears the text and its undo history.
"""
from __future__ import annotations

from app.ui.dialogs.catalogue_picker import CataloguePicker
from app.ui.drafting.draft_store import DraftContent
from app.ui.models.formatting import level_name
from app.ui.qt import (
    QComboBox, QCoreApplication, QFont, QFormLayout, QHBoxLayout, QKeySequence, QLineEdit, QPushButton,
    QTextCharFormat, QTextEdit, QTextListFormat, Qt, QVBoxLayout, QWidget, Signal,
)

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


class DraftEditor(QWidget):
    edited = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.draft_id: int | None = None
        self.dirty = False
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setObjectName("draft_title")
        self.title.setPlaceholderText(_tr("drafting", "Tên dự thảo (không in ra)"))
        self.level = QComboBox()
        for lv in sorted(ctx.pack.levels, key=lambda lv: -lv.rank):
            self.level.addItem(level_name(ctx.pack, lv.code), lv.code)
        self.level.setCurrentIndex(self.level.findData("mat"))
        self.basis = CataloguePicker(ctx.tasks)
        form.addRow(_tr("drafting", "Tên dự thảo"), self.title)
        form.addRow(_tr("drafting", "Độ mật"), self.level)
        form.addRow(_tr("drafting", "Căn cứ danh mục BMNN"), self.basis)

        bar = QHBoxLayout()
        self.bold = self._tool(bar, _tr("drafting", "Đậm"), "Ctrl+B", self._toggle_bold)
        self.italic = self._tool(bar, _tr("drafting", "Nghiêng"), "Ctrl+I",
                                 lambda: self.body.setFontItalic(not self.body.fontItalic()))
        self.underline = self._tool(bar, _tr("drafting", "Gạch chân"), "Ctrl+U",
                                    lambda: self.body.setFontUnderline(not self.body.fontUnderline()))
        self._tool(bar, _tr("drafting", "Danh sách"), None, self._bullets)
        self._tool(bar, _tr("drafting", "Căn giữa"), "Ctrl+E", lambda: self.body.setAlignment(
            Qt.AlignLeft if self.body.alignment() & Qt.AlignHCenter else Qt.AlignHCenter))
        bar.addStretch(1)

        self.body = QTextEdit()
        self.body.setObjectName("draft_body")
        self.body.setAcceptRichText(True)
        self.body.setFont(QFont("Liberation Serif", 13))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)
        self.body.textChanged.connect(self._changed)
        self.title.textEdited.connect(lambda _t: self._changed())
        self.level.currentIndexChanged.connect(lambda _i: self._changed())
        self.basis.changed.connect(lambda _c: self._changed())

    def _tool(self, bar, text, shortcut, slot):
        b = QPushButton(text)
        b.setAutoDefault(False)
        if shortcut:
            b.setShortcut(QKeySequence(shortcut))
            b.setToolTip(shortcut)
        b.clicked.connect(slot)
        bar.addWidget(b)
        return b

    def _toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Normal if self.body.fontWeight() > QFont.Normal else QFont.Bold)
        self.body.mergeCurrentCharFormat(fmt)

    def _bullets(self) -> None:
        self.body.textCursor().createList(QTextListFormat.ListDisc)

    def _changed(self) -> None:
        self.dirty = True
        self.edited.emit()

    # -- content ---------------------------------------------------------------------------------
    def content(self) -> DraftContent:
        return DraftContent(self.draft_id, self.title.text().strip(), self.body.toHtml(),
                            self.level.currentData(), self.basis.choice())

    def set_content(self, content: DraftContent) -> None:
        self.draft_id = content.id
        self.title.setText(content.title)
        self.level.setCurrentIndex(max(0, self.level.findData(content.do_mat)))
        self.basis.set_choice(content.catalogue)
        self.body.setHtml(content.body_html)
        self.body.document().clearUndoRedoStacks()
        self.dirty = False

    def is_empty(self) -> bool:
        return not self.title.text().strip() and not self.body.toPlainText().strip()

    def wipe(self) -> None:
        """Forget the text in memory: body, undo history, title."""
        self.body.clear()
        self.body.document().clearUndoRedoStacks()
        self.title.clear()
        self.basis.set_choice(None)
        self.draft_id = None
        self.dirty = False
