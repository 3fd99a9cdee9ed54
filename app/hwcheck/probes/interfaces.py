"""Live network state: interfaces (psutil + ``/sys/class/net``), default routes (``/proc/net``),
wireless adapters even when down (``/sys/class/ieee80211``, ``/sys/class/rfkill``).

``NetBackend`` reads a ``sysfs``/``procfs`` root (``/`` normally, a fake tree in tests) and psutil.
"""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

import psutil

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, list_dir
from app.hwcheck.probes.usb_history import NET_DRIVERS

NAME = "interfaces"
WWAN_DRIVERS = {"qmi_wwan", "cdc_mbim", "option", "sierra_net", "GobiNet", "huawei_cdc_ncm"}
RTF_UP = 0x1
RTF_REJECT = 0x200


@dataclass(frozen=True)
class NetInterface:
    name: str
    mac: str | None
    is_up: bool
    addresses: tuple[str, ...]
    kind: str  # loopback, wired, wireless, wwan, usb-network, virtual
    driver: str | None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


class NetBackend:
    def __init__(self, sys_root: str = "/"):
        self.root = Path(sys_root)

    def _classify(self, name: str) -> tuple[str, str | None]:
        base = self.root / "sys/class/net" / name
        driver_link = base / "device/driver"
        driver = os.path.basename(os.path.realpath(driver_link)) if driver_link.exists() else None
        uevent = _read(base / "uevent")
        if name == "lo" or _read(base / "type") == "772":
            return "loopback", driver
        if (base / "wireless").exists() or (base / "phy80211").exists() or "DEVTYPE=wlan" in uevent:
            return "wireless", driver
        if "DEVTYPE=wwan" in uevent or driver in WWAN_DRIVERS:
            return "wwan", driver
        device = os.path.realpath(base / "device") if (base / "device").exists() else ""
        if driver in NET_DRIVERS or "/usb" in device:
            return "usb-network", driver
        if not device:
            return "virtual", driver
        return "wired", driver

    def interfaces(self) -> list[NetInterface]:
        stats = psutil.net_if_stats()
        addrs = psutil.net_if_addrs()
        names = sorted(set(stats) | set(addrs) | {p.name for p in list_dir(self.root / "sys/class/net")})
        result = []
        for name in names:
            mac, ips = None, []
            for a in addrs.get(name, ()):
                if a.family == psutil.AF_LINK:
                    mac = a.address.lower() if a.address and a.address != "00:00:00:00:00:00" else None
                elif a.family in (socket.AF_INET, socket.AF_INET6):
                    ips.append(a.address.split("%")[0])
            if mac is None:
                mac = _read(self.root / "sys/class/net" / name / "address").lower() or None
                if mac == "00:00:00:00:00:00":
                    mac = None
            up = bool(stats[name].isup) if name in stats else False
            kind, driver = self._classify(name)
            result.append(NetInterface(name, mac, up, tuple(ips), kind, driver))
        return result

    def default_routes(self) -> list[dict]:
        routes = []
        for line in _read(self.root / "proc/net/route").splitlines()[1:]:
            f = line.split()
            if len(f) >= 8 and f[1] == "00000000" and f[7] == "00000000":
                try:
                    flags = int(f[3], 16)
                    gw = socket.inet_ntoa(bytes.fromhex(f[2])[::-1])
                except ValueError:
                    continue
                if flags & RTF_UP:
                    routes.append({"family": "ipv4", "interface": f[0], "gateway": gw})
        for line in _read(self.root / "proc/net/ipv6_route").splitlines():
            f = line.split()
            if len(f) >= 10 and f[0] == "0" * 32 and f[1] == "00" and f[9] != "lo":
                try:
                    flags = int(f[8], 16)
                    gw = socket.inet_ntop(socket.AF_INET6, bytes.fromhex(f[4]))
                except ValueError:
                    continue
                if flags & RTF_UP and not flags & RTF_REJECT:
                    routes.append({"family": "ipv6", "interface": f[9], "gateway": gw})
        return routes

    def wireless_devices(self) -> list[dict]:
        found = []
        for phy in list_dir(self.root / "sys/class/ieee80211"):
            nets = [p.name for p in list_dir(phy / "device/net")]
            found.append({"name": phy.name, "type": "wlan", "interfaces": nets,
                          "soft_blocked": None, "hard_blocked": None})
        for rf in list_dir(self.root / "sys/class/rfkill"):
            rtype = _read(rf / "type")
            if rtype not in ("wlan", "wwan", "bluetooth"):
                continue
            entry = {"name": _read(rf / "name") or rf.name, "type": rtype, "interfaces": [],
                     "soft_blocked": _read(rf / "soft") == "1", "hard_blocked": _read(rf / "hard") == "1"}
            for known in found:  # the rfkill switch of a phy already listed
                if known["name"] == entry["name"]:
                    known.update(soft_blocked=entry["soft_blocked"], hard_blocked=entry["hard_blocked"])
                    break
            else:
                found.append(entry)
        return found


def observe(backend: NetBackend) -> list[Observation]:
    out = []
    for iface in backend.interfaces():
        if iface.kind == "loopback":
            continue
        if iface.is_up or iface.addresses or iface.kind in ("wireless", "wwan", "usb-network"):
            out.append(Observation("interface", f"live:/sys/class/net/{iface.name}", {
                "name": iface.name, "mac": iface.mac, "up": iface.is_up, "addresses": list(iface.addresses),
                "kind": iface.kind, "driver": iface.driver}))
    for route in backend.default_routes():
        source = "live:/proc/net/route" if route["family"] == "ipv4" else "live:/proc/net/ipv6_route"
        out.append(Observation("default_route", source, route))
    for dev in backend.wireless_devices():
        out.append(Observation("wireless_device", "live:/sys/class/rfkill", dev))
    return out


def probe(ctx: ProbeContext, backend: NetBackend | None = None) -> list[Observation]:
    return observe(backend or NetBackend("/"))
