"""VPN and dial-up configurations outside NetworkManager: OpenVPN (``/etc/openvpn``, ``*.ovpn`` in
homes), WireGuard (``/etc/wireguard/*.conf``), strongSwan/libreswan (``/etc/ipsec.conf``), vpnc
(``/etc/vpnc/*.conf``); mobile broadband dial-up: pppd peers (``/etc/ppp/peers``) and wvdial
(``/etc/wvdial.conf``). Each names the server or the number it reaches."""
from __future__ import annotations

import re
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, list_dir
from app.hwcheck.probes.filereads import read_small
from app.hwcheck.probes.homes import user_homes
from app.hwcheck.probes.netplan import vpn_observation

NAME = "vpn"
MAX_BYTES = 1 << 20
OPENVPN_DIRS = ("/etc/openvpn", "/etc/openvpn/client", "/etc/openvpn/server")
HOME_OVPN_DIRS = ("", "Downloads", "Tải xuống", ".config/openvpn", ".openvpn")

_OVPN_REMOTE = re.compile(r"^\s*remote\s+(\S+)(?:\s+(\d+))?", re.M)
_OVPN_SERVER = re.compile(r"^\s*(?:server|server-bridge|mode\s+server)\b", re.M)
_WG_ENDPOINT = re.compile(r"^\s*Endpoint\s*=\s*(\S+)", re.M | re.I)
_IPSEC_RIGHT = re.compile(r"^\s*right\s*=\s*(\S+)", re.M)
_VPNC_GATEWAY = re.compile(r"^\s*IPSec gateway\s+(\S+)", re.M)
_PPP_CONNECT = re.compile(r"^\s*connect\s+(.+)$", re.M)
_PHONE = re.compile(r"(?:ATD[T]?|Phone\s*=\s*)([*#0-9]+)", re.I)
_APN = re.compile(r"CGDCONT\s*=\s*\d+\s*,\s*\\?\"?IP\\?\"?\s*,\s*\\?\"?([^\"\\\s,]+)", re.I)


def parse_openvpn(text: str) -> tuple[list[str], bool]:
    """``(remote endpoints, is a server)`` of an OpenVPN configuration. Never raises."""
    remotes = [f"{m.group(1)}:{m.group(2)}" if m.group(2) else m.group(1) for m in _OVPN_REMOTE.finditer(text)]
    return remotes, bool(_OVPN_SERVER.search(text))


def _files(ctx: ProbeContext) -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    for folder in OPENVPN_DIRS:
        found += [("openvpn", p) for p in list_dir(ctx.path(folder)) if p.suffix in (".conf", ".ovpn")]
    for _user, home in user_homes(ctx):
        for sub in HOME_OVPN_DIRS:
            found += [("openvpn", p) for p in list_dir(home / sub if sub else home) if p.suffix == ".ovpn"]
    found += [("wireguard", p) for p in list_dir(ctx.path("/etc/wireguard")) if p.suffix == ".conf"]
    found += [("ipsec", ctx.path("/etc/ipsec.conf"))]
    found += [("vpnc", p) for p in list_dir(ctx.path("/etc/vpnc")) if p.suffix == ".conf"
              and p.name != "default.conf.example"]
    found += [("ppp", p) for p in list_dir(ctx.path("/etc/ppp/peers"))]
    found += [("wvdial", ctx.path("/etc/wvdial.conf"))]
    return found


_CHAT_FILE = re.compile(r"chat\s.*?-f\s+(\S+?)[\"'\s]")


def _judge(kind: str, path: Path, text: str) -> Observation | None:
    source = str(path)
    if kind == "openvpn":
        remotes, server = parse_openvpn(text)
        obs = vpn_observation(source, "OpenVPN", path.stem, "OpenVPN" + (" (máy chủ)" if server else ""), remotes)
        return obs if remotes or server else None
    if kind == "wireguard":
        return vpn_observation(source, "WireGuard", path.stem, "WireGuard", _WG_ENDPOINT.findall(text))
    if kind == "ipsec":
        rights = [r for r in _IPSEC_RIGHT.findall(text) if r not in ("%any", "%any6")]
        return vpn_observation(source, "strongSwan/libreswan", "ipsec.conf", "IPsec", rights) if rights else None
    if kind == "vpnc":
        gateways = _VPNC_GATEWAY.findall(text)
        return vpn_observation(source, "vpnc", path.stem, "Cisco VPN (vpnc)", gateways) if gateways else None
    # dial-up (mobile broadband or modem): the number dialled, the APN
    if kind == "ppp" and not _PPP_CONNECT.search(text) and "pppoe" not in text.lower():
        return None
    numbers = sorted(set(_PHONE.findall(text)))
    apns = sorted(set(_APN.findall(text)))
    if kind == "wvdial" and not numbers:
        return None
    if kind == "ppp" and path.name == "provider" and "********" in text:
        return None  # the template shipped by Debian's ppp package, never filled in
    return Observation("dialup_profile", source, {
        "manager": "wvdial" if kind == "wvdial" else "pppd", "name": path.name, "numbers": numbers,
        "apns": apns, "number_list": ", ".join(numbers) or "không ghi", "apn_list": ", ".join(apns) or "không ghi"})


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    for kind, path in _files(ctx):
        if not path.exists() and not path.is_symlink():
            continue
        try:
            text = read_small(ctx, path, MAX_BYTES).decode("utf-8", "replace")
        except Exception as exc:  # noqa: BLE001
            out.append(failure(NAME, str(path), exc))
            continue
        if kind == "ppp":  # the number and APN live in the chat script the peer names
            for chat in _CHAT_FILE.findall(text + " "):
                try:
                    text += "\n" + read_small(ctx, ctx.path(chat), MAX_BYTES).decode("utf-8", "replace")
                except FileNotFoundError:
                    continue
                except Exception as exc:  # noqa: BLE001
                    out.append(failure(NAME, chat, exc))
        obs = _judge(kind, path, text)
        if obs is not None:
            out.append(obs)
    return out
