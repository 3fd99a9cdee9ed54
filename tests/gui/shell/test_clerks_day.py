"""Issue 12 "Done when": the clerk's day, scripted through the real window at 1366×768 on a real registry,
with real input only (mouse clicks and keys; Vietnamese typed by tests.gui.keys) — no service call from the
test. Each step checks its records through the UI's own tables; the whole day fails on any dialog it did not
expect (a watcher on the QApplication sees every QDialog/QMessageBox shown; boxes through app.ui.widgets.messages
are recorded by the shell conftest), and on any clipped label or button on the pages visited.

Steps: unlock (one wrong password first) · catalogue item · a person with copy authority · an incoming and an
outgoing entry · search · extension (its 15-day notice opens) · a copy (the copy logbook shows it; F1 there) · the
outgoing register printed to a private CUPS queue · the machine check · drafting · lock and unlock · export
refused without an approved USB drive."""
from __future__ import annotations

import contextlib

import pytest

from app.ui.lock import LockController
from app.ui.main_window import PAGE_KEYS, MainWindow
from app.ui.qt import (
    QApplication, QComboBox, QDialog, QEvent, QLabel, QMessageBox, QObject, QPushButton, QTest, Qt,
)
from tests.gui.cupsd import QUEUE
from tests.gui.keys import type_text
from tests.registry_fixtures import REGISTRY_PASSWORD


class DialogWatcher(QObject):
    """Every dialog shown; the ones not announced by ``expect`` are failures."""

    def __init__(self):
        super().__init__()
        self.allowed: set[str] = set()
        self.unexpected: list[tuple[str, str]] = []

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Show and isinstance(obj, QDialog):
            name = type(obj).__name__
            if isinstance(obj, QMessageBox) or name not in self.allowed:
                self.unexpected.append((name, obj.windowTitle() + " " + getattr(obj, "text", lambda: "")()))
        return False

    @contextlib.contextmanager
    def expect(self, *names: str):
        before = set(self.allowed)
        self.allowed |= set(names)
        try:
            yield
        finally:
            self.allowed = before


def clipped(root) -> list[str]:
    """Visible labels and buttons smaller than their text needs (once pending layout work is done)."""
    QApplication.processEvents()
    bad = []
    for w in root.findChildren(QLabel) + root.findChildren(QPushButton):
        if not w.isVisible() or not w.text() or (isinstance(w, QLabel) and w.pixmap() is not None
                                                 and not w.pixmap().isNull()):
            continue
        hint = w.sizeHint()
        if isinstance(w, QLabel) and w.wordWrap():
            short = w.height() + 1 < w.heightForWidth(w.width())
        else:
            short = w.width() + 1 < hint.width() or w.height() + 1 < min(hint.height(), w.maximumHeight())
        if short:
            bad.append(f"{type(w).__name__} «{w.text()[:60]}» {w.width()}×{w.height()} < {hint.width()}×{hint.height()}")
    return bad


def click(widget, pos=None):
    assert widget.isVisible() and widget.isEnabled(), widget
    if pos is None:
        QTest.mouseClick(widget, Qt.LeftButton)
    else:
        QTest.mouseClick(widget, Qt.LeftButton, Qt.NoModifier, pos)


def button(root, text: str) -> QPushButton:
    found = [b for b in root.findChildren(QPushButton) if b.isVisible() and b.text().startswith(text)]
    assert found, f"no button «{text}»"
    return found[0]


