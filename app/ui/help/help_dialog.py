"""The help window: the list of topics (the quick guide first) and the chosen topic, Markdown rendered by Qt."""
from __future__ import annotations

from app.ui.help import GUIDE, load_topic, topic_keys
from app.ui.qt import (
    QCoreApplication, QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, Qt,
    QVBoxLayout, QWidget,
)

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


class HelpDialog(QDialog):
    def __init__(self, pack, key: str = GUIDE, parent: QWidget | None = None):
        super().__init__(parent)
        self.pack = pack
        self.setWindowTitle(_tr("help", "Trợ giúp Sổ Mật"))
        self.setObjectName("help_dialog")
        self.resize(900, 620)
        self.topics = QListWidget()
        self.topics.setObjectName("help_topics")
        self.topics.setFixedWidth(250)
        self.topics.setWordWrap(True)  # long titles on two lines, no sideways scrolling
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.topics.setSpacing(2)
        self.keys = topic_keys()
        for k in self.keys:
            title, _text = load_topic(k, pack)
            item = QListWidgetItem(title)
            item.setData(Qt.UserRole, k)
            self.topics.addItem(item)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setOpenLinks(False)  # offline: no link leaves the window
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(_tr("help", "Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.topics.currentRowChanged.connect(self._row)
        self.show_topic(key)

    @property
    def topic(self) -> str:
        item = self.topics.currentItem()
        return item.data(Qt.UserRole) if item is not None else ""

    def show_topic(self, key: str) -> None:
        self.topics.setCurrentRow(self.keys.index(key) if key in self.keys else 0)

    def _row(self, row: int) -> None:
        if row < 0:
            return
        _title, text = load_topic(self.keys[row], self.pack)
        self.browser.setMarkdown(text)
