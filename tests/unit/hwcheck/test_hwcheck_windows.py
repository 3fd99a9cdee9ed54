"""A mounted Windows disk: USB drives, phones, tethering and networks from hives made by hivexregedit
(real regf files read back by regipy), each failing scenario with its clean twin."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from app.hwcheck.model import Policy
from app.hwcheck.runner import run_check
from tests.tooling import require_tool

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures" / "hwcheck" / "windows"))
import build_windows as bw  # noqa: E402

UTC = dt.timezone.utc
WINDOWS_PROBES = ("root_layout", "windows_usb", "windows_network", "windows_remote")
STICK = r"ControlSet001\Enum\USBSTOR\Disk&Ven_SanDisk&Prod_Cruzer_Blade&Rev_1.00\4C530001230807117113&0"
STICK_USB = r"ControlSet001\Enum\USB\VID_0781&PID_5567\4C530001230807117113"
PROPS = r"\Properties\{83da6326-97a6-4088-9453-a1923f573b29}"
GATEWAY = bytes.fromhex("001a2b3c4d5e")


@pytest.fixture
def hivex():
    return require_tool("hivexregedit", "libwin-hivex-perl")


def check(root: Path, policy: Policy = Policy()):
    return run_check(root, policy, only=WINDOWS_PROBES)


def blocks(verdict):
    return [f for f in verdict.findings if f.severity == "block"]


def stick(serial_key: str = STICK, usb_key: str = STICK_USB) -> dict:
    return {
        serial_key: ['"FriendlyName"="SanDisk Cruzer Blade USB Device"', '"Service"="disk"'],
        serial_key + PROPS + r"\0064": ["@=" + bw.filetime_prop(dt.datetime(2024, 3, 1, 8, 0, tzinfo=UTC))],
        serial_key + PROPS + r"\0066": ["@=" + bw.filetime_prop(dt.datetime(2025, 6, 2, 9, 30, tzinfo=UTC))],
        usb_key: ['"Service"="USBSTOR"', '"DeviceDesc"="USB Mass Storage Device"'],
        "MountedDevices": ['"\\\\DosDevices\\\\E:"=' + bw.utf16(
            "\\??\\USBSTOR#Disk&Ven_SanDisk&Prod_Cruzer_Blade&Rev_1.00#4C530001230807117113&0#"
            "{53f56307-b6bf-11d0-94f2-00a0c91efb8b}")],
    }


def test_clean_windows_disk_passes(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex)
    verdict = check(root)
    assert verdict.passed, [f.summary for f in verdict.findings]
    assert verdict.findings == ()


def test_usb_stick_in_usbstor_blocks_with_serial_ids_and_times(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex, system=stick())
    verdict = check(root)
    [finding] = blocks(verdict)
    assert finding.rule == "usb.unapproved_history"
    assert "4C530001230807117113" in finding.summary and "0781:5567" in finding.summary
    assert "01/03/2024 08:00 UTC" in finding.summary and "02/06/2025 09:30 UTC" in finding.summary
    assert finding.evidence["drive_letters"] == ["E:"]
    assert finding.evidence["model"] == "Cruzer Blade"


def test_approved_usb_stick_passes(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex, system=stick())
    verdict = check(root, Policy.from_strings(approved_usb=["0781:5567:4c530001230807117113"]))
    assert verdict.passed
    [finding] = verdict.findings
    assert finding.severity == "info" and "4C530001230807117113" in finding.summary


def test_windows_invented_serial_is_never_approved(tmp_path, hivex):
    invented = r"ControlSet001\Enum\USBSTOR\Disk&Ven_Generic&Prod_Flash_Disk&Rev_8.07\7&2a3b4c5d&0"
    system = {invented: ['"FriendlyName"="Generic Flash Disk USB Device"']}
    root = bw.windows_disk(tmp_path / "c", hivex, system=system)
    verdict = check(root, Policy.from_strings(approved_usb=["7&2a3b4c5d&0"]))
    [finding] = blocks(verdict)
    assert "7&2a3b4c5d&0" in finding.summary


def test_paths_match_without_case_on_a_case_sensitive_copy(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex, system=stick(), lower_case=True)
    assert (root / "windows/system32/config/system").is_file()
    assert "4C530001230807117113" in blocks(check(root))[0].summary


def test_empty_card_reader_warns_and_with_a_card_blocks(tmp_path, hivex):
    reader = r"ControlSet001\Enum\USBSTOR\Disk&Ven_Generic-&Prod_SD_MMC&Rev_1.00\20120926571200000&0"
    system = {reader: ['"FriendlyName"="Generic- SD/MMC USB Device"']}
    empty = check(bw.windows_disk(tmp_path / "a", hivex, system=system))
    assert empty.passed
    [warn] = empty.findings
    assert warn.severity == "warn" and "20120926571200000" in warn.summary
    with_card = {**system, "MountedDevices": ['"\\\\DosDevices\\\\F:"=' + bw.utf16(
        "\\??\\USBSTOR#Disk&Ven_Generic-&Prod_SD_MMC&Rev_1.00#20120926571200000&0#{53f56307-b6bf}")]}
    used = check(bw.windows_disk(tmp_path / "b", hivex, system=with_card))
    [finding] = blocks(used)
    assert finding.rule == "usb.unapproved_history" and finding.evidence["drive_letters"] == ["F:"]


def test_mtp_phone_and_rndis_tethering_block(tmp_path, hivex):
    system = {
        r"ControlSet001\Enum\USB\VID_04E8&PID_6860\R58M12ABCDE": [
            '"Service"="WUDFWpdMtp"', '"FriendlyName"="Galaxy A52"'],
        r"ControlSet001\Enum\USB\VID_22D9&PID_276A\f1e2d3c4": [
            '"Service"="usb_rndis"', '"DeviceDesc"="Remote NDIS based Internet Sharing Device"'],
    }
    verdict = check(bw.windows_disk(tmp_path / "c", hivex, system=system))
    found = {f.rule: f for f in blocks(verdict)}
    assert "R58M12ABCDE" in found["usb.unapproved_history"].summary
    assert "Galaxy A52" in found["usb.unapproved_history"].summary
    assert "f1e2d3c4" in found["network.tethering_history"].summary


def _profile(guid: str, name: str, name_type: int, mac: bytes | None = None, ssid: str | None = None) -> dict:
    profiles = bw.NETWORK_LIST + r"\Profiles" + "\\" + guid
    sig = bw.NETWORK_LIST + r"\Signatures\Unmanaged\010103000F0000F0080000000F0000F0" + guid[1:9]
    sig_values = [f'"ProfileGuid"="{guid}"', f'"Description"="{name}"']
    if mac:
        sig_values.append('"DefaultGatewayMac"=' + bw.binary(mac))
    if ssid:
        sig_values.append(f'"FirstNetwork"="{ssid}"')
    return {
        profiles: [f'"ProfileName"="{name}"', f'"NameType"=dword:{name_type:08x}',
                   '"DateCreated"=' + bw.systemtime(dt.datetime(2023, 5, 4, 10, 11, 12)),
                   '"DateLastConnected"=' + bw.systemtime(dt.datetime(2025, 1, 2, 3, 4, 5))],
        sig: sig_values,
    }


def test_wifi_and_mobile_broadband_profiles_block_with_ssid(tmp_path, hivex):
    software = {**_profile("{AAAAAAAA-0000-0000-0000-000000000001}", "CafeHanoi", 71, ssid="CafeHanoi"),
                **_profile("{AAAAAAAA-0000-0000-0000-000000000002}", "Viettel", 243)}
    verdict = check(bw.windows_disk(tmp_path / "c", hivex, software=software))
    summaries = " | ".join(f.summary for f in blocks(verdict))
    assert len(blocks(verdict)) == 2
    assert 'SSID "CafeHanoi"' in summaries and "Viettel" in summaries and "mạng di động" in summaries
    assert "02/01/2025 03:04" in summaries


def test_wired_profile_blocks_unless_its_gateway_is_the_registered_lan(tmp_path, hivex):
    software = _profile("{BBBBBBBB-0000-0000-0000-000000000001}", "Network 2", 6, mac=GATEWAY)
    root = bw.windows_disk(tmp_path / "c", hivex, software=software)
    [finding] = blocks(check(root))
    assert finding.rule == "internet.network_profile" and "Network 2" in finding.summary
    allowed = check(root, Policy.from_strings(allowed_lan_macs=["00:1a:2b:3c:4d:5e"]))
    assert allowed.passed
    assert [f.severity for f in allowed.findings] == ["info"]


def _dhcp_system() -> dict:
    iface = r"ControlSet001\Services\Tcpip\Parameters\Interfaces\{11111111-2222-3333-4444-555555555555}"
    return {iface: ['"EnableDHCP"=dword:00000001', '"DhcpIPAddress"="192.168.1.23"',
                    '"DhcpServer"="192.168.1.1"', '"DhcpDomain"="home"', '"LeaseObtainedTime"=dword:65a1b2c3',
                    '"DhcpGatewayHardware"=' + bw.binary(bytes([192, 168, 1, 1, 6, 0, 0, 0]) + GATEWAY)]}


def test_dhcp_lease_blocks_unless_from_the_registered_lan(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex, system=_dhcp_system())
    [finding] = blocks(check(root))
    assert finding.rule == "internet.dhcp_lease"
    assert "192.168.1.23" in finding.summary and "192.168.1.1" in finding.summary and "Ethernet" in finding.summary
    assert finding.evidence["lease_obtained"] == "2024-01-12T21:44:35Z"  # 0x65a1b2c3 Unix seconds
    allowed = check(root, Policy.from_strings(allowed_lan_macs=["00-1A-2B-3C-4D-5E"]))
    assert allowed.passed and [f.severity for f in allowed.findings] == ["info"]


WLAN_XML = """<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>Nha Rieng</name>
  <SSIDConfig><SSID><hex>4E686152696567</hex><name>NhaRieng-5G</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType>