def choose(combo: QComboBox, data) -> None:
    """Pick an entry of a combo box with the arrow keys."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        QTest.keyClick(combo, Qt.Key_Down)
    assert combo.currentData() == data, data


def table_texts(model) -> list[str]:
    return [str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in range(model.columnCount())]


@pytest.fixture
def day(qtbot, qapp, ctx, cups, _answer_dialogs):
    watcher = DialogWatcher()
    qapp.installEventFilter(watcher)
    win = MainWindow(ctx, LockController(ctx.signals))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win, watcher
    qapp.removeEventFilter(watcher)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.close()
    if ctx.registry is not None:
        ctx.registry.close()


def test_the_clerks_day(qtbot, day, ctx, cups, _answer_dialogs):
    win, watcher = day
    visited = {}

    def go(key):
        if not win.isActiveWindow():  # the window manager's part when a dialog closes (offscreen has none)
            win.activateWindow()
            qtbot.waitUntil(win.isActiveWindow)
        row = PAGE_KEYS.index(key)
        rect = win.sidebar.visualItemRect(win.sidebar.item(row))
        click(win.sidebar.viewport(), rect.center())
        page = win.pages[key]
        assert win.page_stack.currentWidget() is page
        qtbot.waitUntil(page.isVisible)
        QApplication.processEvents()
        visited[key] = clipped(page)
        return page

    def settle():
        QApplication.processEvents()
        assert watcher.unexpected == [] and _answer_dialogs == []

    # -- unlock, one wrong password first ----------------------------------------------------------
    click(win.lock_button)
    assert win.root.currentWidget() is win.lock_screen and ctx.registry is None
    form = win.lock_screen.form
    type_text(form.password, "mật khẩu sai")
    QTest.keyClick(form.password, Qt.Key_Return)
    assert form.error.isVisible() and "mật khẩu" in form.error.text().lower()
    assert ctx.registry is None
    form.password.clear()
    type_text(form.password, REGISTRY_PASSWORD)
    with qtbot.waitSignal(win.lock.unlocked):
        QTest.keyClick(form.password, Qt.Key_Return)
    assert ctx.registry is not None and win.root.currentWidget() is win.content
    settle()

    # -- a catalogue item (the basis an outgoing entry needs) ---------------------------------------
    catalogue = go("catalogue")
    with watcher.expect("ActionDialog"):
        click(button(catalogue, "Thêm mục"))
        dialog = catalogue._dialog
        type_text(dialog.form.widgets["decision"], "Quyết định số 1722/QĐ-TTg")
        type_text(dialog.form.widgets["dieu"], "1")
        type_text(dialog.form.widgets["text"], "Kế hoạch bảo đảm an ninh quốc phòng")
        with qtbot.waitSignal(dialog.succeeded):
            click(dialog.ok)
    assert any("Kế hoạch bảo đảm an ninh" in t for t in table_texts(catalogue.model))
    settle()

    # -- a leader who may authorise copies ------------------------------------------------------------
    staff = go("staff")
    with watcher.expect("ActionDialog"):
        click(button(staff, "Thêm người"))
        dialog = staff._dialog
        type_text(dialog.form.widgets["full_name"], "Hoàng Văn Lãnh")
        type_text(dialog.form.widgets["position"], "Chủ tịch UBND tỉnh")
        choose(dialog.form.widgets["title_code"], "lanh_dao_tinh")
        choose(dialog.form.widgets["role"], "lanh_dao")
        click(dialog.ok)  # the login name was left empty: said next to the field, nothing written
        assert "tên đăng nhập" in dialog.error_for("username") and dialog.isVisible()
        type_text(dialog.form.widgets["username"], "lanh")
        with qtbot.waitSignal(dialog.succeeded):
            click(dialog.ok)
    assert "Hoàng Văn Lãnh" in table_texts(staff.model)
    settle()

    # -- an incoming entry ---------------------------------------------------------------------------------
    incoming = go("incoming")
    with watcher.expect("DocumentFormDialog"):
        click(incoming.new_button)
        dialog = incoming._dialog
        qtbot.waitUntil(dialog.isActiveWindow)  # Ctrl+Enter is the dialog's shortcut
        visited["incoming form"] = clipped(dialog)
        type_text(dialog.form.widgets["co_quan_ban_hanh"], "Công an tỉnh Đồng Nai")
        type_text(dialog.form.widgets["so_ky_hieu"], "12/CV-PA03")
        type_text(dialog.form.widgets["trich_yeu"], "Về bảo đảm an ninh Đảng ủy")
        with qtbot.waitSignal(incoming.ids_loaded):
            with qtbot.waitSignal(dialog.saved):
                QTest.keyClick(dialog.form.widgets["so_ky_hieu"], Qt.Key_Return, Qt.ControlModifier)
    assert incoming.model.rowCount() == 1
    settle()

    # -- an outgoing entry with its basis picked from the catalogue ---------------------------------
    outgoing = go("outgoing")
    with watcher.expect("DocumentFormDialog"):
        click(outgoing.new_button)
        dialog = outgoing._dialog
        qtbot.waitUntil(dialog.isActiveWindow)
        visited["outgoing form"] = clipped(dialog)
        type_text(dialog.form.widgets["so_ky_hieu"], "15/BC-UBND")
        type_text(dialog.form.widgets["trich_yeu"], "Kế hoạch diễn tập khu vực phòng thủ")
        type_text(dialog.form.widgets["nguoi_ky"], "Hoàng Văn Lãnh")
        type_text(dialog.form.widgets["noi_nhan"], "Tỉnh ủy Đồng Nai; Bộ Công an")
        type_text(dialog.picker.search, "ke hoach")
        qtbot.waitUntil(lambda: dialog.picker.results.isVisible() and dialog.picker.results.count() > 0)
        QTest.keyClick(dialog.picker.search, Qt.Key_Return)  # picks; never saves
        assert dialog.picker.value() is not None and dialog.isVisible()
        type_text(dialog.classification.widgets["classified_by"], "Hoàng Văn Lãnh")
        with qtbot.waitSignal(outgoing.ids_loaded):
            with qtbot.waitSignal(dialog.saved):
                QTest.keyClick(dialog.form.widgets["nguoi_ky"], Qt.Key_Return, Qt.ControlModifier)
    assert outgoing.model.rowCount() == 1
    settle()

    # -- search, without diacritics ------------------------------------------------------------------------
    with qtbot.waitSignal(outgoing.ids_loaded, timeout=3000) as found:
        type_text(outgoing.search, "dien tap")
    assert found.args == [1]
    with qtbot.waitSignal(outgoing.ids_loaded, timeout=3000) as found:
        type_text(outgoing.search, " khong co")
    assert found.args == [0]
    outgoing.search.selectAll()
    with qtbot.waitSignal(outgoing.ids_loaded, timeout=3000):
        QTest.keyClick(outgoing.search, Qt.Key_Delete)
    assert outgoing.model.rowCount() == 1
    settle()

    # -- one lifecycle action: extension, its 15-day notice opens for printing -------------------------
    outgoing.model.ensure_loaded(0, 0)
    qtbot.waitUntil(lambda: outgoing.model.is_loaded(0))
    click(outgoing.table.viewport(), outgoing.table.visualRect(outgoing.model.index(0, 1)).center())
    with watcher.expect("DocumentDetailDialog", "ActionDialog", "PrintPreviewDialog"):
        click(outgoing.open_button)
        detail = outgoing._dialog
        qtbot.waitUntil(lambda: detail.doc is not None)
        visited["detail"] = clipped(detail)
        click(detail.buttons["extend"])
        action = detail._child
        visited["extension"] = clipped(action)
        type_text(action.form.widgets["decided_by"], "Hoàng Văn Lãnh")
        type_text(action.form.widgets["decision_number"], "77/QĐ-UBND")
        with qtbot.waitSignal(detail.action_done):
            click(action.ok)
        notice = detail.paper_preview
        assert notice.isVisible() and "gia hạn" in notice.title.lower()
        timeline = [detail.timeline.item(i).text() for i in range(detail.timeline.count())]
        assert any("ia hạn" in t for t in timeline)
        QTest.keyClick(notice, Qt.Key_Escape)

        # -- a copy (chụp): its record opens; the copy logbook lists it ----------------------------------
        click(detail.buttons["copy"])
        action = detail._child
        visited["copy"] = clipped(action)
        choose(action.form.widgets["form"], "chup")
        choose(action.form.widgets["authorised_by_id"], next(
            uid for label, uid in detail.doc["people"] if label.startswith("Hoàng Văn Lãnh")))
        with qtbot.waitSignal(detail.action_done):
            click(action.ok)
        record = detail.paper_preview
        assert record is not notice and record.isVisible()
        QTest.keyClick(record, Qt.Key_Escape)
        QTest.keyClick(detail, Qt.Key_Escape)
    settle()
    copies = go("copies")
    assert copies.model.rowCount() == 1 and any("15/BC-UBND" in t for t in table_texts(copies.model))
    with watcher.expect("HelpDialog"):  # F1: what this book is and the article it follows
        QTest.keyClick(copies.table, Qt.Key_F1)
        help_dialog = win.help_dialog
        assert help_dialog.isVisible() and help_dialog.topic == "copies"
        assert ctx.pack.register("sao_chup").citation in help_dialog.browser.toPlainText()
        visited["help"] = clipped(help_dialog)
        QTest.keyClick(help_dialog, Qt.Key_Escape)
    transfers = go("transfers")
    assert transfers.model.rowCount() == 0  # nothing was provided or transferred today
    settle()

    # -- the outgoing register printed to a CUPS queue -------------------------------------------------------
    outgoing = go("outgoing")
    with watcher.expect("PrintPreviewDialog", "PrintOptionsDialog"):
        click(outgoing.print_button)
        preview = outgoing._print_preview
        qtbot.waitUntil(lambda: len(preview.images) == preview.pages_count)
        click(preview.print_button)
        options = preview.options
        qtbot.waitUntil(lambda: options.isVisible() and options.print_button.isEnabled())
        assert options.queue == QUEUE
        visited["print options"] = clipped(options)
        with qtbot.waitSignal(preview.printed) as printed:
            click(options.print_button)
        job = printed.args[0]
        assert job.queue == QUEUE and job.job_id in cups.jobs("all")
        QTest.keyClick(preview, Qt.Key_Escape)
    settle()

    # -- the machine check ------------------------------------------------------------------------------------
    go("machines")
    dashboard = go("dashboard")
    with qtbot.waitSignal(ctx.signals.machine_status, timeout=5000):
        click(button(dashboard, "Kiểm tra lại máy"))
    assert "đạt" in win.machine_label.text()
    settle()

    # -- drafting -----------------------------------------------------------------------------------------------
    drafting = go("drafting")
    qtbot.waitUntil(lambda: drafting.is_open)
    click(drafting.new_button)
    assert drafting.editor_open
    type_text(drafting.editor.title, "Kế hoạch tuần")
    type_text(drafting.editor.body, "Nội dung đang soạn")
    QTest.keyClick(drafting.editor.body, Qt.Key_S, Qt.ControlModifier)
    qtbot.waitUntil(lambda: drafting.drafts.count() == 1)
    assert "Kế hoạch tuần" in drafting.drafts.item(0).text()
    settle()

    # -- lock (Ctrl+L) and unlock: back on the same page ---------------------------------------------------------
    QTest.keyClick(win, Qt.Key_L, Qt.ControlModifier)
    assert win.root.currentWidget() is win.lock_screen and ctx.registry is None
    type_text(win.lock_screen.form.password, REGISTRY_PASSWORD)
    with qtbot.waitSignal(win.lock.unlocked):
        QTest.keyClick(win.lock_screen.form.password, Qt.Key_Return)
    assert win.page_stack.currentWidget() is win.pages["drafting"]
    qtbot.waitUntil(lambda: win.pages["drafting"].drafts.count() == 1)  # the draft survived the lock
    settle()

    # -- export refused without an approved USB drive ---------------------------------------------------------------
    reports = go("reports")
    with watcher.expect("ExportDialog"):
        click(reports.export_button)
        export = reports._dialog
        qtbot.waitUntil(lambda: "USB" in export.no_drive.text() and "Đang tìm" not in export.no_drive.text())
        assert export.drives.count() == 0
        visited["export"] = clipped(export)
        click(export.export_button)
        assert export.error.isVisible() and "Chọn ổ USB an toàn" in export.error.text()
        QTest.keyClick(export, Qt.Key_Escape)
    settle()

    assert set(visited) == {"catalogue", "staff", "incoming", "outgoing", "detail", "copies", "machines", "dashboard",
                            "drafting", "reports", "incoming form", "outgoing form", "extension", "copy",
                            "print options", "export", "help", "transfers"}
    assert {k: v for k, v in visited.items() if v} == {}


def test_the_watcher_and_the_clip_check_do_catch_faults(qtbot, qapp):
    """The two guards of the day are not vacuous: a message box shown, a label narrower than its text."""
    from app.ui.qt import QWidget

    watcher = DialogWatcher()
    qapp.installEventFilter(watcher)
    try:
        with watcher.expect("QMessageBox"):  # even announced, a message box counts as unexpected
            box = QMessageBox(QMessageBox.Warning, "Lỗi", "Có lỗi xảy ra")
            qtbot.addWidget(box)
            box.show()
        assert watcher.unexpected and watcher.unexpected[0][0] == "QMessageBox"
    finally:
        qapp.removeEventFilter(watcher)
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("Tình trạng của tài liệu bí mật nhà nước", root)
    label.setFixedWidth(40)
    fine = QLabel("Ngắn", root)
    fine.move(0, 40)
    root.show()
    problems = clipped(root)
    assert len(problems) == 1 and "Tình trạng" in problems[0]
