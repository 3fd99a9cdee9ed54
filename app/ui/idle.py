"""Idle detection by wall-clock time.

A single-shot timer does not fire on time after a suspend (the monotonic clock stops while the
machine sleeps), and a clock set back would hide idle time from ``time.time()``. ``IdleWatcher``
therefore remembers both clocks at the last user input and takes the larger elapsed time; it checks
on a periodic timer and whenever the application becomes active again (resume, window switch).

Clocks are injectable for tests: ``IdleWatcher(minutes, wall=fake.wall, mono=fake.mono)``.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from app.ui.qt import QApplication, QEvent, QObject, Qt, QTimer, Signal

DEFAULT_IDLE_MINUTES = 5
CHECK_INTERVAL_MS = 5000

_ACTIVITY_EVENTS = {
    QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
    QEvent.TouchBegin, QEvent.TabletPress,
}


class IdleWatcher(QObject):
    idle = Signal()  # emitted once per idle period; ``reset()`` re-arms

    def __init__(self, minutes: float = DEFAULT_IDLE_MINUTES, parent: QObject | None = None, *,
                 wall: Callable[[], float] = time.time, mono: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._wall, self._mono = wall, mono
        self.minutes = minutes
        self._fired = False
        self.enabled = True
        self.reset()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    # -- control -----------------------------------------------------------------------
    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._on_state)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            try:
                app.applicationStateChanged.disconnect(self._on_state)
            except (RuntimeError, TypeError):
                pass

    def set_minutes(self, minutes: float) -> None:
        self.minutes = max(1.0, float(minutes))
        self.check()

    def reset(self) -> None:
        """User activity (or an unlock): start counting from now."""
        self._last_wall = self._wall()
        self._last_mono = self._mono()
        self._fired = False

    # -- measuring --------------------------------------------------------------------
    def idle_seconds(self) -> float:
        wall = self._wall() - self._last_wall
        mono = self._mono() - self._last_mono
        if wall < -60:  # wall clock set back by more than a minute: do not trust the session
            return float("inf")
        return max(wall, mono)

    def check(self) -> bool:
        """Emit ``idle`` if the idle time has passed; returns True when it did."""
        if not self.enabled or self._fired:
            return False
        if self.idle_seconds() >= self.minutes * 60:
            self._fired = True
            self.idle.emit()
            return True
        return False

    def _on_state(self, state) -> None:
        if state == Qt.ApplicationActive:
            self.check()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY_EVENTS and not self._fired:
            # After the idle period the next key press must not count: check first, then reset.
            if not self.check():
                self.reset()
        return False
