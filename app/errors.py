"""Errors meant for the user, and the ONE place the Vietnamese text of a coded error lives.

An error raised in the core carries a ``code`` and named ``params``; its Vietnamese sentence (what the
CLI prints and ``str(exc)`` returns) is ``TEMPLATES[code].format(**params)``. The GUI translates by
code: ``app.ui.widgets.messages.error_text`` looks the template up in the Qt catalogue (context
``errors``) and fills the same params, so no layer repeats a service's checks to get English.

``N_(context, text)`` only marks a string for extraction (like Picard's ``N_()``): the translation build
runs lupdate with ``-tr-function-alias QT_TRANSLATE_NOOP+=N_`` over this module, so the ``.ts`` file is the
only catalogue. A parameter whose value is a ``Term`` (a marked word such as an action's name) is
translated too; any other value (a number, a username) is shown as it is.

``SomatError`` (re-exported by ``app.services.errors``) is the base of every error whose sentence is
meant for the clerk; ``EnvironmentFault`` and its subclasses are raised by ``app.models.db.classify``
when the machine — not the program — stopped the work. This module imports nothing from the
application: models, services and export all use it.
"""
from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import Any

CONTEXT = "errors"


def N_(context: str, text: str) -> str:  # noqa: N802 - the conventional name of the marker
    """Mark ``text`` for extraction into the translation catalogue; returns it unchanged."""
    return text


class Term(str):
    """A catalogue word used as a parameter: the GUI translates it with the sentence around it."""

    __slots__ = ()


