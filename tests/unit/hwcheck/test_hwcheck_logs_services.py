"""Logs other than kernel USB lines (issue 9 §4): NetworkManager, wpa_supplicant, ModemManager,
systemd-timesyncd and sshd in real journal files (systemd-journal-remote) and in rotated syslog files
in every compression logrotate uses; wtmp/btmp records checked against util-linux ``utmpdump``."""
import os
import subprocess

import pytest
from netlogs_helpers import FIX, blocks, check, put, put_journal

from app.hwcheck.probes.logins import UTMP, parse_records
from tests.tooling import require_tool

DIRTY_FACTS = ("Cafe-Tang1", "a4:2b:b0:11:22:33", "ntp.ubuntu.com", "185.125.190.56", "113.160.12.45", "modem0")


def text(verdict, severity="block"):
    return "\n".join(f.summary for f in verdict.findings if f.severity == severity)


def test_journal_dirty_machine(system_root):
    require_tool("journalctl", "systemd")
    put_journal(system_root, "dirty")
    verdict = check(system_root, ["service_logs"])
    found = text(verdict)
    for fact in DIRTY_FACTS:
        assert fact in found, fact
    assert "03/06/2024" in found
    assert {f.rule for f in blocks(verdict)} == {"internet.log_history"}


def test_journal_clean_twin_lan_only(system_root):
    require_tool("journalctl", "systemd")
    put_journal(system_root, "clean")
    verdict = check(system_root, ["service_logs"])
    # NetworkManager activated the LAN profile: blocks until the policy names the LAN
    assert [f.evidence["connection"] for f in blocks(verdict)] == ["LAN-VanPhong"]
    for policy in ({"allowed_lan_uuids": ["5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"]},
                   {"allowed_lan_dhcp_servers": ["10.10.0.1"]},
                   {"allowed_lan_interfaces": ["enx00e04c680001@10.10.0.0/24"]},
                   {"allowed_lan_interfaces": ["enx00e04c680001@10.10.0.1"]}):
        allowed = check(system_root, ["service_logs"], **policy)
        assert allowed.passed, (policy, text(allowed))
    # an interface name with another network is not the LAN
    assert not check(system_root, ["service_logs"], allowed_lan_interfaces=["enx00e04c680001@192.168.9.0/24"]).passed
    # timesyncd timed out against ntp.ubuntu.com (no contact) and reached the LAN's NTP server only
    assert "ntp.ubuntu.com" not in text(verdict) and "ntp.vanphong.lan" in text(verdict, "info")


def test_rotated_text_logs_in_every_compression(system_root):
    for name in ("syslog.2.gz", "daemon.log.1.xz", "messages.1.bz2", "auth.log.3.zst"):
        put(system_root, f"var/log/{name}", f"syslog/dirty/{name}")
    os.utime(system_root / "var/log/syslog.2.gz", (1717500000, 1717500000))  # the year comes from mtime
    verdict = check(system_root, ["service_logs"])
    found = text(verdict)
    for fact in DIRTY_FACTS + ("171.244.3.7", "admin", "oracle"):
        assert fact in found, fact
    wifi = [f for f in blocks(verdict) if f.evidence.get("ssid") == "Cafe-Tang1"][0]
    assert wifi.evidence["first_seen"] == "2024-06-03T07:33:22Z"
    assert set(wifi.evidence["bssids"]) == {"a4:2b:b0:11:22:33"}


def test_text_logs_clean_twin(system_root):
    put(system_root, "var/log/syslog", "syslog/clean/syslog")
    put(system_root, "var/log/auth.log", "syslog/clean/auth.log")
    verdict = check(system_root, ["service_logs"], allowed_lan_uuids=["5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"])
    assert verdict.passed, text(verdict)
    assert "10.10.0.5" in text(verdict, "info")  # the LAN's ssh log-in is shown, not blocking


