"""Audit log rows for a QTableView, newest first, fetched lazily in blocks through the DB worker."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from sqlalchemy import or_, select

from app.ui.qt import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

BLOCK = 200
ACTION_LABELS = {
    "dang_nhap": "Đăng nhập", "dang_nhap_that_bai": "Đăng nhập sai", "mo_so_bang_ma_khoi_phuc": "Mở sổ bằng mã khôi phục",
    "tao_so": "Tạo sổ", "dang_ky_den": "Vào sổ đến", "dang_ky_di": "Vào sổ đi", "sua_van_ban": "Sửa văn bản",
    "gia_han": "Gia hạn", "giai_mat": "Giải mật", "thay_doi_do_mat": "Thay đổi độ mật", "sao_chup": "Sao, chụp",
    "kiem_tra_may": "Kiểm tra máy", "sao_luu": "Sao lưu", "khoi_phuc": "Khôi phục",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def action_label(code: str) -> str:
    label = ACTION_LABELS.get(code)
    return _tr(label) if label else code.replace("_", " ").capitalize()


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
            return _tr(self.COLUMNS[section])
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
                return f"{entity} #{entity_id}" if entity and entity_id else (entity or "")
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
