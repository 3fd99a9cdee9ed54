"""Comfort: the overview reminds to back up when the newest backup is older than the days set in Cài đặt
(a real encrypted backup made by the settings page's button; its age set on the file)."""
import datetime as dt
import os
import time

from app import paths
from app.services.backup import list_backups
from app.ui.pages.dashboard_page import DashboardPage
from app.ui.pages.settings_page import SettingsPage
from app.ui.qt import Qt, QTest
from tests.gui.keys import type_text


def _alert_texts(page):
    return [page.alerts.item(r, 2).text() for r in range(page.alerts.rowCount())]


def _backup_alerts(page):
    return [t for t in _alert_texts(page) if "sao lưu" in t]


def test_backup_reminder_follows_the_setting_and_the_newest_backup(qtbot, ctx):
    dashboard = DashboardPage(ctx)
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.data is not None)
    assert _backup_alerts(dashboard) == [
        "Sổ chưa được sao lưu lần nào. Vào Cài đặt → Sao lưu để tạo bản sao lưu mã hóa."]

    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitUntil(lambda: settings.backup_days.value() == 7)  # the default
    settings.backup_days.lineEdit().selectAll()
    type_text(settings.backup_days.lineEdit(), "3")
    QTest.mouseClick(settings.backup_days_save, Qt.LeftButton)
    assert settings.backup_days_note.text() == "Đã lưu: nhắc khi bản sao lưu cũ hơn 3 ngày."

    QTest.mouseClick(settings.backup_button, Qt.LeftButton)  # a real encrypted backup
    qtbot.waitUntil(lambda: settings.backup_button.isEnabled())
    backups = list_backups(paths.backup_dir(), ctx.registry.path.stem)
    assert len(backups) == 1
    dashboard.reload()
    assert _backup_alerts(dashboard) == []

    five_days_ago = time.time() - 5 * 86400
    os.utime(backups[0], (five_days_ago, five_days_ago))
    dashboard.reload()
    day = dt.date.fromtimestamp(five_days_ago).strftime("%d/%m/%Y")
    assert _backup_alerts(dashboard) == [(
        f"Bản sao lưu gần nhất đã cũ 5 ngày (ngày {day}); nên sao lưu ít nhất 3 ngày một lần. "
        "Vào Cài đặt → Sao lưu ngay.")]

    settings.backup_days.lineEdit().selectAll()
    QTest.keyClick(settings.backup_days.lineEdit(), Qt.Key_Backspace)
    type_text(settings.backup_days.lineEdit(), "0")
    QTest.mouseClick(settings.backup_days_save, Qt.LeftButton)
    assert settings.backup_days_note.text() == "Đã lưu: không nhắc sao lưu."
    dashboard.reload()
    assert _backup_alerts(dashboard) == []
