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
