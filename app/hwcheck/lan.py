"""The registered mạng LAN độc lập: which evidence belongs to it, according to the policy.

Evidence of a network is allowed when it names the LAN the way the policy registers it:
- an interface MAC (``allowed_lan_macs``) or a NetworkManager connection UUID (``allowed_lan_uuids``);
- the LAN's DHCP server (``allowed_lan_dhcp_servers``);
- an interface name **together with** the LAN's subnet or DHCP server (``allowed_lan_interfaces``):
  a name such as ``eth0`` alone identifies nothing;
- for hosts (servers contacted, log-in sources, mirrors): loopback, private addresses and single-label
  or ``.local``/``.lan`` names are never Internet (``urls.is_local``); the policy adds private ranges
  and exact host names of the LAN (``allowed_lan_hosts``).
"""
from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from typing import Any

from app.hwcheck.model import Observation, Policy
from app.hwcheck.probes.urls import is_local


def _ip(text: Any) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return ipaddress.ip_address(text.strip().split("/")[0].split("%")[0])
    except ValueError:
        return None


def network_allowed(policy: Policy, d: Mapping[str, Any]) -> str | None:
    """Why the network evidence ``d`` belongs to the registered LAN (a Vietnamese phrase), or None.
    Keys read: ``mac``, ``uuid``, ``interface``, ``server``/``servers``, ``address``/``addresses``."""
    mac = (d.get("mac") or "").lower() or None
    if mac and mac in policy.allowed_lan_macs:
        return f"MAC {mac}"
    uuid = (d.get("uuid") or "").lower() or None
    if uuid and uuid in policy.allowed_lan_uuids:
        return f"UUID kết nối {uuid}"
    servers = {a for a in (_ip(x) for x in [d.get("server"), *(d.get("servers") or [])]) if a}
    if servers and all(str(a) in policy.allowed_lan_dhcp_servers for a in servers):
        return "máy chủ DHCP " + ", ".join(sorted(map(str, servers)))
    iface = d.get("interface")
    if iface:
        addresses = [a for a in (_ip(x) for x in [d.get("address"), *(d.get("addresses") or [])]) if a]
        for allowed in policy.allowed_lan_interfaces:
            if allowed.name != iface:
                continue
            net = allowed.net
            if net.num_addresses == 1:  # the LAN's DHCP server: every server seen must be it
                if servers and servers == {net.network_address}:
                    return f"giao diện {iface} với máy chủ DHCP {net.network_address}"
            elif addresses and all(a in net for a in addresses) and all(a in net for a in servers):
                return f"giao diện {iface} trong dải {net}"
    return None


def host_allowed(policy: Policy, host: str) -> bool:
    """A host named in a registered LAN allowance (private range or exact name)."""
    host = (host or "").strip().lower().rstrip(".")
    if host.startswith("[") and "]" in host:
        host = host[1:host.index("]")]
    address = _ip(host)
    for allowed in policy.allowed_lan_hosts:
        if allowed.name is not None and address is None and host == allowed.name:
            return True
        if allowed.network is not None and address is not None \
                and address in ipaddress.ip_network(allowed.network):
            return True
    return False


def is_internet_host(host: str, policy: Policy | None = None) -> bool:
    """True for a host that is neither local (loopback, private, single label…) nor allowed."""
    host = (host or "").strip().lower().rstrip(".")
    if host.startswith("[") and "]" in host:
        host = host[1:host.index("]")]
    if not host or is_local("https", host):
        return False
    return not (policy is not None and host_allowed(policy, host))


def internet_hosts(hosts: Iterable[str], policy: Policy | None = None) -> list[str]:
    return [h for h in hosts if is_internet_host(h, policy)]


def apply(obs: Observation, policy: Policy, kinds: Mapping[str, Any]) -> Observation | None:
    """The observation as the policy sees it, for the kinds judged generically by their rule entry:

    - kinds whose rule entry says ``judge_hosts = true`` carry ``hosts`` (every host the evidence
      names): local hosts and hosts of the LAN are dropped; when none is left the observation becomes
      ``<kind>_lan`` (if that kind exists) or disappears (nothing left to report);
    - data with ``lan_check`` true: evidence naming the registered LAN (``network_allowed``) becomes
      ``<kind>_allowed_lan``.
    """
    d = obs.data
    spec = kinds.get(obs.kind) or {}
    if spec.get("judge_hosts") and isinstance(d.get("hosts"), list):
        kept = internet_hosts(d["hosts"], policy)
        if len(kept) != len(d["hosts"]):
            if not kept:
                lan_kind = obs.kind + "_lan"
                if lan_kind not in kinds:
                    return None
                return Observation(lan_kind, obs.source, {**d, "lan_hosts": list(d["hosts"]),
                                                          "lan_host_list": ", ".join(d["hosts"][:5])})
            data = dict(d, hosts=kept, host_list=", ".join(kept[:5]))
            return Observation(obs.kind, obs.source, data)
    if d.get("lan_check"):
        why = network_allowed(policy, d)
        if why and obs.kind + "_allowed_lan" in kinds:
            return Observation(obs.kind + "_allowed_lan", obs.source, {**d, "lan_reason": why})
    return obs
