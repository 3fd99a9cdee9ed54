"""Bluetooth pairings kept by BlueZ: ``/var/lib/bluetooth/<adapter>/<device>/info``.

A paired phone or network access point is a tethering path to the Internet (Bluetooth PAN/NAP, the
old dial-up networking profile DUN). A keyboard, mouse or headset is not: only devices whose class
says phone or network access point, or that offer PANU/NAP/GN/DUN services, block.
Format: BlueZ ``doc/settings-storage.txt`` (``[General] Name, Class, Appearance, Services``; a
``[LinkKey]`` or ``[LongTermKey]`` group means the device is paired).
"""
from __future__ import annotations

import re

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, list_dir, parse_keyfile
from app.hwcheck.probes.filereads import read_small

NAME = "bluetooth"
ROOT = "/var/lib/bluetooth"
_ADDR = re.compile(r"^[0-9A-F]{2}(:[0-9A-F]{2}){5}$", re.I)

# Bluetooth Assigned Numbers: major device classes (bits 8-12 of the Class of Device).
MAJOR_CLASS = {0: "khác", 1: "máy tính", 2: "điện thoại", 3: "điểm truy cập mạng", 4: "âm thanh/hình ảnh",
               5: "thiết bị ngoại vi (bàn phím, chuột)", 6: "máy in/máy quét", 7: "thiết bị đeo", 8: "đồ chơi",
               9: "thiết bị y tế", 31: "không phân loại"}
NETWORK_SERVICES = {0x1115: "PANU", 0x1116: "NAP", 0x1117: "GN", 0x1103: "DUN"}
PAIRING_GROUPS = ("LinkKey", "LongTermKey", "PeripheralLongTermKey", "SlaveLongTermKey")


def _uuid16(uuid: str) -> int | None:
    m = re.fullmatch(r"0000([0-9a-f]{4})-0000-1000-8000-00805f9b34fb", uuid.strip().lower())
    return int(m.group(1), 16) if m else None


def parse_info(text: str) -> dict:
    """What one ``info`` file says about a device. Never raises."""
    groups = parse_keyfile(text)
    general = groups.get("General", {})
    major = None
    try:
        major = (int(general.get("Class", ""), 16) >> 8) & 0x1F
    except ValueError:
        pass
    appearance = None
    try:
        appearance = int(general.get("Appearance", ""), 16)
    except ValueError:
        pass
    services = [_uuid16(u) for u in general.get("Services", "").split(";") if u.strip()]
    network = sorted({NETWORK_SERVICES[s] for s in services if s in NETWORK_SERVICES})
    phone = major in (2, 3) or (appearance is not None and appearance >> 6 == 1)  # 0x0040: Generic Phone
    return {"name": general.get("Alias") or general.get("Name"), "class_major": major,
            "class_vi": MAJOR_CLASS.get(major, "không rõ") if major is not None else
            ("điện thoại" if phone else "không rõ"),
            "appearance": appearance, "network_services": network,
            "paired": any(g in groups for g in PAIRING_GROUPS),
            "trusted": general.get("Trusted", "").lower() == "true", "phone_or_ap": phone}


def judge(info: dict) -> str:
    """``bluetooth_tethering`` (a path to the Internet), ``bluetooth_unknown`` or ``bluetooth_device``."""
    if (info["phone_or_ap"] or info["network_services"]) and (info["paired"] or info["trusted"]):
        return "bluetooth_tethering"
    if info["phone_or_ap"] or info["network_services"]:
        return "bluetooth_unknown"  # seen, never paired
    if info["class_major"] in (4, 5, 6, 7, 9) or (info["appearance"] or 0) >> 6 in (15, 16, 17, 18):
        return "bluetooth_device"
    return "bluetooth_unknown" if info["paired"] else "bluetooth_device"


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    for adapter in list_dir(ctx.path(ROOT)):
        if not _ADDR.match(adapter.name):
            continue
        for device in list_dir(adapter):
            if not _ADDR.match(device.name):
                continue
            path = device / "info"
            if not path.exists():
                continue
            try:
                info = parse_info(read_small(ctx, path, 1 << 20).decode("utf-8", "replace"))
            except Exception as exc:  # noqa: BLE001
                out.append(failure(NAME, str(path), exc))
                continue
            info.update(adapter=adapter.name, address=device.name.upper(),
                        name=info["name"] or device.name.upper(),
                        services_vi=", ".join(info["network_services"]) or "không có")
            out.append(Observation(judge(info), str(path), info))
    return out
