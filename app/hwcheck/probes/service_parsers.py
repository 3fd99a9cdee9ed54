"""Message parsers for ``service_logs``: one line in, facts tallied; ``observations()`` out.

Messages are the texts the programs print (NetworkManager 1.x, wpa_supplicant 2.x, ModemManager 1.x,
systemd-timesyncd since systemd 239, chronyd, OpenSSH sshd). Lines without a time still count."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import iso_utc

_IDENT = re.compile(r"^([\w.@/-]+?)(?:\[\d+\])?:\s+(.*)$")
# NetworkManager
_NM_START = re.compile(r"device \(([^)]+)\): Activation: starting connection '(.*)' \(([0-9a-f-]{36})\)")
_NM_WIFI = re.compile(r"device \(([^)]+)\): Activation: \(wifi\).*Connected to wireless network [\"'](.*)[\"']")
_NM_DHCP_ADDR = re.compile(r"dhcp4 \(([^)]+)\):.*(?:new lease, address=|\baddress |option ip_address\s+=> ')"
                           r"(\d+\.\d+\.\d+\.\d+)")
_NM_DHCP_SERVER = re.compile(r"dhcp4 \(([^)]+)\):\s+option dhcp_server_identifier\s+=> '([^']+)'")
_NM_GLOBAL = re.compile(r"NetworkManager state is now CONNECTED_GLOBAL")
VIRTUAL = re.compile(r"^(lo|docker\d*|virbr\d+(-nic)?|veth\w*|br-\w+|cni\w*|podman\d*|flannel\S*)$")
# wpa_supplicant
_WPA_TRY = re.compile(r"^(\S+): (?:SME: )?Trying to (?:associate|authenticate) with (?:([0-9a-f:]{17}) )?"
                      r"\(?SSID[= ]'(.*?)'")
_WPA_OK = re.compile(r"^(\S+): (?:CTRL-EVENT-CONNECTED - Connection to|Associated with) ([0-9a-f:]{17})")
# ModemManager
_MM_STATE = re.compile(r"\[?(modem\d+|Modem /\S+)\]?:? state changed \((\S+) -> (connected|registered)\)")
_MM_REG = re.compile(r"\[?(modem\d+|Modem /\S+)\]?:? (?:3GPP|CDMA1x|EVDO)? ?registration state changed "
                     r"\((\S+) -> (home|roaming)\)")
_MM_NEW = re.compile(r"(?:creating modem with plugin '([^']+)'|Modem for device '([^']+)' successfully created)")
# time
_TS_CONTACT = re.compile(r"(?:Contacted time server|Synchronized to time server|Initial synchronization to "
                         r"time server) (\S+?)(?::\d+)? \(([^)]*)\)")
_TS_INITIAL = re.compile(r"Initial clock synchronization to (.+?)\.?$")
_CHRONY = re.compile(r"Selected source (\S+)(?: \(([^)]*)\))?")
# sshd
_SSH_OK = re.compile(r"Accepted (\S+) for (\S+) from (\S+) port \d+")
_SSH_BAD = re.compile(r"(?:Failed \S+ for (?:invalid user )?(\S+)|Invalid user (\S*)) from (\S+) port \d+")


@dataclass
class Fact:
    kind: str
    data: dict
    first: dt.datetime | None = None
    last: dt.datetime | None = None
    lines: int = 0
    sources: set = field(default_factory=set)

    def seen(self, when: dt.datetime | None, source: str) -> None:
        self.lines += 1
        self.sources.add(source)
        if when is not None:
            self.first = when if self.first is None or when < self.first else self.first
            self.last = when if self.last is None or when > self.last else self.last


class ServiceTally:
    def __init__(self) -> None:
        self.facts: dict[tuple, Fact] = {}
        self.nm_active: dict[str, Fact] = {}  # interface → the connection NetworkManager last activated on it
        self.wpa_ssid: dict[str, str] = {}    # interface → SSID last tried
        self.timesync_initial: list[tuple[str, dt.datetime | None, str]] = []

    def _fact(self, key: tuple, kind: str, data: dict, when, source) -> Fact:
        fact = self.facts.get(key)
        if fact is None:
            fact = self.facts[key] = Fact(kind, data)
        fact.seen(when, source)
        return fact

    def feed(self, message: str, when: dt.datetime | None, source: str) -> None:
        m = _IDENT.match(message)
        ident, text = (m.group(1), m.group(2)) if m else ("", message)
        if ident == "NetworkManager" or (not ident and "device (" in text):
            self._nm(text, when, source)
        if ident == "wpa_supplicant" or not ident:
            self._wpa(text, when, source)
        if ident == "ModemManager" or not ident:
            self._mm(text, when, source)
        if ident in ("systemd-timesyncd", "chronyd") or not ident:
            self._time(text, when, source)
        if ident.startswith("sshd") or not ident:
            self._ssh(text, when, source)

    def _nm(self, text, when, source) -> None:
        if "Activation" not in text and "dhcp4" not in text:
            return
        if m := _NM_START.search(text):
            iface, name, uuid = m.groups()
            if VIRTUAL.match(iface) or name == "lo":
                return
            fact = self._fact(("nm", uuid, iface), "nm_log_connection",
                              {"service": "NetworkManager", "connection": name, "uuid": uuid, "interface": iface,
                               "addresses": [], "servers": []}, when, source)
            self.nm_active[iface] = fact
        elif m := _NM_WIFI.search(text):
            self._fact(("wifi", m.group(2)), "wifi_log_association",
                       {"service": "NetworkManager", "ssid": m.group(2), "interface": m.group(1), "bssids": []},
                       when, source)
        elif (m := _NM_DHCP_ADDR.search(text)) or (m := _NM_DHCP_SERVER.search(text)):
            # the DHCP result belongs to the connection being activated on that interface, not to
            # every connection ever made there (a home router on the same adapter stays apart)
            fact = self.nm_active.get(m.group(1))
            key = "servers" if "dhcp_server_identifier" in text else "addresses"
            if fact is not None and m.group(2) not in fact.data[key] and len(fact.data[key]) < 20:
                fact.data[key].append(m.group(2))

    def _wpa(self, text, when, source) -> None:
        if "Trying to" not in text and "CTRL-EVENT-CONNECTED" not in text and "Associated with" not in text:
            return
        if m := _WPA_TRY.search(text):
            self.wpa_ssid[m.group(1)] = m.group(3)
        elif m := _WPA_OK.search(text):
            ssid = self.wpa_ssid.get(m.group(1)) or "không rõ"
            fact = self._fact(("wifi", ssid), "wifi_log_association",
                              {"service": "wpa_supplicant", "ssid": ssid, "interface": m.group(1), "bssids": []},
                              when, source)
            if m.group(2) not in fact.data["bssids"] and len(fact.data["bssids"]) < 20:
                fact.data["bssids"].append(m.group(2))

    def _mm(self, text, when, source) -> None:
        if "state changed" not in text and "modem" not in text.lower():
            return
        if (m := _MM_STATE.search(text)) or (m := _MM_REG.search(text)):
            self._fact(("mm", m.group(1), m.group(3)), "modem_log_connected",
                       {"service": "ModemManager", "modem": m.group(1), "state": m.group(3)}, when, source)
        elif m := _MM_NEW.search(text):
            self._fact(("mm-new", m.group(1) or m.group(2)), "modem_log_present",
                       {"service": "ModemManager", "modem": m.group(2) or f"plugin {m.group(1)}"}, when, source)

    def _time(self, text, when, source) -> None:
        if "time server" not in text and "Selected source" not in text and "clock synchronization" not in text:
            return
        if (m := _TS_CONTACT.search(text)) or (m := _CHRONY.search(text)):
            address, name = m.group(1), (m.group(2) or "").strip()
            hosts = [h for h in (address, name) if h]
            self._fact(("time", address, name), "time_server_contact",
                       {"service": "chronyd" if "Selected source" in text else "systemd-timesyncd",
                        "server": address, "server_name": name or address, "hosts": hosts,
                        "host_list": ", ".join(hosts)}, when, source)
        elif m := _TS_INITIAL.search(text):
            self.timesync_initial.append((m.group(1), when, source))

    def _ssh(self, text, when, source) -> None:
        if " from " not in text:
            return
        if m := _SSH_OK.search(text):
            _method, user, address = m.groups()
            fact = self._fact(("ssh", address), "ssh_login_remote",
                              {"service": "sshd", "address": address, "users": [], "hosts": [address],
                               "host_list": address}, when, source)
            if user not in fact.data["users"] and len(fact.data["users"]) < 10:
                fact.data["users"].append(user)
        elif m := _SSH_BAD.search(text):
            user, address = m.group(1) or m.group(2) or "", m.group(3)
            fact = self._fact(("ssh-bad", address), "ssh_attempt_remote",
                              {"service": "sshd", "address": address, "users": [], "hosts": [address],
                               "host_list": address}, when, source)
            if user and user not in fact.data["users"] and len(fact.data["users"]) < 10:
                fact.data["users"].append(user)

    def observations(self) -> list[Observation]:
        out = []
        contacted_sources = {s for f in self.facts.values() if f.kind == "time_server_contact" for s in f.sources}
        for target, when, source in self.timesync_initial:
            if source not in contacted_sources:  # synchronised, but the server line is gone
                self._fact(("time-initial", source), "time_sync_initial",
                           {"service": "systemd-timesyncd", "synchronized_to": target}, when, source)
        for fact in self.facts.values():
            data = dict(fact.data)
            if fact.kind == "nm_log_connection":
                # one DHCP server is the LAN's or not; several (or none) name no single LAN server
                data.update(server=data["servers"][0] if len(data["servers"]) == 1 else None,
                            address=", ".join(data["addresses"]) or None, lan_check=True,
                            server_list=", ".join(data["servers"]) or "không rõ")
            if "users" in data:
                data["user_list"] = ", ".join(data["users"]) or "không rõ"
            if "bssids" in data:
                data["bssid_list"] = ", ".join(data["bssids"]) or "không ghi"
            data.update(first_seen=iso_utc(fact.first), last_seen=iso_utc(fact.last), lines=fact.lines,
                        first_vi=_vn(fact.first), last_vi=_vn(fact.last))
            out.append(Observation(fact.kind, min(fact.sources), data))
        return out


def _vn(when: dt.datetime | None) -> str:
    if when is None:
        return "không rõ thời điểm"
    return when.astimezone(dt.timezone.utc).strftime("%d/%m/%Y %H:%M UTC")
