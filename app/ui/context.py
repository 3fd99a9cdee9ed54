"""What every page receives: the open registry, the task runner and application-wide signals."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.ui.qt import QObject, Signal
from app.ui.tasks import TaskRunner


class AppSignals(QObject):
    data_changed = Signal(str)  # entity name ("document", "copy", "user", ...) after a successful write
    lock_requested = Signal(str)  # reason shown on the lock screen
    machine_status = Signal(object)  # latest hwcheck Verdict
    monitor_event = Signal(object)  # live monitor change (drafting must close)
    idle_minutes = Signal(int)  # a new auto-lock timeout was saved: applies at once


@dataclass
class UiContext:
    registry: Any  # app.services.registry.Registry
    tasks: TaskRunner
    signals: AppSignals = field(default_factory=AppSignals)
    machine: Any = None  # app.models.Machine row of this computer, if registered
    last_verdict: Any = None  # latest app.hwcheck.Verdict

    @property
    def actor(self):
        return self.registry.actor

    @property
    def pack(self):
        return self.registry.pack
