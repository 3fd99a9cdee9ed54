"""A form whose every field has its Vietnamese error right underneath it.

``FieldForm.add(key, label, widget)`` adds a row; ``set_error(key, text)`` shows a message next to the
field named by a service error's ``.field`` (unknown fields go to the general message at the top);
``value(key)`` reads any of the widgets used here. ``DateField`` is a keyboard-first date box
("05/03/2026", "5/3/2026", "05032026"; empty = no date).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.ui.qt import (
    QT_TRANSLATE_NOOP, QCheckBox, QComboBox, QCoreApplication, QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSpinBox, QTextEdit, QVBoxLayout, QWidget,
)

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

ERROR_STYLE = "color:#b00020;"
_DATE_PATTERNS = (
    re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$"),
    re.compile(r"^(\d{2})(\d{2})(\d{4})$"),
)
BAD_DATE = QT_TRANSLATE_NOOP("field_form", "Ngày không hợp lệ; ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2026.")


class DateField(QLineEdit):
    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(_tr("field_form", "ngày/tháng/năm"))
        self.setMaxLength(10)
        self.set_date(value)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.strftime("%d/%m/%Y") if value else "")

    def date(self) -> dt.date | None:
        """The date typed, None if empty; raises ValueError (with the Vietnamese message) if invalid."""
        raw = self.text().strip()
        if not raw:
            return None
        for pattern in _DATE_PATTERNS:
            m = pattern.match(raw)
            if m:
                day, month, year = (int(g) for g in m.groups())
                try:
                    return dt.date(year, month, day)
                except ValueError:
                    break
        raise ValueError(_tr("field_form", BAD_DATE))


def widget_value(widget: QWidget) -> Any:
    if isinstance(widget, DateField):
        return widget.date()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        value = widget.value()
        return None if (widget.specialValueText() and value == widget.minimum()) else value
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        if data is not None or not widget.isEditable():
            return data  # a "— chọn người —" entry is no value, not its caption
        text = widget.currentText().strip()
        return text or None
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip() or None
    if isinstance(widget, QTextEdit):
        return widget.toPlainText().strip() or None
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    getter = getattr(widget, "value", None)
    return getter() if callable(getter) else None


def set_widget_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, DateField):
        widget.set_date(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(widget.minimum() if value is None else int(value))
    elif isinstance(widget, QComboBox):
        i = widget.findData(value)
        if i < 0 and value is not None:
            i = widget.findText(str(value))
        if i >= 0:
            widget.setCurrentIndex(i)
        elif widget.isEditable():
            widget.setEditText("" if value is None else str(value))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    else:
        setter = getattr(widget, "set_value", None)
        if callable(setter):
            setter(value)


def _invalidate(layout) -> None:
    layout.invalidate()
    for i in range(layout.count()):
        inner = layout.itemAt(i).layout()
        if inner is not None:
            _invalidate(inner)


def fit_window_height(widget: QWidget) -> None:
    """Grow the dialog holding ``widget`` so wrapped messages show whole instead of squeezing the rows
    (a top-level layout does not grow its window for word-wrapped labels by itself)."""
    window = widget.window()
    layout = window.layout() if window is not widget else None
    if layout is None or not isinstance(window, QDialog):
        return
    for child in widget.window().findChildren(QWidget):  # nested layouts cache the old text's height
        if child.layout() is not None:
            _invalidate(child.layout())
            child.updateGeometry()  # drops its cached height in the parent's layout item
    _invalidate(layout)
    layout.activate()
    needed = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    if window.height() < needed:
        window.resize(window.width(), needed)


class FieldForm(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setObjectName("general_error")
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.layout_ = QFormLayout()
        outer.addLayout(self.layout_)
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._holders: dict[str, QWidget] = {}

    def add(self, key: str, label: str, widget: QWidget, *, hint: str | None = None) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet("color:#555;")
            box.addWidget(note)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setObjectName(f"error_{key}")
        error.hide()
        box.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
        self.layout_.addRow(caption, holder)
        widget.setObjectName(key)
        self.widgets[key], self.labels[key], self.errors[key], self._holders[key] = widget, caption, error, holder
        return widget

    # -- values ----------------------------------------------------------------------------------
    def value(self, key: str) -> Any:
        return widget_value(self.widgets[key])

    def set_value(self, key: str, value: Any) -> None:
        set_widget_value(self.widgets[key], value)

    def set_row_visible(self, key: str, visible: bool) -> None:
        self.labels[key].setVisible(visible)
        self._holders[key].setVisible(visible)
        self.layout_.setRowVisible(self._holders[key], visible)

    def row_visible(self, key: str) -> bool:
        return not self._holders[key].isHidden()

    # -- errors ----------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.general_error.clear()
        self.general_error.hide()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def set_error(self, key: str | None, text: str) -> None:
        label = self.errors.get(key or "")
        if label is None or not self.row_visible(key):
            label = self.general_error
        label.setText(text)
        label.show()
        if label is not self.general_error:
            self.widgets[key].setFocus()
        fit_window_height(self)

    def on_change(self, callback) -> None:
        """Call ``callback()`` whenever the clerk changes any field (to keep a summary sentence current)."""
        for widget in self.widgets.values():
            for name in ("textChanged", "valueChanged", "currentIndexChanged", "editTextChanged", "toggled",
                         "changed"):
                signal = getattr(widget, name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(lambda *_a: callback())

    def quiet_values(self) -> dict[str, Any]:
        """What the fields hold now, skipping the ones that do not parse yet (no error shown)."""
        values: dict[str, Any] = {}
        for key in self.widgets:
            if self.row_visible(key):
                try:
                    values[key] = self.value(key)
                except ValueError:
                    pass
        return values

    def error_text(self, key: str | None = None) -> str:
        label = self.errors.get(key) if key else self.general_error
        return label.text() if label is not None else ""

    def read(self, keys=None) -> dict[str, Any]:
        """Values of the visible fields; date errors are shown next to their field and raise."""
        values: dict[str, Any] = {}
        bad = False
        for key in keys or self.widgets:
            if not self.row_visible(key):
                continue
            try:
                values[key] = self.value(key)
            except ValueError as exc:
                self.set_error(key, str(exc))
                bad = True
        if bad:
            raise ValueError("invalid input")
        return values
