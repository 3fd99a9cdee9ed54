"""Audit log rows for a QTableView, newest first, fetched lazily in blocks through the DB worker."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable


from app.ui.pages.audit_details import describe
from app.ui.qt import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

BLOCK = 200
ACTION_LABELS = {
    "agency.signing_key": QT_TRANSLATE_NOOP("audit", "Tạo khóa ký của cơ quan"),
    "catalogue.active": QT_TRANSLATE_NOOP("audit", "Đổi hiệu lực mục danh mục"),
    "catalogue.add": QT_TRANSLATE_NOOP("audit", "Thêm mục danh mục BMNN"),
    "catalogue.import": QT_TRANSLATE_NOOP("audit", "Nhập danh mục BMNN"),
    "catalogue.update": QT_TRANSLATE_NOOP("audit", "Sửa mục danh mục BMNN"),
    "commitment.record": QT_TRANSLATE_NOOP("audit", "Ghi cam kết bảo vệ BMNN"),
    "copy.record": QT_TRANSLATE_NOOP("audit", "Sao, chụp tài liệu"),
    "destruction.cancel": QT_TRANSLATE_NOOP("audit", "Hủy đề xuất tiêu hủy"),
    "destruction.council": QT_TRANSLATE_NOOP("audit", "Lập hội đồng tiêu hủy"),
    "destruction.decide": QT_TRANSLATE_NOOP("audit", "Quyết định tiêu hủy"),
    "destruction.emergency": QT_TRANSLATE_NOOP("audit", "Tiêu hủy khẩn cấp"),
    "destruction.minutes": QT_TRANSLATE_NOOP("audit", "Biên bản họp hội đồng"),
    "destruction.propose": QT_TRANSLATE_NOOP("audit", "Đề xuất tiêu hủy"),
    "destruction.record": QT_TRANSLATE_NOOP("audit", "Biên bản tiêu hủy"),
    "document.cancel": QT_TRANSLATE_NOOP("audit", "Hủy dòng đăng ký"),
    "document.change_level": QT_TRANSLATE_NOOP("audit", "Thay đổi độ mật"),
    "document.custody": QT_TRANSLATE_NOOP("audit", "Giao người giữ"),
    "document.declassify": QT_TRANSLATE_NOOP("audit", "Giải mật"),
    "document.declassify_automatic": QT_TRANSLATE_NOOP("audit", "Tự động giải mật"),
    "document.extend": QT_TRANSLATE_NOOP("audit", "Gia hạn thời hạn bảo vệ"),
    "document.import": QT_TRANSLATE_NOOP("audit", "Nhập văn bản từ tệp"),
    "document.register": QT_TRANSLATE_NOOP("audit", "Vào sổ văn bản"),
    "document.update": QT_TRANSLATE_NOOP("audit", "Sửa thông tin văn bản"),
    "draft.create": QT_TRANSLATE_NOOP("audit", "Tạo bản thảo"),
    "draft.finish": QT_TRANSLATE_NOOP("audit", "Hoàn tất bản thảo"),
    "draft.save": QT_TRANSLATE_NOOP("audit", "Lưu bản thảo"),
    "handover.record": QT_TRANSLATE_NOOP("audit", "Bàn giao tài liệu"),
    "hwcheck.record": QT_TRANSLATE_NOOP("audit", "Kiểm tra máy tính"),
    "incident.report": QT_TRANSLATE_NOOP("audit", "Báo cáo sự cố lộ, mất"),
    "incident.update": QT_TRANSLATE_NOOP("audit", "Cập nhật sự cố"),
    "login": QT_TRANSLATE_NOOP("audit", "Đăng nhập"),
    "login.failed": QT_TRANSLATE_NOOP("audit", "Đăng nhập sai"),
    "login.grant": QT_TRANSLATE_NOOP("audit", "Cấp quyền đăng nhập"),
    "login.password_change": QT_TRANSLATE_NOOP("audit", "Đổi mật khẩu"),
    "login.recovery": QT_TRANSLATE_NOOP("audit", "Mở sổ bằng mã khôi phục"),
    "login.reset": QT_TRANSLATE_NOOP("audit", "Đặt lại mật khẩu"),
    "report.narrative": QT_TRANSLATE_NOOP("audit", "Lưu nội dung báo cáo năm"),
    "report.export": QT_TRANSLATE_NOOP("audit", "Xuất báo cáo ra USB an toàn"),
    "login.revoke": QT_TRANSLATE_NOOP("audit", "Thu hồi quyền đăng nhập"),
    "machine.register": QT_TRANSLATE_NOOP("audit", "Đăng ký máy soạn thảo"),
    "machine.retire": QT_TRANSLATE_NOOP("audit", "Thôi dùng máy"),
    "machine.update": QT_TRANSLATE_NOOP("audit", "Sửa thông tin máy"),
    "recovery.issue": QT_TRANSLATE_NOOP("audit", "Cấp mã khôi phục"),
    "register.close_volume": QT_TRANSLATE_NOOP("audit", "Khóa quyển sổ"),
    "register.import": QT_TRANSLATE_NOOP("audit", "Nhập sổ cũ"),
    "register.new_volume": QT_TRANSLATE_NOOP("audit", "Mở quyển sổ mới"),
    "registry.create": QT_TRANSLATE_NOOP("audit", "Tạo sổ"),
    "registry.rekey": QT_TRANSLATE_NOOP("audit", "Đổi khóa mã hóa sổ"),
    "registry.restore": QT_TRANSLATE_NOOP("audit", "Khôi phục từ bản sao lưu"),
    "self_inspection.record": QT_TRANSLATE_NOOP("audit", "Ghi tự kiểm tra"),
    "setting.set": QT_TRANSLATE_NOOP("audit", "Thay đổi cài đặt"),
    "staff.assign": QT_TRANSLATE_NOOP("audit", "Phân công cán bộ"),
    "staff.end_assignment": QT_TRANSLATE_NOOP("audit", "Kết thúc phân công"),
    "storage.remove": QT_TRANSLATE_NOOP("audit", "Mang tài liệu ra khỏi nơi lưu giữ"),
    "storage.return": QT_TRANSLATE_NOOP("audit", "Đưa tài liệu về nơi lưu giữ"),
    "transfer.receipt": QT_TRANSLATE_NOOP("audit", "Xác nhận đã nhận"),
    "transfer.record": QT_TRANSLATE_NOOP("audit", "Chuyển giao tài liệu"),
    "transfer.return": QT_TRANSLATE_NOOP("audit", "Nhận lại tài liệu thu hồi"),
    "usb.approve": QT_TRANSLATE_NOOP("audit", "Phê duyệt USB an toàn"),
    "usb.revoke": QT_TRANSLATE_NOOP("audit", "Thu hồi USB"),
    "user.add": QT_TRANSLATE_NOOP("audit", "Thêm cán bộ"),
    "user.update": QT_TRANSLATE_NOOP("audit", "Sửa thông tin cán bộ"),
    "dang_nhap": QT_TRANSLATE_NOOP("audit", "Đăng nhập"),
    "dang_nhap_that_bai": QT_TRANSLATE_NOOP("audit", "Đăng nhập sai"),
    "mo_so_bang_ma_khoi_phuc": QT_TRANSLATE_NOOP("audit", "Mở sổ bằng mã khôi phục"),
}
ENTITY_LABELS = {
    "document": QT_TRANSLATE_NOOP("audit", "văn bản"),
    "user": QT_TRANSLATE_NOOP("audit", "cán bộ"),
    "machine": QT_TRANSLATE_NOOP("audit", "máy"),
    "approved_usb": QT_TRANSLATE_NOOP("audit", "USB"),
    "check_run": QT_TRANSLATE_NOOP("audit", "lần kiểm tra"),
    "copy_record": QT_TRANSLATE_NOOP("audit", "bản sao"),
    "transfer": QT_TRANSLATE_NOOP("audit", "chuyển giao"),
    "destruction_case": QT_TRANSLATE_NOOP("audit", "hồ sơ tiêu hủy"),
    "handover": QT_TRANSLATE_NOOP("audit", "bàn giao"),
    "incident": QT_TRANSLATE_NOOP("audit", "sự cố"),
    "catalogue_item": QT_TRANSLATE_NOOP("audit", "mục danh mục"),
    "setting": QT_TRANSLATE_NOOP("audit", "cài đặt"),
    "commitment": QT_TRANSLATE_NOOP("audit", "cam kết"),
    "storage_removal": QT_TRANSLATE_NOOP("audit", "mang ra ngoài"),
    "self_inspection": QT_TRANSLATE_NOOP("audit", "tự kiểm tra"),
    "draft": QT_TRANSLATE_NOOP("audit", "bản thảo"),
    "agency": QT_TRANSLATE_NOOP("audit", "cơ quan"),
    "register_volume": QT_TRANSLATE_NOOP("audit", "quyển sổ"),
}


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def action_label(code: str) -> str:
    label = ACTION_LABELS.get(code)
    return _tr("audit", label) if label else code


def fetch_audit(session, offset: int, limit: int, text: str = "") -> list[tuple]:
    from app.services.screen_queries import audit_rows

    return audit_rows(session, offset, limit, text)


class AuditTableModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("audit", "Số"), QT_TRANSLATE_NOOP("audit", "Thời điểm"),
               QT_TRANSLATE_NOOP("audit", "Người thực hiện"), QT_TRANSLATE_NOOP("audit", "Hành động"),
               QT_TRANSLATE_NOOP("audit", "Đối tượng"), QT_TRANSLATE_NOOP("audit", "Chi tiết"))

    def __init__(self, run_db: Callable, parent=None, *, block: int = BLOCK):
        """``run_db(fn, on_done, on_error)`` — usually ``ctx.tasks.run_db``."""
        super().__init__(parent)
        self._run_db = run_db
        self.block = block
        self.rows: list[tuple] = []
        self.text = ""
        self._exhausted = False
        self._loading = False
        self._generation = 0

    # -- loading ----------------------------------------------------------------------------
    def reload(self, text: str | None = None) -> None:
        if text is not None:
            self.text = text
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self._loading = False
        self._generation += 1
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._exhausted = True
        self._generation += 1
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if not self.canFetchMore(parent):
            return
        self._loading = True
        gen, offset, limit, text = self._generation, len(self.rows), self.block, self.text
        self._run_db(lambda s: fetch_audit(s, offset, limit, text), lambda rows: self._arrived(gen, rows),
                     lambda _exc: self._failed(gen))

    def _arrived(self, gen: int, rows: list[tuple]) -> None:
        if gen != self._generation:
            return
        self._loading = False
        if len(rows) < self.block:
            self._exhausted = True
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def _failed(self, gen: int) -> None:
        if gen == self._generation:
            self._loading = False
            self._exhausted = True

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.COLUMNS):
            return _tr("audit", self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        ev_id, at, actor, action, entity, entity_id, details = self.rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == 0:
                return str(ev_id)
            if col == 1:
                return _local(at)
            if col == 2:
                return actor
            if col == 3:
                return action_label(action)
            if col == 4:
                name = _tr("audit", ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else (entity or "")
                return f"{name} #{entity_id}" if entity_id else name
            if col == 5:
                return describe(details)
        if role == Qt.ToolTipRole and col in (3, 5):
            return action if col == 3 else details
        if role == Qt.TextAlignmentRole and col == 0:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return ev_id
        return None


def _local(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
