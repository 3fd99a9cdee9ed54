"""Soạn thảo: drafting classified documents inside the application, only on a machine that passes the check.

* The workspace opens only when the latest hardware check passed (``ctx.last_verdict``); otherwise the
  check runs first (off the GUI thread) and, if it fails, the blocking findings are listed with their
  legal basis and the editor stays closed.
* A draft lives only in the encrypted database: saved every 30 s, on Ctrl+S and when closed; never in
  a file.
* Locking (idle, Ctrl+L) calls ``save_before_lock()``: the draft is saved to the database and wiped.
* A live-monitor event (network, unapproved USB…) while a draft is open closes the editor at once —
  the text is taken out of the widget, saved to the database and wiped from memory — and the reason is
  shown.
* "Hoàn thành" registers the draft in the outgoing book (``drafts.finish_draft``) with its level and
  basis; "In" prints the body with the red level stamp through the print preview.
"""
from __future__ import annotations

from app.ui.lifetime import subscribe
from app.ui.drafting import draft_store
from app.ui.drafting.draft_editor import DraftEditor
from app.ui.models.formatting import fmt_date, level_name
from app.ui.qt import (
    QCoreApplication, QHBoxLayout, QKeySequence, QLabel, QListWidget, QListWidgetItem, QPushButton, QShortcut,
    QStackedWidget, Qt, QTimer, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.banner import Banner
from app.ui.widgets.messages import error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

AUTOSAVE_MS = 30_000


def _blocking_text(verdict) -> str:
    lines = []
    for f in getattr(verdict, "blocking", ()):
        lines.append(_tr("drafting", "• {summary}\n   Căn cứ: {basis}").format(summary=f.summary, basis=f.legal_basis))
    return "\n".join(lines)


class DraftingPage(QWidget):
    gate_changed = Signal(bool)  # workspace open?
    saved = Signal(int)  # draft id
    closed_by_monitor = Signal(str)  # reason shown
    finished = Signal(int)  # outgoing document id

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._checker = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("drafting", "<h2>Soạn thảo tài liệu bí mật nhà nước</h2>")))
        self.banner = Banner(_tr("drafting", "Đang kiểm tra máy tính trước khi mở nơi soạn thảo…"), "info")
        self.banner.setObjectName("drafting_banner")
        layout.addWidget(self.banner)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setObjectName("drafting_findings")
        layout.addWidget(self.findings)
        self.recheck_button = QPushButton(_tr("drafting", "Kiểm tra lại máy"))
        self.recheck_button.clicked.connect(self.run_check)
        layout.addWidget(self.recheck_button, 0, Qt.AlignLeft)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.blocked = QWidget()
        self.stack.addWidget(self.blocked)

        workspace = QWidget()
        wl = QHBoxLayout(workspace)
        side = QVBoxLayout()
        side.addWidget(QLabel(_tr("drafting", "Dự thảo đang soạn")))
        self.drafts = QListWidget()
        self.drafts.setObjectName("drafts_list")
        side.addWidget(self.drafts, 1)
        self.new_button = QPushButton(_tr("drafting", "Dự thảo mới (Ctrl+N)"))
        side.addWidget(self.new_button)
        wl.addLayout(side, 1)
        self.editor_panel = QWidget()
        el = QVBoxLayout(self.editor_panel)
        el.setContentsMargins(0, 0, 0, 0)
        self.editor = DraftEditor(ctx)
        el.addWidget(self.editor, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(_tr("drafting", "Lưu (Ctrl+S)"))
        self.close_button = QPushButton(_tr("drafting", "Đóng dự thảo"))
        self.print_button = QPushButton(_tr("drafting", "In với dấu độ mật…"))
        self.finish_button = QPushButton(_tr("drafting", "Hoàn thành và vào sổ đi…"))
        for b in (self.save_button, self.close_button, self.print_button, self.finish_button):
            row.addWidget(b)
        row.addStretch(1)
        self.status = QLabel()
        row.addWidget(self.status)
        el.addLayout(row)
        wl.addWidget(self.editor_panel, 4)
        self.empty_hint = QLabel(_tr("drafting", "Chọn một dự thảo trong danh sách bên trái để tiếp tục soạn, hoặc bấm "
                                                 "«Dự thảo mới (Ctrl+N)». Dự thảo chỉ được lưu trong cơ sở dữ liệu mã "
                                                 "hóa của sổ, không lưu ra tệp."))
        self.empty_hint.setObjectName("drafting_empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignCenter)
        self.empty_hint.setStyleSheet("color:#555; padding:24px;")
        wl.addWidget(self.empty_hint, 4)
        self._hide_editor()
        self.workspace = workspace
        self.stack.addWidget(workspace)

        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save)
        self.new_button.clicked.connect(self.new_draft)
        self.drafts.itemActivated.connect(self._open_item)
        self.drafts.itemDoubleClicked.connect(self._open_item)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close_draft)
        self.print_button.clicked.connect(self.print_draft)
        self.finish_button.clicked.connect(self.finish)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_draft)
        subscribe(ctx.signals.monitor_event, self, self.on_monitor_event)
        subscribe(ctx.signals.machine_status, self, self.apply_verdict)
        subscribe(ctx.signals.lock_requested, self, lambda _reason: self.close_draft())

        if ctx.last_verdict is not None:
            self.apply_verdict(ctx.last_verdict)
        else:
            self.run_check()

    # -- the gate --------------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.stack.currentWidget() is self.workspace

    @property
    def editor_open(self) -> bool:
        return self.is_open and not self.editor_panel.isHidden()

    def run_check(self) -> None:
        from app.ui.machine_status import MachineStatus

        self.banner.set_state(_tr("drafting", "Đang kiểm tra máy tính trước khi mở nơi soạn thảo…"), "info")
        if self._checker is None:
            self._checker = MachineStatus(self.ctx, self)
            self._checker.finished.connect(self._check_finished)
        self._checker.recheck(self)

    def _check_finished(self, result) -> None:
        if isinstance(result, Exception):
            self.apply_verdict(None, error_text(result))

    def apply_verdict(self, verdict, failure: str | None = None) -> None:
        passed = verdict is not None and verdict.passed
        if passed:
            self.banner.set_state(_tr("drafting", "Máy tính đạt yêu cầu: không kết nối mạng, không có thiết bị lưu trữ "
                                                  "chưa được phê duyệt. Được phép soạn thảo."), "ok")
            self.findings.clear()
            self.stack.setCurrentWidget(self.workspace)
            self.refresh_list()
        else:
            if self.editor_open:
                self.close_for(_blocking_text(verdict) or failure or "")
            self.stack.setCurrentWidget(self.blocked)
            if verdict is None:
                self.banner.set_state(_tr("drafting", "Chưa kiểm tra được máy tính nên chưa mở nơi soạn thảo. ")
                                      + (failure or ""), "fail")
                self.findings.clear()
            else:
                self.banner.set_state(_tr("drafting", "Máy tính chưa đạt yêu cầu để soạn thảo bí mật nhà nước. Khắc "
                                                      "phục các điểm sau rồi bấm \"Kiểm tra lại máy\":"), "fail")
                self.findings.setText(_blocking_text(verdict))
        self.gate_changed.emit(passed)

    # -- drafts -------------------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        from app.services.drafts import list_drafts

        self.ctx.tasks.run_db(list_drafts, self._fill_list, self._error)

    def _fill_list(self, drafts) -> None:
        self.drafts.clear()
        for d in drafts:
            item = QListWidgetItem(f"{d.title} — {level_name(self.ctx.pack, d.do_mat)} — {fmt_date(d.updated_at)}")
            item.setData(Qt.UserRole, d.id)
            self.drafts.addItem(item)

    def new_draft(self) -> None:
        if not self.is_open:
            return
        self._close_current(save=True)
        self.editor.wipe()
        self._show_editor()
        self.editor.title.setFocus()

    def _open_item(self, item) -> None:
        self.open_draft(item.data(Qt.UserRole))

    def open_draft(self, draft_id: int) -> None:
        if not self.is_open:
            return
        self._close_current(save=True)
        self.ctx.tasks.run_db(lambda s: draft_store.load_draft(s, draft_id), self._loaded, self._error)

    def _loaded(self, content) -> None:
        self.editor.set_content(content)
        self._show_editor()

    def _hide_editor(self) -> None:
        self.editor_panel.hide()
        self.empty_hint.show()

    def _show_editor(self) -> None:
        self.empty_hint.hide()
        self.editor_panel.show()
        self.status.setText("")
        self.autosave.start()

    # -- saving -------------------------------------------------------------------------------------------
    def save(self, *, then=None) -> None:
        if not self.editor_open or (self.editor.is_empty() and self.editor.draft_id is None):
            return
        self._save_content(self.editor.content(), then=then)

    def _save_content(self, content, *, then=None) -> None:
        actor = self.ctx.actor
        machine_id = getattr(self.ctx.machine, "id", None)

        def done(draft_id):
            if self.editor.draft_id is None and content.id is None and self.editor_open:
                self.editor.draft_id = draft_id
            self.editor.dirty = False
            self.status.setText(_tr("drafting", "Đã lưu vào cơ sở dữ liệu mã hóa."))
            self.saved.emit(draft_id)
            self.refresh_list()
            if then:
                then(draft_id)

        self.ctx.tasks.run_db(lambda s: draft_store.save(s, actor, content, machine_id), done, self._error)

    def _close_current(self, *, save: bool) -> None:
        if self.editor_open and save and (self.editor.dirty or self.editor.draft_id is None):
            if not self.editor.is_empty():
                self._save_content(self.editor.content())
        self.autosave.stop()
        self.editor.wipe()
        self._hide_editor()

    def close_draft(self) -> None:
        self._close_current(save=True)

    def save_before_lock(self) -> None:
        """Called by the main window before it locks, while the registry is still open: the open draft is
        written to the database now (on this thread — the registry closes right after) and the editor is
        wiped. A failed save is logged; the text is wiped anyway so nothing secret stays on screen."""
        content = None
        if self.editor_open and not self.editor.is_empty() and (self.editor.dirty or self.editor.draft_id is None):
            content = self.editor.content()
        self.autosave.stop()
        try:
            if content is not None:
                self.ctx.tasks.wait()  # earlier saves first, so this one is the last word
                with self.ctx.tasks.session_factory() as session:
                    draft_store.save(session, self.ctx.actor, content, getattr(self.ctx.machine, "id", None))
        finally:
            self.editor.wipe()
            self._hide_editor()

    def close_for(self, reason: str) -> None:
        """Close the editor now (content saved to the database first) and say why."""
        content = self.editor.content() if self.editor_open and not self.editor.is_empty() else None
        self.autosave.stop()
        self.editor.wipe()
        self._hide_editor()
        message = _tr("drafting", "Nơi soạn thảo đã đóng vì máy tính vừa thay đổi trạng thái: {reason} Dự thảo đã được "
                      "lưu vào cơ sở dữ liệu mã hóa. Khắc phục rồi bấm \"Kiểm tra lại máy\".").format(reason=reason)
        self.banner.set_state(message, "fail")
        self.stack.setCurrentWidget(self.blocked)
        self.findings.setText(reason)
        if content is not None:
            self._save_content(content)
        self.closed_by_monitor.emit(message)
        self.gate_changed.emit(False)

    def on_monitor_event(self, event) -> None:
        findings = event if isinstance(event, (list, tuple)) else [event]
        serious = [f for f in findings if getattr(f, "severity", "block") in ("block", "warn")]
        if not serious or not self.is_open:
            return
        def told(f) -> str:
            text = getattr(f, "summary", None) or str(f)
            basis = getattr(f, "legal_basis", None)
            return text + (_tr("drafting", " (căn cứ: {basis})").format(basis=basis) if basis else "")

        reason = " ".join(told(f) for f in serious)
        self.close_for(reason)

    # -- finishing and printing -----------------------------------------------------------------------------
    def finish(self) -> None:
        if not self.editor_open:
            return
        from app.ui.drafting.finish_dialog import FinishDraftDialog

        content = self.editor.content()

        def saved(draft_id):
            dialog = FinishDraftDialog(self.ctx, draft_id, content, self)
            dialog.saved.connect(self._finished)
            dialog.open()
            self._dialog = dialog

        self._save_content(content, then=saved)

    def _finished(self, doc_id: int) -> None:
        self.autosave.stop()
        self.editor.wipe()
        self._hide_editor()
        self.refresh_list()
        self.finished.emit(doc_id)

    def print_draft(self) -> None:
        if not self.editor_open:
            return
        from app.ui.drafting.finish_dialog import draft_pdf
        from app.ui.dialogs.print_preview_dialog import PrintPreviewDialog

        content = self.editor.content()
        try:
            pdf = draft_pdf(self.ctx.pack, self.editor.body.document(), content.do_mat)
        except Exception as exc:  # noqa: BLE001
            self._error(exc)
            return
        dialog = PrintPreviewDialog(self.ctx, content.title or _tr("drafting", "Dự thảo"), pdf, self)
        dialog.open()
        self._dialog = dialog

    def _error(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))

    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.close_draft()
        super().closeEvent(event)
