"""Every USB device class that moves files (issue 9 §5), from kernel/udev log lines in the exact
format the kernel, mtp-probe and usbmuxd print (tests/fixtures/hwcheck/usb/MANIFEST.md). Each failing
machine has a clean twin made the same way."""
import datetime as dt
import os
import plistlib
import shutil
from pathlib import Path

import pytest

from app.hwcheck import LiveMonitor, Policy, run_check
from app.hwcheck.model import serial_weakness, weak_serial
from app.hwcheck.probes import usb_classes
from app.hwcheck.probes.common import ProbeContext

UTC = dt.timezone.utc
FIX = Path(__file__).resolve().parents[2] / "fixtures/hwcheck/usb"


def check(root, **policy):
    return run_check(root, Policy.from_strings(**policy), only=["kernel_logs"])


def put(root, fixture, name, mtime=dt.datetime(2025, 6, 30, tzinfo=UTC)):
    path = root / "var/log" / name
    shutil.copyfile(FIX / fixture, path)
    os.utime(path, (mtime.timestamp(), mtime.timestamp()))
    return path


def usb_findings(verdict):
    return [f for f in verdict.findings if f.rule.startswith("usb.")]


def test_sd_card_in_pcie_reader_blocks_and_names_the_card(system_root):
    put(system_root, "sd_card_pcie.kern.log", "kern.log")
    verdict = check(system_root)
    [f] = usb_findings(verdict)
    assert (f.rule, f.severity) == ("usb.unapproved_history", "block") and not verdict.passed
    assert (f.evidence["card_type"], f.evidence["card_name"], f.evidence["size"]) == ("SDHC", "SC32G", "29.7 GiB")
    assert f.evidence["host"] == "mmc0" and f.evidence["disk"] == "mmcblk0"
    assert f.evidence["first_seen"] == "2025-06-03T10:47:05Z"
    assert "SC32G" in f.summary and "03/06/2025 10:47" in f.summary


def test_emmc_system_disk_and_sdio_wifi_are_clean(system_root):
    """Twin: the same mmc lines for a soldered eMMC (boot0/boot1/rpmb) and an SDIO chip."""
    put(system_root, "emmc_system.kern.log", "kern.log")
    verdict = check(system_root)
    assert usb_findings(verdict) == [] and verdict.passed


def test_mmc_line_variants_of_older_and_newer_kernels(system_root):
    """4.x kernels print "partition 1 4.00 MiB", newer ones "512 KiB, chardev (243:0)" and
    "UHS-I speed DDR50": two eMMC disks stay clean, the SDHC card in the same boot blocks."""
    put(system_root, "emmc_and_sd_variants.dmesg", "dmesg")
    [f] = usb_findings(check(system_root))
    assert f.severity == "block" and (f.evidence["host"], f.evidence["card_name"]) == ("mmc1", "SU16G")
    assert f.evidence["speed"] == "UHS-I speed DDR50" and f.evidence["size"] == "14.8 GiB"


def test_mmc_card_without_boot_partitions_is_a_removable_card(system_root):
    lines = (FIX / "emmc_system.kern.log").read_text().splitlines()
    kept = [ln for ln in lines if "boot" not in ln and "rpmb" not in ln]
    (system_root / "var/log/kern.log").write_text("\n".join(kept) + "\n")
    [f] = usb_findings(check(system_root))
    assert f.severity == "block" and f.evidence["card_type"] == "MMC"


def test_card_reader_without_medium_is_clean(system_root):
    put(system_root, "card_reader_empty.kern.log", "kern.log")
    verdict = check(system_root)
    [f] = usb_findings(verdict)
    assert f.severity == "info" and verdict.passed
    assert f.evidence["vendor_id"] == "05e3" and f.evidence["serial"] == "000000000272"


def test_card_reader_lines_of_a_3x_kernel(system_root):
    """3.x kernels print "scsi6 : usb-storage 1-1.6:1.0": the empty reader is still recognised."""
    text = (FIX / "card_reader_empty.kern.log").read_text().replace("scsi host6: usb-storage", "scsi6 : usb-storage")
    (system_root / "var/log/kern.log").write_text(text)
    [f] = usb_findings(check(system_root))
    assert f.severity == "info"


