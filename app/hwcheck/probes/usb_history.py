"""Rebuilding USB devices from kernel messages.

The kernel prints, per device: ``usb 1-1: New USB device found, idVendor=…, idProduct=…``, then
``Product:``, ``Manufacturer:``, ``SerialNumber:`` lines; a storage device adds ``usb-storage 1-1:1.0:
USB Mass Storage device detected`` (or a ``uas`` line), a USB network device a line from its driver
(``rndis_host``, ``cdc_ether``, ``ipheth``, ``qmi_wwan``…). Lines are tied together by the port path.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from app.hwcheck.probes.common import iso_utc
from app.hwcheck.probes.logtime import split_line

_NEW = re.compile(r"\busb (\d+-[\d.]+): New USB device found, idVendor=([0-9a-fA-F]{4}), "
                  r"idProduct=([0-9a-fA-F]{4})")
_STRING = re.compile(r"\busb (\d+-[\d.]+): (Product|Manufacturer|SerialNumber): ?(.*)$")
_STORAGE = re.compile(r"\busb-storage (\d+-[\d.]+):\d+\.\d+: USB Mass Storage device detected")
_UAS_HOST = re.compile(r"\bscsi host\d+: uas\b")
NET_DRIVERS = ("rndis_host", "cdc_ether", "cdc_ncm", "cdc_mbim", "huawei_cdc_ncm", "ipheth", "qmi_wwan",
               "sierra_net", "cdc_eem", "cdc_subset", "zaurus", "GobiNet", "option", "r8152",
               "ax88179_178a", "asix")
_NET = re.compile(r"\b(" + "|".join(NET_DRIVERS) + r") (\d+-[\d.]+):\d+\.\d+\b")
_DISCONNECT = re.compile(r"\busb (\d+-[\d.]+): USB disconnect")

# Lines the patterns above need are found with C-level ``bytes.find`` (long needles skip ahead fast);
# no other line is decoded or parsed. Descriptor strings, storage and network driver lines follow the
# enumeration line within milliseconds, so they are looked for only in a window after it.
GLOBAL_NEEDLES = (b"New USB device found", b"USB Mass Storage device detected", b"USB disconnect",
                  b"' at usb-")
WINDOW_NEEDLES = (b"Product: ", b"Manufacturer: ", b"SerialNumber: ", b": uas", b"ipheth ", b"r8152 ",
                  b"GSM modem")
WINDOW = 64 * 1024


def candidate_lines(data: bytes) -> list[bytes]:
    """The lines of ``data`` worth parsing, in file order."""
    size = len(data)
    starts: set[int] = set()
    enumerations: list[int] = []

    def hits(needle: bytes, lo: int, hi: int, keep: list[int] | None = None) -> None:
        i = data.find(needle, lo, hi)
        while i != -1:
            start = data.rfind(b"\n", 0, i) + 1
            end = data.find(b"\n", i)
            end = size if end == -1 else end
            starts.add(start)
            if keep is not None:
                keep.append(start)
            i = data.find(needle, end, hi)

    for needle in GLOBAL_NEEDLES:
        hits(needle, 0, size, enumerations if needle == GLOBAL_NEEDLES[0] else None)
    lo = hi = -1
    for start in sorted(enumerations) + [size + WINDOW + 1]:  # merged windows after enumerations
        if start > hi:
            if hi > lo:
                for needle in WINDOW_NEEDLES:
                    hits(needle, lo, hi)
            lo = start
        hi = min(start + WINDOW, size)
    lines = []
    for start in sorted(starts):
        end = data.find(b"\n", start)
        lines.append(data[start:end if end != -1 else size])
    return lines


@dataclass
class _Device:
    port: str
    vendor_id: str | None = None
    product_id: str | None = None
    product: str | None = None
    manufacturer: str | None = None
    serial: str | None = None
    storage: bool = False
    net_driver: str | None = None
    seen: dt.datetime | None = None
    last: dt.datetime | None = None  # time of the latest line about it (disconnect included)
    source: str = ""


@dataclass
class UsbHistory:
    """Feed it lines (``feed``); read storage and network devices (``devices``)."""

    devices_seen: list = field(default_factory=list)
    _by_port: dict = field(default_factory=dict)
    _last_new: _Device | None = None

    def feed(self, line: str, when: dt.datetime | None, source: str) -> None:
        m = _NEW.search(line)
        if m:
            dev = _Device(m.group(1), m.group(2).lower(), m.group(3).lower(), seen=when, source=source)
            self._by_port[dev.port] = dev
            self.devices_seen.append(dev)
            self._last_new = dev
            return
        m = _STRING.search(line)
        if m:
            dev = self._by_port.get(m.group(1))
            if dev is not None:
                dev.last = when or dev.last
                value = m.group(3).strip()[:200] or None
                setattr(dev, {"Product": "product", "Manufacturer": "manufacturer",
                              "SerialNumber": "serial"}[m.group(2)], value)
            return
        m = _STORAGE.search(line)
        if m:
            self._device(m.group(1), when, source).storage = True
            return
        if _UAS_HOST.search(line) and self._last_new is not None:
            self._last_new.storage = True
            return
        m = _NET.search(line)
        if m:
            self._device(m.group(2), when, source).net_driver = m.group(1)
            return
        m = _DISCONNECT.search(line)
        if m:
            dev = self._by_port.pop(m.group(1), None)
            if dev is not None:
                dev.last = when or dev.last

    def _device(self, port: str, when, source: str) -> _Device:
        dev = self._by_port.get(port)
        if dev is None:  # the enumeration lines were lost: keep the device, identity unknown
            dev = _Device(port, seen=when, source=source)
            self._by_port[port] = dev
            self.devices_seen.append(dev)
        dev.last = when or dev.last
        return dev

    def end_of_source(self) -> None:
        """A new file or boot starts: port paths no longer name the same devices."""
        self._by_port.clear()
        self._last_new = None

    def feed_bytes(self, data: bytes, source: str, tz, year_hint) -> None:
        for raw in candidate_lines(data):
            when, message = split_line(raw.decode("utf-8", "replace"), tz, year_hint)
            self.feed(message, when, source)
        self.end_of_source()

    def devices(self) -> dict[str, list[dict]]:
        """``{"storage": [...], "network": [...]}``; one entry per identity, with first/last time."""
        merged: dict[tuple, dict] = {}
        for dev in self.devices_seen:
            if not dev.storage and not dev.net_driver:
                continue
            kind = "storage" if dev.storage else "network"
            key = (kind, dev.vendor_id, dev.product_id, dev.serial, dev.product, dev.net_driver)
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = {
                    "kind": kind, "vendor_id": dev.vendor_id, "product_id": dev.product_id,
                    "manufacturer": dev.manufacturer, "product": dev.product, "serial": dev.serial,
                    "driver": dev.net_driver, "times": set(), "sources": [],
                }
            for stamp in (dev.seen, dev.last):
                if stamp is not None:
                    entry["times"].add(stamp.astimezone(dt.timezone.utc))
            entry.setdefault("_seen", set()).add(dev.seen.astimezone(dt.timezone.utc) if dev.seen else None)
            if dev.source not in entry["sources"]:
                entry["sources"].append(dev.source)
        result: dict[str, list[dict]] = {"storage": [], "network": []}
        for entry in merged.values():
            times = sorted(entry.pop("times"))
            seen = entry.pop("_seen")
            entry["first_seen"] = iso_utc(times[0]) if times else None
            entry["last_seen"] = iso_utc(times[-1]) if times else None
            entry["connections"] = len(seen)
            result[entry["kind"]].append(entry)
        return result
