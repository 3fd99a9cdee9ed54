"""One lifecycle action on a document (copy, transfer, extension, …) as a small form.

An action is data: a title, the consequence in one sentence (shown at the top and asked again before a
dangerous action, default "Không"), the fields, and ``call(session, actor, values)`` — one service
call, run off the GUI thread. A refusal from the service appears next to the field it names.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.ui.dialogs.field_form import FieldForm, fit_window_height
from app.ui.qt import (
    QCoreApplication, QDialog, QDialogButtonBox, QKeySequence, QLabel, QShortcut, QTimer, QVBoxLayout, QWidget,
    Signal,
)
from app.ui.widgets.messages import confirm_danger, error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


@dataclass
class ActionField:
    key: str
    label: str
    make: Callable[[], QWidget]
    hint: str | None = None
    required: str | None = None  # message when left empty
    value: Any = None  # initial value


@dataclass
class Action:
    key: str
    title: str
    consequence: str | Callable[[dict[str, Any]], str]
    fields: list[ActionField]
    call: Callable[[Any, Any, dict[str, Any]], Any]
    danger: bool = False
    submit_text: str | None = None  # default: "Ghi"
    entity: str = "document"  # what changed (AppSignals.data_changed)
    extra: dict[str, Any] = field(default_factory=dict)

    def consequence_for(self, values: dict[str, Any]) -> str:
        return self.consequence(values) if callable(self.consequence) else self.consequence


class ActionDialog(QDialog):
    succeeded = Signal(object)  # the service's return value
    failed = Signal(str)

    def __init__(self, ctx, action: Action, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.action = ctx, action
        self.result_value = None
        self.setWindowTitle(action.title)
        self.setObjectName(f"action_{action.key}")
        layout = QVBoxLayout(self)
        self.consequence = QLabel(action.consequence_for({}))
        self.consequence.setWordWrap(True)
        self.consequence.setStyleSheet("background:#fff8e1; padding:6px;" if action.danger else "padding:4px;")
        layout.addWidget(self.consequence)
        self.form = FieldForm()
        for f in action.fields:
            self.form.add(f.key, f.label, f.make(), hint=f.hint)
            if f.value is not None:
                self.form.set_value(f.key, f.value)
        layout.addWidget(self.form)
        self.form.on_change(self.refresh_consequence)  # the sentence follows what is typed
        self.refresh_consequence()
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(action.submit_text or _tr("action_dialog", "Ghi"), QDialogButtonBox.AcceptRole)
        cancel = self.buttons.addButton(_tr("action_dialog", "Đóng"), QDialogButtonBox.RejectRole)
        if action.danger:
            cancel.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        if action.fields:
            self.form.widgets[action.fields[0].key].setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # once shown at its real width, a long hint (who may authorise) wraps to more lines: grow to fit
        QTimer.singleShot(0, self, self._fit_shown)

    def _fit_shown(self) -> None:
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        screen = self.screen().availableGeometry().height() if self.screen() is not None else needed
        if self.height() < needed:
            self.resize(self.width(), min(needed, screen))

    def refresh_consequence(self) -> None:
        try:
            text = self.action.consequence_for(self.form.quiet_values())
        except (KeyError, TypeError, ValueError, AttributeError):
            return  # a sentence that needs a value not typed yet keeps its last form
        if text != self.consequence.text():
            self.consequence.setText(text)
            fit_window_height(self)

    def values(self) -> dict[str, Any]:
        self.form.clear_errors()
        values = self.form.read()
        for f in self.action.fields:
            if f.required and values.get(f.key) in (None, ""):
                self.form.set_error(f.key, f.required)
                raise ValueError(f.required)
        return values

    def submit(self) -> None:
        try:
            values = self.values()
        except ValueError:
            return
        if self.action.danger and not confirm_danger(self, self.action.title, self.action.consequence_for(values)):
            return
        actor, call = self.ctx.actor, self.action.call
        self.ok.setEnabled(False)
        self.ctx.tasks.run_db(lambda s: call(s, actor, values), self._done, self._error,
                              label=self.action.title + "…", parent=self)

    def _done(self, value) -> None:
        self.ok.setEnabled(True)
        self.result_value = value
        self.ctx.signals.data_changed.emit(self.action.entity)
        self.succeeded.emit(value)
        self.accept()

    def _error(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        message = error_text(exc)
        key = getattr(exc, "field", None)
        self.form.set_error(key if key in self.form.widgets else None, message)
        self.failed.emit(message)

    def error_for(self, key: str | None = None) -> str:
        return self.form.error_text(key)
