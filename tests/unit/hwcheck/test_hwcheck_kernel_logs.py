import datetime as dt

import hwcheck_builders as hb
import pytest

from app.hwcheck import Policy, run_check
from app.hwcheck.probes import kernel_logs
from app.hwcheck.probes.common import ProbeContext
from app.hwcheck.probes.logtime import split_line

UTC = dt.timezone.utc
SANDISK = "0781:5567:4C530001230523117582"


def check(root, **policy):
    return run_check(root, Policy.from_strings(**policy), only=["kernel_logs"])


def by_rule(verdict, rule):
    return [f for f in verdict.findings if f.rule == rule]


def test_syslog_lines_build_the_storage_device_with_time(system_root):
    start = dt.datetime(2025, 6, 3, 9, 30, 0)
    hb.write_log(system_root, "kern.log", hb.syslog_format(hb.usb_storage_lines(), start),
                 mtime=dt.datetime(2025, 6, 10, tzinfo=UTC))
    verdict = check(system_root)
    [f] = by_rule(verdict, "usb.unapproved_history")
    assert f.severity == "block" and not verdict.passed
    ev = f.evidence
    assert (ev["vendor_id"], ev["product_id"], ev["serial"]) == ("0781", "5567", "4C530001230523117582")
    assert (ev["manufacturer"], ev["product"]) == ("SanDisk", "Cruzer Blade")
    assert ev["first_seen"] == "2025-06-03T09:30:01Z"
    assert "SanDisk Cruzer Blade" in f.summary and "03/06/2025" in f.summary
    assert f.source.endswith("var/log/kern.log")


def test_keyboard_is_not_storage(system_root):
    hb.write_log(system_root, "kern.log", hb.syslog_format(hb.keyboard_lines(), dt.datetime(2025, 1, 2)))
    verdict = check(system_root)
    assert by_rule(verdict, "usb.unapproved_history") == [] and verdict.passed


def test_approved_drive_is_info_and_serial_only_is_not_trusted(system_root):
    hb.write_log(system_root, "kern.log", hb.syslog_format(hb.usb_storage_lines(), dt.datetime(2025, 1, 2)))
    [f] = by_rule(check(system_root, approved_usb=[SANDISK]), "usb.unapproved_history")
    assert f.severity == "info"
    [f] = by_rule(check(system_root, approved_usb=["4C530001230523117582"]), "usb.unapproved_history")
    assert f.severity == "block" and f.evidence["approval"] == "serial_only_not_trusted"
    [f] = by_rule(check(system_root, approved_usb=["090c:1000:4C530001230523117582"]), "usb.unapproved_history")
    assert f.severity == "block" and f.evidence["approval"] == "id_mismatch"


def test_year_is_taken_from_file_mtime_across_new_year(system_root):
    lines = hb.usb_storage_lines() + ["usb 1-1: USB disconnect, device number 5"]
    hb.write_log(system_root, "kern.log.1", hb.syslog_format(lines, dt.datetime(2024, 12, 31, 23, 59, 50)),
                 mtime=dt.datetime(2025, 1, 1, 0, 5, tzinfo=UTC))
    [f] = by_rule(check(system_root), "usb.unapproved_history")
    assert f.evidence["first_seen"].startswith("2024-12-31T23:59")
    assert f.evidence["last_seen"].startswith("2025-01-01T00:00")


def test_rotated_gzipped_rfc3339_and_dmesg_formats(system_root):
    other = hb.usb_storage_lines(port="2-1", vid="090c", pid="1000", product="Flash Disk", maker="SMI",
                                 serial="AA00000000011853")
    hb.write_log(system_root, "syslog.2.gz", hb.rfc3339_format(other, dt.datetime(2024, 5, 1, 10, 0,
                                                                                 tzinfo=dt.timezone(dt.timedelta(hours=7)))))
    hb.write_log(system_root, "kern.log.3.gz", hb.syslog_format(hb.usb_tether_lines(), dt.datetime(2024, 2, 2)),
                 mtime=dt.datetime(2024, 2, 9, tzinfo=UTC))
    hb.write_log(system_root, "dmesg", hb.dmesg_format(hb.usb_storage_lines(port="3-4", serial="07B3ZZ99")))
    hb.write_log(system_root, "messages", "")  # an empty file is no evidence
    verdict = check(system_root)
    storage = {f.evidence["serial"]: f for f in by_rule(verdict, "usb.unapproved_history")}
    assert set(storage) == {"AA00000000011853", "07B3ZZ99"}
    assert storage["AA00000000011853"].evidence["first_seen"] == "2024-05-01T03:00:01Z"
    assert storage["07B3ZZ99"].evidence["first_seen"] is None  # dmesg: seconds since boot only
    [tether] = by_rule(verdict, "network.tethering_history")
    assert tether.evidence["driver"] == "rndis_host" and tether.evidence["vendor_id"] == "04e8"
    assert tether.evidence["first_seen"] == "2024-02-02T00:00:01Z"


