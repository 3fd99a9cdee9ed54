"""The role table: which role may do which action — written once, as data.

Every service that changes data or keys calls ``app.services.roles.require(actor, ACTION)`` before it
writes anything; nothing else in the program decides who may do what (the GUI and CLI may hide what a
role cannot do, but the service refuses). Tests walk every cell of this table
(``tests/unit/services/test_roles_table.py``).

Columns (``User.role``, plus two that are not roles of the ``user`` table):

========================  ===========================================================================
``van_thu``               văn thư — keeps the registers (enters, copies, transfers, records decisions).
``can_bo_bao_mat``        cán bộ bảo mật — the registers, plus devices, the catalogue, staff papers,
                          incidents and the annual report.
``lanh_dao``              lãnh đạo — reads; drafts; reports an incident; changes their own password.
``quan_tri``              quản trị — people, logins, devices, settings, restore; the registers too (a
                          small agency's only user is its administrator).
``nguoi_dung_dau``        người đứng đầu cơ quan (``User.is_head``, whatever the role): adds the actions
                          marked for it — re-keying the registry, resetting a password without the
                          old one, making someone head of the agency.
``he_thong``              the program itself (``Actor.system()``): the backup before an upgrade.
========================  ===========================================================================

An action's name is ``area.verb``; its label completes the sentence "… không được phép {label}" of
the refusal (``roles.denied`` in ``app.errors``) and is translated with it.
"""
from __future__ import annotations

from app.errors import N_

VT, BM, LD, QT = "van_thu", "can_bo_bao_mat", "lanh_dao", "quan_tri"
HEAD, SYSTEM = "nguoi_dung_dau", "he_thong"
COLUMNS = (VT, BM, LD, QT, HEAD, SYSTEM)

ROLE_LABELS = {
    VT: N_("errors", "văn thư"),
    BM: N_("errors", "cán bộ bảo mật"),
    LD: N_("errors", "lãnh đạo"),
    QT: N_("errors", "quản trị"),
    HEAD: N_("errors", "người đứng đầu cơ quan"),
    SYSTEM: N_("errors", "hệ thống"),
}

_REGISTERS = (VT, BM, QT)  # who keeps the registers

# action: (label, columns allowed)
TABLE: dict[str, tuple[str, tuple[str, ...]]] = {
    # --- registers ---------------------------------------------------------------------------------
    "documents.register": (N_("errors", "ghi văn bản mật vào sổ"), _REGISTERS),
    "documents.update": (N_("errors", "sửa dòng sổ đã ghi"), _REGISTERS),
    "documents.cancel": (N_("errors", "hủy dòng sổ ghi nhầm"), _REGISTERS),
    "documents.volume": (N_("errors", "mở quyển sổ mới hoặc khóa sổ cuối năm"), _REGISTERS),
    "documents.import": (N_("errors", "nhập sổ từ tệp Excel"), _REGISTERS),
    "documents.export": (N_("errors", "xuất sổ ra tệp Excel mã hóa"), _REGISTERS),
    "copies.record": (N_("errors", "ghi sổ sao, chụp tài liệu mật"), _REGISTERS),
    "transfers.record": (N_("errors", "ghi cung cấp, chuyển giao, thu hồi tài liệu mật"), _REGISTERS),
    "lifecycle.record": (N_("errors", "ghi gia hạn, điều chỉnh độ mật, giải mật"), _REGISTERS),
    "lifecycle.custody": (N_("errors", "ghi người giữ hoặc mang tài liệu mật ra khỏi nơi lưu giữ"), _REGISTERS),
    "destruction.record": (N_("errors", "ghi hồ sơ tiêu hủy tài liệu mật"), _REGISTERS),
    "handover.run": (N_("errors", "ghi bàn giao tài liệu mật của một cán bộ"), (BM, QT, HEAD)),
    "drafts.write": (N_("errors", "soạn thảo văn bản"), (VT, BM, LD, QT)),
    # --- the security officer's papers ---------------------------------------------------------------
    "catalogue.edit": (N_("errors", "sửa danh mục bí mật nhà nước"), (BM, QT)),
    "incidents.report": (N_("errors", "báo cáo sự cố lộ, mất bí mật nhà nước"), (VT, BM, LD, QT)),
    "incidents.manage": (N_("errors", "cập nhật sự cố hoặc ghi kết quả tự kiểm tra"), (BM, QT, HEAD)),
    "staff.manage": (N_("errors", "ghi phân công cán bộ hoặc cam kết bảo vệ bí mật nhà nước"), (BM, QT, HEAD)),
    "paperwork.narrative": (N_("errors", "soạn báo cáo công tác bảo vệ bí mật nhà nước"), (BM, QT, HEAD)),
    "paperwork.export": (N_("errors", "xuất báo cáo năm ra ổ USB"), (BM, QT, HEAD)),
    # --- machines -----------------------------------------------------------------------------------
    "devices.machines": (N_("errors", "đăng ký, sửa hoặc thôi dùng máy tính"), (BM, QT)),
    "devices.usb": (N_("errors", "duyệt hoặc thu hồi ổ USB được phép dùng"), (BM, QT)),
    "devices.check": (N_("errors", "ghi kết quả tự kiểm tra máy"), (VT, BM, LD, QT)),
    # --- people, logins, keys ------------------------------------------------------------------------
    "people.manage": (N_("errors", "thêm hoặc sửa thông tin, vai trò của người dùng"), (QT, HEAD)),
    "people.set_head": (N_("errors", "chỉ định người đứng đầu cơ quan"), (HEAD,)),
    "logins.grant": (N_("errors", "cấp quyền đăng nhập"), (QT, HEAD)),
    "logins.revoke": (N_("errors", "thu hồi quyền đăng nhập"), (QT, HEAD)),
    "logins.reset": (N_("errors", "đặt lại mật khẩu của người khác mà không cần mật khẩu cũ"), (HEAD,)),
    "password.change_own": (N_("errors", "đổi mật khẩu của chính mình"), (VT, BM, LD, QT)),
    "password.change_other": (N_("errors", "đổi mật khẩu của người khác"), (QT, HEAD)),
    "registry.rekey": (N_("errors", "đổi khóa mã hóa của sổ hoặc cấp mã khôi phục mới"), (HEAD,)),
    "registry.backup": (N_("errors", "sao lưu sổ"), (VT, BM, LD, QT, SYSTEM)),
    "registry.restore": (N_("errors", "khôi phục sổ từ bản sao lưu (thay sổ đang dùng)"), (QT,)),
    "settings.change": (N_("errors", "thay đổi cài đặt của sổ"), (QT, HEAD)),
    "demo.populate": (N_("errors", "nạp dữ liệu mẫu"), (QT,)),
}
