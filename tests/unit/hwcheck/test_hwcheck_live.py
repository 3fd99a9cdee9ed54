import datetime as dt
import threading
import time
from collections import namedtuple

import pytest

from app.hwcheck import LiveMonitor, Policy, RegisteredTag, UsbIdentity, run_check
from app.hwcheck import usb_now
from app.hwcheck.model import Observation
from app.hwcheck.policy import evaluate
from app.hwcheck.probes import identity, interfaces
from app.hwcheck.probes.common import ProbeContext
from app.hwcheck.probes.interfaces import NetBackend

UTC = dt.timezone.utc
MID = "5b2f6d0e9c8a4e1f8d7c6b5a49382716"


# -- interfaces ------------------------------------------------------------------------------------

def fake_sys(tmp_path):
    root = tmp_path / "fs"
    net = root / "sys/class/net"
    for name, files in {
        "lo": {"type": "772"},
        "wlp2s0": {"type": "1", "uevent": "DEVTYPE=wlan\nINTERFACE=wlp2s0\n"},
        "wwan0": {"type": "1", "uevent": "DEVTYPE=wwan\n"},
        "enp3s0": {"type": "1", "uevent": "INTERFACE=enp3s0\n"},
    }.items():
        (net / name).mkdir(parents=True)
        for fname, text in files.items():
            (net / name / fname).write_text(text)
    (root / "devices/pci0000:00/0000:00:1f.6").mkdir(parents=True)
    (net / "enp3s0/device").symlink_to(root / "devices/pci0000:00/0000:00:1f.6")
    (root / "proc/net").mkdir(parents=True)
    (root / "proc/net/route").write_text(
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
        "enp3s0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
        "enp3s0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n")
    (root / "proc/net/ipv6_route").write_text(
        "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
        "00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n")
    rf = root / "sys/class/rfkill/rfkill0"
    rf.mkdir(parents=True)
    for fname, text in {"type": "wlan", "name": "phy0", "soft": "1", "hard": "0"}.items():
        (rf / fname).write_text(text)
    bt = root / "sys/class/rfkill/rfkill1"
    bt.mkdir(parents=True)
    for fname, text in {"type": "bluetooth", "name": "hci0", "soft": "0", "hard": "0"}.items():
        (bt / fname).write_text(text)
    return root


Stats = namedtuple("Stats", "isup")
Addr = namedtuple("Addr", "family address")


def test_interfaces_routes_and_wireless(tmp_path, monkeypatch):
    import socket

    import psutil
    root = fake_sys(tmp_path)
    monkeypatch.setattr(psutil, "net_if_stats", lambda: {
        "lo": Stats(True), "enp3s0": Stats(True), "wlp2s0": Stats(False), "wwan0": Stats(False)})
    monkeypatch.setattr(psutil, "net_if_addrs", lambda: {
        "lo": [Addr(socket.AF_INET, "127.0.0.1")],
        "enp3s0": [Addr(psutil.AF_LINK, "52:54:00:12:34:56"), Addr(socket.AF_INET, "192.168.1.5")],
        "wlp2s0": [Addr(psutil.AF_LINK, "aa:bb:cc:dd:ee:ff")]})
    obs = interfaces.observe(NetBackend(str(root)))
    kinds = {(o.kind, o.data.get("name") or o.data.get("interface")) for o in obs}
    assert ("interface", "lo") not in kinds
    assert {("interface", "enp3s0"), ("interface", "wlp2s0"), ("interface", "wwan0"),
            ("default_route", "enp3s0")} <= kinds
    iface = {o.data["name"]: o.data for o in obs if o.kind == "interface"}
    assert iface["enp3s0"]["kind"] == "wired" and iface["wlp2s0"]["kind"] == "wireless"
    assert iface["wwan0"]["kind"] == "wwan"
    [route] = [o.data for o in obs if o.kind == "default_route"]
    assert route == {"family": "ipv4", "interface": "enp3s0", "gateway": "192.168.1.1"}
    findings = evaluate(obs, Policy())
    wireless = [f for f in findings if f.rule == "network.wireless_present"]
    assert {f.severity for f in wireless} == {"block", "warn"}  # Wi-Fi soft-blocked: block; Bluetooth: warn
    macs = {o.data["name"]: o.data["mac"] for o in obs if o.kind == "interface"}
    allowed = evaluate(obs, Policy.from_strings(allowed_lan_macs=["52:54:00:12:34:56"]), macs)
    lan = [f for f in allowed if f.source.endswith("enp3s0")]
    assert [f.severity for f in lan] == ["info"]
    route_f = [f for f in allowed if f.evidence.get("gateway") == "192.168.1.1"]
    assert route_f[0].severity == "warn"


