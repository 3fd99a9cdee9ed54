"""Saved network connections: NetworkManager keyfiles, iwd networks, wpa_supplicant and ifupdown
Wi-Fi entries. Each one says this machine was set up to join a network, and NetworkManager's
timestamp says when it last did."""
from __future__ import annotations

import re
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import (
    ProbeContext, failure, from_unix, iso_utc, list_dir, parse_keyfile, read_text,
)

NAME = "network_profiles"

NM_DIRS = ("/etc/NetworkManager/system-connections", "/run/NetworkManager/system-connections")
NM_TIMESTAMPS = "/var/lib/NetworkManager/timestamps"
NM_BSSIDS = "/var/lib/NetworkManager/seen-bssids"
IWD_DIR = "/var/lib/iwd"
WPA_FILES = ("/etc/wpa_supplicant.conf",)
WPA_DIRS = ("/etc/wpa_supplicant",)
IFUPDOWN = ("/etc/network/interfaces",)

TYPE_ALIASES = {"802-11-wireless": "wifi", "802-3-ethernet": "ethernet", "wireless": "wifi"}


def decode_ssid(value: str) -> str:
    """Keyfile SSIDs are text, or (older files) a ``;``-separated list of byte values."""
    value = value.strip()
    if re.fullmatch(r"([0-9]{1,3};)+[0-9]{0,3}", value):
        raw = bytes(int(n) for n in value.split(";") if n and int(n) < 256)
        return raw.decode("utf-8", "replace")
    return value


def _nm_side_table(ctx: ProbeContext, inside: str, section: str) -> dict[str, str]:
    path = ctx.path(inside)
    if not path.is_file():
        return {}
    return parse_keyfile(read_text(path)).get(section, {})


def parse_nm_keyfile(text: str, stamps: dict | None = None, bssids: dict | None = None) -> dict:
    """One NetworkManager keyfile → profile data. Never raises."""
    sections = parse_keyfile(text)

    def get(*keys: tuple[str, str]) -> str | None:
        for section, key in keys:
            value = sections.get(section, {}).get(key)
            if value:
                return value
        return None

    ctype = get(("connection", "type")) or ""
    uuid = get(("connection", "uuid")) or ""
    ssid = get(("wifi", "ssid"), ("802-11-wireless", "ssid"))
    mac = get(("ethernet", "mac-address"), ("802-3-ethernet", "mac-address"))
    stamp = get(("connection", "timestamp")) or (stamps or {}).get(uuid)
    last = from_unix(int(stamp)) if stamp and stamp.isascii() and stamp.isdigit() and len(stamp) < 15 else None
    return {
        "manager": "NetworkManager",
        "name": get(("connection", "id")),
        "type": TYPE_ALIASES.get(ctype, ctype) or "không rõ",
        "uuid": uuid or None,
        "ssid": decode_ssid(ssid) if ssid else None,
        "mac": mac.lower() if mac else None,
        "last_connected": iso_utc(last),
        "seen_bssids": [b for b in ((bssids or {}).get(uuid) or "").split(",") if b][:20],
    }


def nm_profiles(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    try:
        stamps = _nm_side_table(ctx, NM_TIMESTAMPS, "timestamps")
        bssids = _nm_side_table(ctx, NM_BSSIDS, "seen-bssids")
    except Exception as exc:  # noqa: BLE001
        out.append(failure(NAME, str(ctx.path(NM_TIMESTAMPS)), exc))
        stamps, bssids = {}, {}
    for folder in NM_DIRS:
        for path in list_dir(ctx.path(folder)):
            if not path.is_file():
                continue
            try:
                text = read_text(path)
            except Exception as exc:  # noqa: BLE001
                out.append(failure(NAME, str(path), exc))
                continue
            data = parse_nm_keyfile(text, stamps, bssids)
            data["name"] = data["name"] or path.stem
            out.append(Observation("network_profile", str(path), data))
    return out


def iwd_networks(ctx: ProbeContext) -> list[Observation]:
    out = []
    for path in list_dir(ctx.path(IWD_DIR)):
        if path.suffix not in (".psk", ".open", ".8021x") or not path.is_file():
            continue
        name = path.stem
        if name.startswith("="):
            try:
                name = bytes.fromhex(name[1:]).decode("utf-8", "replace")
            except ValueError:
                pass
        out.append(Observation("network_profile", str(path), {
            "manager": "iwd", "name": name, "type": "wifi", "ssid": name, "uuid": None, "mac": None,
            "last_connected": None, "seen_bssids": [],
        }))
    return out


_WPA_BLOCK = re.compile(r"network\s*=\s*\{(.*?)\}", re.S)
_WPA_SSID = re.compile(r"^\s*ssid\s*=\s*(\"(.*)\"|([0-9A-Fa-f]+))\s*$", re.M)


def parse_wpa_conf(text: str) -> list[str]:
    """SSIDs of the ``network={...}`` blocks of a wpa_supplicant configuration. Never raises."""
    ssids = []
    for block in _WPA_BLOCK.findall(text):
        m = _WPA_SSID.search(block)
        if not m:
            continue
        if m.group(2) is not None:
            ssids.append(m.group(2))
        elif len(m.group(3)) % 2 == 0:
            ssids.append(bytes.fromhex(m.group(3)).decode("utf-8", "replace"))
        else:
            ssids.append(m.group(3))
    return ssids


def wpa_networks(ctx: ProbeContext) -> list[Observation]:
    out = []
    paths = [ctx.path(p) for p in WPA_FILES]
    for folder in WPA_DIRS:
        paths += [p for p in list_dir(ctx.path(folder)) if p.suffix == ".conf"]
    for path in paths:
        if not path.is_file():
            continue
        try:
            text = read_text(path)
        except Exception as exc:  # noqa: BLE001
            out.append(failure(NAME, str(path), exc))
            continue
        for ssid in parse_wpa_conf(text):
            out.append(Observation("network_profile", str(path), {
                "manager": "wpa_supplicant", "name": ssid, "type": "wifi", "ssid": ssid, "uuid": None,
                "mac": None, "last_connected": None, "seen_bssids": [],
            }))
    return out


_IFUPDOWN_SSID = re.compile(r"^\s*wpa-(?:ssid|essid)\s+(.+?)\s*$", re.M)


def ifupdown_networks(ctx: ProbeContext) -> list[Observation]:
    out = []
    for inside in IFUPDOWN:
        path: Path = ctx.path(inside)
        if not path.is_file():
            continue
        for ssid in _IFUPDOWN_SSID.findall(read_text(path)):
            ssid = ssid.strip('"')
            out.append(Observation("network_profile", str(path), {
                "manager": "ifupdown", "name": ssid, "type": "wifi", "ssid": ssid, "uuid": None,
                "mac": None, "last_connected": None, "seen_bssids": [],
            }))
    return out


def probe(ctx: ProbeContext) -> list[Observation]:
    return nm_profiles(ctx) + iwd_networks(ctx) + wpa_networks(ctx) + ifupdown_networks(ctx)
