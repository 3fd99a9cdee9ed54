import datetime as dt
import struct

from app.hwcheck import Policy, run_check
from app.hwcheck.probes.leases import parse_dhcp_message

UTC = dt.timezone.utc

WIFI = """[connection]
id=Wifi Co Quan
uuid=1f0e2d3c-4b5a-6978-8796-a5b4c3d2e1f0
type=wifi
timestamp=1717400000

[wifi]
mode=infrastructure
ssid=UBND-Tang3

[wifi-security]
key-mgmt=wpa-psk
psk=matkhau123
"""

WIRED_UNUSED = """[connection]
id=Wired connection 1
uuid=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee
type=ethernet

[ethernet]
mac-address=52:54:00:12:34:56
"""

GSM_OLD = """[connection]
id=Viettel 4G
uuid=0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0
type=gsm

[gsm]
apn=v-internet
"""


def check(root, only, **policy):
    return run_check(root, Policy.from_strings(**policy), only=only)


def write(path, text, mode="w"):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_networkmanager_keyfiles(system_root):
    nm = system_root / "etc/NetworkManager/system-connections"
    write(nm / "Wifi Co Quan.nmconnection", WIFI)
    write(nm / "Wired connection 1.nmconnection", WIRED_UNUSED)
    write(nm / "Viettel 4G.nmconnection", GSM_OLD)
    write(system_root / "var/lib/NetworkManager/timestamps",
          "[timestamps]\n0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0=1600000000\n")
    verdict = check(system_root, ["network_profiles"])
    found = {f.evidence["name"]: f for f in verdict.findings}
    wifi = found["Wifi Co Quan"]
    assert wifi.rule == "internet.network_profile" and wifi.severity == "block"
    assert wifi.evidence["ssid"] == "UBND-Tang3" and wifi.evidence["type"] == "wifi"
    assert wifi.evidence["last_connected"] == "2024-06-03T07:33:20Z"
    assert "UBND-Tang3" in wifi.summary and "03/06/2024" in wifi.summary
    assert "psk" not in str(dict(wifi.evidence))  # passwords are not evidence
    assert found["Viettel 4G"].evidence["last_connected"] == "2020-09-13T12:26:40Z"
    assert found["Wired connection 1"].severity == "warn"
    allowed = check(system_root, ["network_profiles"], allowed_lan_macs=["52-54-00-12-34-56"])
    assert {f.evidence["name"]: f.severity for f in allowed.findings}["Wired connection 1"] == "info"


def test_iwd_and_wpa_supplicant(system_root):
    write(system_root / "var/lib/iwd/NhaRieng.psk", "[Security]\nPassphrase=x\n")
    write(system_root / "var/lib/iwd/=5175c3a16e2043c3a0.open", "")  # hex-encoded SSID
    write(system_root / "etc/wpa_supplicant/wpa_supplicant-wlan0.conf",
          'ctrl_interface=/run/wpa_supplicant\nnetwork={\n  ssid="QuanCafe"\n  psk="x"\n}\n'
          'network={\n  ssid=48656c6c6f\n  key_mgmt=NONE\n}\n')
    verdict = check(system_root, ["network_profiles"])
    ssids = sorted(f.evidence["ssid"] for f in verdict.findings)
    assert ssids == ["Hello", "NhaRieng", "QuanCafe", "Quán Cà"]
    assert all(f.severity == "block" for f in verdict.findings)


DHCLIENT = """lease {
  interface "enp3s0";
  fixed-address 192.168.1.23;
  option subnet-mask 255.255.255.0;
  option routers 192.168.1.1;
  option dhcp-server-identifier 192.168.1.1;
  renew 2 2024/05/07 01:02:03;
  expire 3 2024/05/08 01:02:03;
}
"""

INTERNAL = "# This is private data. Do not parse.\nADDRESS=10.0.0.7\nNETMASK=255.255.255.0\n" \
           "ROUTER=10.0.0.1\nSERVER_ADDRESS=10.0.0.1\nT1=1800\n"


def dhcp_message(yiaddr="172.16.5.9", router="172.16.5.1", server="172.16.5.1") -> bytes:
    def ip(s):
        return bytes(int(x) for x in s.split("."))
    head = struct.pack("!BBBBIHH", 2, 1, 6, 0, 0x1234, 0, 0) + b"\0" * 4 + ip(yiaddr) + b"\0" * 8
    head += b"\0" * 16 + b"\0" * 192
    opts = b"\x63\x82\x53\x63" + bytes([53, 1, 5, 3, 4]) + ip(router) + bytes([54, 4]) + ip(server) + b"\xff"
    return head + opts


def test_leases_of_every_client(system_root):
    write(system_root / "var/lib/dhcp/dhclient.enp3s0.leases", DHCLIENT)
    write(system_root / "var/lib/dhcp/dhclient.leases", "")  # created at install: no lease
    write(system_root / "var/lib/NetworkManager/internal-1f0e2d3c-4b5a-6978-8796-a5b4c3d2e1f0-wlp2s0.lease",
          INTERNAL)
    write(system_root / "var/lib/dhcpcd/eth0.lease", dhcp_message())
    write(system_root / "var/lib/systemd/network/leases/2", INTERNAL.replace("10.0.0.7", "10.9.9.9"))
    verdict = check(system_root, ["leases"])
    found = {f.evidence["address"]: f for f in verdict.findings}
    assert set(found) == {"192.168.1.23", "10.0.0.7", "172.16.5.9", "10.9.9.9"}
    assert all(f.rule == "internet.dhcp_lease" and f.severity == "block" for f in found.values())
    dhclient = found["192.168.1.23"].evidence
    assert (dhclient["interface"], dhclient["router"], dhclient["expire"]) == ("enp3s0", "192.168.1.1",
                                                                              "2024-05-08T01:02:03Z")
    assert found["10.0.0.7"].evidence["interface"] == "wlp2s0"
    assert found["172.16.5.9"].evidence["client"] == "dhcpcd"
    assert found["172.16.5.9"].evidence["router"] == "172.16.5.1"


def test_dhcp_message_parser_rejects_other_bytes():
    assert parse_dhcp_message(b"not a lease") is None
    assert parse_dhcp_message(dhcp_message())["address"] == "172.16.5.9"
