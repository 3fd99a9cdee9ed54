"""A mounted Windows disk: transaction logs of a real dirty hive, event logs (real System.evtx),
setupapi.dev.log, remote-support logs and per-user NTUSER.DAT traces — failing cases and clean twins."""
from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

from app.hwcheck.model import Policy
from app.hwcheck.probes import windows_evtx, windows_registry
from app.hwcheck.probes.common import ProbeContext
from app.hwcheck.runner import run_check
from tests.tooling import require_tool

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures" / "hwcheck" / "windows"))
import build_windows as bw  # noqa: E402

WINDOWS_PROBES = ("root_layout", "windows_usb", "windows_network", "windows_remote")
MOUNTPOINTS = r"Software\Microsoft\Windows\CurrentVersion\Explorer\MountPoints2"
SHELL_KEY = MOUNTPOINTS + r"\{2b8dca72-672e-11e7-bce1-806e6f6e6963}"


@pytest.fixture
def hivex():
    return require_tool("hivexregedit", "libwin-hivex-perl")


def ctx_for(root: Path) -> ProbeContext:
    return ProbeContext(root=root, live=False, now=dt.datetime.now(dt.timezone.utc))


def check(root: Path, policy: Policy = Policy()):
    return run_check(root, policy, only=WINDOWS_PROBES)


def blocks(verdict):
    return [f for f in verdict.findings if f.severity == "block"]


# --- transaction logs (real dirty NTUSER.DAT from regipy's test data) ---------------------------------

def _dirty_user(root: Path, with_logs: bool) -> Path:
    home = root / "Users" / "bob"
    bw.unpack("regipy-transactions_NTUSER.DAT.xz", home / "NTUSER.DAT")
    if with_logs:
        bw.unpack("regipy-transactions_ntuser.dat.log1.xz", home / "ntuser.dat.LOG1")
        bw.unpack("regipy-transactions_ntuser.dat.log2.xz", home / "ntuser.dat.LOG2")
    return home / "NTUSER.DAT"


def test_dirty_hive_is_read_with_its_transaction_logs(tmp_path):
    _dirty_user(tmp_path / "raw", with_logs=False)
    raw = windows_registry.open_hive(ctx_for(tmp_path / "raw"), "users/BOB/ntuser.dat")
    assert raw.dirty and raw.recovered_pages == 0
    assert [k.name for k in windows_registry.subkeys(raw.key(SHELL_KEY))] == ["shell"]

    _dirty_user(tmp_path / "logs", with_logs=True)
    hive = windows_registry.open_hive(ctx_for(tmp_path / "logs"), "Users/bob/NTUSER.DAT")
    # LOG1 (sequence 566 = the hive's secondary sequence) is applied; LOG2 (562) is older and is not
    assert hive.dirty and hive.recovered_pages == 132
    assert hive.registry.header.primary_sequence_num == hive.registry.header.secondary_sequence_num == 589
    assert windows_registry.subkeys(hive.key(SHELL_KEY)) == []  # the state after the logged changes
    assert sorted(p.name for p in (tmp_path / "logs/Users/bob").iterdir()) == [
        "NTUSER.DAT", "ntuser.dat.LOG1", "ntuser.dat.LOG2"]  # nothing written beside the hive


def test_clean_hive_ignores_a_stale_log(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex)
    config = root / "Windows/System32/config"
    bw.unpack("regipy-transactions_ntuser.dat.log1.xz", config / "SYSTEM.LOG1")
    hive = windows_registry.open_hive(ctx_for(root), windows_registry.SYSTEM)
    assert not hive.dirty and hive.recovered_pages == 0


def test_corrupt_transaction_log_fails_closed(tmp_path):
    _dirty_user(tmp_path, with_logs=True)
    log1 = tmp_path / "Users/bob/ntuser.dat.LOG1"
    log1.write_bytes(b"JUNK" + log1.read_bytes()[4:])
    with pytest.raises(windows_registry.HiveError):
        windows_registry.open_hive(ctx_for(tmp_path), "Users/bob/NTUSER.DAT")


