"""Issue 12: the clerk exports the filtered register view to an encrypted Excel file from the register page
— real clicks and keys, a real registry, and the file opened back with the password."""
import datetime as dt
import io

import msoffcrypto
import openpyxl

from app.services import documents
from app.ui.pages.registers_page import IncomingPage
from app.ui.qt import Qt, QTest
from tests.gui.keys import type_text

D = dt.date
PASSWORD = "Xuất sổ đến 2026"


def _filled(registry):
    with registry.begin() as s:
        for i, issuer in enumerate(["Công an tỉnh Đồng Nai", "Ủy ban nhân dân tỉnh", "Công an xã Thử"]):
            documents.register_incoming(s, registry.actor, documents.IncomingInput(
                ngay_den=D(2026, 4, 10 + i), co_quan_ban_hanh=issuer, so_ky_hieu=f"{i + 1}/CV-TEST",
                loai_van_ban="Công văn", trich_yeu=f"Việc số {i}", do_mat="mat"))


def test_the_view_is_exported_encrypted_with_its_filters(qtbot, ctx, registry, tmp_path):
    _filled(registry)
    page = IncomingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.party.setFocus()
    type_text(page.party, "cong an")  # no diacritics: finds both "Công an …"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)

    QTest.mouseClick(page.export_button, Qt.LeftButton)
    dialog = page._dialog
    qtbot.waitExposed(dialog)
    type_text(dialog.password, PASSWORD)
    type_text(dialog.again, PASSWORD)
    target = tmp_path / "so-den.xlsx"
    dialog.target.clear()
    type_text(dialog.target, str(target))
    QTest.mouseClick(dialog.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and "Đã xuất" in dialog.message.text(), timeout=10000)
    assert "2 dòng" in dialog.message.text()

    office = msoffcrypto.OfficeFile(io.BytesIO(target.read_bytes()))
    assert office.is_encrypted()
    office.load_key(password=PASSWORD)
    plain = io.BytesIO()
    office.decrypt(plain)
    cells = [str(c.value) for row in openpyxl.load_workbook(plain).active.iter_rows() for c in row if c.value]
    assert "1/CV-TEST" in cells and "3/CV-TEST" in cells and "2/CV-TEST" not in cells


def test_two_different_passwords_write_nothing(qtbot, ctx, registry, tmp_path):
    _filled(registry)
    page = IncomingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    QTest.mouseClick(page.export_button, Qt.LeftButton)
    dialog = page._dialog
    type_text(dialog.password, PASSWORD)
    type_text(dialog.again, PASSWORD + "x")
    dialog.target.setText(str(tmp_path / "khong.xlsx"))
    QTest.mouseClick(dialog.save_button, Qt.LeftButton)
    assert "không giống nhau" in dialog.message.text()
    assert not (tmp_path / "khong.xlsx").exists()

