"""On-screen names for the vocabulary that comes from the rule packs and the services.

The rule packs (``resources/rules/*.toml``) and the service modules hold Vietnamese names: register column
labels, register titles, level names, and code → name tables (transfer kinds, assignment kinds…). They are
legal data and stay as they are — printed papers use them unchanged. On screen they are translated here,
keyed by the Vietnamese text in a fixed context, so that lupdate sees every one of them (the
``QT_TRANSLATE_NOOP`` lists below; a test checks they cover every pack and service table):

* ``register_columns`` — column labels ("Số, ký hiệu"); headers keep the printed number: "(5) Số, ký hiệu".
* ``register_titles`` — register titles ("SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐẾN").
* ``levels`` — level names ("Tuyệt mật").
* ``codes`` — names the services give to codes (``transfers.KINDS``, ``people.ASSIGNMENT_KINDS``…).
"""
from __future__ import annotations

from app.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

COLUMN_LABELS = (
    QT_TRANSLATE_NOOP("register_columns", "Số thứ tự"),
    QT_TRANSLATE_NOOP("register_columns", "Số, ký hiệu"),
    QT_TRANSLATE_NOOP("register_columns", "Ngày tháng"),
    QT_TRANSLATE_NOOP("register_columns", "Tên loại và trích yếu nội dung"),
    QT_TRANSLATE_NOOP("register_columns", "Độ mật"),
    QT_TRANSLATE_NOOP("register_columns", "Người ký"),
    QT_TRANSLATE_NOOP("register_columns", "Nơi nhận và ký nhận"),
    QT_TRANSLATE_NOOP("register_columns", "Đơn vị lưu"),
    QT_TRANSLATE_NOOP("register_columns", "Số lượng"),
    QT_TRANSLATE_NOOP("register_columns", "Ghi chú"),
    QT_TRANSLATE_NOOP("register_columns", "Ngày đến"),
    QT_TRANSLATE_NOOP("register_columns", "Số đến"),
    QT_TRANSLATE_NOOP("register_columns", "Cơ quan ban hành"),
    QT_TRANSLATE_NOOP("register_columns", "Đơn vị và ký nhận"),
    QT_TRANSLATE_NOOP("register_columns", "Ngày sao, chụp"),
    QT_TRANSLATE_NOOP("register_columns", "Tên loại, số, ký hiệu, trích yếu tài liệu"),
    QT_TRANSLATE_NOOP("register_columns", "Hình thức sao, chụp"),
    QT_TRANSLATE_NOOP("register_columns", "Số lượng bản"),
    QT_TRANSLATE_NOOP("register_columns", "Bản sao số"),
    QT_TRANSLATE_NOOP("register_columns", "Người cho phép"),
    QT_TRANSLATE_NOOP("register_columns", "Người sao, chụp"),
    QT_TRANSLATE_NOOP("register_columns", "Nơi nhận"),
    QT_TRANSLATE_NOOP("register_columns", "Ghi chú (hủy bản hỏng)"),
    QT_TRANSLATE_NOOP("register_columns", "Ngày chuyển giao"),
    QT_TRANSLATE_NOOP("register_columns", "Cung cấp / chuyển giao"),
    QT_TRANSLATE_NOOP("register_columns", "Cơ quan, tổ chức, cá nhân nhận"),
    QT_TRANSLATE_NOOP("register_columns", "Văn bản đề nghị"),
    QT_TRANSLATE_NOOP("register_columns", "Hạn thu hồi"),
    QT_TRANSLATE_NOOP("register_columns", "Ký nhận"),
)

REGISTER_TITLES = (
    QT_TRANSLATE_NOOP("register_titles", "SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI"),
    QT_TRANSLATE_NOOP("register_titles", "SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐẾN"),
    QT_TRANSLATE_NOOP("register_titles", "SỔ QUẢN LÝ SAO, CHỤP BÍ MẬT NHÀ NƯỚC"),
    QT_TRANSLATE_NOOP("register_titles", "SỔ CHUYỂN GIAO BÍ MẬT NHÀ NƯỚC"),
)

LEVEL_NAMES = (
    QT_TRANSLATE_NOOP("levels", "Tuyệt mật"),
    QT_TRANSLATE_NOOP("levels", "Tối mật"),
    QT_TRANSLATE_NOOP("levels", "Mật"),
)

