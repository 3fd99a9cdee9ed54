"""Networks a Windows machine joined, from a mounted disk (what RegRipper ``networklist``/``nic2``,
plaso ``windows_network_list`` and WifiHistoryView read):

- SOFTWARE ``Microsoft\\Windows NT\\CurrentVersion\\NetworkList\\Profiles`` — one profile per network
  ever connected: name, ``NameType`` (6 wired, 23 VPN, 71 Wi-Fi, 243 mobile broadband), first and last
  connection (SYSTEMTIME, local time); ``Signatures\\Unmanaged|Managed`` add the gateway's MAC
  (``DefaultGatewayMac``) and the SSID (``FirstNetwork``);
- SYSTEM ``Services\\Tcpip\\Parameters\\Interfaces\\{GUID}`` (and its per-network subkeys) — DHCP
  leases: ``DhcpIPAddress``, ``DhcpServer``, ``DhcpDomain``, ``LeaseObtainedTime``, the gateway's MAC
  in ``DhcpGatewayHardware``;
- ``ProgramData/Microsoft/Wlansvc/Profiles/Interfaces/*/*.xml`` — saved Wi-Fi profiles (SSID);
- ``ProgramData/Microsoft/WwanSvc/Profiles/*.xml`` — mobile-broadband profiles (name, APN);
- ``rasphone.pbk`` (all users and per user) — VPN, PPPoE and dial-up connections (server);
- the WLAN-AutoConfig 8001 and NetworkProfile 10000 events (``windows_evtx``).

A mạng LAN độc lập has no Internet gateway of its own identity on Windows other than its gateway's
MAC address: a wired profile or DHCP lease whose gateway MAC is in the policy's ``allowed_lan_macs``
is judged as the allowed LAN (``mac`` in the observation is that gateway MAC, ``mac_role`` says so).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from app.hwcheck.model import Observation
from app.hwcheck.probes import windows_evtx
from app.hwcheck.probes.common import ProbeContext, failure, from_unix, iso_utc, parse_keyfile
from app.hwcheck.probes.windows_paths import glob, regular_file, windows_root
from app.hwcheck.probes.windows_registry import (
    REGBACK, SOFTWARE, SYSTEM, HiveError, open_backup, key_time, open_hive, strict, subkeys, systemtime, values,
)

NAME = "windows_network"
NETWORK_LIST = "Microsoft\\Windows NT\\CurrentVersion\\NetworkList"
NAME_TYPES = {6: "ethernet", 23: "vpn", 71: "wifi", 243: "gsm"}
XML_LIMIT = 1 << 20


def _mac(raw) -> str | None:
    if isinstance(raw, (bytes, bytearray)) and len(raw) >= 6 and any(raw[:6]):
        return ":".join(f"{b:02x}" for b in raw[:6])
    return None


def network_list(hive, source: str) -> list[Observation]:
    base = hive.key(NETWORK_LIST)
    signatures: dict[str, dict] = {}
    for group in ("Unmanaged", "Managed"):
        for sig in subkeys(hive.key(f"{NETWORK_LIST}\\Signatures\\{group}")):
            vals = values(sig)
            guid = str(vals.get("profileguid") or "").lower()
            if guid:
                signatures[guid] = {"gateway_mac": _mac(vals.get("defaultgatewaymac")),
                                    "ssid": vals.get("firstnetwork"), "dns_suffix": vals.get("dnssuffix"),
                                    "managed": group == "Managed"}
    out = []
    profiles = next((k for k in subkeys(base) if k.name.lower() == "profiles"), None)
    for profile in subkeys(profiles):
        vals = values(profile)
        guid = profile.name.lower()
        sig = signatures.get(guid, {})
        ptype = NAME_TYPES.get(vals.get("nametype"), f"NameType {vals.get('nametype')}")
        name = vals.get("profilename") or vals.get("description") or profile.name
        data = {
            "manager": "Windows NetworkList", "name": name, "type": ptype,
            "uuid": profile.name.strip("{}").lower(),  # as a LAN allowance by connection UUID reads it
            "ssid": (sig.get("ssid") or name) if ptype == "wifi" else None,
            "gateway_mac": sig.get("gateway_mac"), "mac_role": "gateway",
            # a wired network is identified by its gateway; a radio network never passes as the LAN
            "mac": sig.get("gateway_mac") if ptype == "ethernet" else None,
            "first_connected": systemtime(vals.get("datecreated")),
            "last_connected": systemtime(vals.get("datelastconnected")),
            "category": vals.get("category"), "domain": sig.get("dns_suffix") if sig.get("managed") else None,
            "key_written": key_time(profile), "os": "windows",
        }
        out.append(Observation("network_profile", f"{source}:NetworkList\\Profiles\\{profile.name}", data))
    return out


def _interface_names(hive) -> dict[str, str]:
    names = {}
    for cs in hive.control_sets():
        for iface in subkeys(hive.key(f"{cs}\\Control\\Network\\{{4D36E972-E325-11CE-BFC1-08002BE10318}}")):
            conn = next((k for k in subkeys(iface) if k.name.lower() == "connection"), None)
            name = values(conn).get("name")
            if isinstance(name, str):
                names.setdefault(iface.name.lower(), name)
    return names


def dhcp_leases(hive, source: str) -> list[Observation]:
    out = []
    seen = set()
    names = _interface_names(hive)
    for cs in hive.control_sets():
        for iface in subkeys(hive.key(f"{cs}\\Services\\Tcpip\\Parameters\\Interfaces")):
            # Windows 10 keeps one subkey per network joined on that interface: older leases
            for node, where in [(iface, iface.name)] + [(k, f"{iface.name}\\{k.name}") for k in subkeys(iface)]:
                vals = values(node)
                address = vals.get("dhcpipaddress")
                if not isinstance(address, str) or address in ("", "0.0.0.0"):
                    continue
                server = vals.get("dhcpserver")
                key = (iface.name.lower(), address, server, vals.get("leaseobtainedtime"))
                if key in seen:
                    continue
                seen.add(key)
                gateway_mac = _mac((vals.get("dhcpgatewayhardware") or b"")[8:14]) if isinstance(
                    vals.get("dhcpgatewayhardware"), (bytes, bytearray)) else None
                obtained = iso_utc(from_unix(vals.get("leaseobtainedtime")))
                gateway = vals.get("dhcpdefaultgateway")
                src = f"{source}:{cs}\\Services\\Tcpip\\Parameters\\Interfaces\\{where}"
                out.append(Observation("dhcp_lease", src, {
                    "interface": names.get(iface.name.lower(), iface.name), "interface_guid": iface.name,
                    "address": address, "server": server if server != "255.255.255.255" else None,
                    "router": gateway[0] if isinstance(gateway, list) and gateway else None,
                    "domain": vals.get("dhcpdomain") or None, "client": "Windows DHCP",
                    "lease_obtained": obtained, "file_modified": obtained or key_time(node),
                    "gateway_mac": gateway_mac, "mac": gateway_mac, "mac_role": "gateway", "os": "windows",
                }))
    return out


def wlan_profiles(ctx: ProbeContext) -> list[Observation]:
    out = []
    for path in glob(ctx.root, "ProgramData/Microsoft/Wlansvc/Profiles/Interfaces/*/*.xml"):
        try:
            regular_file(path, XML_LIMIT)
            tree = ET.parse(path)
        except (OSError, ET.ParseError) as exc:
            out.append(failure(NAME, str(path), exc))
            continue
        root = tree.getroot()
        ns = root.tag.split("}")[0] + "}" if root.tag.startswith("{") else ""
        name = root.findtext(f"{ns}name")
        ssid = root.findtext(f"{ns}SSIDConfig/{ns}SSID/{ns}name")
        if ssid is None:
            hexname = root.findtext(f"{ns}SSIDConfig/{ns}SSID/{ns}hex")
            try:
                ssid = bytes.fromhex(hexname).decode("utf-8", errors="replace") if hexname else None
            except ValueError:
                ssid = hexname
        out.append(Observation("network_profile", str(path), {
            "manager": "Windows Wlansvc", "name": name or ssid or path.stem, "type": "wifi",
            "ssid": ssid or name, "uuid": path.stem.strip("{}").lower(), "mac": None, "last_connected": None,
            "os": "windows"}))
    return out


RAS_TYPES = {"1": "dialup", "2": "vpn", "3": "direct", "4": "internet", "5": "pppoe"}


def ras_phonebooks(ctx: ProbeContext) -> list[Observation]:
    """VPN, PPPoE and dial-up connections (``rasphone.pbk``: one ``[name]`` section each, the server
    in ``PhoneNumber``), for all users and per user."""
    out = []
    for path in sorted({*glob(ctx.root, "ProgramData/Microsoft/Network/Connections/Pbk/*.pbk"),
                        *glob(ctx.root, "Users/*/AppData/Roaming/Microsoft/Network/Connections/Pbk/*.pbk")}):
        try:
            regular_file(path, XML_LIMIT)
            sections = parse_keyfile(path.read_bytes().decode("utf-8-sig", errors="replace"))
        except OSError as exc:
            out.append(failure(NAME, str(path), exc))
            continue
        for name, keys in sections.items():
            out.append(Observation("network_profile", f"{path}:[{name}]", {
                "manager": "Windows RAS (rasphone.pbk)", "name": name,
                "type": RAS_TYPES.get(keys.get("Type", ""), "vpn"), "server": keys.get("PhoneNumber"),
                "ssid": None, "uuid": None, "mac": None, "last_connected": None, "os": "windows"}))
    return out


def wwan_profiles(ctx: ProbeContext) -> list[Observation]:
    """Mobile-broadband profiles (``ProgramData/Microsoft/WwanSvc/Profiles/*.xml``: name, APN)."""
    out = []
    for path in glob(ctx.root, "ProgramData/Microsoft/WwanSvc/Profiles/*.xml"):
        try:
            regular_file(path, XML_LIMIT)
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as exc:
            out.append(failure(NAME, str(path), exc))
            continue
        ns = root.tag.split("}")[0] + "}" if root.tag.startswith("{") else ""
        name = root.findtext(f"{ns}Name") or path.stem
        out.append(Observation("network_profile", str(path), {
            "manager": "Windows WwanSvc", "name": name, "type": "gsm",
            "apn": root.findtext(f"{ns}Context/{ns}AccessString"), "ssid": None, "uuid": path.stem.strip("{}").lower(),
            "mac": None, "last_connected": None, "os": "windows"}))
    return out


def probe(ctx: ProbeContext) -> list[Observation]:
    root = windows_root(ctx)
    if root is None:
        return []
    out: list[Observation] = []
    try:
        software = open_hive(ctx, SOFTWARE, required=True)
        with strict(str(software.path)):
            out += network_list(software, str(software.path))
    except (HiveError, OSError) as exc:
        out.append(failure(NAME, str(root / SOFTWARE), exc))
    try:
        system = open_hive(ctx, SYSTEM, required=True)
        with strict(str(system.path)):
            out += dhcp_leases(system, str(system.path))
    except (HiveError, OSError) as exc:
        out.append(failure(NAME, str(root / SYSTEM), exc))
    out += _backups(ctx, out)
    out += wlan_profiles(ctx) + wwan_profiles(ctx) + ras_phonebooks(ctx)
    known = {str(o.data.get(k) or "").lower() for o in out if o.kind == "network_profile" for k in ("name", "uuid")}
    out += windows_evtx.read_networks(ctx, known)
    return merge_wifi(out)


def _backups(ctx: ProbeContext, live: list[Observation]) -> list[Observation]:
    """Profiles and leases that only the RegBack copies still hold (cleaned from the live hives)."""
    seen = {(o.kind, o.data.get("uuid"), o.data.get("interface_guid"), o.data.get("address"),
             o.data.get("lease_obtained")) for o in live}
    out: list[Observation] = []
    for hive_name, reader in ((SOFTWARE, network_list), (SYSTEM, dhcp_leases)):
        try:
            backup = open_backup(ctx, hive_name)
            if backup is None:
                continue
            with strict(str(backup.path)):
                found = reader(backup, str(backup.path))
        except (HiveError, OSError) as exc:
            out.append(failure(NAME, str(ctx.root / REGBACK[hive_name]), exc))
            continue
        out += [o for o in found if (o.kind, o.data.get("uuid"), o.data.get("interface_guid"),
                                     o.data.get("address"), o.data.get("lease_obtained")) not in seen]
    return out


def merge_wifi(observations: list[Observation]) -> list[Observation]:
    """One Wi-Fi network seen by the registry, a Wlansvc profile and 8001 events is one finding."""
    out: list[Observation] = []
    by_ssid: dict[str, int] = {}
    for obs in observations:
        d = obs.data
        if obs.kind != "network_profile" or d.get("type") != "wifi" or not d.get("ssid"):
            out.append(obs)
            continue
        key = str(d["ssid"]).lower()
        if key not in by_ssid:
            by_ssid[key] = len(out)
            out.append(Observation(obs.kind, obs.source, {**d, "evidence": [obs.source]}))
            continue
        first = out[by_ssid[key]]
        merged = dict(first.data)
        merged["evidence"] = [*merged["evidence"], obs.source]
        for field, pick in (("last_connected", max), ("first_connected", min)):
            stamps = [x for x in (merged.get(field), d.get(field)) if x]
            merged[field] = pick(stamps) if stamps else None
        for field in ("connections", "gateway_mac"):
            merged[field] = merged.get(field) or d.get(field)
        out[by_ssid[key]] = Observation(first.kind, first.source, merged)
    return out