TEMPLATES: dict[str, str] = {
    # --- roles (resources/roles.toml) --------------------------------------------------------------
    "roles.denied": N_("errors", "Tài khoản «{username}» (vai trò: {role_name}) không được phép {action_name}. "
                                 "Không có gì được ghi; nếu việc này cần làm, hãy nhờ người có thẩm quyền."),
    "roles.no_role": N_("errors", "Không xác định được vai trò của người thực hiện; không có gì được ghi."),
    "roles.unknown_action": N_("errors", "Thao tác «{action}» chưa có trong bảng phân quyền; không có gì được ghi."),
    "roles.self_role": N_("errors", "Không ai được tự sửa vai trò, quyền người đứng đầu hoặc quyền đăng nhập "
                                    "của chính mình."),
    # --- people and logins -------------------------------------------------------------------------
    "user.not_found": N_("errors", "Không có người dùng «{username}» trong sổ."),
    "user.inactive": N_("errors", "Người này đã thôi việc hoặc không còn hoạt động."),
    "user.username_missing": N_("errors", "Ghi tên đăng nhập (mã cán bộ)."),
    "user.username_taken": N_("errors", "Tên đăng nhập đã có."),
    "user.full_name_missing": N_("errors", "Ghi họ và tên."),
    "user.bad_role": N_("errors", "Vai trò không hợp lệ."),
    "user.bad_title": N_("errors", "Chức danh thẩm quyền không có trong bảng của gói quy tắc."),
    "user.bad_fields": N_("errors", "Không sửa được: {fields}."),
    "staff.bad_kind": N_("errors", "Chọn chuyên trách hoặc kiêm nhiệm."),
    "staff.decision_missing": N_("errors", "Phân công phải bằng văn bản: ghi số quyết định phân công."),
    "commitment.bad_kind": N_("errors", "Loại cam kết không hợp lệ."),
    "login.self_revoke": N_("errors", "Không thể tự thu hồi quyền đăng nhập của chính mình."),
    "login.no_slot": N_("errors", "«{username}» không có quyền đăng nhập."),
    "password.too_short": N_("errors", "Mật khẩu phải có ít nhất {min} ký tự."),
    "login.wrong_password": N_("errors", "Mật khẩu không đúng (hoặc tên đăng nhập không có quyền mở sổ này). Hãy "
                                         "kiểm tra phím Caps Lock và bộ gõ tiếng Việt rồi thử lại."),
    "login.too_many_minutes": N_("errors", "Đã nhập sai mật khẩu nhiều lần. Vui lòng chờ {minutes} phút {seconds} "
                                           "giây rồi thử lại; các lần nhập sai đã được ghi lại và sẽ đưa vào nhật "
                                           "ký kiểm toán."),
    "login.too_many_seconds": N_("errors", "Đã nhập sai mật khẩu nhiều lần. Vui lòng chờ {seconds} giây rồi thử "
                                           "lại; các lần nhập sai đã được ghi lại và sẽ đưa vào nhật ký kiểm toán."),
    "registry.not_somat_file": N_("errors", "Tệp này không phải là sổ đăng ký của Sổ Mật (thiếu hoặc hỏng tệp khóa "
                                            "đi kèm «.keys», hoặc đây là tệp của chương trình khác)."),
    "recovery.invalid_code": N_("errors", "Mã khôi phục không hợp lệ: hãy kiểm tra lại từng nhóm ký tự (có thể gõ "
                                          "nhầm một ký tự)."),
    "registry.damaged": N_("errors", "Mật khẩu đúng nhưng tệp sổ bị hỏng (dữ liệu không còn nguyên vẹn). Đừng ghi đè "
                                     "tệp này; hãy khôi phục từ bản sao lưu gần nhất và báo cán bộ bảo vệ BMNN."),
    "registry.too_new": N_("errors", "Tệp sổ này được tạo hoặc nâng cấp bởi phiên bản Sổ Mật mới hơn phiên bản đang "
                                     "dùng. Hãy cài phiên bản mới hơn; không mở bằng phiên bản cũ để tránh hỏng dữ "
                                     "liệu."),
    "backup.invalid": N_("errors", "Tệp này không phải là bản sao lưu Sổ Mật hợp lệ."),
    "backup.not_found": N_("errors", "Không tìm thấy tệp sao lưu «{name}»."),
    # --- audit log and keys: alarms shown at unlock, refusals (app.services.audit_trust) -----------
    "audit.head_mismatch": N_("errors", "CẢNH BÁO: nhật ký kiểm toán trong sổ không khớp với đầu chuỗi lưu bên cạnh "
                                        "sổ (lần ghi cuối: {stored_count} bản ghi; nay: {count}). Sổ hoặc nhật ký có "
                                        "thể đã bị sửa, cắt bớt hoặc thay bằng bản cũ ngoài chương trình. Cảnh báo "
                                        "này đã được ghi vào nhật ký; hãy báo ngay cán bộ bảo vệ BMNN và kiểm tra "
                                        "bằng «somat audit verify» với đầu chuỗi in trên giấy."),
    "audit.role_mismatch": N_("errors", "CẢNH BÁO: vai trò của «{username}» trong sổ đã bị sửa ngoài chương trình; "
                                        "chương trình dùng vai trò theo chứng thư do người quản trị ký. Cảnh báo này "
                                        "đã được ghi vào nhật ký; hãy báo cán bộ bảo vệ BMNN."),
    "audit.guard_rollback": N_("errors", "CẢNH BÁO: bộ đếm các lần nhập sai mật khẩu bên cạnh sổ đã bị quay về trạng "
                                         "thái cũ (có người đã xóa dấu vết các lần thử mật khẩu). Cảnh báo này đã "
                                         "được ghi vào nhật ký; hãy báo cán bộ bảo vệ BMNN."),
    "audit.no_certificate": N_("errors", "Tài khoản «{username}» không có chứng thư khóa ký hợp lệ do người quản trị "
                                         "cấp, hoặc khóa trong tệp khóa không khớp chứng thư (tệp khóa có thể đã bị "
                                         "tráo). Không mở sổ bằng tài khoản này; hãy báo cán bộ bảo vệ BMNN."),
    # --- the database and its surroundings (app.models.db.classify) --------------------------------
    "env.disk_full": N_("errors", "Ổ đĩa chứa tệp sổ đã đầy nên việc vừa làm chưa được ghi; dữ liệu đã ghi trước "
                                  "đó vẫn nguyên vẹn. Hãy giải phóng chỗ trống trên ổ đĩa rồi làm lại."),
    "env.io_error": N_("errors", "Không đọc hoặc ghi được tệp sổ trên ổ đĩa (lỗi vào/ra: ổ đĩa hỏng, bị rút ra "
                                 "hoặc mất kết nối). Việc vừa làm chưa được ghi. Hãy kiểm tra ổ đĩa, sao lưu sổ "
                                 "rồi mở lại chương trình."),
    "env.locked": N_("errors", "Tệp sổ đang bị một chương trình khác giữ (cơ sở dữ liệu bị khóa) nên việc vừa làm "
                               "chưa được ghi. Hãy đóng chương trình đó rồi làm lại."),
    "env.cannot_open": N_("errors", "Không mở được tệp sổ trên ổ đĩa (tệp hoặc thư mục đã bị xóa, đổi tên, hoặc "
                                    "ổ đĩa không còn gắn). Việc vừa làm chưa được ghi."),
    "env.read_only": N_("errors", "Tệp sổ hoặc ổ đĩa chứa nó đang ở chế độ chỉ đọc nên việc vừa làm chưa được ghi. "
                                  "Hãy kiểm tra quyền ghi của tệp sổ và thư mục chứa nó."),
    "env.head_not_stored": N_("errors", "Việc vừa làm đã được ghi vào sổ, nhưng không ghi được tệp khóa «.keys» bên "
                                        "cạnh (ổ đĩa đầy, chỉ đọc hoặc lỗi) nên bản lưu đầu chuỗi nhật ký kiểm toán "
                                        "chưa được cập nhật. Hãy kiểm tra ổ đĩa rồi làm tiếp."),
    "env.key_file_write": N_("errors", "Không ghi được tệp của sổ trên ổ đĩa ({reason}). Hãy kiểm tra chỗ trống "
                                       "và quyền ghi của thư mục chứa sổ rồi làm lại."),
}


