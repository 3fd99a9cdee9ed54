"""A hostile or damaged disk never hangs, never escapes the root, never crashes the network and log
probes: links resolve inside the root, special files and oversized files become probe.failed, and no
parser raises on arbitrary input."""
import datetime as dt
import io
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from netlogs_helpers import check

from app.hwcheck.probes import apt_history, bluetooth, logins, netplan, network_profiles, networkd, shell_traces, vpn
from app.hwcheck.probes.service_parsers import ServiceTally

FAST = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
MY_PROBES = ["netplan", "networkd", "vpn", "bluetooth", "service_logs", "logins", "apt_history",
             "remote_support", "shell_traces", "network_profiles"]


def test_absolute_symlink_resolves_inside_the_root(system_root, tmp_path):
    outside = tmp_path / "outside.conf"
    outside.write_text("[Peer]\nEndpoint = inspector-machine.example.com:51820\n")
    inside = system_root / str(outside).lstrip("/")
    inside.parent.mkdir(parents=True)
    inside.write_text("[Peer]\nEndpoint = disk-content.example.net:51820\n")
    (system_root / "etc/wireguard").mkdir(parents=True)
    os.symlink(str(outside), system_root / "etc/wireguard/wg0.conf")
    verdict = check(system_root, ["vpn"])
    assert "disk-content.example.net" in verdict.findings[0].summary
    assert "inspector-machine" not in str([f.to_dict() for f in verdict.findings])


def test_symlink_loop_device_node_and_oversized_file(system_root):
    (system_root / "etc/netplan").mkdir(parents=True)
    os.symlink("/etc/netplan/b.yaml", system_root / "etc/netplan/a.yaml")
    os.symlink("/etc/netplan/a.yaml", system_root / "etc/netplan/b.yaml")
    os.symlink("/dev/zero", system_root / "var/log/wtmp")  # inside the root: <root>/dev/zero
    (system_root / "dev").mkdir()
    os.mkfifo(system_root / "dev/zero")
    home = system_root / "home/an/.ssh"
    home.mkdir(parents=True)
    with open(home / "known_hosts", "wb") as fh:  # sparse 100 GB file
        fh.truncate(100 << 30)
    verdict = check(system_root, MY_PROBES)
    failed = sorted(f.source.rsplit("/", 1)[-1] for f in verdict.findings if f.rule == "probe.failed")
    assert failed == ["a.yaml", "b.yaml", "known_hosts", "wtmp"]
    assert all(f.severity == "block" for f in verdict.findings if f.rule == "probe.failed")


def test_unreadable_config_fails_closed(system_root):
    if os.geteuid() == 0:  # root reads anything: make the file unreadable another way (a folder)
        (system_root / "etc/ppp/peers/vinaphone").mkdir(parents=True)
    else:
        path = system_root / "etc/ppp/peers/vinaphone"
        path.parent.mkdir(parents=True)
        path.write_text("connect x")
        path.chmod(0)
    verdict = check(system_root, ["vpn"])
    assert [f.rule for f in verdict.findings] == ["probe.failed"]


FRAGMENTS = [b"network:", b"  wifis:", b"    wlan0:", b"      access-points:", b'        "x": {}', b"\n",
             b"[Match]", b"Name=wl*", b"SSID=", b"[WireGuardPeer]", b"Endpoint=", b"iface eth0 inet dhcp",
             b"  wpa-ssid ", b"remote a.b 1", b"[General]", b"Class=0x5a020c", b"Services=", b"[LinkKey]",
             b"NetworkManager[1]: ", b"device (wlan0): Activation: starting connection 'x' (", b"sshd[2]: ",
             b"Accepted password for a from 1.2.3.4 port 1 ssh2", b"Contacted time server ", b"|1|", b"curl ",
             b"ssh ", b"https://", b": 1:0;", b"- cmd: ", b"\xff", b"\x00", b"*", b"[", b"]", b":", b"@"]
blobs = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=30)), max_size=40).map(b"".join)


@FAST
@given(blobs)
def test_parsers_never_raise(data):
    text = data.decode("utf-8", "replace")
    try:
        doc = netplan.load_yaml(data)
    except Exception:  # noqa: BLE001 - a YAML error is a probe_failed, handled by the probe
        doc = None
    netplan.parse_netplan(doc, "x")
    netplan.parse_netplan({"network": {"wifis": {"w": {"access-points": text}}, "tunnels": [text]}}, "x")
    networkd.network_observation(networkd.parse_unit(text), "x", "x")
    network_profiles.parse_interfaces(text)
    network_profiles.split_bssids(text)
    bluetooth.judge(bluetooth.parse_info(text))
    vpn.parse_openvpn(text)
    tally = ServiceTally()
    for line in text.splitlines():
        tally.feed(line, dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc), "x")
    tally.observations()
    shell_traces.history_commands(text)
    for line in text.splitlines():
        shell_traces.hosts_in_command(line)
    shell_traces.parse_known_hosts(text, ["localhost"])
    shell_traces.parse_wget_hsts(text)
    apt_history.mirror_host(text)
    logins.parse_records(io.BytesIO(data * 20))


@FAST
@given(st.sampled_from(["Jan", "Feb", "Jun", "Dec", "Xyz", "jun", "J1n"]), st.integers(0, 40), st.integers(0, 99),
       st.sampled_from(["maysoan sshd[2]: Accepted", "h kernel: usb", "h NetworkManager: x", "h", "h  a", "h [ 1.5] x", " x"]))
def test_fast_syslog_split_agrees_with_split_line(month, day, sec, rest):
    from app.hwcheck.probes.logtime import split_line
    from app.hwcheck.probes.service_logs import split_syslog

    line = f"{month} {day:2d} 07:33:{sec:02d} {rest}"
    hint = dt.datetime(2024, 6, 10, tzinfo=dt.timezone.utc)
    assert split_syslog(line, dt.timezone.utc, hint, {}) == split_line(line, dt.timezone.utc, hint)
