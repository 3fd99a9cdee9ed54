"""In English the register page, the document form and the audit details read English; the printed register
stays Vietnamese. Vietnamese (the source language) is what every other test sees."""
import json

import pytest

from app.ui import app as ui_app
from app.ui.dialogs.document_form_dialog import DocumentFormDialog
from app.ui.i18n import build
from app.ui.pages.audit_details import describe
from app.ui.pages.registers_page import IncomingPage, OutgoingPage
from app.ui.qt import QLocale, Qt


@pytest.fixture
def english(qapp):
    if build._tool("pyside6-lrelease") is None and not (build.HERE / "somat_en.qm").exists():  # noqa: SLF001
        pytest.skip("pyside6-lrelease is not installed and somat_en.qm was not built")
    saved = QLocale()
    assert ui_app.install_translations(qapp, "en") == "en"
    yield
    for t in ui_app._translators:  # noqa: SLF001 - undo exactly what the test installed
        qapp.removeTranslator(t)
    ui_app._translators.clear()  # noqa: SLF001
    QLocale.setDefault(saved)


def _headers(model):
    return [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]


def test_register_page_buttons_filters_and_headers_are_english(qtbot, ctx, english):
    page = IncomingPage(ctx)
    qtbot.addWidget(page)
    assert [b.text() for b in (page.new_button, page.open_button, page.print_button, page.import_button)] == [
        "New entry (Ctrl+N)", "Details and actions (Enter)", "Print register… (Ctrl+P)", "Import from Excel/CSV…"]
    assert page.year.specialValueText() == "All years"
    assert [page.level.itemText(i) for i in range(page.level.count())] == [
        "All classifications", "Top secret", "Secret", "Confidential"]
    assert page.status.itemText(0) == "All statuses" and page.status.itemText(1) == "Managed"
    headers = _headers(page.model)
    assert headers[:6] == ["(1) Serial number", "(2) Date received", "(3) Incoming number", "(4) Issuing agency",
                           "(5) Number, reference", "(6) Date"]
    assert headers[-1] == "Status"
    assert "Register year" in page.year.toolTip()


def test_document_form_labels_are_english(qtbot, ctx, english):
    page = OutgoingPage(ctx)
    qtbot.addWidget(page)
    dialog = DocumentFormDialog(ctx, "den", page)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Enter in the incoming register"
    labels = {k: v.text() for k, v in dialog.form.labels.items()}
    assert labels["so_ky_hieu"] == "(5) Number, reference"
    assert labels["co_quan_ban_hanh"] == "(4) Issuing agency"
    assert labels["number"] == "(3) Serial number (automatic)"
    assert labels["do_mat"] == "(8) Classification"
    assert dialog.classification.labels["catalogue_item_id"].text() == "Basis in the secrets catalogue"
    assert dialog.form.value("number").endswith(")") and "(year " in dialog.form.value("number")
    assert [dialog.form.widgets["do_mat"].itemText(i) for i in range(3)] == ["Top secret", "Secret", "Confidential"]
    dialog.form.set_value("so_ky_hieu", "")
    dialog.submit()  # the form's own check, in English
    assert dialog.error_for("co_quan_ban_hanh") == "Enter the agency that issued the document."


def test_printed_register_stays_vietnamese(ctx, english):
    from app.ui.models.document_table_model import cell_text

    row = {"do_mat": "tuyet_mat", "loai_van_ban": "", "trich_yeu": "x"}
    assert cell_text(ctx.pack, "do_mat", row) == "Top secret"
    assert cell_text(ctx.pack, "do_mat", row, translate=False) == "Tuyệt mật"
    assert cell_text(ctx.pack, "trich_yeu", row, translate=False) == "(không ghi trích yếu)"


def test_audit_details_in_english(english):
    details = json.dumps({"book": "den", "year": 2026, "number": 15, "so_ky_hieu": "12/CV", "do_mat": "toi_mat",
                          "regime": "2025", "catalogue_item_id": 3})
    assert describe(details) == "Incoming register; year 2026; no. 15; reference 12/CV; classification Secret; regime 2025"
