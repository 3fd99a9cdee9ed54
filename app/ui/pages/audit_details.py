"""The "Chi tiết" column of the audit log: an event's JSON details as a short, readable list.

    {"book": "den", "year": 2026, "number": 15, "so_ky_hieu": "12/CV", "do_mat": "toi_mat"}
    → "Sổ đến; năm 2026; số 15; ký hiệu 12/CV; độ mật Tối mật"

* Known keys have a label template (``"năm {value}"``); unknown keys keep their name ("khóa lạ: …").
* Known codes read as names: levels (from the rule pack), books, kinds, parties, roles, copy forms, reasons.
* Dates read dd/mm/yyyy, times in local time, SHA-256 values are shortened, lists of ids are counted.
* Internal ids and technical keys are left out, unless the event has nothing else to say.

Everything goes through the translation context ``audit_details``; the details in the database stay as written
(the chain hashes cover them) and the tooltip still shows them raw.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from app.ui.models.vocabulary import ROLE_NAMES, code_name, level_label
from app.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr
C = "audit_details"

# Key -> label template ({value} is the value as read). Order = order shown.
LABELS = {
    "book": None,  # the value alone: "sổ đến"
    "year": QT_TRANSLATE_NOOP("audit_details", "năm {value}"),
    "volume": QT_TRANSLATE_NOOP("audit_details", "quyển {value}"),
    "number": QT_TRANSLATE_NOOP("audit_details", "số {value}"),
    "so_ky_hieu": QT_TRANSLATE_NOOP("audit_details", "ký hiệu {value}"),
    "do_mat": QT_TRANSLATE_NOOP("audit_details", "độ mật {value}"),
    "level": QT_TRANSLATE_NOOP("audit_details", "độ mật {value}"),
    "old_level": QT_TRANSLATE_NOOP("audit_details", "độ mật cũ {value}"),
    "new_level": QT_TRANSLATE_NOOP("audit_details", "độ mật mới {value}"),
    "kind": QT_TRANSLATE_NOOP("audit_details", "loại: {value}"),
    "form": QT_TRANSLATE_NOOP("audit_details", "hình thức: {value}"),
    "quantity": QT_TRANSLATE_NOOP("audit_details", "{value} bản"),
    "copy_numbers": QT_TRANSLATE_NOOP("audit_details", "bản sao số {value}"),
    "spoiled_destroyed": QT_TRANSLATE_NOOP("audit_details", "{value} bản hỏng đã hủy"),
    "document_ids": QT_TRANSLATE_NOOP("audit_details", "{value} tài liệu"),
    "usb_ids": QT_TRANSLATE_NOOP("audit_details", "{value} USB"),
    "rows": QT_TRANSLATE_NOOP("audit_details", "{value} dòng"),
    "added": QT_TRANSLATE_NOOP("audit_details", "thêm {value} mục"),
    "updated": QT_TRANSLATE_NOOP("audit_details", "cập nhật {value} mục"),
    "citation": QT_TRANSLATE_NOOP("audit_details", "mục {value}"),
    "active": QT_TRANSLATE_NOOP("audit_details", "còn hiệu lực: {value}"),
    "party": QT_TRANSLATE_NOOP("audit_details", "bên nhận: {value}"),
    "recipient": QT_TRANSLATE_NOOP("audit_details", "nơi nhận: {value}"),
    "request_ref": QT_TRANSLATE_NOOP("audit_details", "văn bản đề nghị {value}"),
    "recall_deadline": QT_TRANSLATE_NOOP("audit_details", "hạn thu hồi {value}"),
    "receipt_ref": QT_TRANSLATE_NOOP("audit_details", "ký nhận: {value}"),
    "returned_on": QT_TRANSLATE_NOOP("audit_details", "ngày trả lại {value}"),
    "out_on": QT_TRANSLATE_NOOP("audit_details", "ngày mang ra {value}"),
    "due_back_on": QT_TRANSLATE_NOOP("audit_details", "hạn đưa về {value}"),
    "on": QT_TRANSLATE_NOOP("audit_details", "ngày {value}"),
    "handed_on": QT_TRANSLATE_NOOP("audit_details", "ngày bàn giao {value}"),
    "signed_on": QT_TRANSLATE_NOOP("audit_details", "ngày ký {value}"),
    "end_on": QT_TRANSLATE_NOOP("audit_details", "ngày kết thúc {value}"),
    "decision_number": QT_TRANSLATE_NOOP("audit_details", "quyết định số {value}"),
    "decision_date": QT_TRANSLATE_NOOP("audit_details", "ngày quyết định {value}"),
    "decision_on": QT_TRANSLATE_NOOP("audit_details", "ngày quyết định {value}"),
    "council_decision": QT_TRANSLATE_NOOP("audit_details", "quyết định thành lập hội đồng {value}"),
    "members": QT_TRANSLATE_NOOP("audit_details", "thành viên: {value}"),
    "minutes_on": QT_TRANSLATE_NOOP("audit_details", "ngày họp {value}"),
    "proposed_on": QT_TRANSLATE_NOOP("audit_details", "ngày đề xuất {value}"),
    "destroyed_on": QT_TRANSLATE_NOOP("audit_details", "ngày tiêu hủy {value}"),
    "record_number": QT_TRANSLATE_NOOP("audit_details", "biên bản số {value}"),
    "report_ref": QT_TRANSLATE_NOOP("audit_details", "văn bản báo cáo {value}"),
    "years": QT_TRANSLATE_NOOP("audit_details", "thêm {value} năm"),
    "old_expires_on": QT_TRANSLATE_NOOP("audit_details", "hết hạn bảo vệ cũ {value}"),
    "new_expires_on": QT_TRANSLATE_NOOP("audit_details", "hết hạn bảo vệ mới {value}"),
    "effective_on": QT_TRANSLATE_NOOP("audit_details", "có hiệu lực từ {value}"),
    "notice_due": QT_TRANSLATE_NOOP("audit_details", "hạn thông báo {value}"),
    "notified_on": QT_TRANSLATE_NOOP("audit_details", "ngày thông báo {value}"),
    "late": QT_TRANSLATE_NOOP("audit_details", "quá hạn: {value}"),
    "occurred_on": QT_TRANSLATE_NOOP("audit_details", "ngày xảy ra {value}"),
    "reported_on": QT_TRANSLATE_NOOP("audit_details", "ngày báo cáo {value}"),
    "old_storage_place": QT_TRANSLATE_NOOP("audit_details", "nơi lưu giữ cũ: {value}"),
    "new_storage_place": QT_TRANSLATE_NOOP("audit_details", "nơi lưu giữ mới: {value}"),
    "reason": QT_TRANSLATE_NOOP("audit_details", "lý do: {value}"),
    "changes": QT_TRANSLATE_NOOP("audit_details", "đã sửa: {value}"),
    "fields": QT_TRANSLATE_NOOP("audit_details", "đã sửa: {value}"),
    "full_name": QT_TRANSLATE_NOOP("audit_details", "họ tên: {value}"),
    "username": QT_TRANSLATE_NOOP("audit_details", "tên đăng nhập: {value}"),
    "role": QT_TRANSLATE_NOOP("audit_details", "vai trò: {value}"),
    "title_code": QT_TRANSLATE_NOOP("audit_details", "thẩm quyền: {value}"),
    "authoriser_title": QT_TRANSLATE_NOOP("audit_details", "thẩm quyền người cho phép: {value}"),
    "is_head": QT_TRANSLATE_NOOP("audit_details", "người đứng đầu: {value}"),
    "via": QT_TRANSLATE_NOOP("audit_details", "bằng {value}"),
    "at_utc": QT_TRANSLATE_NOOP("audit_details", "lúc {value}"),
    "not_detailed": QT_TRANSLATE_NOOP("audit_details", "{value} lần không ghi chi tiết"),
    "agency": QT_TRANSLATE_NOOP("audit_details", "cơ quan: {value}"),
    "name": QT_TRANSLATE_NOOP("audit_details", "tên: {value}"),
    "tag_number": QT_TRANSLATE_NOOP("audit_details", "tem số {value}"),
    "inspected_on": QT_TRANSLATE_NOOP("audit_details", "ngày kiểm tra {value}"),
    "inspecting_unit": QT_TRANSLATE_NOOP("audit_details", "đơn vị kiểm tra: {value}"),
    "led_by": QT_TRANSLATE_NOOP("audit_details", "chủ trì: {value}"),
    "verdict": QT_TRANSLATE_NOOP("audit_details", "kết quả: {value}"),
    "purpose": QT_TRANSLATE_NOOP("audit_details", "mục đích: {value}"),
    "rules": QT_TRANSLATE_NOOP("audit_details", "quy tắc: {value}"),
    "serial": QT_TRANSLATE_NOOP("audit_details", "số sê-ri {value}"),
    "vendor_id": QT_TRANSLATE_NOOP("audit_details", "mã hãng {value}"),
    "product_id": QT_TRANSLATE_NOOP("audit_details", "mã sản phẩm {value}"),
    "allocation_decision": QT_TRANSLATE_NOOP("audit_details", "quyết định cấp {value}"),
    "key": QT_TRANSLATE_NOOP("audit_details", "cài đặt {value}"),
    "old": QT_TRANSLATE_NOOP("audit_details", "cũ: {value}"),
    "new": QT_TRANSLATE_NOOP("audit_details", "mới: {value}"),
    "file": QT_TRANSLATE_NOOP("audit_details", "tệp {value}"),
    "source_row": QT_TRANSLATE_NOOP("audit_details", "dòng {value} của tệp"),
    "files": QT_TRANSLATE_NOOP("audit_details", "tệp: {value}"),
    "directory": QT_TRANSLATE_NOOP("audit_details", "thư mục {value}"),
    "evidence_sha256": QT_TRANSLATE_NOOP("audit_details", "SHA-256 {value}"),
    "backup": QT_TRANSLATE_NOOP("audit_details", "bản sao lưu {value}"),
    "backup_created_at": QT_TRANSLATE_NOOP("audit_details", "sao lưu lúc {value}"),
    "new_recovery_code": QT_TRANSLATE_NOOP("audit_details", "cấp mã khôi phục mới: {value}"),
    "slots": QT_TRANSLATE_NOOP("audit_details", "{value} khóa mở sổ"),
    "algorithm": QT_TRANSLATE_NOOP("audit_details", "thuật toán {value}"),
    "body_chars": QT_TRANSLATE_NOOP("audit_details", "{value} ký tự"),
    "regime": QT_TRANSLATE_NOOP("audit_details", "chế độ {value}"),
}
# Shown only when nothing else is: internal ids and technical values.
INTERNAL = {
    "document_id": QT_TRANSLATE_NOOP("audit_details", "văn bản #{value}"),
    "user_id": QT_TRANSLATE_NOOP("audit_details", "cán bộ #{value}"),
    "person_id": QT_TRANSLATE_NOOP("audit_details", "cán bộ #{value}"),
    "from_user_id": QT_TRANSLATE_NOOP("audit_details", "từ cán bộ #{value}"),
    "to_user_id": QT_TRANSLATE_NOOP("audit_details", "cho cán bộ #{value}"),
    "old_holder_id": QT_TRANSLATE_NOOP("audit_details", "người giữ cũ #{value}"),
    "new_holder_id": QT_TRANSLATE_NOOP("audit_details", "người giữ mới #{value}"),
    "authorised_by_id": QT_TRANSLATE_NOOP("audit_details", "người cho phép #{value}"),
}
ID_KEY = re.compile(r"(^id$|_id$|_uuid$|^schema$)")

BOOKS = {"den": QT_TRANSLATE_NOOP("audit_details", "sổ đến"), "di": QT_TRANSLATE_NOOP("audit_details", "sổ đi")}
VALUES = {  # codes of a key that the services do not name
    ("kind", "mot_phan"): QT_TRANSLATE_NOOP("audit_details", "giải mật một phần"),
    ("kind", "toan_bo"): QT_TRANSLATE_NOOP("audit_details", "giải mật toàn bộ"),
    ("kind", "tu_dong"): QT_TRANSLATE_NOOP("audit_details", "tự động giải mật"),
    ("via", "recovery"): QT_TRANSLATE_NOOP("audit_details", "mã khôi phục"),
    ("via", "head"): QT_TRANSLATE_NOOP("audit_details", "người đứng đầu cơ quan"),
    ("verdict", "pass"): QT_TRANSLATE_NOOP("audit_details", "đạt"),
    ("verdict", "fail"): QT_TRANSLATE_NOOP("audit_details", "không đạt"),
    ("purpose", "tu_kiem_tra"): QT_TRANSLATE_NOOP("audit_details", "tự kiểm tra"),
    ("member_role", "chu_tich"): QT_TRANSLATE_NOOP("audit_details", "chủ tịch"),
    ("member_role", "nguoi_quan_ly"): QT_TRANSLATE_NOOP("audit_details", "người trực tiếp quản lý"),
    ("member_role", "thanh_vien"): QT_TRANSLATE_NOOP("audit_details", "thành viên"),
}
FIELD_NAMES = {  # fields named in "changes"
    "so_ky_hieu": QT_TRANSLATE_NOOP("audit_details", "số, ký hiệu"),
    "ngay_van_ban": QT_TRANSLATE_NOOP("audit_details", "ngày văn bản"),
    "ngay_den": QT_TRANSLATE_NOOP("audit_details", "ngày đến"),
    "loai_van_ban": QT_TRANSLATE_NOOP("audit_details", "tên loại"),
    "trich_yeu": QT_TRANSLATE_NOOP("audit_details", "trích yếu"),
    "co_quan_ban_hanh": QT_TRANSLATE_NOOP("audit_details", "cơ quan ban hành"),
    "nguoi_ky": QT_TRANSLATE_NOOP("audit_details", "người ký"),
    "noi_nhan": QT_TRANSLATE_NOOP("audit_details", "nơi nhận"),
    "ghi_chu": QT_TRANSLATE_NOOP("audit_details", "ghi chú"),
    "storage_place": QT_TRANSLATE_NOOP("audit_details", "nơi lưu giữ"),
    "full_name": QT_TRANSLATE_NOOP("audit_details", "họ tên"),
    "position": QT_TRANSLATE_NOOP("audit_details", "chức vụ"),
    "role": QT_TRANSLATE_NOOP("audit_details", "vai trò"),
    "active": QT_TRANSLATE_NOOP("audit_details", "còn hoạt động"),
    "text": QT_TRANSLATE_NOOP("audit_details", "nội dung"),
    "level": QT_TRANSLATE_NOOP("audit_details", "độ mật"),
}
LEVEL_KEYS = ("do_mat", "level", "old_level", "new_level")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
SHORT_HASH = 12


def _pack():
    from app.rules import current_pack

    return current_pack()


def _kind_names() -> dict[str, str]:
    from app.services import incidents, people, transfers

    return {**incidents.KINDS, **transfers.KINDS, **people.ASSIGNMENT_KINDS, **people.COMMITMENT_KINDS}


def _yes_no(value: bool) -> str:
    return _tr(C, "có") if value else _tr(C, "không")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return _yes_no(value)
    if value is None:
        return "—"
    text = str(value)
    if DATE.match(text):
        return f"{text[8:10]}/{text[5:7]}/{text[:4]}"
    if DATETIME.match(text):
        try:
            at = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        if at.tzinfo is None:
            at = at.replace(tzinfo=dt.timezone.utc)
        return at.astimezone().strftime("%d/%m/%Y %H:%M")
    return text


def _short_hash(value: Any) -> str:
    text = str(value or "")
    return text[:SHORT_HASH] + "…" if len(text) > SHORT_HASH else text


def _code(key: str, value: Any) -> str:
    """A code as its name; anything else as read."""
    if isinstance(value, (list, dict)):  # nested values (e.g. the row hashes of a data.rows entry)
        return _value(key, value)
    if key in LEVEL_KEYS and isinstance(value, str):
        try:
            return level_label(_pack().level(value).name)
        except KeyError:
            return value
    if key == "book" and value in BOOKS:
        return _tr(C, BOOKS[value])
    if (key, value) in VALUES:
        return _tr(C, VALUES[(key, value)])
    if key == "kind" and value in _kind_names():
        return code_name(_kind_names()[value])
    if key == "party":
        from app.services.transfers import PARTIES

        return code_name(PARTIES[value]) if value in PARTIES else _scalar(value)
    if key == "form" and value in _pack().copy_forms:
        return code_name(_pack().copy_forms[value])
    if key == "reason":
        from app.services.handover import REASONS

        return code_name(REASONS[value]) if value in REASONS else _scalar(value)
    if key == "role" and value in ROLE_NAMES:
        return _tr("codes", ROLE_NAMES[value])
    if key in ("title_code", "authoriser_title") and value in _pack().titles:
        return _pack().titles[value]  # legal titles of the rule pack: Vietnamese data
    if "sha256" in key:
        return _short_hash(value)
    return _scalar(value)


def _value(key: str, value: Any) -> str:
    if key.endswith("_ids") and isinstance(value, list):
        return str(len(value))
    if key == "copy_numbers" and isinstance(value, list) and len(value) == 2:
        first, last = value
        return str(first) if first == last else f"{first}–{last}"
    if key in ("changes", "fields") and isinstance(value, list):
        return ", ".join(_change(c) for c in value)
    if key == "files" and isinstance(value, list):
        return ", ".join(_tr(C, "{name} (SHA-256 {sha})").format(name=f.get("name", ""),
                                                                 sha=_short_hash(f.get("sha256")))
                         if isinstance(f, dict) else str(f) for f in value)
    if key == "members" and isinstance(value, list):
        return ", ".join(_member(m) for m in value)
    if isinstance(value, list):
        return ", ".join(_code(key, v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_scalar(v)}" for k, v in value.items())
    return _code(key, value)


def _change(change: Any) -> str:
    if not isinstance(change, dict):
        return _field(str(change))
    field = change.get("field", "")
    if "old" not in change and "new" not in change:
        return _field(field)
    return _tr(C, "{field} {old} → {new}").format(field=_field(field), old=_quoted(field, change.get("old")),
                                                  new=_quoted(field, change.get("new")))


def _field(key: str) -> str:
    name = FIELD_NAMES.get(key)
    return _tr(C, name) if name else key.replace("_", " ")


def _quoted(field: str, value: Any) -> str:
    if value in (None, ""):
        return _tr(C, "(trống)")
    return f"“{_code(field, value)}”"


def _member(member: Any) -> str:
    if not isinstance(member, dict):
        return str(member)
    role = member.get("role")
    name = member.get("name", "")
    if ("member_role", role) in VALUES:
        return f"{name} ({_tr(C, VALUES[('member_role', role)])})"
    return name


def _item(key: str, value: Any, template: str | None) -> str:
    shown = _value(key, value)
    return shown if template is None else _tr(C, template).format(value=shown)


def describe(details: str | None) -> str:
    """The details column of one audit event (``details`` is the JSON stored with it)."""
    try:
        value = json.loads(details or "{}")
    except ValueError:
        return details or ""
    if not isinstance(value, dict):
        return str(value)
    items: list[str] = []
    for key in [k for k in LABELS if k in value] + [k for k in value if k not in LABELS and k not in INTERNAL]:
        if key in LABELS:
            items.append(_item(key, value[key], LABELS[key]))
        elif not ID_KEY.search(key):
            items.append(_tr(C, "{key}: {value}").format(key=key.replace("_", " "), value=_value(key, value[key])))
    if not items:  # nothing but ids: say which
        items = [_item(k, v, INTERNAL[k]) for k, v in value.items() if k in INTERNAL]
    text = "; ".join(i for i in items if i)
    return text[:1].upper() + text[1:]
