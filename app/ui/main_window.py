"""The main window: a navigation sidebar and a stack of pages, plus the lock screen.

Pages are listed once in ``PAGES`` as (key, title, module, class). They are imported lazily on
first display and constructed as ``Page(ctx, parent)``; a module that does not exist yet shows a
placeholder. Locking destroys every page (so their models and any secret text go with them),
closes the registry and shows the lock screen; unlocking reopens the registry and rebuilds pages
on demand. A page may define ``save_before_lock()``; it is called while the registry is still open.
"""
from __future__ import annotations

import importlib
import logging

from app import __version__
from app.ui.lifetime import retire, subscribe
from app.ui.lock import LockController
from app.ui.qt import (
    QT_TRANSLATE_NOOP, QAction, QCoreApplication, QHBoxLayout, QKeySequence, QLabel, QListWidget,
    QListWidgetItem, QMainWindow, QPushButton, QSize, QStackedWidget, Qt, QVBoxLayout, QWidget, Signal,
)
from app.ui.unlock_dialog import UnlockForm
from app.ui.widgets.watermark import Watermark
from app.ui.widgets.messages import error_text, show_error, show_info

log = logging.getLogger(__name__)

PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("pages", "Tổng quan"), "app.ui.pages.dashboard_page", "DashboardPage"),
    ("incoming", QT_TRANSLATE_NOOP("pages", "Sổ đăng ký đến"), "app.ui.pages.registers_page", "IncomingPage"),
    ("outgoing", QT_TRANSLATE_NOOP("pages", "Sổ đăng ký đi"), "app.ui.pages.registers_page", "OutgoingPage"),
    ("copies", QT_TRANSLATE_NOOP("pages", "Sổ sao, chụp"), "app.ui.pages.copy_logbook_page", "CopyLogbookPage"),
    ("transfers", QT_TRANSLATE_NOOP("pages", "Sổ chuyển giao"), "app.ui.pages.transfer_logbook_page",
     "TransferLogbookPage"),
    ("drafting", QT_TRANSLATE_NOOP("pages", "Soạn thảo"), "app.ui.pages.drafting_page", "DraftingPage"),
    ("catalogue", QT_TRANSLATE_NOOP("pages", "Danh mục BMNN"), "app.ui.pages.catalogue_page", "CataloguePage"),
    ("staff", QT_TRANSLATE_NOOP("pages", "Cán bộ"), "app.ui.pages.staff_page", "StaffPage"),
    ("destruction", QT_TRANSLATE_NOOP("pages", "Tiêu hủy"), "app.ui.pages.destruction_page", "DestructionPage"),
    ("reports", QT_TRANSLATE_NOOP("pages", "Báo cáo"), "app.ui.pages.reports_page", "ReportsPage"),
    ("machines", QT_TRANSLATE_NOOP("pages", "Máy tính & USB"), "app.ui.pages.machines_page", "MachinesPage"),
    ("audit", QT_TRANSLATE_NOOP("pages", "Nhật ký"), "app.ui.pages.audit_page", "AuditPage"),
    ("settings", QT_TRANSLATE_NOOP("pages", "Cài đặt"), "app.ui.pages.settings_page", "SettingsPage"),
)
PAGE_KEYS = tuple(p[0] for p in PAGES)


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def page_title(key: str) -> str:
    for k, title, _m, _c in PAGES:
        if k == key:
            return QCoreApplication.translate("pages", title)
    raise KeyError(key)


class PlaceholderPage(QWidget):
    """Shown for a page whose module is not part of this build (or failed to load)."""

    def __init__(self, title: str, detail: str, parent: QWidget | None = None):
        super().__init__(parent)
        label = QLabel(f"<h2>{title}</h2><p>{detail}</p>")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