def test_real_dirty_ntuser_with_only_ie_first_run_page_is_clean(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex)
    _dirty_user(root, with_logs=True)
    hive = windows_registry.open_hive(ctx_for(root), "Users/bob/NTUSER.DAT")
    typed = windows_registry.values(hive.key(r"Software\Microsoft\Internet Explorer\TypedURLs"))
    assert typed == {"url1": "http://go.microsoft.com/fwlink/p/?LinkId=255141"}  # IE's first-run page
    assert check(root).findings == ()
    users = {"bob2": {r"Software\Microsoft\Internet Explorer\TypedURLs": [
        '"url1"="http://go.microsoft.com/fwlink/p/?LinkId=255141"', '"url2"="www.facebook.com"']}}
    [finding] = blocks(check(bw.windows_disk(tmp_path / "d", hivex, users=users)))
    assert "www.facebook.com" in finding.summary and "go.microsoft.com" not in finding.summary


# --- event logs (python-evtx on a real System.evtx) ----------------------------------------------------

def test_event_filter_finds_every_matching_record_of_a_real_log(tmp_path):
    path = bw.unpack("python-evtx-system.evtx.xz", tmp_path / "System.evtx")
    found = list(windows_evtx.events(path, {7036}))
    assert len(found) == 1288  # every Service Control Manager 7036 record of the file
    assert {e["event_id"] for e in found} == {7036}
    assert all(e["time"].startswith("2012-0") and e["time"].endswith("Z") for e in found)
    updates = [e for e in found if e.get("param1") == "Windows Update"]
    # the raw-bytes pre-filter keeps exactly the records whose text holds the needle
    needle = list(windows_evtx.events(path, {7036}, "windows update".encode("utf-16-le")))
    assert 0 < len(needle) < len(found)
    assert [e["xml"] for e in needle] == [e["xml"] for e in found if "windows update" in e["xml"].lower()]
    assert len(needle) >= len(updates) > 0
    # rendering once per distinct record kind gives the same events and times as rendering them all
    grouped = list(windows_evtx.events(path, {7036}, distinct=True))
    assert len(grouped) < len(found) // 5
    assert sorted((e.get("param1"), e.get("param2"), t) for e in grouped for t in e["times"]) == \
        sorted((e.get("param1"), e.get("param2"), e["time"]) for e in found)


@pytest.mark.parametrize("name", [windows_evtx.PARTITION, windows_evtx.DFUM, windows_evtx.KERNEL_PNP,
                                  windows_evtx.WLAN, windows_evtx.NETPROFILE])
def test_readable_log_without_events_is_clean(tmp_path, hivex, name):
    root = bw.windows_disk(tmp_path / "c", hivex)
    bw.unpack("python-evtx-system.evtx.xz", root / windows_evtx.LOGS / name)
    verdict = check(root)
    assert verdict.passed and verdict.findings == ()


@pytest.mark.parametrize("damage", ["file_magic", "chunk_magic", "truncated", "empty"])
def test_unreadable_event_log_fails_closed(tmp_path, hivex, damage):
    root = bw.windows_disk(tmp_path / "c", hivex)
    path = bw.unpack("python-evtx-system.evtx.xz", root / windows_evtx.LOGS / windows_evtx.PARTITION)
    data = bytearray(path.read_bytes())
    if damage == "file_magic":
        data[0:8] = b"NotElfFi"
    elif damage == "chunk_magic":
        data[0x1000:0x1008] = b"BadChnk\0"
    elif damage == "truncated":
        data = data[:100]
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    failed = blocks(check(root))
    assert failed and all(f.rule == "probe.failed" for f in failed)
    assert "Partition" in failed[0].source


# --- setupapi.dev.log -----------------------------------------------------------------------------------

SETUPAPI = (
    "[Device Install Log]\r\n     OS Version = 10.0.19045\r\n\r\n"
    ">>>  [Device Install (Hardware initiated) - USB\\ROOT_HUB30\\4&1a2b3c4d&0]\r\n"
    ">>>  Section start 2023/01/05 07:59:58.120\r\n<<<  Section end 2023/01/05 07:59:59.001\r\n\r\n"
    ">>>  [Device Install (Hardware initiated) - USB\\VID_046D&PID_C077\\5&2f3c1a0&0&1]\r\n"
    ">>>  Section start 2023/01/05 08:00:01.500\r\n<<<  Section end 2023/01/05 08:00:02.000\r\n\r\n"
)
STICK_SECTION = (
    ">>>  [Device Install (Hardware initiated) - USBSTOR\\Disk&Ven_Kingston&Prod_DataTraveler_3.0&Rev_PMAP"
    "\\60A44C413A8CF2A0B9570035&0]\r\n"
    ">>>  Section start 2024/11/20 14:03:07.250\r\n"
    "     dvi: {Build Driver List} 14:03:07.265\r\n"
    "<<<  Section end 2024/11/20 14:03:08.900\r\n"
)


