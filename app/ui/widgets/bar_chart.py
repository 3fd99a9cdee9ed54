"""A small bar chart drawn with QPainter (no QtCharts): ``set_data([(label, value), ...])``."""
from __future__ import annotations

from app.ui.qt import QColor, QCoreApplication, QFont, QPainter, QPen, QSize, Qt, QWidget

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

BAR_COLOURS = ("#2f6db5", "#c0392b", "#d68910", "#1e8449", "#7d3c98", "#566573")


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None, title: str = ""):
        super().__init__(parent)
        self._title = title
        self._data: list[tuple[str, int]] = []
        self.setMinimumHeight(160)

    def set_data(self, data, title: str | None = None) -> None:
        self._data = [(str(label), int(value or 0)) for label, value in data]
        if title is not None:
            self._title = title
        self.update()

    def data(self) -> list[tuple[str, int]]:
        return list(self._data)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, 200)

    def paintEvent(self, _event):  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        rect = self.rect().adjusted(8, 8, -8, -8)
        fm = p.fontMetrics()
        line = fm.height()
        top = rect.top()
        if self._title:
            bold = QFont(p.font())
            bold.setBold(True)
            p.setFont(bold)
            p.drawText(rect.left(), top + fm.ascent(), self._title)
            p.setFont(self.font())
            top += line + 6
        if not self._data:
            p.setPen(QPen(self.palette().placeholderText().color()))
            p.drawText(rect.adjusted(0, top - rect.top(), 0, 0), Qt.AlignCenter, _tr("bar_chart", "Chưa có số liệu"))
            return
        bottom = rect.bottom() - line - 4
        height = max(10, bottom - top - line)
        peak = max(v for _, v in self._data) or 1
        slot = rect.width() / len(self._data)
        bar_w = max(8.0, min(56.0, slot * 0.6))
        for i, (label, value) in enumerate(self._data):
            x = rect.left() + i * slot + (slot - bar_w) / 2
            h = height * value / peak
            p.fillRect(int(x), int(bottom - h), int(bar_w), int(h), QColor(BAR_COLOURS[i % len(BAR_COLOURS)]))
            p.setPen(self.palette().text().color())
            p.drawText(int(x - 20), int(bottom - h - line), int(bar_w + 40), line, Qt.AlignCenter, str(value))
            shown = fm.elidedText(label, Qt.ElideRight, int(slot))
            p.drawText(int(rect.left() + i * slot), bottom + 4, int(slot), line, Qt.AlignCenter, shown)
        p.setPen(QPen(self.palette().mid().color()))
        p.drawLine(rect.left(), bottom, rect.right(), bottom)
