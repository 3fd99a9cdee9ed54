"""Screenshots of every main screen on a demo registry: ``docs/screenshots/*.png``.

Run under a virtual display (one command):
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py
Uses a throw-away SOMAT_HOME and the fast test key-derivation profile; never touches real data.
The hardware probes and the live monitor are not run (the dashboard shows a sample verdict).
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="somat-shots-"))
    os.environ["SOMAT_HOME"] = str(home)
    OUT.mkdir(parents=True, exist_ok=True)

    from app import paths
    from app.services import keystore

    keystore.set_test_kdf(keystore.TEST_KDF)  # throw-away demo registry: fast parameters, in-process
    from app.cli.gui_cmd import DEMO_PASSWORD, DEMO_USERNAME, create_demo
    from app.hwcheck.model import Finding, Verdict
    from app.hwcheck.policy import legal_text
    from app.ui import machine_status
    from app.ui.app import init_logging, make_application
    from app.ui.main_window import PAGES
    from app.ui.qt import QApplication, QTimer

    init_logging()
    app = make_application()
    path = paths.default_registry()
    create_demo(path)

    sample = Verdict(root="/", checked_at=dt.datetime.now(dt.timezone.utc), live_probes=True, findings=(
        Finding(rule="usb.unapproved_history", severity="warn",
                summary="Nhật ký hệ thống ghi nhận USB chưa được phê duyệt đã từng cắm: SanDisk Cruzer Blade "
                        "[0781:5567] lúc 14:05 ngày 12/01/2026.",
                source="/var/log/kern.log.1", evidence={}, legal_basis=legal_text("usb")),))
    machine_status._run_check = lambda policy: sample
    machine_status.MonitorBridge.start = lambda self, policy, tasks=None: None

    def settle(ms=300):
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def grab(widget, name):
        settle()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    from app.ui.first_run_wizard import FirstRunWizard
    from app.ui.tasks import TaskRunner
    from app.ui.unlock_dialog import UnlockDialog

    wizard = FirstRunWizard(TaskRunner(), home / "moi.somat", usb_lister=lambda: [])
    wizard.resize(820, 560)
    wizard.show()
    grab(wizard, "00-first-run")
    wizard.close()

    from app.ui.session import AppSession

    session = AppSession(path)
    dialog = UnlockDialog(session.tasks, path)
    dialog.show()
    dialog.form.username.setText(DEMO_USERNAME)
    dialog.form.password.setText("sai mật khẩu")
    dialog.form.submit()
    session.tasks.wait()
    settle(500)
    grab(dialog, "01-unlock-wrong-password")
    dialog.form.password.setText(DEMO_PASSWORD)
    dialog.form.submit()
    for _ in range(200):
        settle(50)
        if dialog.registry is not None:
            break
    dialog.close()
    window = session.open_main(dialog.registry)
    window.resize(1366, 768)  # the clerks' common laptop screen
    settle(800)
    session.tasks.wait()
    for i, (key, _title, _m, _c) in enumerate(PAGES, start=2):
        window.show_page(key)
        session.tasks.wait()
        settle(500)
        grab(window, f"{i:02d}-{key}")
    numbers = iter(range(len(PAGES) + 2, 100))  # the shots after the pages, numbered in order
    from app.hwcheck.usb_now import UsbDevice

    drives = [UsbDevice("0781", "5567", "SanDisk", "Cruzer Blade", "4C530001", 16 << 30, "/dev/sdc", ("/media/usb-la",)),
              UsbDevice("0951", "1666", "Kingston", "DataTraveler (USB an toàn)", "E0D55EA574F1F6B0A9C3002B", 32 * 1000**3, "/dev/sdb",
                        ("/media/usb-an-toan",))]
    reports = window.show_page("reports")
    dialog = reports.export(list_drives=lambda: drives)
    session.tasks.wait()
    grab(dialog, f"{next(numbers):02d}-export-dialog")
    dialog.close()
    outgoing = window.show_page("outgoing")
    session.tasks.wait()
    settle(500)
    outgoing.table.selectRow(0)
    outgoing.open_current()
    detail = outgoing._dialog
    session.tasks.wait()
    grab(detail, f"{next(numbers):02d}-outgoing-detail")
    detail.start("envelopes")
    session.tasks.wait()
    for _ in range(100):
        settle(50)
        if getattr(detail, "paper_preview", None) is not None and detail.paper_preview.images:
            break
    grab(detail.paper_preview, f"{next(numbers):02d}-envelopes-preview")
    detail.paper_preview.close()
    detail.close()
    copies = window.show_page("copies")
    session.tasks.wait()
    copies.print_book()
    for _ in range(100):
        settle(50)
        if getattr(copies, "_print_preview", None) is not None and copies._print_preview.images:
            break
    grab(copies._print_preview, f"{next(numbers):02d}-copy-logbook-preview")
    copies._print_preview.close()
    help_dialog = window.show_help("copies")
    grab(help_dialog, f"{next(numbers):02d}-help-f1")
    help_dialog.close()
    destruction = window.show_page("destruction")
    shown = []
    destruction.start_emergency(shown.append)
    for _ in range(100):
        settle(50)
        if shown:
            break
    shown[0].resize(760, 720)
    grab(shown[0], f"{next(numbers):02d}-emergency-destruction")
    shown[0].close()
    window.lock.lock_now()
    settle(300)
    grab(window, f"{next(numbers):02d}-locked")
    recovery = window.lock_screen.form.open_recovery()
    recovery.code.setText("7k3qm 2x9ab-")
    grab(recovery, f"{next(numbers):02d}-recovery-code")
    recovery.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
