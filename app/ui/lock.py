"""Lock controller: one place that decides when the registry locks.

Sources: Ctrl+L / the menu (``lock_now``), the idle watcher, ``ctx.signals.lock_requested``, the
operating system's session lock (``app.ui.os_lock``: logind / screen saver over D-Bus) and the
live hardware monitor (network cable, Wi-Fi, unapproved USB). ``locked(reason)`` tells the main
window to hide every page, drop the models and close the registry; ``unlocked()`` follows a
successful password entry on the lock screen.
"""
from __future__ import annotations

import logging

from app.ui.idle import IdleWatcher
from app.ui.qt import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


REASON_MANUAL = "manual"
REASON_IDLE = "idle"
REASON_MONITOR = "monitor"


class LockController(QObject):
    locked = Signal(str)  # message shown on the lock screen
    unlocked = Signal()

    def __init__(self, signals, idle: IdleWatcher | None = None, parent: QObject | None = None, *,
                 os_lock=None):
        super().__init__(parent)
        self.signals = signals
        self.idle = idle or IdleWatcher(parent=self)
        self.is_locked = False
        self.last_reason = ""
        self.idle.idle.connect(self._on_idle)
        signals.lock_requested.connect(self.lock)
        signals.monitor_event.connect(self._on_monitor)
        signals.idle_minutes.connect(self.idle.set_minutes)
        if os_lock is None:
            from app.ui.os_lock import OsSessionLock

            os_lock = OsSessionLock(parent=self)
            os_lock.start()
        self.os_lock = os_lock
        os_lock.session_locked.connect(self._on_os_lock)

    def lock_now(self) -> None:
        self.lock(_tr("lock", "Sổ Mật đã được khóa theo yêu cầu."))

    def lock(self, message: str) -> None:
        if self.is_locked:
            return
        log.info("Khóa chương trình")
        self.is_locked = True
        self.last_reason = message
        self.idle.enabled = False
        self.locked.emit(message)

    def mark_unlocked(self) -> None:
        self.is_locked = False
        self.last_reason = ""
        self.idle.enabled = True
        self.idle.reset()
        self.unlocked.emit()

    def _on_idle(self) -> None:
        minutes = int(round(self.idle.minutes))
        self.lock(_tr("lock", "Sổ Mật đã tự khóa vì không có thao tác trong {minutes} phút.").format(minutes=minutes))

    def _on_os_lock(self) -> None:
        self.lock(_tr("lock", "Sổ Mật đã khóa cùng phiên làm việc của máy tính."))

    def _on_monitor(self, event) -> None:
        """``event``: the live monitor's new findings (a list), or any object with a ``summary``."""
        findings = event if isinstance(event, (list, tuple)) else [event]
        blocking = [f for f in findings if getattr(f, "severity", "block") == "block"]
        if not blocking:
            return
        what = " ".join(getattr(f, "summary", None) or str(f) for f in blocking)
        self.lock(_tr("lock", "Sổ Mật đã khóa vì phát hiện thay đổi phần cứng: {what} "
                      "Hãy rút cáp mạng, tắt Wi-Fi hoặc tháo thiết bị USB chưa được phê duyệt, "
                      "rồi nhập lại mật khẩu.").format(what=what))
