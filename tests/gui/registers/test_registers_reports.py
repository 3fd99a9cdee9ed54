"""Báo cáo page: narrative and PDF through the paperwork service; export only to an approved USB drive."""
import datetime as dt
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from sqlalchemy import select

from app.hwcheck.usb_now import UsbDevice
from app.models import Agency, AuditEvent, ReportNarrative
from app.services import devices, documents
from app.services.actor import Actor
from app.ui.dialogs.export_dialog import NOT_APPROVED
from app.ui.pages.reports_page import ReportsPage

D = dt.date


@pytest.fixture
def actor():
    """These pages (catalogue, staff and handover, reports and export) are the security officer's work;
    the role table refuses them to a clerk."""
    return Actor(username="baomat", user_id=None, full_name="Trần Thị Bảo Mật", role="can_bo_bao_mat")
APPROVED = ("0951", "1666", "AT-2026-0001")
STRANGER = ("0781", "5581", "KHONG-DUYET-1")
# A real mount point that can hold no files: even a bug could not write an export there.
MOUNT = "/proc"


def _usb(ids, mountpoint, model):
    return UsbDevice(ids[0], ids[1], "Hãng", model, ids[2], 8 << 30, "/dev/sdx", (mountpoint,), ())


@pytest.fixture
def agency(registry, actor):
    key = Ed25519PrivateKey.generate()
    with registry.begin() as s:
        s.add(Agency(name="Văn phòng UBND tỉnh Thử", superior_body="UBND tỉnh Thử",
                     signing_key_public=key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
                     signing_key_private=key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())))
        devices.approve_usb(s, actor, devices.UsbInput(*APPROVED, vendor="Cơ yếu", product="USB an toàn"))
        documents.register_incoming(s, actor, documents.IncomingInput(
            ngay_den=D(2026, 5, 2), co_quan_ban_hanh="UBND tỉnh", so_ky_hieu="3/UBND", loai_van_ban="Công văn",
            trich_yeu="Việc A", do_mat="mat"))


@pytest.fixture
def page(qtbot, ctx):
    p = ReportsPage(ctx)
    qtbot.addWidget(p)
    p.year.setValue(2026)
    return p


def test_narrative_saved_through_the_service_and_pdf(qtbot, page, registry):
    assert page.stats_model.rowCount() > 5
    assert page.stats_table.verticalHeader().isHidden()
    page.sections["situation"].setPlainText("  Tình hình ổn định.  ")
    with qtbot.waitSignal(page.saved):
        page.save()
    page.sections["situation"].clear()
    page.reload()
    assert page.sections["situation"].toPlainText() == "Tình hình ổn định."
    with registry.session() as s:
        assert s.get(ReportNarrative, 2026).situation == "Tình hình ổn định."
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "report.narrative")).all()
        assert [str(e.entity_id) for e in events] == ["2026"]
        pdf = page.report_pdf(s, 2026)
    assert pdf.startswith(b"%PDF")


def test_export_dialog_lists_approved_drives_first(qtbot, page, agency):
    dialog = page.export(list_drives=lambda: [_usb(STRANGER, "/media/la", "Cruzer"),
                                              _usb(APPROVED, "/media/an-toan", "USB an toàn"),
                                              UsbDevice("1234", "5678", None, None, "X9", 0, "/dev/sdz", ())])
    qtbot.addWidget(dialog)
    choices = dialog.choices()
    assert [c.mountpoint for c in choices] == ["/media/an-toan", "/media/la"]  # unmounted drive not offered
    assert choices[0].approved and NOT_APPROVED not in choices[0].label
    assert not choices[1].approved and choices[1].label.endswith(NOT_APPROVED)


def test_export_refused_for_an_unapproved_drive(qtbot, page, agency, registry):
    stranger = _usb(STRANGER, MOUNT, "Cruzer")
    dialog = page.export(list_drives=lambda: [stranger], identify=lambda _mp: stranger)
    qtbot.addWidget(dialog)
    dialog.select_mountpoint(MOUNT)
    dialog.password.setText("mat-khau-xuat")
    dialog.password2.setText("mat-khau-xuat")
    with qtbot.waitSignal(dialog.refused) as blocker:
        dialog.submit()
    assert "không phải ổ USB an toàn đã được phê duyệt" in blocker.args[0]
    assert not dialog.error.isHidden() and "Không thể xuất" in dialog.error.text()
    assert dialog.outcome is None and dialog.result.isHidden()
    assert dialog.password.text() == "" and dialog.password2.text() == ""
    with registry.session() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "report.export")).all() == []


@pytest.mark.parametrize("first, second, expected", [
    ("ngan", "ngan", "ít nhất 8 ký tự"),
    ("mat-khau-xuat", "mat-khau-khac", "không khớp"),
])
def test_export_password_typed_twice_and_long_enough(qtbot, page, agency, first, second, expected):
    called = []
    dialog = page.export(list_drives=lambda: [_usb(APPROVED, MOUNT, "USB an toàn")],
                         identify=lambda mp: called.append(mp))
    qtbot.addWidget(dialog)
    dialog.password.setText(first)
    dialog.password2.setText(second)
    dialog.submit()
    assert expected in dialog.error.text()
    assert called == []  # the service was not called


@pytest.fixture
def tmpfs_mount(tmp_path):
    import os
    import subprocess

    mnt = tmp_path / "usb"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cần quyền root để gắn một hệ thống tệp tmpfs làm ổ thử")
    yield mnt
    subprocess.run(["umount", str(mnt)], check=False)


def test_export_to_an_approved_drive_lists_files_with_sha256(qtbot, page, agency, registry, tmpfs_mount):
    import hashlib

    drive = _usb(APPROVED, str(tmpfs_mount), "USB an toàn")
    page.sections["outlook"].setPlainText("Tăng cường kiểm tra.")
    dialog = page.export(list_drives=lambda: [drive], identify=lambda _mp: drive)
    qtbot.addWidget(dialog)
    dialog.password.setText("mat-khau-xuat")
    dialog.password2.setText("mat-khau-xuat")
    with qtbot.waitSignal(dialog.exported):
        dialog.submit()
    shown = dialog.result.toPlainText()
    assert str(tmpfs_mount) in shown and str(tmpfs_mount) in page.message.text()
    written = sorted(tmpfs_mount.iterdir())
    assert sorted(p.suffix for p in written) == [".json", ".pdf"]
    for path in written:
        assert path.name in shown and hashlib.sha256(path.read_bytes()).hexdigest() in shown
    with registry.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "report.export")).one()
        assert len(json.loads(event.details)["files"]) == 2
        assert s.get(ReportNarrative, 2026).outlook == "Tăng cường kiểm tra."  # saved with the export
