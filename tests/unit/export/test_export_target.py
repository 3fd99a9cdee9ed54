import io
import os
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from app.export import ExportError, ExportRefused, export_to_usb
from app.export.target import check_target

APPROVED = [("0951", "1666", "AA11BB22"), SimpleNamespace(vendor_id="abcd", product_id="1234",
                                                          serial="S2")]


def usb(serial="AA11BB22", vendor="0951", product="1666"):
    return lambda mountpoint: SimpleNamespace(vendor_id=vendor, product_id=product, serial=serial)


def test_plain_folder_is_refused_without_override(tmp_path):
    with pytest.raises(ExportRefused, match="không phải ổ USB an toàn đã được phê duyệt"):
        check_target(tmp_path, APPROVED, identify=usb())   # even if identify would say yes


def test_missing_path_is_refused(tmp_path):
    with pytest.raises(ExportRefused):
        check_target(tmp_path / "khong-co", APPROVED, identify=usb())


def test_mounted_drives(small_fs):
    check_target(small_fs, APPROVED, identify=usb())
    check_target(small_fs, APPROVED, identify=usb("s2", "ABCD", "1234"))   # case-insensitive
    for identify in (usb("KHAC"), usb(vendor="ffff"), usb(serial=""), lambda m: None):
        with pytest.raises(ExportRefused, match="không phải ổ USB"):
            check_target(small_fs, APPROVED, identify=identify)


def test_export_end_to_end_on_a_mounted_drive(small_fs, sample_pdf):
    result = export_to_usb(small_fs, APPROVED, sample_pdf, b'{"format": "somat-bundle"}',
                           "Mat-khau-xuat-2026", "bao-cao-2026", identify=usb())
    names = sorted(os.listdir(small_fs))
    assert names == ["bao-cao-2026.pdf", "bao-cao-2026.somat.json"]
    assert [n for n, _ in result.files] == ["bao-cao-2026.pdf", "bao-cao-2026.somat.json"]
    data = (small_fs / "bao-cao-2026.pdf").read_bytes()
    import hashlib
    assert hashlib.sha256(data).hexdigest() == result.files[0][1]
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted and reader.decrypt("Mat-khau-xuat-2026")


def test_export_to_plain_folder_is_refused(tmp_path, sample_pdf):
    with pytest.raises(ExportRefused):
        export_to_usb(tmp_path, APPROVED, sample_pdf, None, "Mat-khau-xuat-2026", "x",
                      identify=usb())
    assert os.listdir(tmp_path) == []


def test_export_that_does_not_fit_leaves_nothing(small_fs, sample_pdf):
    big_bundle = os.urandom(400_000)
    with pytest.raises(ExportError, match="Ổ đĩa đầy"):
        export_to_usb(small_fs, APPROVED, sample_pdf, big_bundle, "Mat-khau-xuat-2026", "bc",
                      identify=usb())
    assert os.listdir(small_fs) == []        # the PDF written first was removed too


def test_default_identification_refuses_a_non_usb_mount(small_fs):
    with pytest.raises(ExportRefused, match="không phải ổ USB"):
        check_target(small_fs, APPROVED)      # tmpfs: real udev/psutil lookup finds no USB drive