def test_setupapi_install_of_a_deleted_usb_drive_blocks(tmp_path, hivex):
    files = {"Windows/INF/setupapi.dev.log": SETUPAPI + STICK_SECTION}
    [finding] = blocks(check(bw.windows_disk(tmp_path / "c", hivex, files=files)))
    assert finding.rule == "usb.unapproved_history"
    assert "60A44C413A8CF2A0B9570035" in finding.summary and "20/11/2024 14:03" in finding.summary
    assert finding.evidence["evidence"] == [str(tmp_path / "c/Windows/INF/setupapi.dev.log") + ":setupapi"]


def test_setupapi_with_hubs_and_a_mouse_only_is_clean(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex, files={"Windows/INF/setupapi.dev.log": SETUPAPI})
    assert check(root).findings == ()


# --- remote-support tools -------------------------------------------------------------------------------

ANYDESK_TRACE = ("Incoming    2024-05-13, 10:22    User    nguyenvana@ad    417263598\r\n"
                 "Incoming    2024-06-01, 16:40    Passwd    417263598    417263598\r\n")
ANYDESK_SVC = ("   info 2024-05-13 10:21:55.120       back   1880   2012  2                anynet.relay_conn"
               " - Logged in from 203.0.113.45:51234 on relay 2f9e4a1c.\r\n")
TEAMVIEWER = "1234567890\tKe toan\t13-05-2024 10:22:33\t13-05-2024 10:40:00\tAdmin\tRemoteControl\t{a1b2}\r\n"


@pytest.mark.parametrize(("rel", "content", "expect"), [
    ("ProgramData/AnyDesk/connection_trace.txt", ANYDESK_TRACE, "417263598"),
    ("ProgramData/AnyDesk/ad_svc.trace", ANYDESK_SVC, "203.0.113.45"),
    ("Program Files (x86)/TeamViewer/Connections_incoming.txt", TEAMVIEWER, "1234567890 Ke toan"),
    ("Program Files (x86)/UltraViewer/ConnectionLog.Log",
     "[20/05/2024 09:12:44] Ket noi toi ID: 725 813 904\r\n", "725813904"),
])
def test_remote_support_logs_block_naming_the_partner(tmp_path, hivex, rel, content, expect):
    [finding] = blocks(check(bw.windows_disk(tmp_path / "c", hivex, files={rel: content})))
    assert expect in finding.summary
    assert finding.rule == "internet.log_history"  # as the Linux remote-support logs


def test_remote_support_installed_but_never_connected_is_clean(tmp_path, hivex):
    files = {"ProgramData/AnyDesk/connection_trace.txt": "",
             "Program Files (x86)/TeamViewer/Connections_incoming.txt": ""}
    assert check(bw.windows_disk(tmp_path / "c", hivex, files=files)).findings == ()


# --- per-user NTUSER.DAT --------------------------------------------------------------------------------

def test_typed_urls_and_remote_desktop_to_internet_hosts_block(tmp_path, hivex):
    users = {"an": {r"Software\Microsoft\Internet Explorer\TypedURLs": [
        '"url1"="https://mail.google.com/"', '"url2"="http://192.168.10.5/intranet"'],
        r"Software\Microsoft\Terminal Server Client\Servers\vps.example.net": ['"UsernameHint"="admin"']}}
    found = {f.rule: f for f in blocks(check(bw.windows_disk(tmp_path / "c", hivex, users=users)))}
    assert "mail.google.com" in found["internet.browser_history"].summary
    assert "192.168.10.5" not in found["internet.browser_history"].summary
    assert "vps.example.net" in found["internet.log_history"].summary


