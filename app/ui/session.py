"""One run of the GUI after start-up: first run or unlock, then the main window with its lock,
idle watcher, hardware check and live monitor. Kept apart from ``app.py`` so tests can drive it."""
from __future__ import annotations

import logging
import time
from pathlib import Path

from app.ui import prefs
from app.ui.context import UiContext
from app.ui.idle import IdleWatcher
from app.ui.lock import LockController
from app.ui.machine_status import MachineStatus, MonitorBridge, policy_only
from app.ui.qt import QCoreApplication, QObject, QTimer
from app.ui.tasks import TaskRunner
from app.ui.widgets.messages import show_error

log = logging.getLogger(__name__)


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def registry_in_use(path: Path) -> bool:
    """True when another Sổ Mật process holds this registry (checked before asking for a password)."""
    from app.services.instance_lock import InstanceLock, RegistryInUse

    try:
        lock = InstanceLock(path).acquire()
    except RegistryInUse:
        return True
    except OSError:
        return False
    lock.release()
    return False


class AppSession(QObject):
    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.tasks = TaskRunner()
        self.window = None
        self.ctx = None
        self.unlock_shown_at: float | None = None

    def start(self) -> bool:
        from app.ui.app import STARTED_AT

        if self.path.exists() and registry_in_use(self.path):
            show_error(None, _tr("session", "Sổ này đang được mở trong một cửa sổ Sổ Mật khác trên máy."),
                       _tr("session", "Hãy chuyển sang cửa sổ Sổ Mật đang mở (xem thanh tác vụ), hoặc đóng nó rồi mở lại."),
                       title=_tr("session", "Sổ Mật đang chạy"))
            return False
        if not self.path.exists():
            from app.ui.first_run_wizard import FirstRunWizard

            wizard = FirstRunWizard(self.tasks, self.path)
            self.unlock_shown_at = time.monotonic() - STARTED_AT
            if not wizard.exec() or wizard.registry is None:
                return False
            registry = wizard.registry
        else:
            from app.ui.unlock_dialog import UnlockDialog

            dialog = UnlockDialog(self.tasks, self.path)
            QTimer.singleShot(0, lambda: self._shown())
            if not dialog.exec() or dialog.registry is None:
                return False
            registry = dialog.registry
        self.open_main(registry)
        return True

    def _shown(self) -> None:
        from app.ui.app import STARTED_AT

        self.unlock_shown_at = time.monotonic() - STARTED_AT
        try:
            import psutil

            since_exec = time.time() - psutil.Process().create_time()
        except Exception:  # noqa: BLE001 - diagnostics only
            since_exec = float("nan")
        log.info("Cửa sổ mở khóa hiện sau %.2f s (%.2f s từ lúc chạy tiến trình)", self.unlock_shown_at, since_exec)

    def open_main(self, registry, *, start_services: bool = True):
        from app.ui.main_window import MainWindow

        self.tasks.session_factory = registry.begin
        self.ctx = UiContext(registry=registry, tasks=self.tasks)
        idle = IdleWatcher(prefs.get(prefs.IDLE_MINUTES))
        self.lock = LockController(self.ctx.signals, idle)
        self.window = MainWindow(self.ctx, self.lock)
        idle.setParent(self.window)
        self.lock.setParent(self.window)
        self.machine_status = MachineStatus(self.ctx, self.window)
        self.window.machine_check = self.machine_status
        self.monitor = MonitorBridge(self.ctx.signals, self.window)
        self.window.lock_screen.form.opened.connect(lambda _r: self._after_unlock())
        self.window.show()
        if start_services:
            idle.start()
            self._after_unlock()
        return self.window

    def _after_unlock(self) -> None:
        """Per unlocked period: idle minutes from the registry, agency title, check, monitor."""
        from app.ui.settings_store import load_ui_settings

        def loaded(values):
            minutes, agency = values
            self.lock.idle.set_minutes(minutes)
            if agency:
                self.window.set_agency_title(agency)

        self.tasks.run_db(load_ui_settings, loaded, lambda exc: log.warning("Đọc cài đặt: %s", exc))
        self.machine_status.recheck(self.window)
        self.tasks.run_db(policy_only, lambda policy: self.monitor.start(policy, self.tasks), lambda exc: log.warning("Giám sát: %s", exc))
