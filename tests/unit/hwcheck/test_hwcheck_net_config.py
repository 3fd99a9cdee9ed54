"""Network configuration beyond NetworkManager keyfiles (issue 9 §3): netplan, NM profiles made by
``nmcli --offline`` (VPN, WireGuard, GSM, Bluetooth PAN), NM ``timestamps``/``seen-bssids`` of deleted
profiles, systemd-networkd, ifupdown, OpenVPN/WireGuard/dial-up, BlueZ pairings. Each dirty machine has
a clean twin made the same way."""
from netlogs_helpers import blocks, check, put

from tests.tooling import require_tool

NM = "etc/NetworkManager/system-connections"


def summaries(verdict, severity="block"):
    return [f.summary for f in verdict.findings if f.severity == severity]


def test_nmcli_profiles_vpn_wireguard_gsm_bluetooth(system_root):
    for name in ("VPN-Cty", "wg-nha", "Viettel-4G", "Galaxy-A52-Network"):
        put(system_root, f"{NM}/{name}.nmconnection", f"nm/{name}.nmconnection")
    verdict = check(system_root, ["network_profiles"])
    text = "\n".join(summaries(verdict))
    assert "vpn.congty.com.vn" in text and "openvpn" in text  # server read from [vpn] remote=
    assert "vpn.nharieng.example.net" in text  # [wireguard-peer.*] endpoint=
    assert "Viettel-4G" in text and "Galaxy-A52-Network" in text
    assert len(blocks(verdict)) == 4
    assert "yAnz5TF" not in str([dict(f.evidence) for f in verdict.findings])  # no private key as evidence


def test_deleted_profile_left_in_timestamps_and_seen_bssids(system_root):
    put(system_root, "var/lib/NetworkManager/timestamps", "nm/timestamps")
    put(system_root, "var/lib/NetworkManager/seen-bssids", "nm/seen-bssids")
    put(system_root, f"{NM}/LAN-VanPhong.nmconnection", "nm/LAN-VanPhong.nmconnection")
    verdict = check(system_root, ["network_profiles"])
    deleted = [f for f in verdict.findings if "2c4e6a8b-0d1f-4e3a-9b5c-6d7e8f901234" in f.summary]
    assert len(deleted) == 1 and deleted[0].severity == "block"
    assert "F8:1A:67:AA:BB:01, F8:1A:67:AA:BB:02" in deleted[0].summary and "01/03/2024" in deleted[0].summary
    # Cafe-Tang1 (3d9a…) was deleted too: its timestamp and BSSID survive
    cafe = [f for f in verdict.findings if "3d9a1c2e" in f.summary]
    assert cafe and cafe[0].severity == "block" and "A4:2B:B0:11:22:33" in cafe[0].summary
    # the registered LAN profile: its UUID (kept in timestamps) is not a deleted profile
    assert not [f for f in verdict.findings if "5a7b9c1d" in f.summary and f.severity == "block"]


def test_lan_profile_passes_by_mac_or_uuid_only(system_root):
    put(system_root, f"{NM}/LAN-VanPhong.nmconnection", "nm/LAN-VanPhong.nmconnection")
    put(system_root, "var/lib/NetworkManager/timestamps", "nm/timestamps")
    default = check(system_root, ["network_profiles"])
    lan = [f for f in default.findings if f.evidence.get("name") == "LAN-VanPhong"]
    assert lan[0].severity == "block"  # used (timestamp) and not registered
    for policy in ({"allowed_lan_macs": ["00:E0:4C:68:00:01"]},
                   {"allowed_lan_uuids": ["5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"]}):
        allowed = check(system_root, ["network_profiles"], **policy)
        lan = [f for f in allowed.findings if f.evidence.get("name") == "LAN-VanPhong"]
        assert lan[0].severity == "info" and "mạng LAN độc lập" in lan[0].summary
    # the interface name with the LAN's subnet: the profile's static address 10.10.0.23/24 lies in it
    allowed = check(system_root, ["network_profiles"], allowed_lan_interfaces=["enx00e04c680001@10.10.0.0/24"])
    assert [f for f in allowed.findings if f.evidence.get("name") == "LAN-VanPhong"][0].severity == "info"
    other = check(system_root, ["network_profiles"], allowed_lan_interfaces=["enx00e04c680001@10.20.0.0/24"])
    assert [f for f in other.findings if f.evidence.get("name") == "LAN-VanPhong"][0].severity == "block"


