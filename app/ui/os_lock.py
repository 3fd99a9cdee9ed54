"""Lock Sổ Mật when the operating system's session locks (issue 12 #11).

Listened to, on whichever bus is there:
* the system bus: logind's ``org.freedesktop.login1.Session.Lock`` for this session (``loginctl lock-session``,
  the desktop's lock screen on systemd machines); the path is taken from ``XDG_SESSION_ID`` (any session's
  path when it is unset);
* the session bus: ``ActiveChanged(true)`` of ``org.gnome.ScreenSaver`` and ``org.freedesktop.ScreenSaver``
  (GNOME, Cinnamon, KDE, Xfce screen savers).

Without D-Bus (no bus, no libdbus, QtDBus missing) nothing is listened to and the application works as
before; the idle lock still applies. A stray signal can only lock, never unlock.
"""
from __future__ import annotations

import logging
import os

from app.ui.qt import QObject, Signal, Slot

log = logging.getLogger(__name__)

LOGIN1_SESSION = "org.freedesktop.login1.Session"
SCREENSAVERS = (("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
                ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"))


def login1_session_path(session_id: str | None) -> str:
    """sd-bus object path of a logind session ("" = any): every byte outside [A-Za-z0-9], and a leading
    digit, written as ``_xx`` (``2`` → ``/org/freedesktop/login1/session/_32``)."""
    if not session_id:
        return ""
    out = []
    for i, byte in enumerate(session_id.encode()):
        ch = chr(byte)
        out.append(ch if (ch.isascii() and ch.isalnum() and not (i == 0 and ch.isdigit())) else f"_{byte:02x}")
    return "/org/freedesktop/login1/session/" + "".join(out)


class OsSessionLock(QObject):
    """Emits ``session_locked`` when the desktop session locks. ``buses``: ``[(kind, QDBusConnection)]``
    with kind ``system`` or ``session`` (tests pass a private bus); default: the machine's buses."""

    session_locked = Signal()

    def __init__(self, buses=None, parent: QObject | None = None):
        super().__init__(parent)
        self._buses = buses
        self.sources: list[str] = []

    def start(self) -> list[str]:
        """Subscribe; returns what is listened to (empty without D-Bus)."""
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            log.info("QtDBus không có: không theo dõi khóa phiên của hệ điều hành.")
            return []
        buses = self._buses
        if buses is None:
            buses = [("system", QDBusConnection.systemBus()), ("session", QDBusConnection.sessionBus())]
        for kind, bus in buses:
            if not bus.isConnected():
                continue
            if kind == "system":
                path = login1_session_path(os.environ.get("XDG_SESSION_ID"))
                if bus.connect("", path, LOGIN1_SESSION, "Lock", self, SLOT("_login1_lock()")):
                    self.sources.append(f"{kind}:login1{path and ' ' + path}")
            else:
                for path, interface in SCREENSAVERS:
                    if bus.connect("", path, interface, "ActiveChanged", self, SLOT("_screensaver(bool)")):
                        self.sources.append(f"{kind}:{interface}")
        log.info("Theo dõi khóa phiên: %s", ", ".join(self.sources) or "không có D-Bus")
        return list(self.sources)

    @Slot()
    def _login1_lock(self) -> None:
        self.session_locked.emit()

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.session_locked.emit()