def render(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The Vietnamese sentence of ``code`` filled with ``params`` (KeyError for an unknown code)."""
    return TEMPLATES[code].format(**dict(params or {}))


class CodedMixin:
    """``code`` / ``params`` / ``message`` for an exception whose sentence may come from ``TEMPLATES``."""

    code: str | None = None  # a subclass may fix its code
    params: dict[str, Any]
    message: str

    def _init_coded(self, message: str | None, code: str | None, params: Mapping[str, Any] | None) -> str:
        # A class's fixed code names its default sentence only: an explicit message has no code.
        self.code = code or (type(self).code if message is None else None)
        self.params = dict(params or {})
        if message is None:
            if self.code is None:
                raise TypeError("an error needs a message or a code")
            message = render(self.code, self.params)
        self.message = message
        return message


class SomatError(CodedMixin, Exception):
    """Base of every error whose message is meant for the clerk. ``str(exc)`` / ``exc.message`` are the
    Vietnamese sentence; ``code`` / ``params`` let the GUI translate it."""

    def __init__(self, message: str | None = None, *, field: str | None = None, code: str | None = None,
                 params: Mapping[str, Any] | None = None):
        super().__init__(self._init_coded(message, code, params))
        self.field = field  # form field the message belongs next to, if any


class AuditAlarm(SomatError):
    """Tampering found at unlock (head mismatch, role column changed, failure counter rolled back). Not
    raised: the registry opens, keeps it in ``Registry.alarms`` and records it; the GUI shows it."""


class EnvironmentFault(SomatError):
    """The machine, not the program, stopped the work (disk full, I/O error, file locked or read-only);
    the transaction was rolled back. Shown as its sentence, never as "our bug"."""


class DiskFull(EnvironmentFault):
    code = "env.disk_full"


class DiskIOError(EnvironmentFault):
    code = "env.io_error"


class DatabaseLocked(EnvironmentFault):
    code = "env.locked"


class CannotOpenFile(EnvironmentFault):
    code = "env.cannot_open"


class ReadOnlyFile(EnvironmentFault):
    code = "env.read_only"


class HeadNotStored(EnvironmentFault):
    """The work was committed, but the audit chain head could not be written beside the registry."""

    code = "env.head_not_stored"


def os_fault(exc: OSError) -> EnvironmentFault:
    """The fault to show for an ``OSError`` while writing one of the registry's own files."""
    by_errno = {errno.ENOSPC: DiskFull, errno.EDQUOT: DiskFull, errno.EIO: DiskIOError,
                errno.EROFS: ReadOnlyFile, errno.EACCES: ReadOnlyFile, errno.EPERM: ReadOnlyFile,
                errno.ENOENT: CannotOpenFile}
    fault = by_errno.get(exc.errno)
    out = fault() if fault else EnvironmentFault(code="env.key_file_write",
                                                 params={"reason": exc.strerror or type(exc).__name__})
    out.__cause__ = exc
    return out