def test_card_reader_with_medium_blocks_and_is_never_approvable(system_root):
    """Twin of the empty reader: a card inserted an hour later; its generic serial never approves."""
    put(system_root, "card_reader_medium.kern.log", "kern.log")
    verdict = check(system_root, approved_usb=["05e3:0736:000000000272"])
    [f] = usb_findings(verdict)
    assert f.severity == "block" and not verdict.passed
    assert f.evidence["media"] == ["7.95 GB/7.40 GiB"]
    assert "giá trị chung" in f.evidence["serial_weakness"]
    assert "không thể phê duyệt" in f.summary


def test_card_reader_medium_in_a_later_rotated_file_still_counts(system_root):
    """Logs are read oldest rotation first: the host→reader link survives the rotation."""
    text = (FIX / "card_reader_medium.kern.log").read_text().splitlines(keepends=True)
    (system_root / "var/log/kern.log.1").write_text("".join(text[:-2]))
    (system_root / "var/log/kern.log").write_text("".join(text[-2:]))
    [f] = usb_findings(check(system_root))
    assert f.severity == "block" and f.evidence["vendor_id"] == "05e3"


def test_realtek_usb_card_reader_is_clean_until_a_card_is_inserted(system_root):
    """The laptop reader 0bda:0129 (driver rtsx_usb, serial shared by every unit) at every boot: clean;
    the same boot with an SDXC card read through it: blocks."""
    put(system_root, "realtek_crw_empty.kern.log", "kern.log")
    verdict = check(system_root)
    assert usb_findings(verdict) == [] and verdict.passed
    put(system_root, "realtek_crw_card.kern.log", "kern.log")
    [f] = usb_findings(check(system_root))
    assert f.severity == "block" and (f.evidence["card_type"], f.evidence["card_name"]) == ("SDXC", "USD00")


def test_external_disk_without_serial_blocks_with_reason(system_root):
    put(system_root, "disk_no_serial.kern.log", "kern.log")
    [f] = usb_findings(check(system_root))
    assert f.severity == "block" and f.evidence["serial"] is None
    assert f.evidence["vendor_id"] == "152d" and f.evidence["media"] == ["1.00 TB/932 GiB"]
    assert "không có số sê-ri" in f.summary


def test_android_phone_seen_by_mtp_probe_blocks(system_root):
    put(system_root, "android_mtp.syslog", "syslog")
    verdict = check(system_root)
    [f] = usb_findings(verdict)
    assert (f.rule, f.severity) == ("usb.unapproved_history", "block")
    assert f.evidence["serial"] == "R58M42ABCDE" and "mtp-probe" in f.evidence["traces"]
    assert "SAMSUNG SAMSUNG_Android" in f.summary and "điện thoại" in f.summary
    assert f.evidence["first_seen"] == "2025-06-03T07:02:11Z" and f.evidence["last_seen"] == "2025-06-03T07:20:40Z"


def test_mouse_that_mtp_probe_rejected_is_clean(system_root):
    put(system_root, "mouse_not_mtp.syslog", "syslog")
    verdict = check(system_root)
    assert usb_findings(verdict) == [] and verdict.passed


def test_laptop_webcam_and_monitor_hub_of_a_phone_maker_are_clean(system_root):
    """Twin of the phone cases: a UVC "Integrated Camera" and a Samsung monitor's USB hub."""
    put(system_root, "webcam_and_hub.kern.log", "kern.log")
    verdict = check(system_root)
    assert usb_findings(verdict) == [] and verdict.passed


