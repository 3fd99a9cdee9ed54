"""Audit log rows for a QTableView, newest first, fetched lazily in blocks through the DB worker."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from sqlalchemy import or_, select

from app.ui.qt import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

BLOCK = 200
ACTION_LABELS = {
    "agency.signing_key": "Tạo khóa ký của cơ quan", "catalogue.active": "Đổi hiệu lực mục danh mục",
    "catalogue.add": "Thêm mục danh mục BMNN", "catalogue.import": "Nhập danh mục BMNN",
    "catalogue.update": "Sửa mục danh mục BMNN", "commitment.record": "Ghi cam kết bảo vệ BMNN",
    "copy.record": "Sao, chụp tài liệu", "destruction.cancel": "Hủy đề xuất tiêu hủy",
    "destruction.council": "Lập hội đồng tiêu hủy", "destruction.decide": "Quyết định tiêu hủy",
    "destruction.emergency": "Tiêu hủy khẩn cấp", "destruction.minutes": "Biên bản họp hội đồng",
    "destruction.propose": "Đề xuất tiêu hủy", "destruction.record": "Biên bản tiêu hủy",
    "document.cancel": "Hủy dòng đăng ký", "document.change_level": "Thay đổi độ mật",
    "document.custody": "Giao người giữ", "document.declassify": "Giải mật",
    "document.declassify_automatic": "Tự động giải mật", "document.extend": "Gia hạn thời hạn bảo vệ",
    "document.import": "Nhập văn bản từ tệp", "document.register": "Vào sổ văn bản",
    "document.update": "Sửa thông tin văn bản", "draft.create": "Tạo bản thảo", "draft.finish": "Hoàn tất bản thảo",
    "draft.save": "Lưu bản thảo", "handover.record": "Bàn giao tài liệu", "hwcheck.record": "Kiểm tra máy tính",
    "incident.report": "Báo cáo sự cố lộ, mất", "incident.update": "Cập nhật sự cố",
    "login": "Đăng nhập", "login.failed": "Đăng nhập sai", "login.grant": "Cấp quyền đăng nhập",
    "login.password_change": "Đổi mật khẩu", "login.recovery": "Mở sổ bằng mã khôi phục",
    "login.reset": "Đặt lại mật khẩu", "report.narrative": "Lưu nội dung báo cáo năm",
    "report.export": "Xuất báo cáo ra USB an toàn",
    "login.revoke": "Thu hồi quyền đăng nhập", "machine.register": "Đăng ký máy soạn thảo",
    "machine.retire": "Thôi dùng máy", "machine.update": "Sửa thông tin máy", "recovery.issue": "Cấp mã khôi phục",
    "register.close_volume": "Khóa quyển sổ", "register.import": "Nhập sổ cũ", "register.new_volume": "Mở quyển sổ mới",
    "registry.create": "Tạo sổ", "registry.rekey": "Đổi khóa mã hóa sổ", "registry.restore": "Khôi phục từ bản sao lưu",
    "self_inspection.record": "Ghi tự kiểm tra", "setting.set": "Thay đổi cài đặt", "staff.assign": "Phân công cán bộ",
    "staff.end_assignment": "Kết thúc phân công", "storage.remove": "Mang tài liệu ra khỏi nơi lưu giữ",
    "storage.return": "Đưa tài liệu về nơi lưu giữ", "transfer.receipt": "Xác nhận đã nhận",
    "transfer.record": "Chuyển giao tài liệu", "transfer.return": "Nhận lại tài liệu thu hồi",
    "usb.approve": "Phê duyệt USB an toàn", "usb.revoke": "Thu hồi USB", "user.add": "Thêm cán bộ",
    "user.update": "Sửa thông tin cán bộ", "dang_nhap": "Đăng nhập", "dang_nhap_that_bai": "Đăng nhập sai",
    "mo_so_bang_ma_khoi_phuc": "Mở sổ bằng mã khôi phục",
}
ENTITY_LABELS = {
    "document": "văn bản", "user": "cán bộ", "machine": "máy", "approved_usb": "USB", "check_run": "lần kiểm tra",
    "copy_record": "bản sao", "transfer": "chuyển giao", "destruction_case": "hồ sơ tiêu hủy", "handover": "bàn giao",
    "incident": "sự cố", "catalogue_item": "mục danh mục", "setting": "cài đặt", "commitment": "cam kết",
    "storage_removal": "mang ra ngoài", "self_inspection": "tự kiểm tra", "draft": "bản thảo", "agency": "cơ quan",
}


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def action_label(code: str) -> str:
    label = ACTION_LABELS.get(code)
    return QCoreApplication.translate("audit", label) if label else code


def fetch_audit(session, offset: int, limit: int, text: str = "") -> list[tuple]:
    from app.models import AuditEvent

    q = select(AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.entity,
               AuditEvent.entity_id, AuditEvent.details).order_by(AuditEvent.id.desc())
    if text:
        like = f"%{text}%"
        q = q.where(or_(AuditEvent.actor.like(like), AuditEvent.action.like(like), AuditEvent.details.like(like)))
    return [tuple(r) for r in session.execute(q.offset(offset).limit(limit)).all()]


def _details(text: str) -> str:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return text
    if isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')}: {v}" for k, v in value.items())
    return str(value)


class AuditTableModel(QAbstractTableModel):
    COLUMNS = ("Số", "Thời điểm", "Người thực hiện", "Hành động", "Đối tượng", "Chi tiết")

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
                return _details(details)
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
