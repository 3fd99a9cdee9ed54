"""USB devices on a mounted Windows disk: what USBDeview / RegRipper ``usbstor`` read, merged with
setupapi.dev.log and the event logs.

- SYSTEM ``ControlSet*\\Enum\\USBSTOR`` (every mass-storage drive: vendor, model, serial; install,
  last-arrival and last-removal times in the ``{83da6326-…}`` device properties),
- SYSTEM ``ControlSet*\\Enum\\USB`` (vendor/product ids by serial; MTP/PTP phones and cameras, iPhones,
  RNDIS/NCM tethering by their driver service),
- SYSTEM ``MountedDevices`` (a drive letter or volume given to a USB drive: a medium was mounted),
- each user's NTUSER.DAT ``MountPoints2`` (which user saw that volume),
- ``Windows/INF/setupapi.dev.log`` and the event logs (see ``windows_setupapi``, ``windows_evtx``).

A built-in card reader that Windows lists at every boot with no medium is reported as a warning, not
as a used drive, unless a volume or partition of it was seen.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.hwcheck.model import Observation
from app.hwcheck.policy import vn_time
from app.hwcheck.probes import windows_evtx, windows_setupapi
from app.hwcheck.probes.common import ProbeContext, failure, iso_utc
from app.hwcheck.probes.windows_devices import (
    PORTABLE_SERVICES, STORAGE_SERVICES, TETHERING_SERVICES, WPD_CLASS, DeviceBook, is_card_reader, parse_usb,
    parse_usbstor,
)
from app.hwcheck.probes.windows_paths import glob, windows_root
from app.hwcheck.probes.windows_registry import (
    REGBACK, SOFTWARE, SYSTEM, HiveError, open_backup, filetime, key_time, open_hive, strict, subkeys, values,
)

NAME = "windows_usb"
DEVICE_PROPS = "{83da6326-97a6-4088-9453-a1923f573b29}"  # 0064 install, 0065 first install, 0066 arrival, 0067 removal


def _prop_time(node: Any) -> str | None:
    """One device property value: Windows 8+ stores a typed default value (REG_FILETIME), Windows 7
    a ``00000000`` subkey with ``Type``/``Data``."""
    vals = values(node)
    raw = vals.get("(default)")
    if raw is None:
        for sub in subkeys(node):
            raw = values(sub).get("data")
            break
    if isinstance(raw, dt.datetime):
        return iso_utc(raw if raw.tzinfo else raw.replace(tzinfo=dt.timezone.utc))
    if isinstance(raw, (bytes, bytearray)) and len(raw) == 8:
        return filetime(int.from_bytes(raw, "little"))
    return None


def _device_times(instance: Any) -> list[str]:
    times = []
    props = next((k for k in subkeys(instance) if k.name.lower() == "properties"), None)
    for group in subkeys(props):
        if group.name.lower() != DEVICE_PROPS:
            continue
        for prop in subkeys(group):
            try:
                pid = int(prop.name, 16)
            except ValueError:
                continue
            if pid in (0x64, 0x65, 0x66, 0x67):
                when = _prop_time(prop)
                if when:
                    times.append(when)
    return times


def _name(vals: dict) -> str | None:
    for key in ("friendlyname", "devicedesc"):
        text = vals.get(key)
        if isinstance(text, str) and text:
            return text.split(";")[-1]
    return None


def read_system(hive, book: DeviceBook, source: str) -> None:
    for cs in hive.control_sets():
        for product in subkeys(hive.key(f"{cs}\\Enum\\USBSTOR")):
            for instance in subkeys(product):
                info = parse_usbstor(f"USBSTOR\\{product.name}\\{instance.name}")
                if info:
                    book.add_usbstor(info, source + ":Enum\\USBSTOR", None, name=_name(values(instance)),
                                     key_time=key_time(instance))
                    for when in _device_times(instance):
                        book.add_usbstor(info, source + ":Enum\\USBSTOR", when)
        for product in subkeys(hive.key(f"{cs}\\Enum\\USB")):
            for instance in subkeys(product):
                info = parse_usb(f"USB\\{product.name}\\{instance.name}")
                if not info:
                    continue
                vals = values(instance)
                service = str(vals.get("service") or "").lower()
                klass = str(vals.get("classguid") or "").lower()
                if service in STORAGE_SERVICES:
                    kind = "storage"
                elif service in PORTABLE_SERVICES or klass == WPD_CLASS or (
                        service == "wudfrd" and "wpd" in str(vals.get("class") or "").lower()):
                    kind = "portable"
                elif service in TETHERING_SERVICES:
                    kind = "tethering"
                else:
                    continue
                book.add_usb(info, kind, source + ":Enum\\USB", None, name=_name(vals), key_time=key_time(instance))
                for when in _device_times(instance):
                    book.add_usb(info, kind, source + ":Enum\\USB", when)
    mounted = hive.key("MountedDevices")
    for name, data in values(mounted).items():
        if not isinstance(data, (bytes, bytearray)) or len(data) < 16:
            continue
        text = bytes(data).decode("utf-16-le", errors="ignore")
        info = parse_usbstor(text)
        if info:
            letter = name[-2:].upper() if name.startswith("\\dosdevices\\") else None
            book.add_usbstor(info, source + ":MountedDevices", None, medium=True, letter=letter)


def read_software(hive, book: DeviceBook, source: str) -> None:
    """SOFTWARE ``Windows Portable Devices\\Devices`` (a USB volume or an MTP phone by its friendly name)
    and ``Windows NT\\CurrentVersion\\EMDMgmt`` (ReadyBoost's record of every USB volume): both mean
    a medium was mounted."""
    for key in subkeys(hive.key("Microsoft\\Windows Portable Devices\\Devices")):
        name = values(key).get("friendlyname")
        name = name if isinstance(name, str) and name else None
        info = parse_usbstor(key.name)
        if info:
            book.add_usbstor(info, source + ":Windows Portable Devices", None, medium=True, key_time=key_time(key))
            continue
        usb = parse_usb(re.sub(r"&MS_COMP_[^#\\]*", "", key.name, flags=re.IGNORECASE))
        known = {(d.vendor_id, d.product_id) for (kind, _), d in book.devices.items() if kind == "portable"}
        if usb and (usb["vendor_id"], usb["product_id"]) not in known:  # a phone Enum\\USB did not keep
            book.add_usb(usb, "portable", source + ":Windows Portable Devices", None, name=name,
                         key_time=key_time(key))
    for key in subkeys(hive.key("Microsoft\\Windows NT\\CurrentVersion\\EMDMgmt")):
        info = parse_usbstor(key.name)
        if info:
            book.add_usbstor(info, source + ":EMDMgmt", None, medium=True, key_time=key_time(key))


def bluetooth(hive, source: str) -> list[Observation]:
    """Paired Bluetooth devices (``Services\\BTHPORT\\Parameters\\Devices\\<address>``): a phone, or a
    device offering networking (PAN/NAP/DUN), is a path to the Internet; a keyboard or mouse is not."""
    out = []
    seen = set()
    for cs in hive.control_sets():
        for dev in subkeys(hive.key(f"{cs}\\Services\\BTHPORT\\Parameters\\Devices")):
            if dev.name.lower() in seen:
                continue
            seen.add(dev.name.lower())
            vals = values(dev)
            cod = vals.get("cod") if isinstance(vals.get("cod"), int) else 0
            major, networking = (cod >> 8) & 0x1F, bool(cod & (1 << 17))
            if major != 0x02 and not networking:
                continue
            raw = vals.get("name")
            name = raw.rstrip(b"\0").decode("utf-8", errors="replace") if isinstance(raw, (bytes, bytearray)) \
                else (raw or None)
            address = ":".join(dev.name[i:i + 2] for i in range(0, 12, 2)).lower() if len(dev.name) == 12 \
                else dev.name
            where = f"{source}:{cs}\\Services\\BTHPORT\\Parameters\\Devices\\{dev.name}"
            out.append(Observation("windows_bluetooth_phone", where, {
                "name": name, "address": address, "class_of_device": f"0x{cod:06x}",
                "kind_vi": "điện thoại" if major == 0x02 else "thiết bị chia sẻ mạng",
                "last_vi": vn_time(key_time(dev)), "os": "windows"}))
    return out


def _mountpoints(ctx: ProbeContext, book: DeviceBook, volumes: dict[str, str]) -> list[Observation]:
    """Users whose NTUSER.DAT MountPoints2 names a USB volume from MountedDevices."""
    out = []
    for ntuser in glob(ctx.root, "Users/*/NTUSER.DAT"):
        user = ntuser.parent.name
        inside = str(ntuser.relative_to(ctx.root))
        try:
            hive = open_hive(ctx, inside)
            if hive is None:
                continue
            with strict(str(ntuser)):
                for key in subkeys(hive.key("Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\MountPoints2")):
                    serial = volumes.get(key.name.lower())
                    if serial:
                        for (kind, key_serial), dev in book.devices.items():
                            if kind == "storage" and key_serial == serial:
                                book._note(dev, f"{ntuser}:MountPoints2", None, user=user,
                                           key_time=key_time(key))
        except (HiveError, OSError):
            continue  # reported once, by windows_remote, which reads every NTUSER.DAT too
    return out


def _volumes(hive) -> dict[str, str]:
    """Volume GUID (``{…}``, lower case) → serial of the USB drive it belongs to."""
    result = {}
    for name, data in values(hive.key("MountedDevices")).items():
        if name.startswith("\\??\\volume{") and isinstance(data, (bytes, bytearray)):
            info = parse_usbstor(bytes(data).decode("utf-16-le", errors="ignore"))
            if info:
                result[name[len("\\??\\volume"):]] = info["serial"].lower()
    return result


def probe(ctx: ProbeContext) -> list[Observation]:
    root = windows_root(ctx)
    if root is None:
        return []
    out: list[Observation] = []
    book = DeviceBook()
    try:
        hive = open_hive(ctx, SYSTEM, required=True)
        with strict(str(hive.path)):
            read_system(hive, book, str(hive.path))
            volumes = _volumes(hive)
            out += bluetooth(hive, str(hive.path))
    except (HiveError, OSError) as exc:
        return [failure(NAME, str(root / SYSTEM), exc)]
    try:
        backup = open_backup(ctx, SYSTEM)
        if backup is not None:
            with strict(str(backup.path)):
                read_system(backup, book, str(backup.path))
    except (HiveError, OSError) as exc:
        out.append(failure(NAME, str(root / REGBACK[SYSTEM]), exc))
    try:
        software = open_hive(ctx, SOFTWARE)  # required, and reported, by windows_network
        if software is not None:
            with strict(str(software.path)):
                read_software(software, book, str(software.path))
    except (HiveError, OSError):
        pass
    out += windows_setupapi.read_devices(ctx, book)
    out += windows_evtx.read_devices(ctx, book)
    out += _mountpoints(ctx, book, volumes)
    for dev in book.finish():
        data = dev.observation_data()
        # named after the live hive when it holds the device, after a RegBack copy only otherwise
        first = min(dev.sources, key=lambda src: ("regback" in src.lower(), src))
        source = first.split(":Enum")[0].split(":Mounted")[0]
        if dev.kind == "storage" and is_card_reader(dev) and not dev.medium:
            out.append(Observation("windows_card_reader_empty", source, data))
        elif dev.kind == "storage":
            out.append(Observation("usb_storage_history", source, data))
        elif dev.kind == "portable":
            out.append(Observation("windows_portable_device", source, data))
        else:
            data["driver"] = "RNDIS/NCM"
            out.append(Observation("usb_network_history", source, data))
    return out
