"""Issue 12 #11: the registry locks when the operating system's session locks — logind's Session.Lock on the
system bus, a screen saver's ActiveChanged(true) on the session bus — sent by dbus-send over a private
dbus-daemon. Without a bus the application keeps working."""
import subprocess

import pytest

from app.ui.idle import IdleWatcher
from app.ui.lock import LockController
from app.ui.main_window import MainWindow
from app.ui.os_lock import OsSessionLock, login1_session_path
from tests.gui.shell.test_shell_lock import FakeClock
from tests.tooling import require_tool


@pytest.fixture
def private_bus(qapp):
    daemon = require_tool("dbus-daemon", "dbus-daemon")
    require_tool("dbus-send", "dbus-bin")
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    address = proc.stdout.readline().strip()
    assert address.startswith("unix:")
    from PySide6.QtDBus import QDBusConnection

    name = f"somat-test-{proc.pid}"
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected()
    yield address, bus
    QDBusConnection.disconnectFromBus(name)
    proc.terminate()
    proc.wait(10)
    proc.stdout.close()


def _send(address, path, member, *args):
    subprocess.run(["dbus-send", f"--bus={address}", "--type=signal", path, member, *args], check=True, timeout=10)


def _window(qtbot, ctx, os_lock):
    clock = FakeClock()
    lock = LockController(ctx.signals, IdleWatcher(5, wall=clock.wall, mono=clock.mono), os_lock=os_lock)
    win = MainWindow(ctx, lock)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def closing(ctx):
    yield
    if ctx.registry is not None:
        ctx.registry.close()


def test_logind_session_lock_locks_the_registry(qtbot, ctx, private_bus, monkeypatch, closing):
    address, bus = private_bus
    monkeypatch.setenv("XDG_SESSION_ID", "2")
    watcher = OsSessionLock([("system", bus)])
    assert watcher.start() == ["system:login1 /org/freedesktop/login1/session/_32"]
    win = _window(qtbot, ctx, watcher)
    assert not win.lock.is_locked
    _send(address, "/org/freedesktop/login1/session/_33", "org.freedesktop.login1.Session.Lock")  # another session
    _send(address, "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Unlock")
    _send(address, "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock")
    qtbot.waitUntil(lambda: win.lock.is_locked)
    assert win.pages == {} and ctx.registry is None
    assert win.lock_screen.reason.text() == "Sổ Mật đã khóa cùng phiên làm việc của máy tính."


def test_screen_saver_activation_locks_but_deactivation_does_not(qtbot, ctx, private_bus, closing):
    address, bus = private_bus
    watcher = OsSessionLock([("session", bus)])
    assert watcher.start() == ["session:org.gnome.ScreenSaver", "session:org.freedesktop.ScreenSaver"]
    seen = []
    watcher.session_locked.connect(lambda: seen.append("locked"))
    win = _window(qtbot, ctx, watcher)
    _send(address, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean:false")
    _send(address, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true")
    qtbot.waitUntil(lambda: win.lock.is_locked)
    assert seen == ["locked"]


def test_without_a_bus_the_application_keeps_working(qtbot, ctx, monkeypatch, closing):
    from PySide6.QtDBus import QDBusConnection

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/system_bus")
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "somat-test-dead")
    assert not dead.isConnected()
    watcher = OsSessionLock([("session", dead), ("system", dead)])
    assert watcher.start() == []
    win = _window(qtbot, ctx, watcher)
    assert not win.lock.is_locked
    win.lock.lock_now()  # the other lock sources still work
    assert win.lock.is_locked
    QDBusConnection.disconnectFromBus("somat-test-dead")


def test_login1_session_paths_are_encoded_like_sd_bus():
    assert login1_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert login1_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert login1_session_path("") == ""