# -- USB storage now -------------------------------------------------------------------------------

class FakeUdev:
    def __init__(self, disks):
        self._disks = disks

    def disks(self):
        return list(self._disks)


KINGSTON = {"devnode": "/dev/sdb", "size_bytes": 32_000_000_000, "id_vendor": "0951", "id_product": "1666",
            "manufacturer": "Kingston", "product": "DataTraveler 3.0", "serial": "E0D55EA574B1F4C0C8AB0123",
            "partitions": ["/dev/sdb1"]}
Part = namedtuple("Part", "device mountpoint fstype opts")


def test_usb_list_and_mountpoint(monkeypatch, tmp_path):
    mnt = tmp_path / "media/an/KINGSTON"
    mnt.mkdir(parents=True)
    monkeypatch.setattr(usb_now.psutil, "disk_partitions", lambda all=True: [
        Part("/dev/sda1", "/", "ext4", "rw"), Part("/dev/sdb1", str(mnt), "vfat", "rw")])
    backend = FakeUdev([KINGSTON])
    [dev] = usb_now.list_usb_storage(backend)
    assert dev.mountpoints == (str(mnt),)
    assert (dev.vendor_id, dev.product_id, dev.serial) == ("0951", "1666", "E0D55EA574B1F4C0C8AB0123")
    assert usb_now.usb_identity_for_mountpoint(str(mnt / "xuat/bao-cao.pdf"), backend) == dev
    assert usb_now.usb_identity_for_mountpoint("/etc", backend) is None


def test_usb_now_policy(monkeypatch):
    monkeypatch.setattr(usb_now.psutil, "disk_partitions", lambda all=True: [])
    backend = FakeUdev([KINGSTON, {**KINGSTON, "devnode": "/dev/sdc", "serial": "0123456789ABCDEF",
                                   "size_bytes": 0}])
    from app.hwcheck.probes import usb_now as probe
    approved = Policy(approved_usb=(UsbIdentity("0951", "1666", "e0d55ea574b1f4c0c8ab0123"),
                                    UsbIdentity(None, None, "0123456789ABCDEF")))
    verdict = run_check("/", approved, only=["usb_now"], probes={"usb_now": lambda c: probe.probe(c, backend)})
    sev = {f.evidence["devnode"]: (f.rule, f.severity) for f in verdict.findings}
    assert sev["/dev/sdb"] == ("usb.unapproved_connected", "info")
    assert sev["/dev/sdc"] == ("usb.unapproved_connected", "warn")  # weak serial, no medium
    verdict = run_check("/", Policy(), only=["usb_now"], probes={"usb_now": lambda c: probe.probe(c, backend)})
    assert not verdict.passed


def test_udev_failure_fails_closed():
    def broken(ctx):
        raise OSError("udev unavailable")
    verdict = run_check("/", Policy(), only=["usb_now"], probes={"usb_now": broken})
    [f] = verdict.findings
    assert (f.rule, f.severity, f.source) == ("probe.failed", "block", "live:usb_now")


# -- identity and tag ------------------------------------------------------------------------------

def identity_findings(system_root, tag, dmi=None, tmp_path=None):
    ctx = ProbeContext(root=system_root, live=dmi is not None, now=dt.datetime(2026, 1, 1, tzinfo=UTC))
    obs = identity.probe(ctx, dmi_path=str(dmi) if dmi else "")
    return evaluate(obs, Policy(registered_tag=tag))


