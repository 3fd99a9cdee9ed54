"""Saved network connections: NetworkManager keyfiles, iwd networks, wpa_supplicant and ifupdown
entries. Each one says this machine was set up to join a network, and NetworkManager's timestamp says
when it last did. NetworkManager's ``timestamps`` and ``seen-bssids`` outlive a deleted profile: a
UUID listed there without a profile is a connection that was used and then removed. VPN profiles
(``type=vpn``, ``type=wireguard``) name their server."""
from __future__ import annotations

import re
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import (
    ProbeContext,
    failure,
    from_unix,
    iso_utc,
    list_dir,
    parse_keyfile,
    read_text,
)
from app.hwcheck.probes.netplan import vpn_observation

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


def split_bssids(value: str | None) -> list[str]:
    """GKeyFile string list (``A;B;``, as NetworkManager writes it; older files used ``,``)."""
    return [b.strip().upper() for b in re.split(r"[;,]", value or "") if b.strip()]


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
        "seen_bssids": split_bssids((bssids or {}).get(uuid))[:20],
        "interface": get(("connection", "interface-name")),
        # static addresses (``address1=10.10.0.23/24,10.10.0.1``): with the interface name they can
        # name the registered LAN's subnet; a DHCP profile has none
        "addresses": [v.split(",")[0].strip() for section in ("ipv4", "ipv6")
                      for k, v in sorted(sections.get(section, {}).items()) if re.fullmatch(r"address\d*", k)][:8],
    }


def nm_vpn(sections: dict, name: str, source: str) -> Observation:
    """A NetworkManager VPN or WireGuard keyfile → ``vpn_profile`` naming its server(s)."""
    ctype = sections.get("connection", {}).get("type", "")
    vpn = sections.get("vpn", {})
    hosts = [v for k, v in vpn.items() if k in ("remote", "gateway", "host", "server") and v]
    hosts = [h.strip() for v in hosts for h in v.replace(";", ",").split(",") if h.strip()]
    for section, values in sections.items():
        if section.startswith("wireguard-peer.") and values.get("endpoint"):
            hosts.append(values["endpoint"])
    kind = "WireGuard" if ctype == "wireguard" else vpn.get("service-type", "vpn").rsplit(".", 1)[-1]
    return vpn_observation(source, "NetworkManager", name, kind, hosts)


def _netplan_nm_uuids(ctx: ProbeContext) -> set[str]:
    """UUIDs of NetworkManager profiles stored as netplan files (``90-NM-<uuid>.yaml``)."""
    found = set()
    for folder in ("/etc/netplan", "/run/netplan"):
        for path in list_dir(ctx.path(folder)):
            m = re.match(r"^\d*-?NM-([0-9a-fA-F-]{36})\.ya?ml$", path.name)
            if m:
                found.add(m.group(1).lower())
    return found


def nm_orphans(ctx: ProbeContext, stamps: dict, bssids: dict, known: set[str]) -> list[Observation]:
    """``timestamps`` / ``seen-bssids`` entries whose profile no longer exists."""
    out = []
    for uuid in sorted(set(stamps) | set(bssids)):
        if uuid.lower() in known or not re.fullmatch(r"[0-9a-fA-F-]{36}", uuid):
            continue
        stamp = stamps.get(uuid, "")
        last = from_unix(int(stamp)) if stamp.isdigit() and len(stamp) < 15 else None
        seen = split_bssids(bssids.get(uuid))[:20]
        source = str(ctx.path(NM_TIMESTAMPS if uuid in stamps else NM_BSSIDS))
        out.append(Observation("nm_deleted_profile", source, {
            "uuid": uuid.lower(), "last_connected": iso_utc(last), "seen_bssids": seen,
            "bssid_list": ", ".join(seen[:5]) or "không ghi", "lan_check": True,
            "when": (last.strftime("%d/%m/%Y %H:%M UTC") if last else "không rõ thời điểm")}))
    return out


def nm_profiles(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    known = _netplan_nm_uuids(ctx)
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
            if data["uuid"]:
                known.add(data["uuid"].lower())
            if data["type"] in ("vpn", "wireguard"):
                out.append(nm_vpn(parse_keyfile(text), data["name"], str(path)))
            else:
                out.append(Observation("network_profile", str(path), data))
    return out + nm_orphans(ctx, stamps, bssids, known)


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
_IFACE = re.compile(r"^\s*iface\s+(\S+)\s+(inet6?|ipx|can)\s+(\S+)", re.M)


def parse_interfaces(text: str) -> list[dict]:
    """ifupdown stanzas (``iface NAME inet METHOD`` and their options). Never raises."""
    stanzas: list[dict] = []
    current: dict | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = _IFACE.match(line)
        if m:
            current = {"interface": m.group(1), "method": m.group(3), "options": {}}
            stanzas.append(current)
        elif line.split()[0] in ("auto", "allow-hotplug", "source", "source-directory", "mapping",
                                 "allow-auto") or line.startswith("allow-"):
            current = None
        elif current is not None:
            key, _, value = line.partition(" ")
            current["options"].setdefault(key, value.strip())
    return stanzas


def _ifupdown_files(ctx: ProbeContext) -> list[Path]:
    files = [ctx.path(p) for p in IFUPDOWN]
    for path in list_dir(ctx.path("/etc/network/interfaces.d")):
        if re.fullmatch(r"[A-Za-z0-9_-]+", path.name):  # run-parts names, like ifupdown itself
            files.append(path)
    return files


def ifupdown_networks(ctx: ProbeContext) -> list[Observation]:
    out = []
    for path in _ifupdown_files(ctx):
        if not path.is_file():
            continue
        try:
            text = read_text(path)
        except Exception as exc:  # noqa: BLE001
            out.append(failure(NAME, str(path), exc))
            continue
        for st in parse_interfaces(text):
            iface, method, opts = st["interface"], st["method"], st["options"]
            ssid = (opts.get("wpa-ssid") or opts.get("wpa-essid") or opts.get("wireless-essid") or "").strip('"')
            if method == "loopback" or iface == "lo":
                continue
            if ssid or iface.startswith(("wl", "wlan")):
                ptype = "wifi"
            elif method == "ppp" or iface.startswith("ppp"):
                ptype = "ppp"
            else:
                ptype = "ethernet"
            address = opts.get("address")
            if address and opts.get("netmask") and "/" not in address:
                address = f"{address}/{opts['netmask']}"
            out.append(Observation("network_profile", str(path), {
                "manager": "ifupdown", "name": ssid or (opts.get("provider") or iface), "type": ptype,
                "ssid": ssid or None, "uuid": None, "mac": (opts.get("hwaddress", "").split()[-1:] or [None])[0],
                "interface": iface, "method": method, "addresses": [address] if address else [],
                "gateway": opts.get("gateway"), "last_connected": None, "seen_bssids": []}))
        known = {o.data["ssid"] for o in out if o.source == str(path) and o.data.get("ssid")}
        for ssid in _IFUPDOWN_SSID.findall(text):  # wpa-ssid outside any stanza
            ssid = ssid.strip('"')
            if ssid not in known:
                out.append(Observation("network_profile", str(path), {
                    "manager": "ifupdown", "name": ssid, "type": "wifi", "ssid": ssid, "uuid": None,
                    "mac": None, "last_connected": None, "seen_bssids": []}))
    return out


def probe(ctx: ProbeContext) -> list[Observation]:
    return nm_profiles(ctx) + iwd_networks(ctx) + wpa_networks(ctx) + ifupdown_networks(ctx)
