"""Cài đặt: the agency, the rule pack in force with its legal texts, the idle lock, the language,
and backups (back up now / restore), all long work off the GUI thread."""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path


from app import paths
from app.rules import all_packs
from app.ui import prefs
from app.ui.qt import (
    QComboBox, QCoreApplication, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSpinBox, Qt, QVBoxLayout, QWidget,
)
from app.ui.settings_store import load_ui_settings, save_idle_minutes
from app.ui.widgets.banner import Banner
from app.ui.widgets.messages import confirm_danger, error_text, show_error

log = logging.getLogger(__name__)
UNIT_LEVELS = {"trung_uong": "Cấp trung ương", "tinh": "Cấp tỉnh", "xa": "Cấp xã", "khac": "Khác"}


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def _d(day) -> str:
    return day.strftime("%d/%m/%Y") if day else _tr("settings", "nay")


def load_settings(session) -> dict:
    from app.services import screen_queries
    from app.services.alerts import BACKUP_DAYS, BACKUP_DAYS_DEFAULT
    from app.services.settings import get_setting

    minutes, _name = load_ui_settings(session)
    return {"agency": screen_queries.agency(session), "idle_minutes": minutes,
            "backup_days": int(get_setting(session, BACKUP_DAYS, BACKUP_DAYS_DEFAULT))}


class SettingsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        inner = QWidget()
        col = QVBoxLayout(inner)

        # agency
        agency_box = QGroupBox(_tr("settings", "Cơ quan"))
        self.agency_form = QFormLayout(agency_box)
        self.agency_labels = {}
        for key, label in (("name", "Tên cơ quan:"), ("superior_body", "Cơ quan chủ quản:"), ("place", "Địa danh:"),
                           ("unit_level", "Cấp:"), ("short_code", "Ký hiệu viết tắt:")):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            value.setWordWrap(True)
            self.agency_labels[key] = value
            self.agency_form.addRow(QCoreApplication.translate("settings", label), value)
        col.addWidget(agency_box)

        # rule packs
        pack_box = QGroupBox(_tr("settings", "Chế độ pháp lý (gói quy tắc)"))
        pl = QVBoxLayout(pack_box)
        self.pack_label = QLabel()
        self.pack_label.setWordWrap(True)
        self.pack_label.setObjectName("packInForce")
        self.pack_label.setTextFormat(Qt.RichText)
        pl.addWidget(self.pack_label)
        self.pack_list = QListWidget()
        self.pack_list.setMaximumHeight(60)
        pl.addWidget(QLabel(_tr("settings", "Các chế độ có trong chương trình (hồ sơ cũ giữ chế độ lúc lập):")))
        pl.addWidget(self.pack_list)
        col.addWidget(pack_box)

        # lock and language
        lock_box = QGroupBox(_tr("settings", "Khóa tự động và ngôn ngữ"))
        ll = QFormLayout(lock_box)
        self.idle = QSpinBox()
        self.idle.setRange(1, 60)
        self.idle.setSuffix(_tr("settings", " phút"))
        self.idle_save = QPushButton(_tr("settings", "Lưu"))
        self.idle_save.clicked.connect(self.save_idle)
        row = QHBoxLayout()
        row.addWidget(self.idle)
        row.addWidget(self.idle_save)
        row.addStretch(1)
        ll.addRow(_tr("settings", "Tự khóa khi không thao tác sau:"), row)
        self.language = QComboBox()
        for code, name in prefs.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.get(prefs.LANGUAGE))))
        self.language.currentIndexChanged.connect(self._language_changed)
        ll.addRow(_tr("settings", "Ngôn ngữ giao diện:"), self.language)
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        ll.addRow(self.lock_note)
        col.addWidget(lock_box)

        # display: font size and theme (pre-unlock preferences, applied at once)
        from app.ui.theme import FONT_SIZES, THEMES

        view_box = QGroupBox(_tr("settings", "Hiển thị"))
        vl = QFormLayout(view_box)
        self.font_size = QSpinBox()
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(*FONT_SIZES)
        self.font_size.setSuffix(_tr("settings", " pt"))
        self.font_size.setValue(prefs.get(prefs.FONT_SIZE))
        vl.addRow(_tr("settings", "Cỡ chữ:"), self.font_size)
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for code, name in THEMES.items():
            self.theme.addItem(_tr("theme", name), code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.get(prefs.THEME))))
        vl.addRow(_tr("settings", "Màu giao diện:"), self.theme)
        self.view_apply = QPushButton(_tr("settings", "Áp dụng"))
        self.view_apply.clicked.connect(self.apply_view)
        self.view_note = QLabel()
        self.view_note.setWordWrap(True)
        vrow = QHBoxLayout()
        vrow.addWidget(self.view_apply)
        vrow.addWidget(self.view_note, 1)
        vl.addRow(vrow)
        col.addWidget(view_box)

        # backups
        backup_box = QGroupBox(_tr("settings", "Sao lưu"))
        bl = QVBoxLayout(backup_box)
        bl.addWidget(QLabel(_tr("settings", "Bản sao lưu được mã hóa như sổ gốc; giữ 10 bản gần nhất. Thư mục: {path}")
                            .format(path=paths.backup_dir())))
        self.backups = QListWidget()
        self.backups.setObjectName("backupList")
        self.backups.setMaximumHeight(90)
        bl.addWidget(self.backups)
        self.backup_button = QPushButton(_tr("settings", "Sao lưu ngay"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(_tr("settings", "Khôi phục từ bản sao lưu…"))
        self.restore_button.clicked.connect(self.restore)
        self.backup_result = Banner("", "info")
        self.backup_result.hide()
        brow = QHBoxLayout()
        brow.addStretch(1)
        brow.addWidget(self.backup_button)
        brow.addWidget(self.restore_button)
        bl.addLayout(brow)
        bl.addWidget(self.backup_result)
        self.backup_days = QSpinBox()
        self.backup_days.setObjectName("backupDays")
        self.backup_days.setRange(0, 365)
        self.backup_days.setSpecialValueText(_tr("settings", "không nhắc"))
        self.backup_days.setSuffix(_tr("settings", " ngày"))
        self.backup_days_save = QPushButton(_tr("settings", "Lưu"))
        self.backup_days_save.clicked.connect(self.save_backup_days)
        self.backup_days_note = QLabel()
        drow = QHBoxLayout()
        drow.addWidget(QLabel(_tr("settings", "Nhắc sao lưu trên trang Tổng quan khi bản gần nhất cũ hơn:")))
        drow.addWidget(self.backup_days)
        drow.addWidget(self.backup_days_save)
        drow.addWidget(self.backup_days_note, 1)
        bl.addLayout(drow)
        col.addWidget(backup_box)
        col.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("settings", "<h2>Cài đặt</h2>")))
        layout.addWidget(scroll)
        self._show_packs()
        self.refresh_backups()
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        if self.ctx.registry is not None:
            self.ctx.tasks.run_db(load_settings, self.show_data, lambda exc: show_error(self, exc))

    def show_data(self, data: dict) -> None:
        a = data["agency"]
        if a is not None:
            values = {"name": a.name, "superior_body": a.superior_body, "place": a.place,
                      "unit_level": _tr("settings", UNIT_LEVELS.get(a.unit_level, a.unit_level or "")), "short_code": a.short_code}
            for key, label in self.agency_labels.items():
                label.setText(values.get(key) or "—")
        self.idle.setValue(int(data["idle_minutes"]))
        self.backup_days.setValue(int(data["backup_days"]))

    def save_backup_days(self) -> None:
        from app.services.alerts import BACKUP_DAYS
        from app.services.settings import set_setting

        days, actor = self.backup_days.value(), self.ctx.actor

        def saved(_r):
            self.backup_days_note.setText(_tr("settings", "Đã lưu: nhắc khi bản sao lưu cũ hơn {n} ngày.").format(n=days)
                                          if days else _tr("settings", "Đã lưu: không nhắc sao lưu."))
            self.ctx.signals.data_changed.emit("setting")

        self.ctx.tasks.run_db(lambda s: set_setting(s, actor, BACKUP_DAYS, days), saved,
                              lambda exc: show_error(self, exc))

    def _show_packs(self) -> None:
        pack = self.ctx.pack
        if pack is not None:
            texts = "".join(f"<li>{t}</li>" for t in pack.texts)
            self.pack_label.setText(
                _tr("settings", "<b>Đang áp dụng: {name}</b><br>Hiệu lực từ {start} đến {end}.<br>Căn cứ:<ul>{texts}</ul>{basis}")
                .format(name=pack.name, start=_d(pack.effective_from), end=_d(pack.effective_to), texts=texts,
                        basis=pack.legal_basis))
        self.pack_list.clear()
        for p in all_packs():
            current = pack is not None and p.id == pack.id
            item = QListWidgetItem(f"{'● ' if current else '○ '}{p.name} — {_d(p.effective_from)} → {_d(p.effective_to)}")
            item.setToolTip("\n".join(p.texts))
            self.pack_list.addItem(item)

    # -- idle and language -----------------------------------------------------------------
    def save_idle(self) -> None:
        minutes, actor = self.idle.value(), self.ctx.actor

        def saved(value):
            prefs.put(prefs.IDLE_MINUTES, value)
            self.ctx.signals.idle_minutes.emit(int(value))  # the lock uses it now, not after the next unlock
            self.lock_note.setText(_tr("settings", "Đã lưu: tự khóa sau {n} phút không thao tác.").format(n=value))
            self.ctx.signals.data_changed.emit("setting")

        self.ctx.tasks.run_db(lambda s: save_idle_minutes(s, actor, minutes), saved, lambda exc: show_error(self, exc))

    def apply_view(self) -> None:
        from app.ui.qt import QApplication
        from app.ui.theme import apply_theme

        size, theme = apply_theme(QApplication.instance(), self.font_size.value(), self.theme.currentData())
        prefs.put(prefs.FONT_SIZE, size)
        prefs.put(prefs.THEME, theme)
        self.view_note.setText(_tr("settings", "Đã áp dụng: chữ cỡ {n} pt, {theme}.").format(
            n=size, theme=self.theme.currentText().split(" (")[0].lower()))

    def _language_changed(self) -> None:
        prefs.put(prefs.LANGUAGE, self.language.currentData())
        self.lock_note.setText(_tr("settings", "Ngôn ngữ mới được áp dụng từ lần mở chương trình sau."))

    # -- backups ---------------------------------------------------------------------------
    def refresh_backups(self) -> None:
        self.backups.clear()
        from app.services.backup import list_backups

        stem = self.ctx.registry.path.stem if self.ctx.registry is not None else ""
        for p in reversed(list_backups(paths.backup_dir(), stem)):
            when = dt.datetime.fromtimestamp(p.stat().st_mtime).strftime("%d/%m/%Y %H:%M")
            item = QListWidgetItem(f"{when} — {p.name} ({p.stat().st_size // 1024} KB)")
            item.setData(Qt.UserRole, str(p))
            self.backups.addItem(item)
        if not self.backups.count():
            self.backups.addItem(_tr("settings", "Chưa có bản sao lưu nào."))

    def backup_now(self) -> None:
        from app.services.backup import backup_now

        registry = self.ctx.registry
        self.backup_button.setEnabled(False)
        self.ctx.tasks.run_db(lambda _s: backup_now(registry), self._backed_up, self._backup_failed,
                              label=_tr("settings", "Đang sao lưu sổ…"), parent=self.window())

    def _backed_up(self, path) -> None:
        self.backup_button.setEnabled(True)
        self.backup_result.set_state(_tr("settings", "Đã sao lưu vào {path}.").format(path=path), "ok")
        self.backup_result.show()
        self.refresh_backups()
        self.ctx.signals.data_changed.emit("backup")

    def _backup_failed(self, exc) -> None:
        self.backup_button.setEnabled(True)
        self.backup_result.set_state(error_text(exc) + " " + _tr("settings", "Kiểm tra chỗ trống trên đĩa rồi thử lại."), "fail")
        self.backup_result.show()

    def restore(self) -> None:
        item = self.backups.currentItem()
        chosen = item.data(Qt.UserRole) if item is not None else None
        if not chosen:
            chosen, _ = QFileDialog.getOpenFileName(self, _tr("settings", "Chọn bản sao lưu"), str(paths.backup_dir()))
        if not chosen:
            return
        registry = self.ctx.registry
        username = registry.actor.username
        password, ok = QInputDialog.getText(self, _tr("settings", "Khôi phục"), _tr("settings", "Mật khẩu của {user} (để mở bản sao lưu):")
                                            .format(user=username), QLineEdit.Password)
        if not ok or not password:
            return
        if not confirm_danger(self, _tr("settings", "Khôi phục sổ từ bản sao lưu?"),
                              _tr("settings", "Sổ hiện tại sẽ được thay bằng bản sao lưu «{name}». Mọi thay đổi ghi sau thời điểm "
                                  "sao lưu sẽ mất (sổ hiện tại vẫn được sao lưu trước khi thay). Chương trình sẽ khóa "
                                  "và cần nhập lại mật khẩu.").format(name=Path(chosen).name),
                              yes_text=_tr("settings", "Có, khôi phục")):
            return
        window = self.window()
        if hasattr(window, "restore_backup"):
            window.restore_backup(Path(chosen), username, password)