def load_page_class(module_name: str, class_name: str):
    """The page class, or None when its module is not there yet."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    return getattr(module, class_name, None)


class LockScreen(QWidget):
    def __init__(self, tasks, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.title = QLabel(_tr("main_window", "<h1>Sổ Mật đã khóa</h1>"))
        self.title.setAlignment(Qt.AlignCenter)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setAlignment(Qt.AlignCenter)
        self.form = UnlockForm(tasks, None, "", self)
        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.reason)
        inner.addSpacing(12)
        inner.addWidget(self.form)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        col.addStretch(1)
        col.addWidget(box)
        col.addStretch(2)
        outer.addLayout(col, 3)
        outer.addStretch(1)

    def prepare(self, reason: str, path, username: str) -> None:
        self.reason.setText(reason)
        self.form.set_path(path)
        self.form.username.setText(username)
        self.form.password.clear()
        self.form.focus()


class MainWindow(QMainWindow):
    page_shown = Signal(str)

    def __init__(self, ctx, lock: LockController | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lock = lock or LockController(ctx.signals, parent=self)
        self.pages: dict[str, QWidget] = {}
        self.setMinimumSize(QSize(980, 640))

        # content: sidebar + pages
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(210)
        for key, title, _m, _c in PAGES:
            item = QListWidgetItem(QCoreApplication.translate("pages", title))
            item.setData(Qt.UserRole, key)
            item.setSizeHint(QSize(200, 34))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.lock_button = QPushButton(_tr("main_window", "Khóa sổ (Ctrl+L)"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(_tr("main_window", "Khóa ngay: đóng sổ và ẩn mọi dữ liệu cho đến khi nhập lại mật "
                                                       "khẩu."))
        self.lock_button.setAutoDefault(False)
        self.page_stack = QStackedWidget()
        self.content = QWidget()
        side = QWidget()
        side.setFixedWidth(210)
        side_col = QVBoxLayout(side)
        side_col.setContentsMargins(0, 0, 0, 6)
        side_col.addWidget(self.sidebar, 1)
        side_col.addWidget(self.lock_button)
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        row.addWidget(self.page_stack, 1)
        self._resume: tuple | None = None  # (username, page key, page view state) kept over a lock
        self._demo_path = None  # the registry's path when it is a demonstration registry

        self.lock_screen = LockScreen(ctx.tasks, self)
        self.lock_screen.form.opened.connect(self._reopened)
        self.root = QStackedWidget()
        self.root.addWidget(self.content)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)
        self.watermark = Watermark(self.root)  # "SỔ MẪU" over a demonstration registry
        subscribe(ctx.signals.data_changed, self, self._data_saved)

        self.user_label = QLabel()
        self.machine_label = QLabel()
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.machine_label)
        ctx.signals.machine_status.connect(self._machine_status)
        self._build_menu()
        self.lock.locked.connect(self._on_locked)
        self._after_unlock()

    # -- menu ------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(_tr("main_window", "&Tệp"))
        self.lock_action = QAction(_tr("main_window", "&Khóa ngay"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock.lock_now)
        self.lock_button.clicked.connect(self.lock.lock_now)
        file_menu.addAction(self.lock_action)
        self.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(_tr("main_window", "&Thoát"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(_tr("main_window", "&Trợ giúp"))
        self.help_action = QAction(_tr("main_window", "Trợ giúp cho trang này"), self)
        self.help_action.setShortcut(QKeySequence(Qt.Key_F1))
        self.help_action.triggered.connect(lambda: self.show_help())
        help_menu.addAction(self.help_action)
        self.addAction(self.help_action)
        guide = QAction(_tr("main_window", "Hướng dẫn nhanh"), self)
        guide.triggered.connect(lambda: self.show_help("huong-dan-nhanh"))
        help_menu.addAction(guide)
        help_menu.addSeparator()
        about = QAction(_tr("main_window", "&Giới thiệu Sổ Mật"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_help(self, key: str | None = None):
        """F1: the help window on the topic of the page shown (or ``key``); returned for tests."""
        from app.ui.help.help_dialog import HelpDialog

        if key is None:
            current = self.page_stack.currentWidget()
            key = next((k for k, page in self.pages.items() if page is current), None) or "huong-dan-nhanh"
            if self.root.currentWidget() is self.lock_screen:
                key = "huong-dan-nhanh"
        dialog = getattr(self, "help_dialog", None)
        if dialog is None:
            from app.rules import current_pack

            pack = self.ctx.pack if self.ctx.registry is not None else current_pack()  # no secret in help
            dialog = self.help_dialog = HelpDialog(pack, key, self)
        else:
            dialog.show_topic(key)
        dialog.show()
        dialog.raise_()
        return dialog

    def show_about(self) -> None:
        show_info(self, _tr("main_window", "Giới thiệu Sổ Mật"),
                  _tr("main_window", "Sổ Mật, phiên bản {version}.\nSổ đăng ký và quản lý bí mật nhà nước trên máy soạn thảo "
                      "không kết nối mạng.\nChế độ pháp lý đang áp dụng: {pack}.").format(
                      version=__version__, pack=getattr(self.ctx.pack, "name", "")))

    # -- pages ----------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))
        return self.pages[key]

    def _row_changed(self, row: int) -> None:
        if row < 0 or self.lock.is_locked:
            return
        key = PAGES[row][0]
        page = self.pages.get(key) or self._create_page(row)
        self.page_stack.setCurrentWidget(page)
        self.page_shown.emit(key)

    def _create_page(self, row: int) -> QWidget:
        key, title, module_name, class_name = PAGES[row]
        title = QCoreApplication.translate("pages", title)
        try:
            cls = load_page_class(module_name, class_name)
            page = cls(self.ctx, self.page_stack) if cls else PlaceholderPage(
                title, _tr("main_window", "Trang này chưa có trong phiên bản này của chương trình."))
        except Exception:  # noqa: BLE001 - one broken page must not take the window down
            log.exception("Không tạo được trang %s", key)
            page = PlaceholderPage(title, _tr("main_window", "Không mở được trang này do lỗi chương trình. Các trang khác vẫn "
                                              "dùng được; hãy báo cán bộ quản trị kèm tệp nhật ký."))
        page.setObjectName(f"page_{key}")
        self.pages[key] = page
        self.page_stack.addWidget(page)
        return page

    # -- locking --------------------------------------------------------------------------
    def _on_locked(self, reason: str) -> None:
        registry = self.ctx.registry
        self._resume = self._view_to_resume(registry)
        for page in list(self.pages.values()):
            saver = getattr(page, "save_before_lock", None)
            if callable(saver):
                try:
                    saver()
                except Exception:  # noqa: BLE001
                    log.exception("save_before_lock failed")
        self._drop_pages()
        self.ctx.tasks.drop_pending()  # results of work started before the lock go nowhere
        self.root.setCurrentWidget(self.lock_screen)
        self.setWindowTitle(f"Sổ Mật {__version__} — " + _tr("main_window", "đã khóa"))
        self.user_label.clear()
        self.machine_label.clear()
        self.ctx.tasks.wait()
        self.ctx.tasks.session_factory = None
        path = getattr(registry, "path", None)
        username = getattr(getattr(registry, "actor", None), "username", "")
        if registry is not None:
            try:
                registry.close()
            except Exception:  # noqa: BLE001
                log.exception("Đóng sổ khi khóa")
        self.ctx.registry = None
        self.lock_screen.prepare(reason, path, username)

    def restore_backup(self, backup, username: str, password: str) -> None:
        """Lock (closing the registry), restore the backup over the registry file, stay locked."""
        path = self.ctx.registry.path
        name = getattr(backup, "name", str(backup))
        self.lock.lock(_tr("main_window", "Đang khôi phục sổ từ bản sao lưu «{name}»…").format(name=name))

        def call():
            from app.services.backup import restore

            return restore(backup, path, username, password)

        def done(_r):
            self.lock_screen.reason.setText(_tr("main_window", "Đã khôi phục sổ từ bản sao lưu «{name}». Nhập mật khẩu để mở "
                                                "sổ.").format(name=name))

        def failed(exc):
            self.lock_screen.reason.setText(_tr("main_window", "Không khôi phục được: {e} Sổ hiện tại không bị thay đổi; nhập mật "
                                                "khẩu để mở lại.").format(e=error_text(exc)))

        self.ctx.tasks.run(call, done, failed, label=_tr("main_window", "Đang khôi phục sổ…"), parent=self)

    def _drop_pages(self) -> None:
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(-1)
        self.sidebar.blockSignals(False)
        for page in self.pages.values():
            retire(page)  # its callbacks and subscriptions stop now, before Qt deletes it
            self.page_stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.pages.clear()

    def _reopened(self, registry) -> None:
        self.ctx.registry = registry
        self.ctx.tasks.session_factory = registry.begin
        self.lock.mark_unlocked()
        self._after_unlock()

    def _after_unlock(self) -> None:
        self.root.setCurrentWidget(self.content)
        registry = self.ctx.registry
        actor = getattr(registry, "actor", None)
        name = getattr(actor, "full_name", "") or getattr(actor, "username", "")
        self.user_label.setText(_tr("main_window", "Người dùng: {name}").format(name=name))
        path = getattr(registry, "path", None)
        self.setWindowTitle(f"Sổ Mật {__version__} — {path.name if path else ''}")
        from app.services import demo_marker

        self._demo_path = path if demo_marker.read(path) is not None else None
        self.watermark.set_shown(self._demo_path is not None)
        resume, self._resume = self._resume, None
        if resume and resume[0] == getattr(actor, "username", None) and resume[1] in PAGE_KEYS:
            page = self.show_page(resume[1])  # back where the clerk was, with the same line selected
            restore = getattr(page, "restore_view_state", None)
            if resume[2] is not None and callable(restore):
                restore(resume[2])
        else:
            self.show_page("dashboard")
        for alarm in getattr(registry, "alarms", ()):  # tampering found at unlock (recorded in the log)
            show_error(self, alarm, title=_tr("main_window", "Cảnh báo an ninh"))

    def _data_saved(self, entity: str) -> None:
        """Once the clerk saved anything in a demo registry, its login is no longer shown before unlock."""
        if self._demo_path is not None and entity not in ("check_run", "print", "setting"):
            from app.services import demo_marker

            demo_marker.spoil(self._demo_path)

    def _view_to_resume(self, registry) -> tuple | None:
        """The page shown and its selection (ids and filters only, no typed text), for after the unlock."""
        current = self.page_stack.currentWidget()
        key = next((k for k, page in self.pages.items() if page is current), None)
        if key is None:
            return None
        saver = getattr(current, "view_state", None)
        try:
            state = saver() if callable(saver) else None
        except Exception:  # noqa: BLE001 - a page's state must not stop the lock
            log.exception("view_state")
            state = None
        return getattr(getattr(registry, "actor", None), "username", None), key, state

    def _machine_status(self, verdict) -> None:
        if verdict is None:
            self.machine_label.setText(_tr("main_window", "Máy: chưa kiểm tra"))
        elif verdict.passed and any(f.severity == "warn" for f in verdict.findings):
            self.machine_label.setText(_tr("main_window", "Máy: đạt, có cảnh báo"))
            self.machine_label.setStyleSheet("color:#8d6e00;")
        elif verdict.passed:
            self.machine_label.setText(_tr("main_window", "Máy: đạt yêu cầu"))
            self.machine_label.setStyleSheet("color:#1b5e20;")
        else:
            self.machine_label.setText(_tr("main_window", "Máy: KHÔNG đạt — {n} vi phạm").format(n=len(verdict.blocking)))
            self.machine_label.setStyleSheet("color:#b71c1c; font-weight:bold;")

    def set_agency_title(self, agency_name: str) -> None:
        self.setWindowTitle(f"Sổ Mật {__version__} — {agency_name}")