def test_phone_known_by_hwdb_only(system_root, tmp_path):
    """No mtp-probe line and a neutral product name: libgphoto2's hwdb on the disk says it is PTP/MTP."""
    text = (FIX / "android_mtp.syslog").read_text().replace("SAMSUNG_Android", "SM-A525F")
    text = "".join(ln + "\n" for ln in text.splitlines() if "mtp-probe" not in ln)
    text = text.replace("Manufacturer: SAMSUNG", "Manufacturer: Samsung Electronics")
    (system_root / "var/log/syslog").write_text(text)
    ctx = ProbeContext(root=system_root, live=False, now=dt.datetime(2025, 7, 1, tzinfo=UTC))
    hwdb = system_root / "usr/lib/udev/hwdb.d"
    hwdb.mkdir(parents=True)
    (hwdb / "20-libgphoto2-6.hwdb").write_text("# Samsung Galaxy models (MTP)\nusb:v04E8p6860*\n"
                                               " GPHOTO2_DRIVER=PTP\n ID_GPHOTO2=1\n ID_MEDIA_PLAYER=1\n")
    assert ("04e8", "6860") in usb_classes.phone_ids(ctx)
    [f] = usb_findings(check(system_root))
    assert f.severity == "block" and f.evidence["traces"] == ["hwdb"]


def test_real_libgphoto2_hwdb_of_this_machine_knows_phones():
    """The hwdb shipped by libgphoto2 (Debian libgphoto2-6) lists iPhone and Pixel MTP ids."""
    if not Path("/usr/lib/udev/hwdb.d/20-libgphoto2-6.hwdb").exists():
        from tests.tooling import require_tool
        require_tool("gphoto2", "libgphoto2-6 gphoto2")
    ctx = ProbeContext(root=Path("/"), live=True, now=dt.datetime(2025, 7, 1, tzinfo=UTC))
    ids = usb_classes.phone_ids(ctx)
    assert {("05ac", "12a8"), ("18d1", "4ee1")} <= ids


def test_iphone_seen_by_kernel_and_usbmuxd_is_one_finding(system_root):
    put(system_root, "iphone.syslog", "syslog")
    [f] = usb_findings(check(system_root))
    assert f.severity == "block" and f.evidence["serial"] == "0000812000092D910EDB401E"
    assert set(f.evidence["traces"]) >= {"usbmuxd", "product"}
    assert "Apple" in f.summary


def test_iphone_pairing_record_blocks_and_names_the_udid(system_root):
    lockdown = system_root / "var/lib/lockdown"
    lockdown.mkdir(parents=True)
    udid = "00008120-00092D910EDB401E"
    record = {"DeviceCertificate": b"-----BEGIN CERTIFICATE-----\n", "HostID": "5B0E2C4A-0D5F-4A3E-9C1B-2F6A7D8E9F01",
              "SystemBUID": "1A2B3C4D-5E6F-7081-92A3-B4C5D6E7F809", "WiFiMACAddress": "f0:99:b6:12:34:56"}
    (lockdown / f"{udid}.plist").write_bytes(plistlib.dumps(record))
    (lockdown / "SystemConfiguration.plist").write_bytes(plistlib.dumps({"SystemBUID": record["SystemBUID"]}))
    [f] = usb_findings(check(system_root))
    assert f.severity == "block" and f.evidence["udid"] == udid
    assert udid in f.summary and "f0:99:b6:12:34:56" in f.summary


def test_only_system_configuration_in_lockdown_is_clean(system_root):
    """Twin: usbmuxd installed and run once, no device ever trusted this computer."""
    lockdown = system_root / "var/lib/lockdown"
    lockdown.mkdir(parents=True)
    (lockdown / "SystemConfiguration.plist").write_bytes(plistlib.dumps({"SystemBUID": "1A2B"}))
    verdict = check(system_root)
    assert usb_findings(verdict) == [] and verdict.passed


@pytest.mark.parametrize("serial, weak", [
    ("20100201396000000", True), ("000000000272", True), ("0123456789ABCDEF", True), (None, True),
    ("000000000000", True), ("6&1a2b3c4d&0&1", True), ("4C530001230523117582", False),
])
def test_generic_serials_are_weak_with_a_reason(serial, weak):
    assert weak_serial(serial) is weak
    assert (serial_weakness(serial) is not None) is weak


