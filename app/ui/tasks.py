"""Running core calls off the GUI thread (after Anki's CollectionOp / QueryOp).

* ``run_db(fn, on_done, ...)`` — database work, serialised on one worker thread; ``fn(session)`` gets its
  own Session from the registry and runs in a transaction (commit on success, rollback on error).
* ``run(fn, on_done, ...)`` — DB-free work (hardware check, PDF rendering of loaded data) in a pool.
* Progress appears only after ~600 ms; ``fn`` may accept a ``progress`` callback
  ``progress(done, total, label) -> bool`` (False = the user cancelled).
* Widgets are never touched inside ``fn``; ``on_done`` / ``on_error`` run on the GUI thread.
* ``synchronous = True`` (tests) runs everything inline, so tests need no sleeps.
* A result is delivered only while the callback's owner lives (``owner=``, or the QObject of a bound
  method; see ``app.ui.lifetime``), and never across a lock: ``drop_pending()`` (called by the lock)
  discards the results of every job started before it, so no callback reaches a page the lock destroyed.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from app.ui.lifetime import alive, owner_of
from app.ui.qt import QObject, QProgressDialog, QRunnable, Qt, QThreadPool, QTimer, Signal
from app.ui.widgets.messages import USER_ERRORS

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 600


class _Relay(QObject):
    done = Signal(object, object)  # callback, value


class _Job(QRunnable):
    def __init__(self, call: Callable[[], Any], relay: _Relay, on_done, on_error):
        super().__init__()
        self._call, self._relay, self._on_done, self._on_error = call, relay, on_done, on_error

    def run(self):  # worker thread
        try:
            value = self._call()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
            if not isinstance(exc, USER_ERRORS):
                log.error("Lỗi trong tác vụ nền", exc_info=True)  # scrubbed by app.logsetup
            self._relay.done.emit(self._on_error, exc)
        else:
            self._relay.done.emit(self._on_done, value)


class TaskRunner(QObject):
    """One serial DB worker + a pool for DB-free work."""

    error = Signal(object)  # unhandled exception from a task without on_error

    def __init__(self, session_factory: Callable[[], Any] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.session_factory = session_factory  # e.g. registry.begin
        self.synchronous = False
        self._relay = _Relay()
        self._relay.done.connect(self._deliver, Qt.QueuedConnection)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self.epoch = 0  # raised by drop_pending(); a job delivers only within the epoch it started in

    # -- public -----------------------------------------------------------------
    def run_db(self, fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[Exception], None] | None = None, *, label: str | None = None,
               parent=None, cancellable: bool = False, owner: QObject | None = None) -> None:
        if self.session_factory is None:
            raise RuntimeError("TaskRunner has no session factory (registry not open)")

        def call(progress=None):
            with self.session_factory() as session:
                return fn(session, progress) if progress is not None else fn(session)

        self._submit(self._db_pool, call, on_done, on_error, label, parent, cancellable, owner)

    def run(self, fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None, *, label: str | None = None,
            parent=None, cancellable: bool = False, owner: QObject | None = None) -> None:
        self._submit(self._pool, fn, on_done, on_error, label, parent, cancellable, owner)

    def drop_pending(self) -> None:
        """Results of the jobs started so far are discarded when they arrive (the lock calls this)."""
        self.epoch += 1

    def wait(self, msecs: int = 30000) -> bool:
        return self._db_pool.waitForDone(msecs) and self._pool.waitForDone(msecs)

    # -- internals ----------------------------------------------------------------
    def _submit(self, pool, call, on_done, on_error, label, parent, cancellable, owner=None):
        owners = [o for o in (owner, owner_of(on_done), owner_of(on_error)) if o is not None]
        on_error = on_error or self.error.emit
        on_done = on_done or (lambda _value: None)
        progress_state = _Progress(label, parent, cancellable) if label else None
        wrapped = (lambda: call(progress_state.callback)) if (progress_state and cancellable) else call
        epoch = self.epoch

        def finish(cb):
            def inner(value):
                if progress_state:
                    progress_state.close()
                if epoch != self.epoch or not all(alive(o) for o in owners):
                    log.debug("Bỏ kết quả của một tác vụ: nơi nhận đã đóng (khóa sổ hoặc cửa sổ đã đóng)")
                    return
                cb(value)
            return inner

        if self.synchronous:
            try:
                value = wrapped()
            except Exception as exc:  # noqa: BLE001
                finish(on_error)(exc)
            else:
                finish(on_done)(value)
            return
        if progress_state:
            progress_state.arm()
        pool.start(_Job(wrapped, self._relay, finish(on_done), finish(on_error)))

    @staticmethod
    def _deliver(callback, value):
        callback(value)


class _Progress:
    """Shows a cancellable progress dialog only if the task lasts longer than PROGRESS_DELAY_MS."""

    def __init__(self, label, parent, cancellable):
        self.label, self.parent, self.cancellable = label, parent, cancellable
        self._lock = threading.Lock()
        self._state = (0, 0, label)
        self._cancelled = False
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer()
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)
        self._closed = False

    def arm(self):
        QTimer.singleShot(PROGRESS_DELAY_MS, self._show)

    def callback(self, done: int, total: int, label: str | None = None) -> bool:  # worker thread
        with self._lock:
            self._state = (done, total, label or self.label)
            return not self._cancelled

    def _show(self):
        if self._closed:
            return
        dlg = QProgressDialog(self.label, "Hủy" if self.cancellable else "", 0, 0, self.parent)
        dlg.setWindowTitle("Đang xử lý")
        dlg.setWindowModality(Qt.WindowModal)
        if not self.cancellable:
            dlg.setCancelButton(None)
        dlg.canceled.connect(self._cancel)
        dlg.show()
        self._dialog = dlg
        self._timer.start()

    def _cancel(self):
        with self._lock:
            self._cancelled = True

    def _poll(self):
        if self._dialog is None:
            return
        with self._lock:
            done, total, label = self._state
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)
        self._dialog.setLabelText(label)

    def close(self):
        self._closed = True
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
