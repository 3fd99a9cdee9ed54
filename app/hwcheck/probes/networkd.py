"""systemd-networkd configuration: ``.network`` files (which links get DHCP, addresses, a gateway,
which Wi-Fi SSID they match) and ``.netdev`` WireGuard tunnels, in ``/etc/systemd/network`` and
``/run/systemd/network``. Files shipped by the distribution in ``/usr/lib/systemd/network`` are
defaults present on every machine and are not evidence. (networkd's leases: ``leases.py``.)"""
from __future__ import annotations

import os

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, list_dir, parse_keyfile
from app.hwcheck.probes.filereads import read_small
from app.hwcheck.probes.netplan import vpn_observation

NAME = "networkd"
DIRS = ("/etc/systemd/network", "/run/systemd/network")
MAX_BYTES = 1 << 20


def parse_unit(text: str) -> dict[str, dict[str, list[str]]]:
    """A systemd unit-style file; keys may repeat (``Address=`` twice), so values are lists."""
    return parse_keyfile(text, repeated=True)


def _first(sections: dict, section: str, key: str) -> str | None:
    values = sections.get(section, {}).get(key) or []
    return values[0].split()[0] if values and values[0].split() else None


def network_observation(sections: dict, stem: str, source: str) -> Observation:
    match = sections.get("Match", {})
    name = _first(sections, "Match", "Name")
    ssid = _first(sections, "Match", "SSID")
    mtype = (_first(sections, "Match", "Type") or "").lower()
    if ssid or mtype == "wlan" or (name or "").startswith("wl"):
        ptype = "wifi"
    elif mtype == "wwan" or (name or "").startswith("ww"):
        ptype = "gsm"
    else:
        ptype = "ethernet"
    network = sections.get("Network", {})
    addresses = [a for v in network.get("Address", []) for a in v.split()]
    addresses += [a for v in sections.get("Address", {}).get("Address", []) for a in v.split()]
    wildcard = name is not None and any(c in name for c in "*?[")
    return Observation("network_profile", source, {
        "manager": "systemd-networkd", "name": stem, "type": ptype, "ssid": ssid, "uuid": None,
        "mac": (_first(sections, "Match", "MACAddress") or "").lower() or None,
        "interface": None if wildcard else name, "addresses": addresses,
        "dhcp": (network.get("DHCP") or [None])[-1], "gateway": (network.get("Gateway") or [None])[-1],
        "match": {k: v for k, v in match.items()}, "last_connected": None, "seen_bssids": []})


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    for folder in DIRS:
        for path in list_dir(ctx.path(folder)):
            if path.suffix not in (".network", ".netdev"):
                continue
            try:
                if path.is_symlink() and os.readlink(path) == "/dev/null":
                    continue  # a masked vendor file
                data = read_small(ctx, path, MAX_BYTES)
            except Exception as exc:  # noqa: BLE001
                out.append(failure(NAME, str(path), exc))
                continue
            if not data.strip():
                continue  # an empty file masks the vendor file of the same name
            sections = parse_unit(data.decode("utf-8", "replace"))
            if path.suffix == ".network":
                out.append(network_observation(sections, path.stem, str(path)))
            elif (_first(sections, "NetDev", "Kind") or "").lower() == "wireguard":
                endpoints = [e for v in sections.get("WireGuardPeer", {}).get("Endpoint", []) for e in v.split()]
                out.append(vpn_observation(str(path), "systemd-networkd",
                                           _first(sections, "NetDev", "Name") or path.stem, "WireGuard", endpoints))
    return out