CODE_NAMES = (
    # rule pack: copy.form_names
    QT_TRANSLATE_NOOP("codes", "Sao y bản chính"),
    QT_TRANSLATE_NOOP("codes", "Sao lục"),
    QT_TRANSLATE_NOOP("codes", "Trích sao"),
    QT_TRANSLATE_NOOP("codes", "Chụp"),
    QT_TRANSLATE_NOOP("codes", "Chuyển từ giấy sang điện tử"),
    # transfers.KINDS, transfers.PARTIES
    QT_TRANSLATE_NOOP("codes", "Cung cấp"),
    QT_TRANSLATE_NOOP("codes", "Chuyển giao"),
    QT_TRANSLATE_NOOP("codes", "Cơ quan, tổ chức, người Việt Nam"),
    QT_TRANSLATE_NOOP("codes", "Cơ quan, tổ chức, cá nhân nước ngoài"),
    # people.ASSIGNMENT_KINDS, people.COMMITMENT_KINDS, handover.REASONS
    QT_TRANSLATE_NOOP("codes", "Chuyên trách"),
    QT_TRANSLATE_NOOP("codes", "Kiêm nhiệm"),
    QT_TRANSLATE_NOOP("codes", "Cam kết khi nhận nhiệm vụ"),
    QT_TRANSLATE_NOOP("codes", "Cam kết khi thôi nhiệm vụ"),
    QT_TRANSLATE_NOOP("codes", "Thôi việc"),
    QT_TRANSLATE_NOOP("codes", "Chuyển công tác"),
    QT_TRANSLATE_NOOP("codes", "Nghỉ hưu"),
    QT_TRANSLATE_NOOP("codes", "Lý do khác"),
    # destruction.STAGE_NAMES
    QT_TRANSLATE_NOOP("codes", "Đề xuất"),
    QT_TRANSLATE_NOOP("codes", "Đã lập hội đồng"),
    QT_TRANSLATE_NOOP("codes", "Đã họp hội đồng"),
    QT_TRANSLATE_NOOP("codes", "Đã có quyết định"),
    QT_TRANSLATE_NOOP("codes", "Đã tiêu hủy"),
    QT_TRANSLATE_NOOP("codes", "Hủy đề xuất"),
    # incidents.KINDS
    QT_TRANSLATE_NOOP("codes", "Lộ bí mật nhà nước"),
    QT_TRANSLATE_NOOP("codes", "Mất tài liệu, vật chứa BMNN"),
    QT_TRANSLATE_NOOP("codes", "Bì có dấu hiệu bị bóc, mở"),
    QT_TRANSLATE_NOOP("codes", "Vi phạm khác"),
)

# Roles of a user in the program (``User.role``).
ROLE_NAMES = {
    "van_thu": QT_TRANSLATE_NOOP("codes", "Văn thư"),
    "can_bo_bao_mat": QT_TRANSLATE_NOOP("codes", "Cán bộ bảo mật"),
    "lanh_dao": QT_TRANSLATE_NOOP("codes", "Lãnh đạo"),
    "quan_tri": QT_TRANSLATE_NOOP("codes", "Quản trị"),
}


def role_name(code: str | None) -> str:
    name = ROLE_NAMES.get(code or "")
    return _tr("codes", name) if name else (code or "")


def column_label(label: str) -> str:
    """A register column label from the rule pack, on screen."""
    return _tr("register_columns", label)


def column_caption(column) -> str:
    """Header / form label of a register column with its printed number: "(5) Số, ký hiệu"."""
    return f"({column.number}) {column_label(column.label)}"


def register_title(title: str) -> str:
    """A register title from the rule pack ("SỔ ĐĂNG KÝ …"), on screen, in sentence case."""
    return _tr("register_titles", title).capitalize()


def level_label(name: str) -> str:
    """A level name from the rule pack ("Tuyệt mật"), on screen."""
    return _tr("levels", name)


def code_name(name: str) -> str:
    """The name a service or the rule pack gives to a code (``transfers.KINDS["cung_cap"]``), on screen."""
    return _tr("codes", name)


def code_choices(table: dict[str, str]) -> list[tuple[str, str]]:
    """``(name on screen, code)`` pairs of a code → name table, for a combo box."""
    return [(code_name(name), code) for code, name in table.items()]
