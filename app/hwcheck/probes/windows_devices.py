"""Windows device instance ids (``USBSTOR\\Disk&Ven_X&Prod_Y&Rev_Z\\SERIAL&0``, ``USB\\VID_v&PID_p\\SERIAL``)
as they appear in the registry, setupapi.dev.log, event logs and MountedDevices — one parser, one
merge, so a drive seen by four sources is one finding naming all four.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_USBSTOR = re.compile(
    r"USBSTOR[\\#](?P<type>[A-Za-z]+)&Ven_(?P<ven>[^&\\#]*)&Prod_(?P<prod>[^&\\#]*)(?:&Rev_(?P<rev>[^\\#]*))?"
    r"[\\#](?P<serial>[^\\#{}\s]+)", re.IGNORECASE)
_USB = re.compile(r"USB[\\#]VID_(?P<vid>[0-9A-Fa-f]{4})&PID_(?P<pid>[0-9A-Fa-f]{4})(?P<mi>&MI_[0-9A-Fa-f]{2})?"
                  r"[\\#](?P<serial>[^\\#{}\s\]]+)", re.IGNORECASE)
_LUN = re.compile(r"&\d+$")

# Enum\USB services (drivers) of devices that move files or carry a network.
STORAGE_SERVICES = {"usbstor", "uaspstor"}
PORTABLE_SERVICES = {"wudfwpdmtp", "wpdusb", "wudfwpdfs", "usbaapl", "usbaapl64", "usbscan"}
TETHERING_SERVICES = {"usb_rndis", "rndismp", "rndismp6", "netaapl", "netaapl64", "usbncm", "wmbclass",
                      "usbrndis6"}
WPD_CLASS = "{eec5ad98-8080-425f-922a-dabf3de3f69a}"
CARD_READER = re.compile(r"(^|[^a-z])(sd|mmc|cf|ms|xd|card|reader|multi|crw)([^a-z]|$)", re.IGNORECASE)


def clean_serial(serial: str) -> str:
    """``4C53000123&0`` → ``4C53000123`` (the LUN suffix); Windows-made ``7&2a3b&0`` stays as is."""
    serial = serial.strip()
    if len(serial) > 1 and serial[1] == "&":
        return serial
    return _LUN.sub("", serial)


def parse_usbstor(text: str) -> dict | None:
    m = _USBSTOR.search(text)
    if not m:
        return None
    tidy = lambda s: (s or "").replace("_", " ").strip() or None  # noqa: E731
    return {"vendor": tidy(m["ven"]), "model": tidy(m["prod"]), "revision": tidy(m["rev"]),
            "serial": clean_serial(m["serial"]), "device_id": m.group(0).replace("#", "\\")}


def parse_usb(text: str) -> dict | None:
    m = _USB.search(text)
    if not m:
        return None
    return {"vendor_id": m["vid"].lower(), "product_id": m["pid"].lower(), "serial": m["serial"],
            "interface": bool(m["mi"]), "device_id": m.group(0).replace("#", "\\")}


@dataclass
class Device:
    """One device as merged from every source that saw it."""

    kind: str  # storage | portable | tethering
    serial: str | None = None
    vendor_id: str | None = None
    product_id: str | None = None
    vendor: str | None = None
    model: str | None = None
    name: str | None = None
    times: list[str] = field(default_factory=list)
    key_times: list[str] = field(default_factory=list)  # registry key last-write: used when no other time
    sources: set[str] = field(default_factory=set)
    medium: bool = False  # a volume or partition was seen (a medium was in the reader)
    letters: set[str] = field(default_factory=set)
    users: set[str] = field(default_factory=set)

    def observation_data(self) -> dict:
        from app.hwcheck.policy import describe_usb, vn_time

        times = sorted(t for t in self.times if t) or sorted(t for t in self.key_times if t)
        data = {"vendor_id": self.vendor_id, "product_id": self.product_id, "serial": self.serial,
                "vendor": self.vendor, "model": self.model, "product": self.model or self.name, "name": self.name,
                "first_seen": times[0] if times else None, "last_seen": times[-1] if times else None,
                "connections": None, "drive_letters": sorted(self.letters), "users": sorted(self.users),
                "evidence": sorted(self.sources), "os": "windows"}
        data.update(describe=describe_usb(data), first_vi=vn_time(data["first_seen"]),
                    last_vi=vn_time(data["last_seen"]))
        return data


class DeviceBook:
    """Devices keyed by serial (case-insensitive); USB vendor/product ids joined by serial."""

    def __init__(self) -> None:
        self.devices: dict[tuple[str, str], Device] = {}
        self.usb_ids: dict[str, tuple[str, str]] = {}

    def _get(self, kind: str, serial: str | None, label: str) -> Device:
        key = (kind, (serial or f"?{label}").lower())
        if key not in self.devices:
            self.devices[key] = Device(kind=kind, serial=serial)
        return self.devices[key]

    def add_usbstor(self, info: dict, source: str, when: str | None = None, **extra) -> Device:
        dev = self._get("storage", info["serial"], info["device_id"])
        dev.vendor = dev.vendor or info.get("vendor")
        dev.model = dev.model or info.get("model")
        return self._note(dev, source, when, **extra)

    def add_usb(self, info: dict, kind: str, source: str, when: str | None = None, **extra) -> Device:
        if kind == "storage":
            self.usb_ids.setdefault(info["serial"].lower(), (info["vendor_id"], info["product_id"]))
        dev = self._get(kind, info["serial"], info["device_id"])
        dev.vendor_id = dev.vendor_id or info["vendor_id"]
        dev.product_id = dev.product_id or info["product_id"]
        return self._note(dev, source, when, **extra)

    @staticmethod
    def _note(dev: Device, source: str, when: str | None, name: str | None = None, medium: bool = False,
              letter: str | None = None, user: str | None = None, key_time: str | None = None) -> Device:
        dev.sources.add(source)
        if key_time:
            dev.key_times.append(key_time)
        if when:
            dev.times.append(when)
        if name and not dev.name:
            dev.name = name
        dev.medium = dev.medium or medium
        if letter:
            dev.letters.add(letter)
        if user:
            dev.users.add(user)
        return dev

    def finish(self) -> list[Device]:
        """Every device; a USBSTOR drive without ids gets them from the Enum\\USB entry of its serial."""
        result = []
        for (kind, serial), dev in sorted(self.devices.items()):
            if kind == "storage" and dev.vendor_id is None and serial in self.usb_ids:
                dev.vendor_id, dev.product_id = self.usb_ids[serial]
            result.append(dev)
        return result


def is_card_reader(dev: Device) -> bool:
    text = " ".join(x for x in (dev.model, dev.name) if x)
    return dev.kind == "storage" and bool(CARD_READER.search(text))
