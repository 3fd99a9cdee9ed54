"""Event logs of a mounted Windows disk (``Windows/System32/winevt/Logs/*.evtx``), read with python-evtx.

Channels read (the ones plaso, Hayabusa and the Partition-4DiagnosticParser read for the same facts):

- ``Microsoft-Windows-Partition/Diagnostic`` 1006: every disk that appeared, with manufacturer, model,
  serial, ``ParentId`` (``USB\\VID_v&PID_p\\serial``) and capacity (0 = no medium);
- ``Microsoft-Windows-DriverFrameworks-UserMode/Operational`` 2003/2004/2010/2100/2101/2105/2106:
  the portable-device host loading for a USB volume (``…_??_USBSTOR#Disk&Ven_…#SERIAL&0#``);
- ``Microsoft-Windows-Kernel-PnP/Configuration`` 400/410: a device configured, with its instance id and
  driver (``usbstor.inf``, ``wpdmtp.inf``, ``netrndis.inf``…) — it outlives a cleaned registry;
- ``Microsoft-Windows-WLAN-AutoConfig/Operational`` 8001: connected to a Wi-Fi network (SSID);
- ``Microsoft-Windows-NetworkProfile/Operational`` 10000: connected to a network (its name). A network
  with a NetworkList profile is judged by that profile; one without is a warning only: Windows also logs
  its transient "Identifying…" and "Unidentified network" (no gateway, as on a mạng LAN độc lập) this way
  (seen on a real Windows 11 log), so the event alone does not prove an Internet connection.

python-evtx renders a record as XML in milliseconds (a Partition/Diagnostic 1006 record, with its MBR
and VBR dumps, in about 100 ms); a 1 MB log holds hundreds to thousands. So each record's raw
bytes are first tested for what the wanted event must contain (``USB`` in UTF-16, or the event id as
a little-endian UInt16) and only those are rendered. A log that cannot be parsed is a failure (fail
closed), never "no events".
"""
from __future__ import annotations

import datetime as dt
import html
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.policy import vn_time
from app.hwcheck.probes.common import ProbeContext, failure, iso_utc
from app.hwcheck.probes.windows_devices import DeviceBook, parse_usb, parse_usbstor
from app.hwcheck.probes.windows_paths import find, regular_file

NAME = "windows_evtx"
LOGS = "Windows/System32/winevt/Logs"
LIMIT = 1 << 30
MIN_SIZE = 0x1000 + 0x10000
PARTITION = "Microsoft-Windows-Partition%4Diagnostic.evtx"
KERNEL_PNP = "Microsoft-Windows-Kernel-PnP%4Configuration.evtx"
DFUM = "Microsoft-Windows-DriverFrameworks-UserMode%4Operational.evtx"
WLAN = "Microsoft-Windows-WLAN-AutoConfig%4Operational.evtx"
NETPROFILE = "Microsoft-Windows-NetworkProfile%4Operational.evtx"
_USB_UTF16 = "usb".encode("utf-16-le")
PNP_NEEDLES = tuple(n.encode("utf-16-le") for n in ("usbstor", "uaspstor", "wpdmtp", "wudfwpd", "rndis", "netaapl",
                                                    "wmbclass"))
_DATA = re.compile(r'<Data Name="([^"]+)">([^<]*)</Data>')
_KEY_NODES = {"WstringTypeNode", "StringTypeNode", "UnsignedWordTypeNode", "SignedWordTypeNode", "GuidTypeNode"}
_EVENT_ID = re.compile(r"<EventID[^>]*>(\d+)</EventID>")
_TIME = re.compile(r'<TimeCreated SystemTime="([^"]+)"')


class Event(dict):
    """``event_id``, ``time`` (ISO UTC) and the ``<Data Name=…>`` values of one record."""


def _iso(text: str | None) -> str | None:
    if not text:
        return None
    # python-evtx prints "2012-03-15 07:07:59.293673+00:00"
    return text[:19].replace(" ", "T") + "Z" if len(text) >= 19 else None


def _group_key(root, depth: int = 0) -> tuple:
    """What tells one kind of record from another without rendering it: its text values (SSID, profile,
    device id…) and 16-bit values (event id, task), also inside embedded XML (classic event data); not
    times, process ids or record numbers."""
    key: list = []
    for node in root.substitutions():
        name = type(node).__name__
        if name in _KEY_NODES:
            key.append(node.string())
        elif name == "BXmlTypeNode" and depth < 4:
            key.append(_group_key(node.root(), depth + 1))
    return tuple(key)


