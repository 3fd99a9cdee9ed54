"""Time-of-check / time-of-use on the export target, and what the unencrypted bundle may hold.

The attack: the path given to ``somat export --to`` is re-pointed (a symlink swapped) after it was
checked as the approved drive; today the files are written wherever the path points at write time.
"""
import json
import os
import subprocess
from types import SimpleNamespace

import pytest

from app.export import ExportRefused, export_to_usb
from app.export.bundle import COUNTS_ONLY, make_payload, sign_bundle, generate_signing_key
from app.export.errors import BundleError
from app.export.target import check_target
from app.printing.data import Statistics
from tests.tooling import require_tool

APPROVED = [("0951", "1666", "AA11BB22")]
PASSWORD = "Mat-khau-xuat-2026"


def ident(**extra):
    return SimpleNamespace(vendor_id="0951", product_id="1666", serial="AA11BB22", **extra)


def test_repointed_symlink_after_the_check_writes_to_the_checked_drive(small_fs, tmp_path, sample_pdf):
    decoy = tmp_path / "o-cung-may"          # a plain folder on the PC's own disk
    decoy.mkdir()
    link = tmp_path / "duong-dan-usb"
    link.symlink_to(small_fs)

    def identify(mountpoint):
        link.unlink()                        # the attacker swaps the path once it has been looked at
        link.symlink_to(decoy)
        return ident()

    result = export_to_usb(link, APPROVED, sample_pdf, b'{"format": "somat-bundle"}', PASSWORD, "bc",
                           identify=identify)
    assert os.listdir(decoy) == []
    assert sorted(os.listdir(small_fs)) == ["bc.pdf", "bc.somat.json"]
    assert result.directory == str(small_fs)


def test_swap_to_a_plain_folder_before_the_open_is_refused(small_fs, tmp_path, sample_pdf):
    decoy = tmp_path / "thu-muc"
    decoy.mkdir()
    link = tmp_path / "duong-dan-usb"
    link.symlink_to(decoy)
    with pytest.raises(ExportRefused, match="thư mục thường"):
        export_to_usb(link, APPROVED, sample_pdf, None, PASSWORD, "bc", identify=lambda m: ident())
    assert os.listdir(decoy) == []


def test_identity_must_be_the_device_that_was_opened(small_fs, sample_pdf):
    """udev names the drive's device node: a tmpfs directory is not /dev/loop0, whatever it claims."""
    if not os.path.exists("/dev/loop0"):
        pytest.skip("no /dev/loop0 here")
    with pytest.raises(ExportRefused, match="đã thay đổi"):
        check_target(small_fs, APPROVED, identify=lambda m: ident(devnode="/dev/loop0", partitions=()))
    assert os.listdir(small_fs) == []


@pytest.fixture
def loop_drive(tmp_path):
    """A real block device (loop) with ext4, mounted: the closest to a stick we can make here."""
    require_tool("losetup")
    require_tool("mkfs.ext4")
    if os.geteuid() != 0:
        pytest.skip("cần quyền root để gắn ổ loop")
    image = tmp_path / "stick.img"
    with open(image, "wb") as fh:
        fh.truncate(4 << 20)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True, capture_output=True)
    made = subprocess.run(["losetup", "-f", "--show", str(image)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"không tạo được thiết bị loop: {made.stderr.strip()}")
    device = made.stdout.strip()
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    try:
        if subprocess.run(["mount", device, str(mnt)], capture_output=True).returncode != 0:
            pytest.skip("không gắn được ổ loop")
        yield mnt, device
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False, capture_output=True)
        subprocess.run(["losetup", "-d", device], check=False, capture_output=True)


def test_identity_bound_to_a_real_block_device(loop_drive, sample_pdf):
    mnt, device = loop_drive
    result = export_to_usb(mnt, APPROVED, sample_pdf, None, PASSWORD, "bc",
                           identify=lambda m: ident(devnode=device, partitions=()))
    assert result.files[0][0] == "bc.pdf" and (mnt / "bc.pdf").is_file()
    other = "/dev/loop0" if device != "/dev/loop0" else "/dev/loop1"
    with pytest.raises(ExportRefused, match="đã thay đổi"):
        check_target(mnt, APPROVED, identify=lambda m: ident(devnode=other, partitions=()))


def test_bundle_states_and_keeps_counts_only(tmp_path):
    import datetime as dt

    stats = Statistics(in_by_level={"mat": 3}, copies=2)
    payload = make_payload("Sở Thử", 2026, (dt.date(2025, 12, 15), dt.date(2026, 12, 14)), stats)
    data = sign_bundle(payload, generate_signing_key())
    document = json.loads(data)
    assert document["payload"]["contents"] == COUNTS_ONLY

    def leaves(value):
        if isinstance(value, dict):
            for v in value.values():
                yield from leaves(v)
        else:
            yield value
    assert all(type(v) is int for v in leaves(document["payload"]["statistics"]))
    for smuggled in ({**payload, "statistics": {**payload["statistics"], "copies": "Kế hoạch K-47"}},
                     {**payload, "statistics": {**payload["statistics"], "trich_yeu": ["Kế hoạch K-47"]}},
                     {**payload, "rows": [{"trich_yeu": "Kế hoạch K-47"}]}):
        with pytest.raises(BundleError, match="chỉ được chứa số liệu đếm"):
            sign_bundle(smuggled, generate_signing_key())
