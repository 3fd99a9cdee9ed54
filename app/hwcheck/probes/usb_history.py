"""Rebuilding USB devices and memory cards from kernel (and udev helper) messages.

The kernel prints, per device: ``usb 1-1: New USB device found, idVendor=…, idProduct=…``, then
``Product:``, ``Manufacturer:``, ``SerialNumber:`` lines; a storage device adds ``usb-storage 1-1:1.0:
USB Mass Storage device detected`` (or a ``uas`` line) and ``scsi host6: usb-storage 1-1:1.0``; a
medium in it prints ``sd 6:0:0:0: [sdc] 15523840 512-byte logical blocks: (7.95 GB/7.40 GiB)`` — a card
reader without a card prints only ``[sdc] Attached SCSI removable disk``. A USB network device adds a
line from its driver (``rndis_host``, ``cdc_ether``, ``ipheth``, ``qmi_wwan``…). Phones and cameras
that move files by MTP/PTP get no kernel driver: they are known by the udev helper ``mtp-probe``
(``bus: 1, device: 5 was an MTP device``), ``usbmuxd`` (iPhone), the device lists of libgphoto2/libmtp
(udev hwdb) and their product names. Memory cards in PCIe/USB card readers print ``mmc0: new high
speed SDHC card at address aaaa`` and ``mmcblk0: mmc0:aaaa SU04G 3.69 GiB``; an eMMC system disk is an
``MMC card`` with ``mmcblk0boot0``/``mmcblk0rpmb`` parts. Lines are tied together by the port path.
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
_UAS_HOST = re.compile(r"\bscsi host(\d+): uas\b")
_SCSI_HOST = re.compile(r"\bscsi(?: host)?(\d+) ?: (?:usb-storage (\d+-[\d.]+):\d+\.\d+|(\S+))")  # 3.x: "scsi6 :"
_CAPACITY = re.compile(r"\bsd (\d+):\d+:\d+:\d+: \[(\w+)\] (\d+) (\d+)-byte logical blocks"
                       r"(?:: \(([^)]*)\))?")
NET_DRIVERS = ("rndis_host", "cdc_ether", "cdc_ncm", "cdc_mbim", "huawei_cdc_ncm", "ipheth", "qmi_wwan",
               "sierra_net", "cdc_eem", "cdc_subset", "zaurus", "GobiNet", "option", "r8152",
               "ax88179_178a", "asix")
_NET = re.compile(r"\b(" + "|".join(NET_DRIVERS) + r") (\d+-[\d.]+):\d+\.\d+\b")
_DISCONNECT = re.compile(r"\busb (\d+-[\d.]+): USB disconnect")
_MTP_CHECK = re.compile(r"mtp-probe(?:\[\d+\])?: checking bus (\d+), device (\d+): \"?[^\"]*/(\d+-[\d.]+)\"?")
_MTP_RESULT = re.compile(r"mtp-probe(?:\[\d+\])?: bus: (\d+), device: (\d+) was an MTP device")
_USBMUX = re.compile(r"Connected to v[\d.]+ device \d+ on location (0x[0-9a-fA-F]+) with serial number (\S+)")
_MMC_NEW = re.compile(r"\b(mmc\d+): new (.*?)(SDUC|SDXC|SDHC|SD-combo|SDIO|SD|MMC) card "
                      r"at address ([0-9a-fA-F]{4})")
_MMC_BLK = re.compile(r"\b(mmcblk\d+)(boot\d+|rpmb|gp\d+)?: (mmc\d+):([0-9a-fA-F]{4}) (.+?) "
                      r"([\d.]+ [KMGTP]iB)")

# Lines the patterns above need are found with C-level ``bytes.find`` (long needles skip ahead fast);
# no other line is decoded or parsed. Descriptor strings, storage, network driver, ``scsi hostN:`` and
# udev helper lines follow the enumeration line (or a memory card's ``new … card`` line) within
# milliseconds, so they are looked for only in a window after it. A medium inserted in a reader
# hours later (``logical blocks``) and a disk attached seconds later are looked for everywhere.
ANCHORS = (b"New USB device found", b"card at address")
GLOBAL_NEEDLES = (*ANCHORS, b"USB Mass Storage device detected", b"USB disconnect", b"' at usb-",
                  b"byte logical blocks", b"Attached SCSI removable")
WINDOW_NEEDLES = (b"Product: ", b"Manufacturer: ", b"SerialNumber: ", b": uas", b"ipheth ", b"r8152 ",
                  b"GSM modem", b": usb-storage ", b"mmcblk", b"mtp-probe", b"with serial number")
WINDOW = 64 * 1024

SD_TYPES = ("SD", "SDHC", "SDXC", "SDUC", "SD-combo")


def candidate_lines(data: bytes, open_until: int = 0) -> tuple[list[bytes], int]:
    """The lines of ``data`` worth parsing, in file order, and how far into the *next* piece of the
    same file the window of the last enumeration still reaches (``open_until`` is that value from
    the previous piece: a window that started there continues here)."""
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
        hits(needle, 0, size, enumerations if needle in ANCHORS else None)
    windows = ([(0, min(open_until, size))] if open_until > 0 else []) + \
        [(s, min(s + WINDOW, size)) for s in sorted(enumerations)]
    lo = hi = -1
    for start, end in windows + [(size + WINDOW + 1, size + WINDOW + 1)]:  # merged windows
        if start > hi:
            if hi > lo:
                for needle in WINDOW_NEEDLES:
                    hits(needle, lo, hi)
            lo = start
        hi = max(hi, end)
    carry = max([open_until - size] + [s + WINDOW - size for s in enumerations] + [0])
    lines = []
    for start in sorted(starts):
        end = data.find(b"\n", start)
        lines.append(data[start:end if end != -1 else size])
    return lines, carry


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
    scsi_seen: bool = False  # the disk of a storage device was attached (its lines were kept)
    medium: str | None = None  # capacity text of a medium seen in it ("7.95 GB/7.40 GiB")
    traces: set = field(default_factory=set)  # why it is a phone/camera: "mtp-probe", "usbmuxd", …
    seen: dt.datetime | None = None
    last: dt.datetime | None = None  # time of the latest line about it (disconnect included)
    source: str = ""


@dataclass
class _Card:
    host: str
    card_type: str
    address: str | None
    speed: str
    name: str | None = None
    size: str | None = None
    disk: str | None = None
    parts: set = field(default_factory=set)  # boot0, boot1, rpmb, gp1…: an eMMC soldered disk
    seen: dt.datetime | None = None
    source: str = ""


@dataclass
class UsbHistory:
    """Feed it lines (``feed``); read storage, network, phone devices and cards (``devices``).

    ``phone_ids`` holds ``(vendor_id, product_id)`` pairs of MTP/PTP devices (libgphoto2/libmtp hwdb);
    ``phone_words`` the lower-case words of product names that mark a phone or camera."""

    phone_ids: frozenset = frozenset()
    phone_words: tuple = ()
    devices_seen: list = field(default_factory=list)
    cards_seen: list = field(default_factory=list)
    usbmux: list = field(default_factory=list)
    _by_port: dict = field(default_factory=dict)
    _by_host: dict = field(default_factory=dict)  # SCSI host number → device
    _cards: dict = field(default_factory=dict)  # (mmc host, address) → card
    _mtp_checks: dict = field(default_factory=dict)  # (bus, devnum) → port
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
        m = _UAS_HOST.search(line)
        if m and self._last_new is not None:
            self._last_new.storage = True
            self._by_host[m.group(1)] = self._last_new
            return
        m = _SCSI_HOST.search(line)
        if m:
            self._by_host[m.group(1)] = self._by_port.get(m.group(2)) if m.group(2) else None
            return
        m = _CAPACITY.search(line)
        if m:
            dev = self._by_host.get(m.group(1))
            if dev is not None:
                dev.scsi_seen = True
                if int(m.group(3)) > 0:
                    dev.medium = m.group(5) or f"{int(m.group(3)) * int(m.group(4))} byte"
                dev.last = when or dev.last
            return
        if "Attached SCSI removable disk" in line:
            host = re.search(r"\bsd (\d+):", line)
            dev = self._by_host.get(host.group(1)) if host else None
            if dev is not None:
                dev.scsi_seen = True
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
            return
        if self._feed_phone(line, when, source):
            return
        self._feed_card(line, when, source)

    def _feed_phone(self, line: str, when, source: str) -> bool:
        m = _MTP_CHECK.search(line)
        if m:
            self._mtp_checks[(m.group(1), m.group(2))] = m.group(3)
            return True
        m = _MTP_RESULT.search(line)
        if m:
            port = self._mtp_checks.get((m.group(1), m.group(2)))
            dev = self._by_port.get(port) if port else None
            if dev is None:  # the enumeration lines were lost: keep the phone, identity unknown
                dev = self._device(port or f"bus {m.group(1)} device {m.group(2)}", when, source)
            dev.traces.add("mtp-probe")
            dev.last = when or dev.last
            return True
        m = _USBMUX.search(line)
        if m:
            self.usbmux.append({"serial": m.group(2), "location": m.group(1), "when": when, "source": source})
            return True
        return False

    def _feed_card(self, line: str, when, source: str) -> None:
        m = _MMC_NEW.search(line)
        if m:
            card = _Card(m.group(1), m.group(3), (m.group(4) or "").lower() or None, m.group(2).strip(),
                         seen=when, source=source)
            self._cards[(card.host, card.address)] = card
            self.cards_seen.append(card)
            return
        m = _MMC_BLK.search(line)
        if m:
            card = self._cards.get((m.group(3), m.group(4).lower()))
            if card is None:  # the "new … card" line was lost: type unknown, keep it
                card = _Card(m.group(3), "?", m.group(4).lower(), "", seen=when, source=source)
                self._cards[(card.host, card.address)] = card
                self.cards_seen.append(card)
            if m.group(2):
                card.parts.add(m.group(2))
            else:
                card.disk, card.name, card.size = m.group(1), m.group(5).strip(), m.group(6)

    def _device(self, port: str, when, source: str) -> _Device:
        dev = self._by_port.get(port)
        if dev is None:  # the enumeration lines were lost: keep the device, identity unknown
            dev = _Device(port, seen=when, source=source)
            self._by_port[port] = dev
            self.devices_seen.append(dev)
        dev.last = when or dev.last
        return dev

    def end_of_source(self) -> None:
        """A new file or boot starts: port paths no longer name the same devices. SCSI hosts are kept:
        a card inserted after a log rotation is printed in the next file (files are read oldest first),
        and every boot prints its own ``scsi hostN:`` lines again before using a host."""
        self._by_port.clear()
        self._cards.clear()
        self._mtp_checks.clear()
        self._last_new = None

    def feed_chunk(self, data: bytes, source: str, tz, year_hint, open_until: int = 0) -> int:
        """Feed one piece of a file (pieces end at line ends); returns the window carried on."""
        lines, carry = candidate_lines(data, open_until)
        for raw in lines:
            when, message = split_line(raw.decode("utf-8", "replace"), tz, year_hint)
            self.feed(message, when, source)
        return carry

    def feed_bytes(self, data: bytes, source: str, tz, year_hint) -> None:
        self.feed_chunk(data, source, tz, year_hint)
        self.end_of_source()

    def _phone_traces(self, dev: _Device) -> set:
        traces = set(dev.traces)
        if (dev.vendor_id, dev.product_id) in self.phone_ids:
            traces.add("hwdb")
        name = " ".join(x for x in (dev.manufacturer, dev.product) if x).lower()
        words = set(re.findall(r"[a-z0-9]+", name.replace("_", " ")))
        if words & set(self.phone_words):
            traces.add("product")
        serial = _norm_serial(dev.serial)
        if serial and any(_norm_serial(u["serial"]) == serial for u in self.usbmux):
            traces.add("usbmuxd")
        return traces

    def devices(self) -> dict[str, list[dict]]:
        """``{"storage", "reader_empty", "network", "phone", "sd_card": [...]}``; one entry per
        identity, with first/last time."""
        merged: dict[tuple, dict] = {}
        for dev in self.devices_seen:
            traces = self._phone_traces(dev)
            if dev.net_driver:
                kind = "network"
            elif dev.storage:
                kind = "reader_empty" if dev.scsi_seen and not dev.medium else "storage"
            elif traces:
                kind = "phone"
            else:
                continue
            key = (kind, dev.vendor_id, dev.product_id, dev.serial, dev.product, dev.net_driver)
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = {
                    "kind": kind, "vendor_id": dev.vendor_id, "product_id": dev.product_id,
                    "manufacturer": dev.manufacturer, "product": dev.product, "serial": dev.serial,
                    "driver": dev.net_driver, "times": set(), "sources": [],
                }
                if kind == "phone":
                    entry["traces"] = set()
                if kind == "storage":
                    entry["media"] = []
            if kind == "phone":
                entry["traces"] |= traces
            if kind == "storage" and dev.medium and dev.medium not in entry["media"]:
                entry["media"].append(dev.medium)
            _add_times(entry, dev.seen, dev.last, dev.source)
        phones_serials = {_norm_serial(e["serial"]) for e in merged.values() if e["kind"] == "phone"}
        for mux in self.usbmux:  # an iPhone seen by usbmuxd only (kernel lines rotated away)
            if _norm_serial(mux["serial"]) in phones_serials:
                continue
            key = ("phone", None, None, mux["serial"], None, None)
            entry = merged.setdefault(key, {"kind": "phone", "vendor_id": None, "product_id": None,
                                            "manufacturer": None, "product": None, "serial": mux["serial"],
                                            "driver": None, "times": set(), "sources": [],
                                            "traces": {"usbmuxd"}})
            _add_times(entry, mux["when"], mux["when"], mux["source"])
        for card in self.cards_seen:
            if card.card_type == "SDIO":
                continue  # a Wi-Fi/Bluetooth chip on the SD bus, not a memory card
            if card.card_type == "MMC" and card.parts & {"boot0", "boot1", "rpmb"}:
                continue  # the eMMC system disk soldered on the board
            key = ("sd_card", card.card_type, card.name, card.size, card.address, card.host)
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = {"kind": "sd_card", "card_type": card.card_type, "card_name": card.name,
                                       "size": card.size, "address": card.address, "host": card.host,
                                       "disk": card.disk, "speed": card.speed, "times": set(), "sources": []}
            _add_times(entry, card.seen, card.seen, card.source)
        result: dict[str, list[dict]] = {k: [] for k in ("storage", "reader_empty", "network", "phone", "sd_card")}
        for entry in merged.values():
            times = sorted(entry.pop("times"))
            seen = entry.pop("_seen")
            if "traces" in entry:
                entry["traces"] = sorted(entry["traces"])
            entry["first_seen"] = iso_utc(times[0]) if times else None
            entry["last_seen"] = iso_utc(times[-1]) if times else None
            entry["connections"] = len(seen)
            result[entry["kind"]].append(entry)
        return result


def _add_times(entry: dict, seen, last, source: str) -> None:
    for stamp in (seen, last):
        if stamp is not None:
            entry["times"].add(stamp.astimezone(dt.timezone.utc))
    entry.setdefault("_seen", set()).add(seen.astimezone(dt.timezone.utc) if seen else None)
    if source not in entry["sources"]:
        entry["sources"].append(source)


def _norm_serial(serial: str | None) -> str:
    return (serial or "").replace("-", "").strip().lower()
