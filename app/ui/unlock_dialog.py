"""Unlocking a registry: the form (also embedded in the lock screen) and the start-up dialog.

The core raises distinct errors, and each gets its own sentence and next step: wrong password, not
a Sổ Mật file, damaged file, too many attempts (with the wait), registry in use, database too new.
The key derivation is slow on purpose, so the open runs off the GUI thread. "Quên mật khẩu?" opens
``recovery_dialog.RecoveryDialog`` (recovery code, then a new password for the head's login).
"""
from __future__ import annotations

import logging
from pathlib import Path

from app.ui import prefs
from app.ui.qt import (
    QCoreApplication, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    Qt, QTimer, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.banner import Banner
from app.ui.widgets.messages import error_text

log = logging.getLogger(__name__)


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def _next_steps() -> dict[str, str]:
    """What to do next, where the core's message (already a full sentence) does not say it."""
    return {
        "NotSomatFile": _tr("unlock", "Chọn đúng tệp sổ của cơ quan (đuôi .somat) bằng nút «Chọn tệp khác…»."),
        "MissingInput": "",
    }


def _duration(seconds: int) -> str:
    minutes, secs = divmod(int(seconds), 60)
    if minutes and secs:
        return _tr("unlock", "{m} phút {s} giây").format(m=minutes, s=secs)
    if minutes:
        return _tr("unlock", "{m} phút").format(m=minutes)
    return _tr("unlock", "{s} giây").format(s=secs)


def _default_opener(path, username, password):
    from app.services.registry import open_registry

    return open_registry(path, username, password)


class UnlockForm(QWidget):
    """User name + password → ``opened(registry)``. ``error_kind`` names the last error class."""

    opened = Signal(object)

    def __init__(self, tasks, path: Path | None, username: str = "", parent: QWidget | None = None, *,
                 opener=None, recovery_opener=None, resetter=None):
        super().__init__(parent)
        self.tasks, self.path = tasks, Path(path) if path else None
        self.opener = opener or _default_opener
        self._recovery_opener, self._resetter = recovery_opener, resetter
        self.recovery_dialog = None
        self.error_kind: str | None = None
        self._wait_left = 0
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)

        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.returnPressed.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.button = QPushButton(_tr("unlock", "Mở khóa"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.recovery_button = QPushButton(_tr("unlock", "Quên mật khẩu? Mở bằng mã khôi phục"))
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_button.setAutoDefault(False)
        self.recovery_button.setFlat(True)
        self.recovery_button.setCursor(Qt.PointingHandCursor)
        self.recovery_button.setStyleSheet("QPushButton { color:#0d47a1; text-decoration:underline; border:none; "
                                           "text-align:left; padding:2px; }")
        self.recovery_button.clicked.connect(self.open_recovery)
        self.error = Banner("", "fail")
        self.error.setObjectName("unlockError")
        self.error.hide()
        self.demo = Banner("", "info")
        self.demo.setObjectName("demoLogin")
        self.demo.hide()
        self.attempts = QLabel()
        self.attempts.setObjectName("unlockAttempts")
        self.attempts.setWordWrap(True)
        self.attempts.setStyleSheet("color:#8d2c00;")
        self.attempts.hide()

        form = QFormLayout()
        form.addRow(_tr("unlock", "Tên đăng nhập:"), self.username)
        form.addRow(_tr("unlock", "Mật khẩu:"), self.password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.demo)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.attempts)
        row = QHBoxLayout()
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)
        (self.password if username else self.username).setFocus()
        self.load_attempts()
        self.show_demo()

    def set_path(self, path: Path) -> None:
        self.path = Path(path)
        self._clear_error()
        self.load_attempts()
        self.show_demo()

    def show_demo(self) -> None:
        """A demo registry shows its public login here while it holds only the sample data (issue 12 #13)."""
        from app.services import demo_marker

        marker = demo_marker.read(self.path)
        if marker is None:
            self.demo.hide()
            return
        if marker.pristine:
            self.demo.set_state(_tr("unlock", "SỔ MẪU — chỉ có dữ liệu minh họa. Tên đăng nhập: {user} — Mật khẩu: "
                                              "{password}").format(user=marker.username, password=marker.password),
                                "info")
        else:
            self.demo.set_state(_tr("unlock", "SỔ MẪU — đã có dữ liệu nhập thêm nên mật khẩu mẫu không còn được hiện "
                                              "ở đây."), "warn")
        self.demo.show()
        self._fit()
    # -- wrong passwords so far (as KeePassXC shows them) ------------------------------------------------
    def load_attempts(self) -> None:
        path = self.path
        if path is None or not path.exists():
            self.attempts.hide()
            return
        from app.services.login_status import attempt_status

        self.tasks.run(lambda: attempt_status(path), self._show_attempts, lambda _exc: self.attempts.hide(),
                       owner=self)

    def _show_attempts(self, status) -> None:
        if status is None or status.failures == 0:
            self.attempts.hide()
            return
        self._set_wait(status.wait_seconds)  # the delay runs now, not only once the next try is refused
        text = _tr("unlock", "Đã nhập sai {n} lần liên tiếp.").format(n=status.failures)
        if status.wait_seconds > 0:
            text += " " + _tr("unlock", "Phải chờ hết thời gian đếm ngược rồi mới thử lại được.")
        if status.free_left > 0:
            text += " " + _tr("unlock", "Còn {k} lần thử; sau đó mỗi lần sai phải chờ, lâu dần (lần đầu {wait}).").format(
                k=status.free_left, wait=_duration(status.first_delay))
        else:
            text += " " + _tr("unlock", "Lần sai tiếp theo phải chờ {wait} mới được thử lại.").format(
                wait=_duration(status.next_delay))
        self.attempts.setText(text)
        self.attempts.show()
        self._fit()

    def _fit(self) -> None:
        """Grow the start-up dialog to show a wrapped message whole (the lock screen has room)."""
        window = self.window()
        if window is not self and isinstance(window, QDialog):
            window.adjustSize()

    def focus(self) -> None:
        (self.password if self.username.text() else self.username).setFocus()

    # -- opening ---------------------------------------------------------------------------
    def submit(self) -> None:
        if self._wait_left > 0 or not self.button.isEnabled():
            return
        user, password = self.username.text().strip(), self.password.text()
        if not user or not password:
            self._show("MissingInput", _tr("unlock", "Nhập tên đăng nhập và mật khẩu."), "")
            return
        if self.path is None or not self.path.exists():
            self._show("NoFile", _tr("unlock", "Không tìm thấy tệp sổ."), _tr("unlock", "Chọn tệp sổ bằng nút «Chọn tệp khác…»."))
            return
        self.password.clear()
        self.button.setEnabled(False)
        self._clear_error()
        path = self.path
        self.tasks.run(lambda: self.opener(path, user, password), self._done, self._failed,
                       label=_tr("unlock", "Đang kiểm tra mật khẩu…"), parent=self.window())

    def open_recovery(self):
        """The forgotten-password dialog (recovery code, then a new password); returns it (shown)."""
        from app.ui.recovery_dialog import RecoveryDialog

        if self.path is None or not self.path.exists():
            self._show("NoFile", _tr("unlock", "Không tìm thấy tệp sổ."), _tr("unlock", "Chọn tệp sổ bằng nút «Chọn tệp khác…»."))
            return None
        self.password.clear()
        self._clear_error()
        dialog = RecoveryDialog(self.tasks, self.path, self.window(), opener=self._recovery_opener,
                                resetter=self._resetter)
        dialog.recovered.connect(self._recovered)
        dialog.open()
        self.recovery_dialog = dialog
        return dialog

    def _recovered(self, registry) -> None:
        self.username.setText(registry.actor.username)
        self._done(registry)

    def _done(self, registry) -> None:
        self.button.setEnabled(True)
        self.error_kind = None
        self.attempts.hide()
        prefs.put(prefs.LAST_REGISTRY, str(self.path))
        prefs.put(prefs.LAST_USERNAME, self.username.text().strip())
        self.opened.emit(registry)

    def _failed(self, exc: Exception) -> None:
        self.button.setEnabled(True)
        kind = type(exc).__name__
        step = _next_steps().get(kind, "")
        text = error_text(exc)
        if kind == "TooManyAttempts":
            self._wait_left = int(getattr(exc, "wait_seconds", 30) or 30)
            self.button.setEnabled(False)
            self._wait_timer.start()
        self._show(kind, text, step)
        if kind in ("WrongPassword", "TooManyAttempts"):
            self.load_attempts()
        self.password.setFocus()

    def _show(self, kind: str, text: str, step: str) -> None:
        self.error_kind = kind
        self._base_text = f"{text}\n{step}".strip()
        self.error.set_state(self._decorate(), "fail")
        self.error.show()
        self._fit()

    def _set_wait(self, seconds: int) -> None:
        self._wait_left = max(0, int(seconds))
        if self._wait_left > 0:
            self.button.setEnabled(False)
            self._wait_timer.start()
            if self.error.isHidden():
                self._show("TooManyAttempts", "", "")
            else:
                self.error.set_state(self._decorate(), "fail")
        else:
            self._wait_timer.stop()
            self.button.setEnabled(True)
            if not self.error.isHidden():
                self.error.set_state(self._decorate(), "fail")

    def _decorate(self) -> str:
        if self._wait_left > 0:
            return self._base_text + "\n" + _tr("unlock", "Có thể thử lại sau {s} giây.").format(s=self._wait_left)
        return self._base_text

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._wait_timer.stop()
            self.button.setEnabled(True)
        self.error.set_state(self._decorate(), "fail")

    def _clear_error(self) -> None:
        self.error_kind = None
        self.error.hide()