def test_netplan_ubuntu_nm_wifi_modem_wireguard(system_root):
    put(system_root, "etc/netplan", "netplan/dirty")
    verdict = check(system_root, ["netplan"])
    text = "\n".join(summaries(verdict))
    assert 'SSID "Cafe-Tang1"' in text and "03/06/2024" in text
    assert "cdc-wdm0" in text  # mobile broadband modem
    assert "14.225.8.9" in text  # WireGuard peer endpoint
    assert len(blocks(verdict)) == 3


def test_netplan_clean_lan_and_broken_file(system_root):
    put(system_root, "etc/netplan", "netplan/clean")
    verdict = check(system_root, ["netplan"], allowed_lan_macs=["00:e0:4c:68:00:01"])
    assert verdict.passed and verdict.findings[0].severity == "info"
    by_iface = check(system_root, ["netplan"], allowed_lan_interfaces=["lan0@10.10.0.0/24"])
    assert by_iface.passed
    wrong_net = check(system_root, ["netplan"], allowed_lan_interfaces=["lan0@192.168.5.0/24"])
    assert not [f for f in wrong_net.findings if f.severity == "info"]
    put(system_root, "etc/netplan/99-broken.yaml", "netplan/broken.yaml")
    broken = check(system_root, ["netplan"], allowed_lan_macs=["00:e0:4c:68:00:01"])
    failed = [f for f in broken.findings if f.rule == "probe.failed"]
    assert failed and failed[0].severity == "block" and "99-broken.yaml" in failed[0].source


def test_networkd_wifi_and_wireguard_versus_lan(system_root):
    put(system_root, "etc/systemd/network", "networkd/dirty")
    verdict = check(system_root, ["networkd"])
    text = "\n".join(summaries(verdict))
    assert 'SSID "NhaRieng-5G"' in text and "vpn.nharieng.example.net" in text
    clean_root = system_root.parent / "clean"
    clean_root.mkdir()
    put(clean_root, "etc/systemd/network", "networkd/clean")
    assert check(clean_root, ["networkd"], allowed_lan_macs=["00:e0:4c:68:00:01"]).passed
    assert check(clean_root, ["networkd"]).passed  # an unused wired profile warns, does not block


def test_ifupdown_wifi_and_dialup_versus_static_lan(system_root):
    put(system_root, "etc/network/interfaces", "ifupdown/interfaces.dirty")
    verdict = check(system_root, ["network_profiles"])
    text = "\n".join(summaries(verdict))
    assert "Phong-Hop" in text and "vinaphone" in text
    assert "matkhau123" not in str([dict(f.evidence) for f in verdict.findings])
    clean = system_root.parent / "clean"
    clean.mkdir()
    put(clean, "etc/network/interfaces", "ifupdown/interfaces.clean")
    assert check(clean, ["network_profiles"], allowed_lan_macs=["00:e0:4c:68:00:01"]).passed
    assert check(clean, ["network_profiles"], allowed_lan_interfaces=["enx00e04c680001@10.10.0.0/24"]).passed


def test_openvpn_wireguard_and_dialup(system_root):
    put(system_root, "etc/openvpn/client/congty.conf", "vpn/client.conf")
    put(system_root, "etc/wireguard/wg0.conf", "vpn/wg0.conf")
    put(system_root, "etc/ppp/peers/vinaphone", "vpn/vinaphone")
    put(system_root, "etc/chatscripts/vinaphone", "vpn/vinaphone.chat")
    put(system_root, "etc/ppp/peers/provider", "vpn/provider")  # Debian's unfilled template: not evidence
    verdict = check(system_root, ["vpn"])
    text = "\n".join(summaries(verdict))
    assert "vpn.congty.com.vn, 42.112.20.20" in text or "42.112.20.20, vpn.congty.com.vn" in text
    assert "vpn.nharieng.example.net" in text
    assert "*99#" in text and "m3-world" in text
    assert len(blocks(verdict)) == 3 and "provider" not in text


