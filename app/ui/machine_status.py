"""This computer's hardware check and live monitor, wired to the GUI.

``MachineStatus.recheck()`` reads the policy from the registry (DB worker), runs the check in the
pool (it reads browser histories and logs: seconds, never on the GUI thread), records the run and
publishes the verdict on ``ctx.signals.machine_status``. ``MonitorBridge`` turns live-monitor
callbacks (a worker thread) into ``ctx.signals.monitor_event`` on the GUI thread.
"""
from __future__ import annotations

import logging
from pathlib import Path

from app.ui.qt import QObject, Qt, Signal

log = logging.getLogger(__name__)


def local_machine_id() -> str | None:
    try:
        return Path("/etc/machine-id").read_text().strip() or None
    except OSError:
        return None


def this_machine(session):
    """The registered Machine row of this computer (matched on machine-id), or None."""
    from app.services.devices import find_machine

    return find_machine(session, machine_id=local_machine_id())


def _policy(session):
    from app.services.devices import policy_for

    machine = this_machine(session)
    return machine, policy_for(session, machine)


def policy_only(session):
    return _policy(session)[1]


def _run_check(policy):
    from app.hwcheck import runner

    return runner.run_check("/", policy)


def _record(session, actor, machine, verdict):
    from app.services.devices import record_check

    merged = session.merge(machine) if machine is not None else None
    return record_check(session, actor, merged, verdict)


class MachineStatus(QObject):
    finished = Signal(object)  # Verdict, or an Exception when the check could not run

    def __init__(self, ctx, parent: QObject | None = None, *, checker=None):
        super().__init__(parent)
        self.ctx = ctx
        self.checker = checker
        self._running_epoch: int | None = None
        self._parent_widget = None

    @property
    def running(self) -> bool:
        """A check started in this unlocked period is under way (a lock drops its result)."""
        return self._running_epoch == self.ctx.tasks.epoch

    def recheck(self, parent_widget=None) -> None:
        if self.running or self.ctx.registry is None:
            return
        self._running_epoch = self.ctx.tasks.epoch
        self._parent_widget = parent_widget
        self.ctx.tasks.run_db(_policy, self._with_policy, self._failed)

    def _with_policy(self, result) -> None:
        machine, policy = result
        self.ctx.machine = machine
        checker = self.checker or _run_check  # looked up late so tests can replace _run_check
        self.ctx.tasks.run(lambda: checker(policy), self._checked, self._failed,
                           label="Đang kiểm tra máy tính…", parent=self._parent_widget)

    def _checked(self, verdict) -> None:
        self._running_epoch = None
        self.ctx.last_verdict = verdict
        self.ctx.signals.machine_status.emit(verdict)
        self.finished.emit(verdict)
        if self.ctx.registry is not None:
            actor, machine = self.ctx.actor, self.ctx.machine
            self.ctx.tasks.run_db(lambda s: _record(s, actor, machine, verdict),
                                  lambda _r: self.ctx.signals.data_changed.emit("check_run"),
                                  lambda exc: log.warning("Không ghi được lần kiểm tra: %s", exc))

    def _failed(self, exc) -> None:
        self._running_epoch = None
        log.warning("Kiểm tra máy không chạy được: %s", exc)
        self.finished.emit(exc)


class MonitorBridge(QObject):
    """Receives live-monitor callbacks from any thread; re-emits them on the GUI thread."""

    _event = Signal(object)

    def __init__(self, signals, parent: QObject | None = None):
        super().__init__(parent)
        self.signals = signals
        self.monitor = None
        self._event.connect(self.signals.monitor_event.emit, Qt.QueuedConnection)

    def callback(self, event) -> None:  # any thread
        self._event.emit(event)

    def start(self, policy, tasks=None) -> None:
        """Start watching. The state at start is the baseline (the machine check reports it); only
        later changes reach ``monitor_event``. Priming reads udev and psutil, so it runs in the pool."""
        try:
            from app.hwcheck.monitor import LiveMonitor, SystemBackend
        except ImportError:
            log.info("Chưa có bộ giám sát trực tiếp (app.hwcheck.monitor)")
            return
        self.stop()

        def make():
            monitor = LiveMonitor(policy, self.callback, backend=SystemBackend())
            monitor.poll_once()  # baseline
            monitor.start()
            return monitor

        def started(monitor):
            self.monitor = monitor

        def failed(exc):
            log.warning("Không khởi động được bộ giám sát trực tiếp: %s", exc)

        if tasks is None:
            try:
                started(make())
            except Exception as exc:  # noqa: BLE001 - no monitor must not stop the register opening
                failed(exc)
        else:
            tasks.run(make, started, failed)

    def stop(self) -> None:
        if self.monitor is not None:
            try:
                self.monitor.stop()
            except Exception:  # noqa: BLE001
                log.exception("Dừng bộ giám sát")
            self.monitor = None