def events(path: Path, wanted_ids: set[int], needle: bytes | tuple[bytes, ...] | None = None,
           distinct: bool = False) -> Iterator[Event]:
    """Records of ``path`` whose id is in ``wanted_ids`` (and whose raw bytes contain ``needle``, or one
    of several, case-insensitively when given). Raises on a file python-evtx cannot parse.

    ``distinct``: records with the same text and 16-bit values are rendered once; that event carries
    ``times`` (every record's time, from the record headers) — a thousand Wi-Fi connections to three
    networks cost three renderings."""
    from Evtx.Evtx import Evtx

    id_bytes = [i.to_bytes(2, "little") for i in wanted_ids]
    needles = (needle,) if isinstance(needle, bytes) else needle
    groups: dict[tuple, Event | None] = {}
    if path.stat().st_size < MIN_SIZE:  # a file header and one chunk: Windows never writes less
        raise OSError(f"{path}: tệp nhật ký sự kiện bị cắt cụt ({path.stat().st_size} byte)")
    with warnings.catch_warnings():  # python-evtx leaves its file open when mmap fails
        warnings.simplefilter("ignore", ResourceWarning)
        log = Evtx(str(path)).__enter__()
    try:
        header = log.get_file_header()
        # python-evtx's verify() wants format 3.1; Windows 10 and 11 write 3.2 (same layout)
        if not (header.check_magic() and header.major_version() == 3 and header.header_chunk_size() == 0x1000
                and header.checksum() == header.calculate_checksum()):
            raise OSError(f"{path}: không phải tệp nhật ký sự kiện EVTX hợp lệ (sai chữ ký hoặc mã kiểm tra)")
        # every chunk in the file, not only the count in the header: a log closed uncleanly has newer
        # chunks the header does not count yet; never-used chunks are all zero
        for chunk in header.chunks(include_inactive=True):
            magic = chunk.unpack_binary(0, 8)
            if magic == b"\0" * 8:
                continue
            if magic != b"ElfChnk\0":
                raise OSError(f"{path}: khối nhật ký hỏng (sai chữ ký ElfChnk)")
            if needles is not None:
                lowered = chunk.unpack_binary(0, 0x10000).lower()
                if not any(n in lowered for n in needles):
                    continue  # no record of this 64 KiB chunk can hold the needle
            for record in chunk.records():
                raw = record.data()
                if needles is not None and not any(n in raw.lower() for n in needles):
                    continue
                if not any(b in raw for b in id_bytes):
                    continue
                if distinct:
                    key = _group_key(record.root())
                    if key in groups:
                        if groups[key] is not None:
                            groups[key]["times"].append(iso_utc(record.timestamp().replace(tzinfo=dt.timezone.utc)))
                        continue
                ev = _render(record, wanted_ids)
                if distinct:
                    groups[key] = ev
                    if ev is not None:
                        ev["times"] = [ev["time"]]
                elif ev is not None:
                    yield ev
    finally:
        log.__exit__(None, None, None)
    yield from (ev for ev in groups.values() if ev is not None)


def _render(record, wanted_ids: set[int]) -> Event | None:
    xml = record.xml()
    m = _EVENT_ID.search(xml)
    if not m or int(m.group(1)) not in wanted_ids:
        return None
    ev = Event({k: html.unescape(v) for k, v in _DATA.findall(xml)})
    t = _TIME.search(xml)
    ev["event_id"] = int(m.group(1))
    ev["time"] = _iso(t.group(1) if t else None)
    ev["xml"] = html.unescape(xml)  # "USB\\VID_0781&amp;PID_…" as written by Windows
    return ev


def log_path(ctx: ProbeContext, name: str) -> Path | None:
    return regular_file(find(ctx.root, f"{LOGS}/{name}"), LIMIT)


