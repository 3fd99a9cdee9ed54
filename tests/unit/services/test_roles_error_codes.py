"""Coded errors: one Vietnamese template per code (``app.errors``), params kept for the GUI, and the
sentences users saw before the codes unchanged (the CLI prints ``str(exc)``)."""
from __future__ import annotations

import unicodedata
from string import Formatter

import pytest

from app.errors import TEMPLATES, SomatError, Term, render
from app.export.errors import ExportError
from app.services.backup import BadBackup
from app.services.errors import ValidationError
from app.services.keystore import InvalidRecoveryCode, NotSomatFile, WrongPassword
from app.services.login_guard import TooManyAttempts
from app.services.registry import MIN_PASSWORD, DamagedFile, DatabaseTooNew, check_new_password
from app.services.role_table import ROLE_LABELS, TABLE

# The sentences as they were before codes existed (9e23218): a code must not change what users read.
BEFORE = {
    WrongPassword: "Mật khẩu không đúng (hoặc tên đăng nhập không có quyền mở sổ này). Hãy kiểm tra phím Caps Lock "
                   "và bộ gõ tiếng Việt rồi thử lại.",
    NotSomatFile: "Tệp này không phải là sổ đăng ký của Sổ Mật (thiếu hoặc hỏng tệp khóa đi kèm «.keys», hoặc đây "
                  "là tệp của chương trình khác).",
    InvalidRecoveryCode: "Mã khôi phục không hợp lệ: hãy kiểm tra lại từng nhóm ký tự (có thể gõ nhầm một ký tự).",
    BadBackup: "Tệp này không phải là bản sao lưu Sổ Mật hợp lệ.",
    DamagedFile: "Mật khẩu đúng nhưng tệp sổ bị hỏng (dữ liệu không còn nguyên vẹn). Đừng ghi đè tệp này; hãy khôi "
                 "phục từ bản sao lưu gần nhất và báo cán bộ bảo vệ BMNN.",
    DatabaseTooNew: "Tệp sổ này được tạo hoặc nâng cấp bởi phiên bản Sổ Mật mới hơn phiên bản đang dùng. Hãy cài "
                    "phiên bản mới hơn; không mở bằng phiên bản cũ để tránh hỏng dữ liệu.",
}


@pytest.mark.parametrize("cls", list(BEFORE))
def test_default_sentences_are_unchanged_and_now_coded(cls):
    exc = cls()
    assert str(exc) == exc.message == BEFORE[cls]
    assert exc.code and render(exc.code) == BEFORE[cls]


def test_password_length_sentence_unchanged():
    with pytest.raises(ValidationError) as short:
        check_new_password("ngắn")
    assert str(short.value) == f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự."
    assert short.value.params == {"min": MIN_PASSWORD}


def test_an_explicit_sentence_drops_the_class_code():
    exc = WrongPassword("Mã khôi phục không đúng với sổ này.")
    assert exc.code is None and str(exc) == "Mã khôi phục không đúng với sổ này."


@pytest.mark.parametrize(("seconds", "text"), [(90, "Vui lòng chờ 1 phút 30 giây rồi thử lại"),
                                               (45, "Vui lòng chờ 45 giây rồi thử lại")])
def test_lockout_sentence_unchanged(seconds, text):
    exc = TooManyAttempts(seconds)
    assert text in str(exc) and exc.field == "password" and exc.code.startswith("login.too_many")


def test_code_and_params_travel_with_the_error():
    exc = ValidationError(code="user.bad_fields", params={"fields": "abc, xyz"}, field="x")
    assert (exc.code, exc.params, exc.field, str(exc)) == ("user.bad_fields", {"fields": "abc, xyz"}, "x",
                                                           "Không sửa được: abc, xyz.")
    assert isinstance(exc, SomatError)
    assert str(ExportError(code="env.disk_full")).startswith("Ổ đĩa chứa tệp sổ đã đầy")
    with pytest.raises(TypeError):
        SomatError()  # neither a sentence nor a code


def test_templates_are_nfc_sentences_with_named_fields_only():
    for code, text in TEMPLATES.items():
        assert unicodedata.is_normalized("NFC", text), code
        fields = [f for _t, f, _s, _c in Formatter().parse(text) if f is not None]
        assert all(f.isidentifier() for f in fields), code
        assert render(code, {f: "X" for f in fields})


def test_role_table_is_well_formed():
    columns = set(ROLE_LABELS)
    for action, (label, allowed) in TABLE.items():
        assert action.count(".") == 1 and label and set(allowed) <= columns, action
        assert unicodedata.is_normalized("NFC", label)
    assert isinstance(Term("văn thư"), str)


def test_nested_checks_agree():
    """An entry point that calls another service needs both actions: the table must not refuse midway."""
    def cols(action):
        return set(TABLE[action][1])
    assert cols("handover.run") <= cols("staff.manage")  # a leaving person's commitment
    assert cols("documents.import") <= cols("documents.register")
    assert cols("demo.populate") <= cols("people.manage") & cols("devices.usb") & cols("incidents.manage")