def test_damaged_compressed_log_fails_closed(system_root):
    data = (FIX / "syslog/dirty/syslog.2.gz").read_bytes()
    (system_root / "var/log/syslog.2.gz").write_bytes(data[: len(data) // 2])
    verdict = check(system_root, ["service_logs"])
    assert [f.source for f in verdict.findings if f.rule == "probe.failed"] == [str(system_root / "var/log/syslog.2.gz")]


def test_fifo_instead_of_log_fails_closed_without_hanging(system_root):
    os.mkfifo(system_root / "var/log/syslog")
    verdict = check(system_root, ["service_logs"])
    assert verdict.findings[0].rule == "probe.failed" and "FIFO" in verdict.findings[0].summary


def test_journal_unreadable_by_journalctl_fails_closed(system_root):
    require_tool("journalctl", "systemd")
    journal = put_journal(system_root, "dirty")
    raw = bytearray(journal.read_bytes())
    raw[12] |= 0x80  # incompatible_flags: an unknown flag journalctl refuses
    journal.write_bytes(bytes(raw))
    verdict = check(system_root, ["service_logs"])
    assert any(f.rule == "probe.failed" for f in verdict.findings)
    assert not verdict.passed


@pytest.mark.parametrize("name", ["wtmp.dirty", "wtmp.clean", "btmp.dirty"])
def test_utmp_parser_agrees_with_utmpdump(name):
    utmpdump = require_tool("utmpdump", "util-linux")
    dump = subprocess.run([utmpdump, str(FIX / "wtmp" / name)], capture_output=True, text=True, check=True).stdout
    with open(FIX / "wtmp" / name, "rb") as fh:
        records, trailing = parse_records(fh)
    assert trailing == 0 and (FIX / "wtmp" / name).stat().st_size % UTMP.size == 0
    hosts_by_utmpdump = {line.split("] [")[5].strip() for line in dump.splitlines()
                         if line.startswith(("[7]", "[6]")) and line.split("] [")[5].strip()[:1] not in ("", ":")}
    assert {r["host"] for r in records} == hosts_by_utmpdump


def test_wtmp_and_btmp(system_root):
    put(system_root, "var/log/wtmp.1", "wtmp/wtmp.dirty")
    put(system_root, "var/log/btmp", "wtmp/btmp.dirty")
    verdict = check(system_root, ["logins"])
    found = text(verdict)
    assert "113.160.12.45" in found and "canbo" in found and "03/06/2024 07:48" in found
    assert "171.244.3.7" in found and "admin" in found
    clean = system_root.parent / "clean"
    clean.mkdir()
    put(clean, "var/log/wtmp", "wtmp/wtmp.clean")
    verdict = check(clean, ["logins"])
    assert verdict.passed and "10.10.0.5" in text(verdict, "info")


def test_truncated_wtmp_fails_closed(system_root):
    data = (FIX / "wtmp/wtmp.dirty").read_bytes()
    (system_root / "var/log/wtmp").write_bytes(data[:-100])
    verdict = check(system_root, ["logins"])
    assert [f.rule for f in verdict.findings if f.severity == "block"].count("probe.failed") == 1


def test_wtmpdb_database(system_root):
    put(system_root, "var/lib/wtmpdb/wtmp.db", "wtmp/wtmp.db")
    verdict = check(system_root, ["logins"])
    assert [f.evidence["host"] for f in verdict.blocking] == ["113.160.12.45"]
    assert "canbo" in verdict.blocking[0].summary and "03/06/2024 07:48" in verdict.blocking[0].summary
    assert "10.10.0.5" in text(verdict, "info")
    (system_root / "var/lib/wtmpdb/wtmp.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    assert [f.rule for f in check(system_root, ["logins"]).findings] == ["probe.failed"]


def test_home_router_on_the_lan_adapter_stays_apart(system_root):
    """The registered adapter once plugged into a home router: that connection's DHCP server is not
    the LAN's, so naming the adapter with the LAN's DHCP server does not excuse it."""
    nm = "Jun  3 07:{m:02d}:00 maysoan NetworkManager[611]: <info>  [1717398000.1000] "
    lines = [
        nm.format(m=1) + "device (enx00e04c680001): Activation: starting connection 'Wired connection 1' "
                         "(0b6f5d1e-9a3c-4e2f-8d7c-6b5a49382716)",
        nm.format(m=1) + "dhcp4 (enx00e04c680001): option dhcp_server_identifier => '192.168.1.1'",
        nm.format(m=1) + "dhcp4 (enx00e04c680001): state changed new lease, address=192.168.1.144",
        nm.format(m=9) + "device (enx00e04c680001): Activation: starting connection 'LAN-VanPhong' "
                         "(5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d)",
        nm.format(m=9) + "dhcp4 (enx00e04c680001): option dhcp_server_identifier => '10.10.0.1'",
        nm.format(m=9) + "dhcp4 (enx00e04c680001): state changed new lease, address=10.10.0.51",
    ]
    (system_root / "var/log/syslog").write_text("\n".join(lines) + "\n")
    for policy in ({"allowed_lan_interfaces": ["enx00e04c680001@10.10.0.1"]},
                   {"allowed_lan_interfaces": ["enx00e04c680001@10.10.0.0/24"]},
                   {"allowed_lan_dhcp_servers": ["10.10.0.1"]}):
        verdict = check(system_root, ["service_logs"], **policy)
        assert [f.evidence["connection"] for f in verdict.blocking] == ["Wired connection 1"], policy
        assert "192.168.1.1" in verdict.blocking[0].summary
        assert [f.evidence["connection"] for f in verdict.findings if f.severity == "info"] == ["LAN-VanPhong"]


def test_journal_without_journalctl_scans_the_files(system_root, monkeypatch):
    """No journalctl on the inspector's machine: the MESSAGE= payloads of the real journal file are
    scanned directly (no times, but the facts)."""
    from app.hwcheck.probes import journal

    put_journal(system_root, "dirty")
    monkeypatch.setattr(journal.shutil, "which", lambda name, *a, **k: None)
    found = text(check(system_root, ["service_logs"]))
    for fact in ("ntp.ubuntu.com", "113.160.12.45", "Cafe-Tang1", "modem0"):
        assert fact in found, fact