class UnlockDialog(QDialog):
    """Start-up window: which registry file, then the unlock form. ``registry`` is set on accept."""

    def __init__(self, tasks, path: Path | None = None, parent: QWidget | None = None, *, opener=None):
        super().__init__(parent)
        from app import __version__

        self.setWindowTitle(_tr("unlock", "Mở Sổ Mật {version}").format(version=__version__))
        self.registry = None
        self.setMinimumWidth(520)
        last = prefs.get(prefs.LAST_REGISTRY)
        self.path = Path(path) if path else (Path(last) if last else None)

        title = QLabel(_tr("unlock", "<h2>Sổ Mật</h2>Sổ đăng ký và quản lý bí mật nhà nước"))
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        choose = QPushButton(_tr("unlock", "Chọn tệp khác…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose)
        self.form = UnlockForm(tasks, self.path, prefs.get(prefs.LAST_USERNAME), self, opener=opener)
        self.form.opened.connect(self._opened)
        quit_button = QPushButton(_tr("unlock", "Thoát"))
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        layout.addWidget(self.form)
        bottom = QHBoxLayout()
        bottom.addWidget(quit_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self._show_path()
        self.adjustSize()  # wrapped banners (demo login) whole from the start

    def _show_path(self) -> None:
        text = str(self.path) if self.path else _tr("unlock", "(chưa chọn tệp)")
        self.file_label.setText(_tr("unlock", "Tệp sổ: {path}").format(path=text))

    def _choose(self) -> None:
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(self, _tr("unlock", "Chọn tệp sổ"), start,
                                              _tr("unlock", "Sổ Mật (*.somat);;Mọi tệp (*)"))
        if name:
            self.path = Path(name)
            self.form.set_path(self.path)
            self._show_path()

    def _opened(self, registry) -> None:
        self.registry = registry
        self.accept()