def test_tag_missing_mismatch_and_match(system_root, tmp_path):
    [f] = identity_findings(system_root, None)
    assert (f.rule, f.severity, f.evidence["machine_id"]) == ("tag.missing", "warn", MID)
    assert identity_findings(system_root, RegisteredTag(machine_id=MID)) == []
    [f] = identity_findings(system_root, RegisteredTag(machine_id="0" * 32, label="ĐN-0042"))
    assert (f.rule, f.severity) == ("tag.mismatch", "block") and "ĐN-0042" in f.summary
    dmi = tmp_path / "product_uuid"
    dmi.write_text("4C4C4544-0042-3510-8051-B4C04F4E3632\n")
    [f] = identity_findings(system_root, RegisteredTag(MID, "11111111-0042-3510-8051-b4c04f4e3632"), dmi)
    assert f.rule == "tag.mismatch" and "DMI" in f.summary
    assert identity_findings(system_root, RegisteredTag(MID, "4c4c4544-0042-3510-8051-b4c04f4e3632"), dmi) == []
    (system_root / "etc/machine-id").unlink()
    [f] = identity_findings(system_root, RegisteredTag(machine_id=MID))
    assert (f.rule, f.severity) == ("probe.failed", "block")


# -- live monitor ----------------------------------------------------------------------------------

class FakeMonitorBackend:
    def __init__(self):
        self.net: list[Observation] = []
        self.usb: list = []
        self.event = threading.Event()

    def net_observations(self):
        return list(self.net)

    def usb_devices(self):
        return list(self.usb)

    def wait_event(self, timeout):
        fired = self.event.wait(timeout)
        self.event.clear()
        return fired


def wait_for(reports, count, timeout=1.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with reports["lock"]:
            if len(reports["items"]) >= count:
                return True
        reports["signal"].wait(0.02)
        reports["signal"].clear()
    return False


@pytest.fixture
def monitor_setup():
    backend = FakeMonitorBackend()
    reports = {"items": [], "lock": threading.Lock(), "signal": threading.Event()}

    def callback(findings):
        with reports["lock"]:
            reports["items"].append(findings)
        reports["signal"].set()
    return backend, reports, callback


def test_monitor_reports_within_one_second(monitor_setup):
    backend, reports, callback = monitor_setup
    approved = UsbIdentity("0951", "1666", KINGSTON["serial"])
    mon = LiveMonitor(Policy(approved_usb=(approved,)), callback, backend=backend)
    with mon:
        assert not wait_for(reports, 1, timeout=0.3)  # quiet machine: nothing to report
        started = time.monotonic()
        backend.net.append(Observation("interface", "live:/sys/class/net/eth0", {
            "name": "eth0", "mac": "52:54:00:00:00:01", "up": True, "addresses": ["10.0.0.2"],
            "kind": "wired", "driver": "e1000e"}))
        assert wait_for(reports, 1)
        assert time.monotonic() - started < 1.0
        assert reports["items"][0][0].rule == "network.interface_active"
        # an approved drive is not reported; an unapproved one is, at once on a udev event
        backend.usb.append(usb_now.UsbDevice("0951", "1666", "Kingston", "DT", KINGSTON["serial"], 1, "/dev/sdb", ()))
        backend.usb.append(usb_now.UsbDevice("0781", "5567", "SanDisk", "Cruzer", "4C5300012305", 8_000_000_000,
                                             "/dev/sdc", ()))
        started = time.monotonic()
        backend.event.set()
        assert wait_for(reports, 2)
        assert time.monotonic() - started < 1.0
        [usb] = reports["items"][1]
        assert usb.rule == "usb.unapproved_connected" and usb.evidence["devnode"] == "/dev/sdc"
        # nothing new: no repeated report
        assert not wait_for(reports, 3, timeout=0.4)
    assert not mon.running


def test_monitor_backend_error_fails_closed(monitor_setup):
    backend, reports, callback = monitor_setup

    def broken():
        raise OSError("netlink closed")
    backend.net_observations = broken
    with LiveMonitor(Policy(), callback, backend=backend):
        assert wait_for(reports, 1)
    assert reports["items"][0][0].rule == "probe.failed"


def test_system_backend_smoke():
    """The real adapter works here (or falls back to polling) and stays within its timeout."""
    from app.hwcheck.monitor import SystemBackend

    backend = SystemBackend()
    try:
        started = time.monotonic()
        assert backend.wait_event(0.05) in (True, False)
        assert time.monotonic() - started < 1.0
        assert isinstance(backend.net_observations(), list)
        assert isinstance(backend.usb_devices(), list)
    finally:
        backend.close()