def test_same_device_in_several_logs_is_one_finding(system_root):
    text = hb.syslog_format(hb.usb_storage_lines() + hb.usb_storage_lines(devnum=9), dt.datetime(2025, 3, 1))
    hb.write_log(system_root, "kern.log", text, mtime=dt.datetime(2025, 3, 2, tzinfo=UTC))
    hb.write_log(system_root, "syslog", text, mtime=dt.datetime(2025, 3, 2, tzinfo=UTC))
    [f] = by_rule(check(system_root), "usb.unapproved_history")
    assert f.evidence["connections"] == 2
    assert len(f.evidence["sources"]) == 2


def test_uas_drive_without_mass_storage_line(system_root):
    lines = hb.usb_storage_lines(port="4-1", vid="174c", pid="55aa", serial="MSFT30123456789")
    lines = [ln for ln in lines if "Mass Storage" not in ln] + ["scsi host3: uas"]
    hb.write_log(system_root, "kern.log", hb.syslog_format(lines, dt.datetime(2025, 3, 1)))
    [f] = by_rule(check(system_root), "usb.unapproved_history")
    assert f.evidence["vendor_id"] == "174c"


def test_no_kernel_logs_is_a_warning_and_strict_blocks(system_root):
    verdict = check(system_root)
    [f] = by_rule(verdict, "probe.failed")
    assert f.severity == "warn" and f.evidence["reason"] == "no_kernel_logs" and verdict.passed
    strict = run_check(system_root, Policy(strict_incomplete_evidence=True), only=["kernel_logs"])
    assert not strict.passed


def test_logs_starting_after_boot_are_incomplete(system_root):
    hb.write_log(system_root, "kern.log", hb.syslog_format(hb.keyboard_lines(), dt.datetime(2025, 3, 5)),
                 mtime=dt.datetime(2025, 3, 6, tzinfo=UTC))
    ctx = ProbeContext(root=system_root, live=True, now=dt.datetime(2025, 3, 6, tzinfo=UTC),
                       boot_time=dt.datetime(2025, 3, 1, tzinfo=UTC))
    obs = kernel_logs.completeness(ctx, ["kern.log"], [dt.datetime(2025, 3, 5, tzinfo=UTC)])
    assert obs[0].data["reason"] == "logs_start_after_boot"
    assert kernel_logs.completeness(ctx, ["kern.log"], [dt.datetime(2025, 3, 1, 0, 0, 20, tzinfo=UTC)]) == []


def test_unreadable_gzip_fails_closed(system_root):
    path = system_root / "var/log/kern.log.2.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage")
    verdict = check(system_root)
    [f] = [f for f in by_rule(verdict, "probe.failed") if f.severity == "block"]
    assert f.source == str(path) and not verdict.passed


@pytest.mark.parametrize("line, when, message", [
    ("Jan  2 03:04:05 host kernel: [  12.5] usb 1-1: x", dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), "usb 1-1: x"),
    ("2025-01-02T03:04:05.123+07:00 host kernel: usb 1-1: x",
     dt.datetime(2025, 1, 1, 20, 4, 5, tzinfo=UTC), "usb 1-1: x"),
    ("2025-01-02T03:04:05+0000 host kernel: usb 1-1: x", dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), "usb 1-1: x"),
    ("[Thu Jan  2 03:04:05 2025] usb 1-1: x", dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), "usb 1-1: x"),
    ("[    5.123456] usb 1-1: x", None, "usb 1-1: x"),
])
def test_line_formats(line, when, message):
    got_when, got_message = split_line(line, UTC, dt.datetime(2025, 6, 1, tzinfo=UTC))
    assert got_message == message
    assert got_when == when