def test_approval_of_a_generic_serial_is_refused_with_an_explanation(sessionmaker_):
    from app.services import devices
    from app.services.actor import Actor
    from app.services.errors import ValidationError

    actor = Actor(username="baomat", user_id=None, full_name="Trần Văn Bảo", role="can_bo_bao_mat")
    session = sessionmaker_()

    with pytest.raises(ValidationError) as err:
        devices.approve_usb(session, actor, devices.UsbInput(vendor_id="0bda", product_id="0129",
                                                            serial="20100201396000000"))
    assert "20100201396000000" in str(err.value) and "giá trị chung" in str(err.value)
    usb = devices.approve_usb(session, actor, devices.UsbInput(vendor_id="0781", product_id="5567",
                                                              serial="4C530001230523117582"))
    assert usb.serial == "4C530001230523117582"
    session.rollback()
    session.close()


# -- live: phones and memory cards attached now -------------------------------------------------------

PIXEL = {"devnode": "/dev/bus/usb/001/006", "syspath": "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2",
         "vendor_id": "18d1", "product_id": "4ee1", "manufacturer": "Google", "product": "Pixel 7",
         "serial": "28031FDH2004ZK", "interfaces": ":ffff00:", "mtp": True, "gphoto2": True}
SD = {"devnode": "/dev/mmcblk0", "card_type": "SD", "card_name": "SC32G", "serial": "0x1a2b3c4d",
      "manfid": "0x000003", "date": "04/2023", "size_bytes": 31_914_983_424}


class FakeUdev:
    def __init__(self, disks=(), phones=(), cards=()):
        self._disks, self._phones, self._cards = list(disks), list(phones), list(cards)

    def disks(self):
        return list(self._disks)

    def phones(self):
        return list(self._phones)

    def sd_cards(self):
        return list(self._cards)


def test_phone_and_sd_card_attached_now_block(monkeypatch):
    from app.hwcheck import usb_now
    from app.hwcheck.probes import usb_now as probe

    monkeypatch.setattr(usb_now.psutil, "disk_partitions", lambda all=True: [])
    backend = FakeUdev(phones=[PIXEL], cards=[SD])
    verdict = run_check("/", Policy(), only=["usb_now"], probes={"usb_now": lambda c: probe.probe(c, backend)})
    found = {f.evidence.get("devnode"): f for f in verdict.findings}
    assert found["/dev/bus/usb/001/006"].rule == "usb.unapproved_connected"
    assert "Pixel 7" in found["/dev/bus/usb/001/006"].summary
    assert found["/dev/mmcblk0"].severity == "block" and "SC32G" in found["/dev/mmcblk0"].summary
    clean = run_check("/", Policy(), only=["usb_now"],
                      probes={"usb_now": lambda c: probe.probe(c, FakeUdev())})
    assert clean.passed


@pytest.mark.parametrize("device, phone", [
    (PIXEL, True),
    ({**PIXEL, "mtp": False, "gphoto2": False, "product": "Mass", "interfaces": ":060101:"}, True),  # PTP class
    ({**PIXEL, "vendor_id": "05ac", "mtp": False, "gphoto2": False, "product": "X", "interfaces": ":fffe02:"}, True),
    ({**PIXEL, "mtp": False, "gphoto2": False, "manufacturer": "Logitech", "product": "USB Receiver",
      "interfaces": ":030101:030102:"}, False),
    ({**PIXEL, "vendor_id": "04f2", "mtp": False, "gphoto2": False, "manufacturer": "Chicony Electronics Co.,Ltd.",
      "product": "Integrated Camera", "interfaces": ":0e0100:0e0200:"}, False),  # UVC webcam
])
def test_is_phone(device, phone):
    from app.hwcheck.usb_now import is_phone

    assert is_phone(device) is phone


def test_monitor_locks_drafting_when_an_mtp_phone_is_plugged_in():
    class Backend(FakeUdev):
        def net_observations(self):
            return []

        def usb_devices(self):
            return []

        def wait_event(self, timeout):
            return False

    backend = Backend()
    mon = LiveMonitor(Policy(), lambda findings: None, backend=backend)
    assert mon.poll_once() == []
    backend._phones.append(PIXEL)
    [f] = mon.poll_once()
    assert (f.rule, f.severity) == ("usb.unapproved_connected", "block") and "Pixel 7" in f.summary
    backend._cards.append(SD)
    [f] = mon.poll_once()
    assert "SC32G" in f.summary
