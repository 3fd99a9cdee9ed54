"""The first-run wizard creates a real registry, shows the recovery code once and registers the machine."""
from app.hwcheck.usb_now import UsbDevice
from app.ui.first_run_wizard import FirstRunWizard, password_strength
from app.ui.qt import QWizard, Qt

DRIVE = UsbDevice(vendor_id="0951", product_id="1666", vendor="Kingston", model="DataTraveler 3.0",
                  serial="E0D55EA574F5F3A0C9A4", size_bytes=16_000_000_000, devnode="/dev/sdb", mountpoints=())


def test_password_strength_hint():
    assert password_strength("ngắn")[0] == 0
    assert password_strength("Sổ-Mật-2026-an-toàn")[0] == 3


def test_first_run_creates_a_real_registry(qtbot, tasks, tmp_path):
    from app.models import ApprovedUsb, Machine
    from app.services.registry import open_registry

    path = tmp_path / "moi.somat"
    wizard = FirstRunWizard(tasks, path, usb_lister=lambda: [DRIVE])
    qtbot.addWidget(wizard)
    wizard.show()
    a = wizard.agency_page
    a.agency.setText("Sở Tư pháp tỉnh Thử Nghiệm")
    a.superior.setText("UBND tỉnh Thử Nghiệm")
    wizard.next()
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    admin.username.setText("quantri")
    admin.full_name.setText("Lê Thị Hoa")
    admin.password.setText("Mật-khẩu-mạnh-2026")
    admin.password2.setText("Mật-khẩu-khác")
    assert not admin.isComplete()
    admin.password2.setText("Mật-khẩu-mạnh-2026")
    assert admin.isComplete()
    wizard.next()  # commit page: creates the registry
    assert path.exists() and wizard.registry is not None
    rec = wizard.recovery_page
    assert wizard.currentPage() is rec
    assert rec.code.text() == wizard.recovery_code
    rec.stored.setChecked(True)
    rec.confirm.setText("SAI")
    assert not rec.isComplete()
    rec.confirm.setText(rec.expected_group().lower())
    assert rec.isComplete()
    wizard.next()
    wizard.machine_page.tag.setText("TEM-0042")
    wizard.machine_page.unit.setText("Phòng PA05 Công an tỉnh")
    wizard.next()
    usb = wizard.usb_page
    assert usb.list.count() == 1
    usb.list.item(0).setCheckState(Qt.Checked)
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.FinishButton).click()
    assert wizard.machine_saved
    wizard.registry.close()

    reopened = open_registry(path, "quantri", "Mật-khẩu-mạnh-2026")
    try:
        with reopened.session() as s:
            machine = s.query(Machine).one()
            assert machine.tag_number == "TEM-0042"
            assert s.query(ApprovedUsb).one().serial == DRIVE.serial
    finally:
        reopened.close()


def test_one_click_on_finish_is_enough_with_background_tasks(qtbot, tmp_path):
    """Issue 12 #4: saving the machine runs in the background; the first click on "Hoàn tất" must finish."""
    from app.ui.qt import QTest
    from app.ui.tasks import TaskRunner
    from tests.gui.keys import type_text

    runner = TaskRunner()  # asynchronous, as in the application
    path = tmp_path / "moi.somat"
    wizard = FirstRunWizard(runner, path, usb_lister=lambda: [DRIVE])
    qtbot.addWidget(wizard)
    wizard.show()

    def click(which):
        QTest.mouseClick(wizard.button(which), Qt.LeftButton)

    type_text(wizard.agency_page.agency, "Sở Tư pháp tỉnh Thử Nghiệm")
    click(QWizard.NextButton)
    admin = wizard.admin_page
    type_text(admin.username, "quantri")
    type_text(admin.full_name, "Lê Thị Hoa")
    type_text(admin.password, "Mật-khẩu-mạnh-2026")
    type_text(admin.password2, "Mật-khẩu-mạnh-2026")
    click(QWizard.NextButton)  # creates the registry in the background, then moves on by itself
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=30000)
    rec = wizard.recovery_page
    type_text(rec.confirm, rec.expected_group())
    QTest.mouseClick(rec.stored, Qt.LeftButton)
    click(QWizard.NextButton)
    type_text(wizard.machine_page.tag, "TEM-0042")
    click(QWizard.NextButton)
    usb = wizard.usb_page
    qtbot.waitUntil(lambda: usb.list.count() == 1)
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        click(QWizard.FinishButton)  # once
    assert wizard.machine_saved and wizard.result() == QWizard.Accepted
    runner.wait()
    wizard.registry.close()


def test_recovery_sheet_is_printed_through_cups_without_a_file(qtbot, tasks, tmp_path, cups, _somat_home):
    """The recovery code opens the registry: its sheet goes to CUPS from memory, like every paper."""
    from app.ui.qt import QTest

    path = tmp_path / "moi.somat"
    wizard = FirstRunWizard(tasks, path, usb_lister=lambda: [])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.agency_page.agency.setText("Sở Tư pháp tỉnh Thử Nghiệm")
    wizard.next()
    admin = wizard.admin_page
    admin.username.setText("quantri")
    admin.full_name.setText("Lê Thị Hoa")
    admin.password.setText("Mật-khẩu-mạnh-2026")
    admin.password2.setText("Mật-khẩu-mạnh-2026")
    wizard.next()
    rec = wizard.recovery_page
    assert wizard.currentPage() is rec
    sheet = rec.sheet_pdf()
    assert sheet.startswith(b"%PDF")
    QTest.mouseClick(rec.print_button, Qt.LeftButton)
    options = rec.print_dialog
    qtbot.waitUntil(lambda: options.print_button.isEnabled())
    QTest.mouseClick(options.print_button, Qt.LeftButton)
    job = rec.printed_job
    assert job is not None and job.job_id in cups.jobs("all")
    assert "Đã gửi mã khôi phục" in rec.print_note.text()
    cups.wait_completed(job.job_id)
    assert list(cups.tmpdir.iterdir()) == []
    leftovers = [p for p in list(_somat_home.rglob("*")) + list(tmp_path.rglob("*"))
                 if p.is_file() and p.read_bytes()[:5] == b"%PDF-"]
    assert leftovers == []
    assert not [p for p in cups.spool.iterdir() if p.name.startswith("d")]
    wizard.registry.close()