</WLANProfile>
"""


def test_wlansvc_profile_blocks_with_ssid_and_merges_with_networklist(tmp_path, hivex):
    software = _profile("{CCCCCCCC-0000-0000-0000-000000000001}", "NhaRieng-5G", 71, ssid="NhaRieng-5G")
    files = {"ProgramData/Microsoft/Wlansvc/Profiles/Interfaces/{9A8B7C6D-0000-0000-0000-000000000000}/"
             "{12345678-0000-0000-0000-000000000000}.xml": WLAN_XML}
    only_xml = check(bw.windows_disk(tmp_path / "a", hivex, files=files))
    [finding] = blocks(only_xml)
    assert 'SSID "NhaRieng-5G"' in finding.summary
    both = check(bw.windows_disk(tmp_path / "b", hivex, software=software, files=files))
    [merged] = blocks(both)
    assert len(merged.evidence["evidence"]) == 2


def test_missing_or_corrupt_registry_fails_closed(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex)
    (root / "Windows/System32/config/SOFTWARE").unlink()
    [finding] = blocks(check(root))
    assert finding.rule == "probe.failed" and "SOFTWARE" in finding.summary
    root2 = bw.windows_disk(tmp_path / "d", hivex)
    system = root2 / "Windows/System32/config/SYSTEM"
    system.write_bytes(b"\0" * 8192)
    failed = blocks(check(root2))
    assert failed and all(f.rule == "probe.failed" for f in failed)
    assert any("regf" in f.summary for f in failed)


def test_fifo_in_place_of_a_hive_fails_closed_without_hanging(tmp_path, hivex):
    import os

    root = bw.windows_disk(tmp_path / "c", hivex)
    system = root / "Windows/System32/config/SYSTEM"
    system.unlink()
    os.mkfifo(system)
    failed = blocks(check(root))
    assert failed and all(f.rule == "probe.failed" for f in failed)


def test_absolute_symlink_stays_inside_the_root(tmp_path, hivex):
    outside = bw.windows_disk(tmp_path / "outside", hivex, system=stick())
    root = bw.windows_disk(tmp_path / "c", hivex)
    config = root / "Windows/System32/config"
    (config / "SYSTEM").unlink()
    (config / "SYSTEM").symlink_to(outside / "Windows/System32/config/SYSTEM")  # absolute, outside
    failed = blocks(check(root))
    # resolved inside the root the link points nowhere: the SYSTEM hive is missing, fail closed
    assert failed and all(f.rule == "probe.failed" for f in failed)
    assert not any("4C530001230807117113" in f.summary for f in check(root).findings)


def test_linux_root_gets_no_windows_findings(system_root):
    verdict = run_check(system_root, only=("windows_usb", "windows_network", "windows_remote"))
    assert verdict.findings == ()


def test_real_windows7_system_hive_names_its_usb_drive(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex)
    bw.unpack("regipy-SYSTEM.xz", root / "Windows/System32/config/SYSTEM")
    verdict = check(root)
    usb = [f for f in blocks(verdict) if f.rule == "usb.unapproved_history"]
    assert len(usb) == 1
    assert "AA951D0000007252" in usb[0].summary and "03f0:3207" in usb[0].summary
    assert usb[0].evidence["drive_letters"] == ["E:"]
    approved = check(root, Policy.from_strings(approved_usb=["03f0:3207:AA951D0000007252"]))
    assert approved.passed


def test_full_check_of_a_clean_windows_disk_has_no_linux_log_gap(tmp_path, hivex):
    verdict = run_check(bw.windows_disk(tmp_path / "c", hivex))
    assert verdict.passed
    assert not [f for f in verdict.findings if "kern.log" in f.summary]


def test_deleted_setupapi_log_is_a_gap_that_strict_policy_blocks(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex)
    (root / "Windows/INF/setupapi.dev.log").unlink()
    [warn] = check(root).findings
    assert warn.severity == "warn" and "setupapi.dev.log" in warn.summary
    strict = check(root, Policy(strict_incomplete_evidence=True))
    assert not strict.passed


def test_bluetooth_phone_pairing_blocks_and_a_keyboard_does_not(tmp_path, hivex):
    devices = r"ControlSet001\Services\BTHPORT\Parameters\Devices"
    keyboard = {devices + r"\a0b1c2d3e4f5": ['"Name"=' + bw.binary(b"Logitech K380\0"), '"COD"=dword:00002540']}
    assert check(bw.windows_disk(tmp_path / "a", hivex, system=keyboard)).findings == ()
    phone = {**keyboard, devices + r"\3c2ef9112233": ['"Name"=' + bw.binary("iPhone của Lan\0".encode()),
                                                      '"COD"=dword:007a020c']}
    [finding] = blocks(check(bw.windows_disk(tmp_path / "b", hivex, system=phone)))
    assert finding.rule == "network.tethering_history"
    assert "iPhone của Lan" in finding.summary and "3c:2e:f9:11:22:33" in finding.summary


def test_portable_devices_and_readyboost_records_show_a_card_was_in_the_reader(tmp_path, hivex):
    reader = r"ControlSet001\Enum\USBSTOR\Disk&Ven_Generic-&Prod_SD_MMC&Rev_1.00\20120926571200000&0"
    wpd = (r"Microsoft\Windows Portable Devices\Devices\SWD#WPDBUSENUM#_??_USBSTOR#DISK&VEN_GENERIC-&PROD_SD_MMC"
           r"&REV_1.00#20120926571200000&0#{53F56307-B6BF-11D0-94F2-00A0C91EFB8B}")
    phone = (r"Microsoft\Windows Portable Devices\Devices\USB#VID_04E8&PID_6860&MS_COMP_MTP&SAMSUNG_ANDROID"
             r"#6&2f8b2a8&0&0000#{6AC27878-A6FA-4155-BA85-F98F491D4F33}")
    software = {wpd: ['"FriendlyName"="F:\\\\"'], phone: ['"FriendlyName"="Galaxy S21"']}
    verdict = check(bw.windows_disk(tmp_path / "c", hivex, system={reader: []}, software=software))
    found = {f.evidence.get("serial"): f for f in blocks(verdict)}
    assert found["20120926571200000"].rule == "usb.unapproved_history"  # not the empty-reader warning
    assert "Galaxy S21" in found["6&2f8b2a8&0&0000"].summary


WWAN_XML = """<?xml version="1.0"?>
<MBNProfile xmlns="http://www.microsoft.com/networking/WWAN/profile/v1">
  <Name>Viettel 4G</Name><IsDefault>true</IsDefault><ProfileCreationType>UserProvisioned</ProfileCreationType>
  <SubscriberID>452040123456789</SubscriberID><SimIccID>8984048000123456789</SimIccID>
  <Context><AccessString>v-internet</AccessString></Context>