def read_devices(ctx: ProbeContext, book: DeviceBook) -> list[Observation]:
    """USB drives of the Partition/Diagnostic and DriverFrameworks-UserMode logs into ``book``."""
    out = []
    try:
        path = log_path(ctx, PARTITION)
        if path is not None:
            source = f"{path}:1006"
            for ev in events(path, {1006}, _USB_UTF16):
                parent = parse_usb(ev.get("ParentId", ""))
                medium = (ev.get("Capacity") or "0").strip() not in ("", "0")
                if parent and not parent["interface"]:
                    book.add_usb(parent, "storage", source, ev["time"], medium=medium)
                    dev = book.devices[("storage", parent["serial"].lower())]
                    dev.vendor = dev.vendor or (ev.get("Manufacturer") or "").strip() or None
                    dev.model = dev.model or (ev.get("Model") or "").strip() or None
    except Exception as exc:  # noqa: BLE001 - an unreadable log is a failure, not "no events"
        out.append(failure(NAME, str(find(ctx.root, f"{LOGS}/{PARTITION}")), exc))
    try:
        path = log_path(ctx, DFUM)
        if path is not None:
            source = f"{path}:DriverFrameworks"
            for ev in events(path, {2003, 2004, 2010, 2100, 2101, 2105, 2106}, _USB_UTF16, distinct=True):
                info = parse_usbstor(ev["xml"])
                for when in ev["times"] if info else ():
                    book.add_usbstor(info, source, when, medium=True)
    except Exception as exc:  # noqa: BLE001
        out.append(failure(NAME, str(find(ctx.root, f"{LOGS}/{DFUM}")), exc))
    try:
        path = log_path(ctx, KERNEL_PNP)
        if path is not None:
            source = f"{path}:Kernel-PnP"
            for ev in events(path, {400, 410}, PNP_NEEDLES, distinct=True):
                device = ev.get("DeviceInstanceId") or ""
                text = " ".join(str(ev.get(k) or "") for k in ("DriverName", "MatchingDeviceId")).lower()
                if device.upper().startswith("USBSTOR\\"):
                    info = parse_usbstor(device)
                    for when in ev["times"] if info else ():
                        book.add_usbstor(info, source, when)
                    continue
                usb = parse_usb(device)
                if not usb or usb["interface"]:
                    continue
                kind = ("storage" if "uaspstor" in text else "portable" if "wpd" in text
                        else "tethering" if any(n in text for n in ("rndis", "netaapl", "wmbclass")) else None)
                for when in ev["times"] if kind else ():
                    book.add_usb(usb, kind, source, when)
    except Exception as exc:  # noqa: BLE001
        out.append(failure(NAME, str(find(ctx.root, f"{LOGS}/{KERNEL_PNP}")), exc))
    return out


def read_networks(ctx: ProbeContext, known: set[str] = frozenset()) -> list[Observation]:
    """Wi-Fi connections (WLAN-AutoConfig 8001) and network connections (NetworkProfile 10000).

    A 10000 event of a network whose NetworkList profile is still in the registry (``known``: lower
    case names and profile GUIDs) adds nothing; one whose profile was deleted is reported alone."""
    out: list[Observation] = []
    wifi: dict[str, dict] = {}
    nets: dict[str, dict] = {}
    for name, ids, target in ((WLAN, {8001}, wifi), (NETPROFILE, {10000}, nets)):
        try:
            path = log_path(ctx, name)
            if path is None:
                continue
            for ev in events(path, ids, distinct=True):
                key = ev.get("SSID") or ev.get("ProfileName") or ev.get("Name") or "?"
                entry = target.setdefault(key, {"path": path, "times": [], "ev": ev})
                entry["times"] += ev["times"]
        except Exception as exc:  # noqa: BLE001
            out.append(failure(NAME, str(find(ctx.root, f"{LOGS}/{name}")), exc))
    for ssid, entry in sorted(wifi.items()):
        times = sorted(t for t in entry["times"] if t)
        out.append(Observation("network_profile", f"{entry['path']}:8001", {
            "manager": "Windows WLAN AutoConfig (nhật ký sự kiện 8001)", "name": entry["ev"].get("ProfileName") or ssid,
            "type": "wifi", "ssid": ssid, "uuid": None, "mac": None,
            "first_connected": times[0] if times else None, "last_connected": times[-1] if times else None,
            "connections": len(entry["times"]), "os": "windows"}))
    for name, entry in sorted(nets.items()):
        guid = (entry["ev"].get("Guid") or "").strip().strip("{}").lower()
        if name.lower() in known or (guid and guid in known):
            continue
        times = sorted(t for t in entry["times"] if t)
        out.append(Observation("windows_network_connected", f"{entry['path']}:10000", {
            "name": name, "description": entry["ev"].get("Description"), "category": entry["ev"].get("Category"),
            "first_connected": times[0] if times else None, "last_connected": times[-1] if times else None,
            "connections": len(entry["times"]), "last_vi": vn_time(times[-1] if times else None),
            "os": "windows"}))
    return out
