"""USB storage attached right now (pyudev), for the check, for the GUI to pick approved drives, and
for the export code to identify the drive under a mount point.

``UdevBackend`` is the only code that talks to udev; tests pass a fake with the same ``disks()``.
Identity comes from the USB device descriptor (``idVendor``, ``idProduct``, ``serial``): the same
values the kernel logs record, so approvals match history and present alike.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Protocol

import psutil


@dataclass(frozen=True)
class UsbDevice:
    vendor_id: str | None
    product_id: str | None
    vendor: str | None
    model: str | None
    serial: str | None
    size_bytes: int
    devnode: str
    mountpoints: tuple[str, ...]
    partitions: tuple[str, ...] = ()

    def describe(self) -> str:
        name = " ".join(x for x in (self.vendor, self.model) if x) or "không rõ tên"
        ids = f"{self.vendor_id or '????'}:{self.product_id or '????'}"
        return f"{name} [{ids}, sê-ri {self.serial or 'không có'}]"


class UsbBackend(Protocol):
    def disks(self) -> list[dict]:
        """Each USB block disk: devnode, size_bytes, id_vendor, id_product, manufacturer, product,
        serial, partitions (devnodes)."""


def _clean(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    value = str(value).strip()
    return value or None


class UdevBackend:
    def __init__(self):
        import pyudev  # imported here: the module must load where udev is missing

        self.pyudev = pyudev
        self.context = pyudev.Context()

    def disks(self) -> list[dict]:
        result = []
        for dev in self.context.list_devices(subsystem="block", DEVTYPE="disk"):
            usb = dev.find_parent("usb", "usb_device")
            if usb is None:
                continue
            attrs = usb.attributes
            props = dev.properties

            def attr(name, attrs=attrs):
                try:
                    return _clean(attrs.get(name))
                except (KeyError, UnicodeDecodeError, OSError):
                    return None
            try:
                sectors = int(dev.attributes.asint("size"))
            except (KeyError, ValueError, OSError):
                sectors = 0
            parts = [c.device_node for c in dev.children
                     if c.properties.get("DEVTYPE") == "partition" and c.device_node]
            result.append({
                "devnode": dev.device_node or "",
                "size_bytes": sectors * 512,
                "id_vendor": (attr("idVendor") or props.get("ID_VENDOR_ID") or "").lower() or None,
                "id_product": (attr("idProduct") or props.get("ID_MODEL_ID") or "").lower() or None,
                "manufacturer": attr("manufacturer") or _clean(props.get("ID_VENDOR")),
                "product": attr("product") or _clean(props.get("ID_MODEL")),
                "serial": attr("serial") or _clean(props.get("ID_SERIAL_SHORT")),
                "partitions": parts,
            })
        return result


    def phones(self) -> list[dict]:
        """USB devices that move files without being a disk: MTP/PTP phones and cameras (udev marks
        them ``ID_MTP_DEVICE``/``ID_GPHOTO2``; PTP is interface class 06) and Apple devices (usbmux)."""
        result = []
        for dev in self.context.list_devices(subsystem="usb", DEVTYPE="usb_device"):
            props = dev.properties
            attrs = dev.attributes

            def attr(name, attrs=attrs):
                try:
                    return _clean(attrs.get(name))
                except (KeyError, UnicodeDecodeError, OSError):
                    return None
            result.append({
                "devnode": dev.device_node or "", "syspath": dev.sys_path,
                "vendor_id": (attr("idVendor") or "").lower() or None,
                "product_id": (attr("idProduct") or "").lower() or None,
                "manufacturer": attr("manufacturer"), "product": attr("product"), "serial": attr("serial"),
                "interfaces": props.get("ID_USB_INTERFACES", ""),
                "mtp": props.get("ID_MTP_DEVICE") == "1", "gphoto2": props.get("ID_GPHOTO2") == "1",
            })
        return [d for d in result if is_phone(d)]

    def sd_cards(self) -> list[dict]:
        """Memory cards in an SD/MMC reader (PCIe or USB, ``mmcblk``); an eMMC system disk (card type
        ``MMC``) is not one."""
        result = []
        for dev in self.context.list_devices(subsystem="block", DEVTYPE="disk"):
            card = dev.find_parent("mmc")
            if card is None:
                continue
            attrs = card.attributes

            def attr(name, attrs=attrs):
                try:
                    return _clean(attrs.get(name))
                except (KeyError, UnicodeDecodeError, OSError):
                    return None
            card_type = attr("type")
            if card_type not in ("SD", "SDIO", "SD-combo"):
                continue
            try:
                sectors = int(dev.attributes.asint("size"))
            except (KeyError, ValueError, OSError):
                sectors = 0
            result.append({"devnode": dev.device_node or "", "card_type": card_type, "card_name": attr("name"),
                           "serial": attr("serial"), "manfid": attr("manfid"), "date": attr("date"),
                           "size_bytes": sectors * 512})
        return result


PHONE_WORDS = re.compile(r"\b(android|mtp|ptp|iphone|ipad|ipod|galaxy|pixel)\b", re.IGNORECASE)  # no "camera": webcams


def is_phone(d: dict) -> bool:
    """A USB device that moves files as a phone or camera does (MTP/PTP, Apple usbmux)."""
    if d.get("mtp") or d.get("gphoto2"):
        return True
    ifaces = d.get("interfaces") or ""
    if ":0601" in ifaces:  # still image class: PTP cameras and phones in PTP mode
        return True
    if d.get("vendor_id") == "05ac" and ":fffe02:" in ifaces:  # Apple usbmux interface
        return True
    name = " ".join(x for x in (d.get("manufacturer"), d.get("product")) if x).replace("_", " ")
    return bool(PHONE_WORDS.search(name))


def list_phones(backend: UsbBackend | None = None) -> list[dict]:
    """MTP/PTP phones, cameras and Apple devices attached now ([] for a backend that cannot tell)."""
    backend = backend or UdevBackend()
    read = getattr(backend, "phones", None)
    return list(read()) if callable(read) else []


def list_sd_cards(backend: UsbBackend | None = None) -> list[dict]:
    """Memory cards in SD/MMC readers now ([] for a backend that cannot tell)."""
    backend = backend or UdevBackend()
    read = getattr(backend, "sd_cards", None)
    return list(read()) if callable(read) else []


def _mounts() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for part in psutil.disk_partitions(all=True):
        table.setdefault(os.path.realpath(part.device) if part.device.startswith("/") else part.device,
                         []).append(part.mountpoint)
    return table


def list_usb_storage(backend: UsbBackend | None = None) -> list[UsbDevice]:
    """USB block disks attached now. Raises when udev cannot be read (the check fails closed)."""
    backend = backend or UdevBackend()
    mounts = _mounts()
    devices = []
    for d in backend.disks():
        nodes = [d["devnode"], *d.get("partitions", ())]
        mps = tuple(mp for node in nodes for mp in mounts.get(node, ()))
        devices.append(UsbDevice(d.get("id_vendor"), d.get("id_product"), d.get("manufacturer"),
                                 d.get("product"), d.get("serial"), int(d.get("size_bytes") or 0),
                                 d["devnode"], mps, tuple(d.get("partitions", ()))))
    return devices


def usb_identity_for_mountpoint(path: str, backend: UsbBackend | None = None) -> UsbDevice | None:
    """The USB drive holding ``path`` (a mount point or anything under one), or None when ``path`` is
    not on a USB drive."""
    target = os.path.realpath(path)
    best = None
    for part in psutil.disk_partitions(all=True):
        mp = part.mountpoint
        if target == mp or target.startswith(mp.rstrip("/") + "/"):
            if best is None or len(mp) > len(best.mountpoint):
                best = part
    if best is None:
        return None
    device = os.path.realpath(best.device) if best.device.startswith("/") else best.device
    for dev in list_usb_storage(backend):
        if device == dev.devnode or device in dev.partitions:
            return dev
    return None