def test_typed_urls_and_remote_desktop_inside_the_lan_are_clean(tmp_path, hivex):
    users = {"an": {r"Software\Microsoft\Internet Explorer\TypedURLs": ['"url1"="http://192.168.10.5/"'],
                    r"Software\Microsoft\Terminal Server Client\Servers\10.0.0.8": ['"UsernameHint"="vt"']}}
    assert check(bw.windows_disk(tmp_path / "c", hivex, users=users)).findings == ()


def test_mountpoints2_names_the_user_who_opened_the_usb_volume(tmp_path, hivex):
    volume = "{5f8e1c2a-1111-11ef-9a3b-806e6f6e6963}"
    system = {
        r"ControlSet001\Enum\USBSTOR\Disk&Ven_SanDisk&Prod_Ultra&Rev_1.00\4C530001150421110292&0": [],
        "MountedDevices": [f'"\\\\??\\\\Volume{volume}"=' + bw.utf16(
            "_??_USBSTOR#Disk&Ven_SanDisk&Prod_Ultra&Rev_1.00#4C530001150421110292&0#{53f56307}")],
    }
    users = {"thuky": {MOUNTPOINTS + "\\" + volume: []}}
    [finding] = blocks(check(bw.windows_disk(tmp_path / "c", hivex, system=system, users=users)))
    assert finding.evidence["users"] == ["thuky"]
    assert "4C530001150421110292" in finding.summary


def test_unreadable_ntuser_fails_closed(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex, users={"an": {}})
    (root / "Users/an/NTUSER.DAT").write_bytes(b"regf" + b"\0" * 100)
    [failed] = blocks(check(root))  # reported once, though two probes read the hive
    assert failed.rule == "probe.failed" and "NTUSER" in failed.source


def test_copy_of_a_hive_is_not_changed(tmp_path):
    src = _dirty_user(tmp_path, with_logs=True)
    before = src.read_bytes()
    windows_registry.open_hive(ctx_for(tmp_path), "Users/bob/NTUSER.DAT")
    assert src.read_bytes() == before
    shutil.rmtree(tmp_path / "Users")


def test_setupapi_parse_reads_every_install_title_and_only_usb_side_ids():
    from app.hwcheck.probes.windows_setupapi import parse

    text = (SETUPAPI + STICK_SECTION
            + ">>>  [Device Install (Hardware initiated) - PCI\\VEN_8086&DEV_A370\\3&11583659&1&A3]\r\n"
            ">>>  Section start 2024/11/20 14:00:00.000\r\n"
            ">>>  [Setup online Device Install (Hardware initiated) - SWD\\WPDBUSENUM\\_??_USBSTOR#Disk&Ven_"
            "Kingston&Prod_DataTraveler_3.0&Rev_PMAP#60A44C413A8CF2A0B9570035&0#{53f56307-b6bf-11d0}]\r\n"
            ">>>  Section start 2024/11/20 14:03:09.100\r\n")
    found = parse(text)
    assert [d.split("\\")[0] for d, _ in found] == ["USB", "USB", "USBSTOR", "SWD"]
    assert found[2][1] == "2024-11-20T14:03:07" and found[3][1] == "2024-11-20T14:03:09"


def test_format_3_2_logs_of_windows_10_and_11_are_read(tmp_path):
    import binascii
    import struct

    path = bw.unpack("python-evtx-system.evtx.xz", tmp_path / "System.evtx")
    data = bytearray(path.read_bytes())
    struct.pack_into("<H", data, 0x24, 2)  # minor version 2, as Windows 10/11 write
    struct.pack_into("<I", data, 0x7C, binascii.crc32(bytes(data[:0x78])) & 0xFFFFFFFF)
    path.write_bytes(bytes(data))
    assert sum(1 for _ in windows_evtx.events(path, {7040})) == 102
    struct.pack_into("<I", data, 0x7C, 0)  # a wrong header checksum still fails
    path.write_bytes(bytes(data))
    with pytest.raises(OSError):
        list(windows_evtx.events(path, {7040}))


# --- mapping of event fields to findings ------------------------------------------------------------------
# No freely licensed log of these channels exists (see MANIFEST.md). The logs below are the real
# System.evtx under the channel's name, so the file checks run for real; only the records python-evtx
# yields are replaced by records with the fields and values seen in real Windows 11 logs.

