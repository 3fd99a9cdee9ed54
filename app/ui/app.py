"""Start-up of the GUI: logging, Qt messages into logging, the crash dialog, translations, style,
then the first-run wizard or the unlock dialog, then the main window.

``run(db_path=None)`` returns the process exit code.
"""
from __future__ import annotations

import logging
import sys
import time
import traceback
from pathlib import Path

from app import __version__, paths
# Logging lives in app.logsetup (no Qt): exceptions are scrubbed before anything reaches somat.log.
from app.logsetup import RING, init_logging  # noqa: F401 - re-exported for the GUI
from app.ui import prefs
from app.ui.qt import (
    QApplication, QCoreApplication, QFont, QFontDatabase, QLibraryInfo, QLocale, QMessageBox, QtMsgType,
    Qt, QTranslator, qInstallMessageHandler,
)

log = logging.getLogger(__name__)
STARTED_AT = time.monotonic()
I18N_DIR = Path(__file__).resolve().parent / "i18n"


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode, context, message) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)


def install_excepthook() -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("Lỗi không bắt được", exc_info=(exc_type, exc, tb))  # scrubbed by app.logsetup
        if QApplication.instance() is None:
            return
        box = QMessageBox()
        box.setIcon(QMessageBox.Critical)
        box.setWindowTitle(QCoreApplication.translate("app", "Lỗi chương trình"))
        box.setText(QCoreApplication.translate(
            "app", "Sổ Mật gặp lỗi ngoài dự kiến. Thao tác vừa rồi có thể chưa hoàn tất; dữ liệu đã lưu "
                   "trước đó không bị ảnh hưởng."))
        box.setInformativeText(QCoreApplication.translate(
            "app", "Hãy kiểm tra lại việc vừa làm. Nếu lỗi lặp lại, báo cán bộ quản trị và gửi kèm tệp "
                   "nhật ký chương trình: {path}").format(path=paths.state_dir() / "somat.log"))
        box.setDetailedText("".join(traceback.format_exception_only(exc_type, exc)))
        box.exec()

    sys.excepthook = hook


_translators: list[QTranslator] = []


def install_translations(app: QApplication, language: str | None = None) -> str:
    """Vietnamese is the source language; English comes from ``i18n/somat_en.qm`` when built."""
    language = language or prefs.get(prefs.LANGUAGE)
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    locale = QLocale(QLocale.English if language == "en" else QLocale.Vietnamese)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    from app.ui.i18n.build import ensure_compiled

    qt_tr = QTranslator(app)
    if language == "vi":  # Qt ships no qtbase_vi: ours names the buttons, menus and file dialogs Qt draws
        qt_qm = ensure_compiled("vi", paths.state_dir() / "i18n", catalogue="qtbase")
        loaded = qt_qm is not None and qt_tr.load(str(qt_qm))
    else:
        loaded = qt_tr.load(locale, "qtbase", "_", qt_dir)
    if loaded:
        app.installTranslator(qt_tr)
        _translators.append(qt_tr)
    elif language == "vi":
        log.warning("Không có qtbase_vi.qm; nút và trình đơn của Qt sẽ hiện tiếng Anh.")
    if language != "vi":
        qm = ensure_compiled(language, paths.state_dir() / "i18n")  # normally built at install time
        own = QTranslator(app)
        if qm is not None and own.load(str(qm)):
            app.installTranslator(own)
            _translators.append(own)
        else:
            log.warning("Không có bản dịch %s (chưa biên dịch somat_%s.qm); dùng tiếng Việt.", language, language)
    return language


def apply_style(app: QApplication) -> None:
    from app.ui.theme import apply_theme

    app.setStyle("Fusion")
    families = set(QFontDatabase.families())
    for family in ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Arial"):
        if family in families:  # fonts with complete Vietnamese glyphs
            font = QFont(family, 10)
            app.setFont(font)
            break
    apply_theme(app)  # font size and colour theme from Cài đặt (pre-unlock preferences)


def make_application(argv: list[str] | None = None) -> QApplication:
    # Qt's own file dialogs: translated by qtbase_vi, and no desktop "recent files" list (GTK's
    # recently-used.xbel) records which registry or backup a clerk opened.
    QCoreApplication.setAttribute(Qt.AA_DontUseNativeDialogs, True)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Sổ Mật")
    app.setOrganizationName("somat")
    app.setApplicationVersion(__version__)
    qInstallMessageHandler(_qt_message)
    install_translations(app)
    apply_style(app)
    return app


def run(db_path: str | Path | None = None) -> int:
    init_logging()
    install_excepthook()
    app = make_application()
    from app.ui.session import AppSession

    path = Path(db_path) if db_path else paths.default_registry()
    session = AppSession(path)
    if not session.start():
        shutdown_application(app, session)
        return 1
    code = app.exec()
    shutdown_application(app, session)
    return code


def shutdown_application(app: QApplication, session=None) -> None:
    """Destroy every window and worker while Qt is still alive, in a safe order.

    Leaving widgets for PySide's exit-time cleanup can crash or hang the process after the window
    has closed (seen with PySide6 6.12)."""
    if session is not None:
        session.tasks.wait(10000)
        window = getattr(session, "window", None)
        if window is not None:
            window.close()
            window.deleteLater()
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    app.sendPostedEvents(None, 0)
    app.processEvents()
    if hasattr(app, "shutdown"):
        app.shutdown()