def test_vpn_to_lan_only_is_a_warning(system_root):
    put(system_root, "etc/wireguard/lan.conf", "vpn/lan-tunnel.conf")
    verdict = check(system_root, ["vpn"])
    assert verdict.passed and verdict.findings[0].severity == "warn"


def test_bluetooth_phone_blocks_keyboard_and_mouse_pass(system_root):
    put(system_root, "var/lib/bluetooth", "bluetooth/dirty")
    verdict = check(system_root, ["bluetooth"])
    phone = [f for f in verdict.findings if f.severity == "block"]
    assert len(phone) == 1 and "Galaxy A52" in phone[0].summary and "5C:CB:99:12:34:56" in phone[0].summary
    assert "NAP" in phone[0].summary and phone[0].rule == "network.tethering_history"
    clean = system_root.parent / "clean"
    clean.mkdir()
    put(clean, "var/lib/bluetooth", "bluetooth/clean")
    verdict = check(clean, ["bluetooth"])
    assert verdict.passed and {f.evidence["name"] for f in verdict.findings} == {"Logitech K380", "MX Anywhere 3"}


def test_profiles_written_now_by_nmcli(system_root):
    """The installed nmcli writes the keyfiles this check reads (guards against format drift)."""
    import subprocess

    nmcli = require_tool("nmcli", "network-manager")
    folder = system_root / NM
    folder.mkdir(parents=True)
    for name, args in (("hotspot", ["type", "wifi", "ssid", "Dien thoai cua An", "ifname", "wlan0"]),
                       ("vpn", ["type", "vpn", "vpn-type", "openvpn", "vpn.data", "remote=gw.example.org:443"]),
                       ("lan", ["type", "ethernet", "ethernet.mac-address", "00:E0:4C:68:00:01",
                                "ipv4.method", "manual", "ipv4.addresses", "10.10.0.23/24"])):
        out = subprocess.run([nmcli, "--offline", "connection", "add", "con-name", name, *args],
                             capture_output=True, text=True, check=True).stdout
        (folder / f"{name}.nmconnection").write_text(out)
    verdict = check(system_root, ["network_profiles"], allowed_lan_macs=["00:e0:4c:68:00:01"])
    summaries_all = "\n".join(f.summary for f in verdict.findings)
    assert 'SSID "Dien thoai cua An"' in summaries_all and "gw.example.org" in summaries_all
    assert sorted(f.severity for f in verdict.findings) == ["block", "block", "info"]


def test_real_dhclient_leases_lan_server_versus_home_router(system_root):
    """dhclient leases from dnsmasq in network namespaces: the LAN's server passes once registered,
    the home router's lease never does."""
    put(system_root, "var/lib/dhcp/dhclient.enx00e04c680001.leases", "dhclient.enx00e04c680001.leases")
    put(system_root, "var/lib/dhcp/dhclient.enp3s0.leases", "dhclient.enp3s0.leases")
    verdict = check(system_root, ["leases"], allowed_lan_dhcp_servers=["10.10.0.1"])
    by_iface = {f.evidence["interface"]: f for f in verdict.findings}
    assert by_iface["enx00e04c680001"].severity == "info" and "10.10.0.1" in by_iface["enx00e04c680001"].summary
    assert by_iface["enp3s0"].severity == "block" and "192.168.1.1" in by_iface["enp3s0"].summary
    # an interface name with the LAN's subnet also names it; the same name with the router's does not pass
    verdict = check(system_root, ["leases"], allowed_lan_interfaces=["enx00e04c680001@10.10.0.0/24",
                                                                     "enp3s0@10.10.0.0/24"])
    assert sorted(f.severity for f in verdict.findings) == ["block", "info"]
