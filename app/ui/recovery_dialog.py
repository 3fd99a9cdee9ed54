"""Forgotten password: open the registry with the printed recovery code, then set a new password.

Step 1 — the code: 9 groups of 5 characters, typed as printed; spaces, dashes and lower case are accepted
(``keystore.normalise_recovery_code`` also reads O as 0 and I/L as 1). Step 2 — a new password, typed twice,
for the login of the person the recovery opens the registry as (the head of the agency): the registry is
handed to the caller only after ``registry_keys.reset_password`` succeeded; cancelling closes it again.
The code and the passwords never leave the fields except to the core, and the fields are cleared at once.
"""
from __future__ import annotations

from app.ui.qt import (
    QCoreApplication, QDialog, QFont, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.banner import Banner
from app.ui.widgets.messages import error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

CODE_CHARS = 45
MIN_PASSWORD = 8


def _default_recovery_opener(path, code):
    from app.services.registry import open_with_recovery

    return open_with_recovery(path, code)


def _default_resetter(registry, username, password):
    from app.services.registry_keys import reset_password

    reset_password(registry, username, password)


def typed_characters(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def grouped(text: str) -> str:
    """What was typed, upper case in groups of 5 (for the clerk to compare with the paper)."""
    chars = [ch for ch in text.upper() if ch.isalnum()]
    return "-".join("".join(chars[i:i + 5]) for i in range(0, len(chars), 5))


class RecoveryDialog(QDialog):
    """``recovered(registry)`` once the new password is set; the registry is then the caller's to close."""

    recovered = Signal(object)

    def __init__(self, tasks, path, parent: QWidget | None = None, *, opener=None, resetter=None):
        super().__init__(parent)
        self.tasks, self.path = tasks, path
        self.opener = opener or _default_recovery_opener
        self.resetter = resetter or _default_resetter
        self.registry = None
        self.error_kind: str | None = None
        self.setWindowTitle(_tr("recovery", "Mở sổ bằng mã khôi phục"))
        self.setMinimumWidth(560)

        # step 1: the code
        code_page = QWidget()
        cl = QVBoxLayout(code_page)
        cl.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(_tr("recovery", "Nhập mã khôi phục in trên giấy được cấp khi tạo sổ (do người đứng đầu cơ "
                                       "quan giữ): 9 nhóm, mỗi nhóm 5 ký tự. Có thể gõ chữ thường, cách nhau bằng "
                                       "dấu cách hoặc dấu gạch ngang."))
        intro.setWordWrap(True)
        cl.addWidget(intro)
        self.code = QLineEdit()
        self.code.setObjectName("recovery_code")
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.Monospace)
        self.code.setFont(mono)
        self.code.setMaxLength(80)
        cl.addWidget(self.code)
        self.code_echo = QLabel()
        self.code_echo.setObjectName("recovery_code_echo")
        self.code_echo.setFont(mono)
        cl.addWidget(self.code_echo)
        self.code_button = QPushButton(_tr("recovery", "Mở sổ"))
        self.code_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.code_button)
        cl.addLayout(row)

        # step 2: the new password
        pw_page = QWidget()
        pl = QVBoxLayout(pw_page)
        pl.setContentsMargins(0, 0, 0, 0)
        self.who = QLabel()
        self.who.setWordWrap(True)
        pl.addWidget(self.who)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("new_password")
        self.new_password.setEchoMode(QLineEdit.Password)
        self.new_password2 = QLineEdit()
        self.new_password2.setObjectName("new_password2")
        self.new_password2.setEchoMode(QLineEdit.Password)
        form = QFormLayout()
        form.addRow(_tr("recovery", "Mật khẩu mới:"), self.new_password)
        form.addRow(_tr("recovery", "Nhập lại mật khẩu mới:"), self.new_password2)
        pl.addLayout(form)
        self.password_button = QPushButton(_tr("recovery", "Đặt mật khẩu và mở sổ"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password_button)
        pl.addLayout(row)

        self.steps = QStackedWidget()
        self.steps.addWidget(code_page)
        self.steps.addWidget(pw_page)
        self.code_page, self.password_page = code_page, pw_page
        self.error = Banner("", "fail")
        self.error.setObjectName("recoveryError")
        self.error.hide()
        cancel = QPushButton(_tr("recovery", "Hủy"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addWidget(cancel)
        bottom.addStretch(1)
        layout.addLayout(bottom)

        self.code.textChanged.connect(self._echo)
        self.code.returnPressed.connect(self.submit_code)
        self.code_button.clicked.connect(self.submit_code)
        self.new_password.returnPressed.connect(self.new_password2.setFocus)
        self.new_password2.returnPressed.connect(self.submit_password)
        self.password_button.clicked.connect(self.submit_password)
        self._echo("")
        self.code.setFocus()

    # -- step 1 -------------------------------------------------------------------------------------
    def _echo(self, text: str) -> None:
        n = typed_characters(text)
        self.code_echo.setText(_tr("recovery", "Đã nhập {n}/{total} ký tự: {groups}").format(
            n=n, total=CODE_CHARS, groups=grouped(text)))

    def submit_code(self) -> None:
        code = self.code.text()
        if typed_characters(code) != CODE_CHARS:
            self._show("InvalidRecoveryCode", _tr("recovery", "Mã khôi phục có 45 ký tự (9 nhóm × 5); hiện đã nhập "
                                                              "{n}. Kiểm tra lại từng nhóm.").format(
                n=typed_characters(code)))
            return
        self.code.clear()
        self.code_button.setEnabled(False)
        self._clear()
        path, opener = self.path, self.opener
        self.tasks.run(lambda: opener(path, code), self._opened, self._open_failed,
                       label=_tr("recovery", "Đang kiểm tra mã khôi phục…"), parent=self)

    def _opened(self, registry) -> None:
        self.code_button.setEnabled(True)
        self.registry = registry
        actor = registry.actor
        self.who.setText(_tr("recovery", "Đã mở sổ bằng mã khôi phục. Đặt mật khẩu mới cho tài khoản <b>{name}</b> "
                                         "(tên đăng nhập «{user}»), ít nhất {n} ký tự. Sổ chỉ mở sau khi đặt xong "
                                         "mật khẩu.").format(name=actor.full_name or actor.username,
                                                             user=actor.username, n=MIN_PASSWORD))
        self.steps.setCurrentWidget(self.password_page)
        self.new_password.setFocus()

    def _open_failed(self, exc: Exception) -> None:
        self.code_button.setEnabled(True)
        self._show(type(exc).__name__, error_text(exc))
        self.code.setFocus()

    # -- step 2 -------------------------------------------------------------------------------------
    def submit_password(self) -> None:
        if self.registry is None:
            return
        first, second = self.new_password.text(), self.new_password2.text()
        if len(first) < MIN_PASSWORD:
            self._show("ShortPassword", _tr("recovery", "Mật khẩu mới phải có ít nhất {n} ký tự.").format(n=MIN_PASSWORD))
            return
        if first != second:
            self.new_password2.clear()
            self._show("Mismatch", _tr("recovery", "Hai lần nhập mật khẩu mới không khớp nhau."))
            self.new_password2.setFocus()
            return
        self.new_password.clear()
        self.new_password2.clear()
        self.password_button.setEnabled(False)
        self._clear()
        registry, username, resetter = self.registry, self.registry.actor.username, self.resetter
        self.tasks.run(lambda: resetter(registry, username, first), self._reset_done, self._reset_failed,
                       label=_tr("recovery", "Đang đặt mật khẩu mới…"), parent=self)

    def _reset_done(self, _result) -> None:
        self.password_button.setEnabled(True)
        registry, self.registry = self.registry, None
        self.recovered.emit(registry)
        self.accept()

    def _reset_failed(self, exc: Exception) -> None:
        self.password_button.setEnabled(True)
        self._show(type(exc).__name__, error_text(exc))

    # -- common -------------------------------------------------------------------------------------
    def _show(self, kind: str, text: str) -> None:
        self.error_kind = kind
        self.error.set_state(text, "fail")
        self.error.show()

    def _clear(self) -> None:
        self.error_kind = None
        self.error.hide()

    def done(self, result: int) -> None:  # noqa: D401 - Qt API; every way of closing passes here
        if self.registry is not None:  # opened but no new password: the registry does not stay open
            self.registry.close()
            self.registry = None
        self.code.clear()
        self.new_password.clear()
        self.new_password2.clear()
        super().done(result)
