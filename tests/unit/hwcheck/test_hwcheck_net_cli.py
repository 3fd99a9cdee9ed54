"""``somat check`` LAN allowances: a machine of the registered mạng LAN độc lập (USB Ethernet adapter,
real dhclient lease from the LAN's dnsmasq, NM profile and journal) passes once the policy names the LAN;
weak or wildcard allowances are refused with a Vietnamese message (exit code 2)."""
import json

from netlogs_helpers import put, put_journal

from app.cli.main import main
from tests.tooling import require_tool

LAN_UUID = "5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"


def lan_machine(root):
    put(root, "etc/NetworkManager/system-connections/LAN-VanPhong.nmconnection", "nm/LAN-VanPhong.nmconnection")
    put(root, "var/lib/dhcp/dhclient.enx00e04c680001.leases", "dhclient.enx00e04c680001.leases")
    put(root, "home/an/.bash_history", "home/clean/.bash_history")
    put(root, "var/lib/bluetooth", "bluetooth/clean")
    put(root, "etc/netplan", "netplan/clean")
    put_journal(root, "clean")
    return root


ONLY_NET = ["--tag-machine-id", "5b2f6d0e9c8a4e1f8d7c6b5a49382716"]


def run(capsys, *args):
    code = main(["check", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_lan_machine_passes_only_with_its_lan_registered(system_root, capsys):
    require_tool("journalctl", "systemd")
    root = str(lan_machine(system_root))
    code, out, _ = run(capsys, "--root", root, "--json", *ONLY_NET)
    assert code == 1
    blocking = [f for f in json.loads(out)["findings"] if f["severity"] == "block"]
    assert {f["rule"] for f in blocking} >= {"internet.dhcp_lease", "internet.log_history"}
    code, out, err = run(capsys, "--root", root, "--json", *ONLY_NET, "--allow-lan-uuid", LAN_UUID,
                         "--allow-lan-dhcp-server", "10.10.0.1", "--allow-lan-mac", "00:e0:4c:68:00:01")
    assert code == 0, out
    code, out, err = run(capsys, "--root", root, "--json", *ONLY_NET,
                         "--allow-lan-interface", "enx00e04c680001@10.10.0.1", "lan0@10.10.0.0/24")
    # the lease and the NM log pass by interface + DHCP server, netplan's lan0 by interface + subnet;
    # the keyfile (never used: no timestamp) only warns
    assert code == 0, out
    warned = [f for f in json.loads(out)["findings"] if f["severity"] == "warn" and "LAN-VanPhong" in f["summary"]]
    assert warned


def test_wildcard_and_bare_interface_are_usage_errors(system_root, capsys):
    code, _, err = run(capsys, "--root", str(system_root), "--allow-lan-host", "*.gov.vn")
    assert code == 2 and "ký tự đại diện" in err and "Traceback" not in err
    code, _, err = run(capsys, "--root", str(system_root), "--allow-lan-interface", "eth0")
    assert code == 2 and "chỉ tên giao diện" in err
    code, _, err = run(capsys, "--root", str(system_root), "--allow-lan-host", "8.8.8.0/24")
    assert code == 2 and "riêng" in err
