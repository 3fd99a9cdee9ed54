"""Errors raised in the core are translated by code in the GUI: the catalogue is somat_en.ts (context
``errors``), filled with the error's params; the CLI and ``str(exc)`` stay Vietnamese."""
from string import Formatter

import pytest

from app.errors import TEMPLATES, render
from app.services.actor import Actor
from app.services.errors import PermissionDenied, ValidationError
from app.services.roles import require
from app.ui.i18n import build
from app.ui.qt import QTranslator
from app.ui.widgets import messages


@pytest.fixture
def english(qapp, tmp_path):
    if build._tool("pyside6-lrelease") is None:  # noqa: SLF001
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "somat_en.qm"
    assert build.compile_ts(build.HERE / "somat_en.ts", qm)
    tr = QTranslator()
    assert tr.load(str(qm))
    qapp.installTranslator(tr)
    yield
    qapp.removeTranslator(tr)


def test_a_refusal_is_english_by_code_and_vietnamese_for_the_cli(english):
    with pytest.raises(PermissionDenied) as refused:
        require(Actor("vt", role="van_thu"), "registry.rekey")
    assert "không được phép đổi khóa mã hóa của sổ" in str(refused.value)  # what the CLI prints
    assert messages.error_text(refused.value) == (
        "The account «vt» (role: clerk) is not allowed to re-key the register or issue a new recovery code. "
        "Nothing was saved; if this needs doing, ask someone with the authority.")


def test_every_code_has_english(english):
    for code in TEMPLATES:
        params = {field: "X" for _text, field, _spec, _conv in Formatter().parse(TEMPLATES[code]) if field}
        assert messages.coded_text(code, params) != render(code, params), code


def test_uncoded_errors_are_shown_as_they_are(english):
    assert messages.error_text(ValidationError("Một câu tiếng Việt riêng.")) == "Một câu tiếng Việt riêng."