def _events_from(table):
    def fake(path, wanted_ids, needle=None, distinct=False):
        for ev in table.get(path.name, []):
            if ev["event_id"] in wanted_ids:
                yield windows_evtx.Event(ev, times=[ev["time"]]) if distinct else windows_evtx.Event(ev)
    return fake


def test_partition_dfum_wlan_and_networkprofile_fields_become_findings(tmp_path, hivex, monkeypatch):
    software = {bw.NETWORK_LIST + r"\Profiles\{5737EAEA-782D-4E67-A998-BF231E4C1753}": [
        '"ProfileName"="Network"', '"NameType"=dword:00000006',
        '"DateLastConnected"=' + bw.systemtime(dt.datetime(2024, 11, 15, 14, 28, 41))]}
    root = bw.windows_disk(tmp_path / "c", hivex, software=software)
    for name in (windows_evtx.PARTITION, windows_evtx.DFUM, windows_evtx.WLAN, windows_evtx.NETPROFILE):
        bw.unpack("python-evtx-system.evtx.xz", root / windows_evtx.LOGS / name)
    nvme = {"event_id": 1006, "time": "2024-11-15T07:17:41Z", "ParentId": "PCI\\VEN_1987&DEV_5013\\4&3acccc39&0&00E4",
            "Capacity": "1024209543168", "Model": "MLD M300 NVMe SSD", "xml": ""}
    stick = {"event_id": 1006, "time": "2024-11-16T09:00:00Z", "Manufacturer": "Kingston",
             "Model": "DataTraveler 3.0", "Capacity": "15502147584", "SerialNumber": "60A44C413A8CF2A0B9570035",
             "ParentId": "USB\\VID_0951&PID_1666\\60A44C413A8CF2A0B9570035", "xml": ""}
    dfum = {"event_id": 2003, "time": "2024-11-17T10:00:00Z", "xml": "<UMDFHostDeviceArrivalBegin><InstanceId>"
            "WPDBUSENUMROOT\\UMB\\2&37C186B&0&STORAGE#VOLUME#_??_USBSTOR#DISK&VEN_SANDISK&PROD_ULTRA&REV_1.00"
            "#4C530001150421110292&0#</InstanceId></UMDFHostDeviceArrivalBegin>"}
    wifi = {"event_id": 8001, "time": "2024-11-18T11:00:00Z", "ProfileName": "CafeHanoi", "SSID": "CafeHanoi",
            "xml": ""}
    known = {"event_id": 10000, "time": "2024-11-15T07:17:44Z", "Name": "Network",
             "Guid": "{5737eaea-782d-4e67-a998-bf231e4c1753}", "Category": "0", "xml": ""}
    deleted = {"event_id": 10000, "time": "2024-11-19T12:00:00Z", "Name": "Cafe 2",
               "Guid": "{11111111-782d-4e67-a998-bf231e4c1753}", "Category": "0", "xml": ""}
    monkeypatch.setattr(windows_evtx, "events", _events_from({
        windows_evtx.PARTITION: [nvme, stick], windows_evtx.DFUM: [dfum], windows_evtx.WLAN: [wifi],
        windows_evtx.NETPROFILE: [known, deleted]}))
    verdict = check(root)
    by_serial = {f.evidence.get("serial"): f for f in verdict.findings if f.rule == "usb.unapproved_history"}
    assert set(by_serial) == {"60A44C413A8CF2A0B9570035", "4C530001150421110292"}  # not the NVMe disk
    assert "0951:1666" in by_serial["60A44C413A8CF2A0B9570035"].summary
    assert by_serial["4C530001150421110292"].evidence["first_seen"] == "2024-11-17T10:00:00Z"
    summaries = [f.summary for f in verdict.findings]
    assert any('SSID "CafeHanoi"' in s and "18/11/2024 11:00 UTC" in s for s in summaries)
    warns = [f for f in verdict.findings if f.severity == "warn"]
    assert len(warns) == 1 and "Cafe 2" in warns[0].summary  # "Network" is judged by its registry profile
    assert any('"Network"' in f.summary and f.severity == "block" for f in verdict.findings)
