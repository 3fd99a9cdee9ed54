"""DHCP leases: proof that a DHCP server on some network gave this machine an address.

Sources: NetworkManager (internal client and dhclient files), dhclient, dhcpcd (binary DHCP messages)
and systemd-networkd.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import re
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import (
    ProbeContext, failure, iso_utc, list_dir, mtime, read_bytes,
)

NAME = "leases"

# (folder, client, file name pattern)
LEASE_DIRS = (
    ("/var/lib/NetworkManager", "NetworkManager", re.compile(r".*\.lease$")),
    ("/var/lib/dhcp", "dhclient", re.compile(r"^dhclient.*\.leases?$")),
    ("/var/lib/dhclient", "dhclient", re.compile(r".*\.leases?$")),
    ("/var/lib/dhcp3", "dhclient", re.compile(r".*\.leases?$")),
    ("/var/lib/dhcpcd", "dhcpcd", re.compile(r".*\.lease6?$")),
    ("/var/lib/dhcpcd5", "dhcpcd", re.compile(r".*\.lease6?$")),
    ("/var/db/dhcpcd", "dhcpcd", re.compile(r".*\.lease6?$")),
    ("/run/systemd/netif/leases", "systemd-networkd", re.compile(r"^\d+$")),
    ("/var/lib/systemd/network/leases", "systemd-networkd", re.compile(r".*")),
)

_DHCLIENT_BLOCK = re.compile(r"lease\s*\{(.*?)\}", re.S)
_DHCLIENT_TIME = re.compile(r"^\s*(renew|rebind|expire)\s+\d\s+(\d{4})/(\d{1,2})/(\d{1,2})\s+"
                            r"(\d{1,2}):(\d{2}):(\d{2})\s*;", re.M)
_DHCLIENT_EPOCH = re.compile(r"^\s*(renew|rebind|expire)\s+epoch\s+(\d{1,12})\s*;", re.M)


def _field(block: str, pattern: str) -> str | None:
    m = re.search(pattern, block, re.M)
    return m.group(1).strip() if m else None


def parse_dhclient(text: str) -> list[dict]:
    """``lease { ... }`` blocks of a dhclient lease file. Never raises."""
    leases = []
    for block in _DHCLIENT_BLOCK.findall(text):
        lease = {
            "interface": _field(block, r'^\s*interface\s+"([^"]*)"'),
            "address": _field(block, r"^\s*fixed-address\s+([^;\s]+)"),
            "router": _field(block, r"^\s*option\s+routers\s+([^;]+);"),
            "server": _field(block, r"^\s*option\s+dhcp-server-identifier\s+([^;]+);"),
        }
        for m in _DHCLIENT_TIME.finditer(block):
            try:
                when = dt.datetime(*(int(x) for x in m.groups()[1:]), tzinfo=dt.timezone.utc)
            except ValueError:
                continue
            lease[m.group(1)] = iso_utc(when)
        for m in _DHCLIENT_EPOCH.finditer(block):
            try:
                lease[m.group(1)] = iso_utc(dt.datetime.fromtimestamp(int(m.group(2)), dt.timezone.utc))
            except (OverflowError, OSError, ValueError):
                continue
        if lease["address"] or lease["server"]:
            leases.append(lease)
    return leases


def parse_keyvalue_lease(text: str) -> dict | None:
    """systemd-networkd / NetworkManager internal lease (``ADDRESS=…``). Never raises."""
    values = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip().isupper():
            values[key.strip()] = value.strip()
    if not (values.get("ADDRESS") or values.get("SERVER_ADDRESS")):
        return None
    return {"interface": None, "address": values.get("ADDRESS"), "router": values.get("ROUTER"),
            "server": values.get("SERVER_ADDRESS")}


def _ip(raw: bytes) -> str | None:
    if len(raw) != 4 or raw == b"\0\0\0\0":
        return None
    return str(ipaddress.IPv4Address(raw))


def parse_dhcp_message(data: bytes) -> dict | None:
    """A raw DHCPv4 message (dhcpcd lease file): address from ``yiaddr``, router (option 3) and
    server (option 54). None when it is not a DHCP message. Never raises."""
    if len(data) < 240 or data[236:240] != b"\x63\x82\x53\x63":
        return None
    lease = {"interface": None, "address": _ip(data[16:20]), "router": None, "server": None}
    i = 240
    while i < len(data):
        code = data[i]
        if code == 255:
            break
        if code == 0:
            i += 1
            continue
        if i + 1 >= len(data):
            break
        size = data[i + 1]
        value = data[i + 2:i + 2 + size]
        if code == 3 and len(value) >= 4:
            lease["router"] = _ip(value[:4])
        elif code == 54 and len(value) == 4:
            lease["server"] = _ip(value)
        i += 2 + size
    return lease


def read_lease_file(path: Path, client: str) -> list[dict]:
    data = read_bytes(path)
    if not data.strip(b"\0 \n\t"):
        return []  # an empty file created at install time is no lease
    text = data.decode("utf-8", "replace")
    if "lease {" in text or "lease{" in text:
        leases = parse_dhclient(text)
    elif client == "dhcpcd":
        lease = parse_dhcp_message(data)
        leases = [lease] if lease else [{"interface": None, "address": None, "router": None,
                                         "server": None, "unparsed": True}]
    else:
        lease = parse_keyvalue_lease(text)
        leases = [lease] if lease else []
    iface = _interface_from_name(path.name, client)
    for lease in leases:
        lease.setdefault("interface", None)
        lease["interface"] = lease["interface"] or iface
    return leases


def _interface_from_name(name: str, client: str) -> str | None:
    stem = re.sub(r"\.lease6?s?$", "", name)
    if client == "dhcpcd":
        return stem.split("-")[0] or None
    if client == "NetworkManager":  # internal-<uuid>-<iface>.lease, dhclient-<uuid>-<iface>.lease
        m = re.match(r"^(?:internal|dhclient6?)-[0-9a-f-]{36}-(.+)$", stem)
        return m.group(1) if m else None
    m = re.match(r"^dhclient6?[-.](.+)$", stem)
    return m.group(1) if m else None


def probe(ctx: ProbeContext) -> list[Observation]:
    out = []
    for folder, client, pattern in LEASE_DIRS:
        for path in list_dir(ctx.path(folder)):
            if not pattern.match(path.name) or not path.is_file():
                continue
            try:
                leases = read_lease_file(path, client)
            except Exception as exc:  # noqa: BLE001
                out.append(failure(NAME, str(path), exc))
                continue
            for lease in leases:
                lease.update(client=client, file_modified=iso_utc(mtime(path)))
                out.append(Observation("dhcp_lease", str(path), lease))
    return out
