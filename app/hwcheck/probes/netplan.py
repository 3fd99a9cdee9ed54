"""netplan configuration (``/etc/netplan/*.yaml``, also ``/run/netplan`` and ``/lib/netplan``).

On Ubuntu 23.10 and later NetworkManager keeps its profiles here (``90-NM-<uuid>.yaml``) instead of
keyfiles, so a Wi-Fi network joined from the desktop appears as ``wifis: … access-points: "SSID"``.
Mobile broadband is ``modems:`` (APN), WireGuard is ``tunnels:`` with ``mode: wireguard`` (peer
endpoints), other NetworkManager types are ``nm-devices:`` with ``passthrough`` settings.
"""
from __future__ import annotations

from typing import Any

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, from_unix, iso_utc, list_dir
from app.hwcheck.probes.filereads import read_small

NAME = "netplan"
DIRS = ("/etc/netplan", "/run/netplan", "/lib/netplan", "/usr/lib/netplan")
MAX_BYTES = 4 << 20
NM_TYPES = {"802-11-wireless": "wifi", "wifi": "wifi", "802-3-ethernet": "ethernet", "ethernet": "ethernet",
            "gsm": "gsm", "cdma": "cdma", "bluetooth": "bluetooth", "vpn": "vpn", "wireguard": "wireguard",
            "pppoe": "pppoe"}


def load_yaml(data: bytes) -> Any:
    import yaml  # PyYAML, safe loader only (no object construction)

    return yaml.safe_load(data.decode("utf-8"))


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _nm(conf: dict) -> dict:
    nm = _dict(conf.get("networkmanager"))
    passthrough = {str(k): str(v) for k, v in _dict(nm.get("passthrough")).items()}
    return {"uuid": nm.get("uuid"), "name": nm.get("name"), "passthrough": passthrough}


def _last(passthrough: dict) -> str | None:
    stamp = passthrough.get("connection.timestamp", "")
    return iso_utc(from_unix(int(stamp))) if stamp.isdigit() and len(stamp) < 15 else None


def _profile(source: str, name: str, ptype: str, conf: dict, **extra: Any) -> Observation:
    nm = _nm(conf)
    match = _dict(conf.get("match"))
    addresses = [str(a) for a in conf.get("addresses") or [] if isinstance(a, (str, int))]
    iface = match.get("name") or (name if not name.startswith("NM-") else None)
    data = {"manager": "netplan" + (" (NetworkManager)" if conf.get("renderer") == "NetworkManager"
                                    or nm["uuid"] else ""),
            "name": nm["name"] or name, "type": ptype, "uuid": (str(nm["uuid"]).lower() if nm["uuid"] else None),
            "ssid": None, "mac": str(match.get("macaddress") or conf.get("macaddress") or "").lower() or None,
            "interface": str(iface) if iface else None, "addresses": addresses,
            "last_connected": _last(nm["passthrough"]), "seen_bssids": []}
    data.update(extra)
    return Observation("network_profile", source, data)


def parse_netplan(doc: Any, source: str) -> list[Observation]:
    """Observations for one parsed netplan document. Never raises on odd shapes."""
    network = _dict(_dict(doc).get("network"))
    out: list[Observation] = []
    for name, conf in _dict(network.get("ethernets")).items():
        out.append(_profile(source, str(name), "ethernet", _dict(conf)))
    for name, conf in _dict(network.get("wifis")).items():
        conf = _dict(conf)
        for ssid, ap in _dict(conf.get("access-points")).items():
            ap = _dict(ap)
            nm = _nm(ap)
            obs = _profile(source, str(name), "wifi", {**conf, **({"networkmanager": ap["networkmanager"]}
                                                                  if ap.get("networkmanager") else {})})
            data = dict(obs.data, ssid=str(ssid), name=nm["name"] or str(ssid))
            data["last_connected"] = data["last_connected"] or _last(nm["passthrough"])
            out.append(Observation("network_profile", source, data))
    for name, conf in _dict(network.get("modems")).items():
        conf = _dict(conf)
        out.append(_profile(source, str(name), "gsm", conf, apn=conf.get("apn")))
    for name, conf in _dict(network.get("tunnels")).items():
        conf = _dict(conf)
        if str(conf.get("mode", "")).lower() != "wireguard":
            continue
        endpoints = [str(_dict(p).get("endpoint")) for p in conf.get("peers") or [] if _dict(p).get("endpoint")]
        out.append(vpn_observation(source, "netplan", _nm(conf)["name"] or str(name), "WireGuard", endpoints))
    for name, conf in _dict(network.get("nm-devices")).items():
        conf = _dict(conf)
        nm = _nm(conf)
        ptype = NM_TYPES.get(nm["passthrough"].get("connection.type", ""), "không rõ")
        if ptype in ("vpn", "wireguard"):
            data = nm["passthrough"].get("vpn.data", "")
            hosts = [v.strip() for k, _, v in (p.partition("=") for p in data.split(","))
                     if k.strip() in ("remote", "gateway")]
            kind = nm["passthrough"].get("vpn.service-type", ptype).rsplit(".", 1)[-1]
            out.append(vpn_observation(source, "netplan (NetworkManager)", nm["name"] or str(name), kind, hosts))
        else:
            out.append(_profile(source, str(name), ptype, conf,
                                ssid=nm["passthrough"].get("wifi.ssid") or nm["passthrough"].get(
                                    "802-11-wireless.ssid")))
    return out


def endpoint_host(endpoint: str) -> str:
    """``host:port``, ``[v6]:port`` or ``host port`` → host."""
    text = endpoint.strip().split()[0] if endpoint.strip() else ""
    if text.startswith("[") and "]" in text:
        return text[1:text.index("]")]
    if text.count(":") == 1:
        return text.partition(":")[0]
    return text


def vpn_observation(source: str, manager: str, name: str, vpn_type: str, endpoints: list[str]) -> Observation:
    hosts = sorted({endpoint_host(e) for e in endpoints if endpoint_host(e)})
    return Observation("vpn_profile", source, {
        "manager": manager, "name": name, "vpn_type": vpn_type, "endpoints": endpoints[:20],
        "hosts": hosts, "host_list": ", ".join(hosts[:5]) or "không ghi máy chủ"})


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    for folder in DIRS:
        for path in list_dir(ctx.path(folder)):
            if path.suffix not in (".yaml", ".yml"):
                continue
            try:
                data = read_small(ctx, path, MAX_BYTES)
                doc = load_yaml(data)
            except Exception as exc:  # noqa: BLE001 - unreadable configuration is not "no configuration"
                out.append(failure(NAME, str(path), exc))
                continue
            out.extend(parse_netplan(doc, str(path)))
    return out