</MBNProfile>
"""
PBK = ("[VPN Cong ty]\r\nEncoding=1\r\nPBVersion=4\r\nType=2\r\nPhoneNumber=vpn.congty.example.vn\r\n\r\n"
       "[FPT PPPoE]\r\nEncoding=1\r\nType=5\r\nPhoneNumber=\r\n")


def test_mobile_broadband_and_vpn_pppoe_phonebooks_block(tmp_path, hivex):
    files = {"ProgramData/Microsoft/WwanSvc/Profiles/{A1B2C3D4-0000-0000-0000-000000000000}.xml": WWAN_XML,
             "Users/an/AppData/Roaming/Microsoft/Network/Connections/Pbk/rasphone.pbk": PBK}
    found = sorted(f.summary for f in blocks(check(bw.windows_disk(tmp_path / "c", hivex, files=files))))
    assert len(found) == 3
    assert any("Viettel 4G" in s and "mạng di động" in s for s in found)
    assert any("VPN Cong ty" in s and "VPN" in s for s in found)
    assert any("FPT PPPoE" in s and "PPPoE" in s for s in found)


def test_regback_copies_keep_what_was_cleaned_from_the_live_hives(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex)
    regback = root / "Windows/System32/config/RegBack"
    bw.make_hive(regback / "SYSTEM", {**bw.clean_system(), **stick()}, hivex)
    bw.make_hive(regback / "SOFTWARE", {**bw.clean_software(), **_profile(
        "{DDDDDDDD-0000-0000-0000-000000000001}", "QuanCafe", 71, ssid="QuanCafe")}, hivex)
    found = {f.rule: f for f in blocks(check(root))}
    assert "4C530001230807117113" in found["usb.unapproved_history"].summary
    assert "RegBack" in found["usb.unapproved_history"].source
    assert 'SSID "QuanCafe"' in found["internet.network_profile"].summary
    assert "RegBack" in found["internet.network_profile"].source


def test_empty_regback_placeholders_of_windows_10_are_clean_and_junk_fails(tmp_path, hivex):
    root = bw.windows_disk(tmp_path / "c", hivex)
    regback = root / "Windows/System32/config/RegBack"
    regback.mkdir()
    (regback / "SYSTEM").write_bytes(b"")
    (regback / "SOFTWARE").write_bytes(b"")
    assert check(root).findings == ()
    (regback / "SYSTEM").write_bytes(b"\x00" * 4096)
    failed = blocks(check(root))
    assert failed and all(f.rule == "probe.failed" and "RegBack" in f.source for f in failed)


@pytest.mark.parametrize("cut", [1 << 20, 9 << 20])
def test_truncated_real_system_hive_fails_closed_naming_the_hive(tmp_path, hivex, cut):
    root = bw.windows_disk(tmp_path / "c", hivex)
    system = bw.unpack("regipy-SYSTEM.xz", root / "Windows/System32/config/SYSTEM")
    system.write_bytes(system.read_bytes()[:cut])
    failed = blocks(check(root))
    assert failed and all(f.rule == "probe.failed" for f in failed)
    assert any(f.source.endswith("config/SYSTEM") for f in failed)
