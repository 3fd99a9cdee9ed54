"""A "SỔ MẪU" watermark over the window of a demonstration registry (issue 12 #13): the sample data is not an
official register, and a screenshot or a photo of the screen must say so. It never takes a click."""
from __future__ import annotations

from app.ui.qt import QColor, QCoreApplication, QEvent, QFont, QPainter, QPen, Qt, QWidget

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


class Watermark(QWidget):
    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setObjectName("demoWatermark")
        self.text = _tr("watermark", "SỔ MẪU")
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.NoFocus)
        target.installEventFilter(self)
        self.setGeometry(target.rect())
        self.hide()

    def set_shown(self, shown: bool) -> None:
        self.setVisible(shown)
        if shown:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if obj is self.parentWidget() and event.type() in (QEvent.Resize, QEvent.ChildAdded, QEvent.LayoutRequest):
            self.setGeometry(obj.rect())
            if self.isVisible():
                self.raise_()  # above pages created later
        return False

    def paintEvent(self, _event):  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(48, min(self.width(), self.height()) // 6))
        painter.setFont(font)
        painter.setPen(QPen(QColor(183, 28, 28, 30)))
        painter.translate(self.width() / 2, self.height() / 2)
        painter.rotate(-28)
        span = painter.fontMetrics().horizontalAdvance(self.text)
        step = int(font.pixelSize() * 2.6)
        for dy in (-step, 0, step):
            painter.drawText(-span // 2, dy, self.text)
        painter.end()
