"""Policy: observations + :class:`Policy` → findings.

Rule ids, severities, legal bases and the Vietnamese summaries are data in
``resources/hwcheck_rules.toml``; this module only decides which *kind* each observation is.

Approved USB drives (``usb_approval``):
- a full entry ``VVVV:PPPP:SERIAL`` approves a device with the same vendor id, product id and serial
  (serial compared without regard to case — Windows upper-cases serials);
- a weak serial (missing, generic like ``0123456789ABCDEF``, all one digit, or Windows-invented with
  ``&``) never approves, since it does not tell one drive from another;
- a serial-only entry ``SERIAL`` is not trusted alone when the device's vendor/product ids are known:
  the device stays unapproved (blocking) and the finding says to register the full identity; when the
  ids are unknown (a log that lost the enumeration lines) a serial match gives a warning.
"""
from __future__ import annotations

import contextvars
import datetime as dt
import functools
import tomllib
from collections.abc import Iterable, Mapping
from typing import Any

from app import paths
from app.hwcheck import lan
from app.hwcheck.model import Finding, Observation, Policy, serial_weakness, weak_serial

RULES_FILE = "hwcheck_rules.toml"
UNKNOWN = "không rõ"
SEVERITY_ORDER = {"block": 0, "warn": 1, "info": 2}

KIND_VI = {"wired": "có dây", "wireless": "không dây Wi-Fi", "wwan": "mạng di động WWAN",
           "usb-network": "mạng qua USB", "virtual": "giao diện ảo"}
WIRELESS_VI = {"wlan": "Wi-Fi", "wwan": "mạng di động", "bluetooth": "Bluetooth"}
PROFILE_TYPE_VI = {"wifi": "Wi-Fi", "ethernet": "có dây", "gsm": "mạng di động GSM", "cdma": "mạng di động CDMA",
                   "bluetooth": "Bluetooth", "vpn": "VPN", "wireguard": "WireGuard", "pppoe": "PPPoE"}
REASON_VI = {
    "no_kernel_logs": "không có nhật ký nhân hệ điều hành (kern.log, syslog, messages, journal)",
    "logs_start_after_boot": "nhật ký chỉ bắt đầu sau lần khởi động gần nhất",
    "journal_empty": "nhật ký systemd journal có tệp nhưng không còn bản ghi nào (có thể đã bị xóa)",
    "windows_setupapi_missing": "ổ đĩa Windows không có nhật ký cài đặt thiết bị setupapi.dev.log (có thể đã bị xóa)",
}


RULES_DIR = "hwcheck_rules"  # one more file per evidence family: hwcheck_rules/<family>.toml


@functools.cache
def rules() -> dict[str, Any]:
    """``hwcheck_rules.toml`` merged with every ``hwcheck_rules/*.toml`` (in name order). A ``[legal]``
    or ``[kinds.X]`` key defined twice is an error: each fact has one place."""
    files = [paths.RESOURCES / RULES_FILE, *sorted((paths.RESOURCES / RULES_DIR).glob("*.toml"))]
    merged: dict[str, Any] = {"legal": {}, "kinds": {}}
    for file in files:
        with open(file, "rb") as fh:
            data = tomllib.load(fh)
        for table in ("legal", "kinds"):
            for key, value in data.get(table, {}).items():
                if key in merged[table]:
                    raise ValueError(f"{file.name}: [{table}.{key}] is already defined")
                merged[table][key] = value
    return merged


class _Fill(dict):
    def __missing__(self, key: str) -> str:
        return UNKNOWN


def vn_time(iso: str | None) -> str:
    """``2024-01-02T03:04:05Z`` → ``02/01/2024 03:04 UTC``."""
    if not iso or len(iso) < 16:
        return UNKNOWN
    tail = " UTC" if iso.endswith("Z") else ""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]} {iso[11:16]}{tail}"


_ON: contextvars.ContextVar[dt.date | None] = contextvars.ContextVar("hwcheck_on", default=None)


def legal_text(key: str, on: dt.date | None = None) -> str:
    """The legal basis ``key`` in force on ``on`` (today by default): a plain string, a table with
    ``text``, or a list of such tables with ``from``/``until`` dates (inclusive)."""
    entry = rules()["legal"][key]
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict):
        return entry["text"]
    on = on or _ON.get() or dt.date.today()
    for version in entry:
        if version.get("from", dt.date.min) <= on <= version.get("until", dt.date.max):
            return version["text"]
    raise LookupError(f"no legal text '{key}' in force on {on.isoformat()}")


def make(kind: str, source: str, evidence: Mapping[str, Any], strict: bool = False, **fill: Any) -> Finding:
    table = rules()
    spec = table["kinds"][kind]
    values = _Fill({k: v for k, v in evidence.items() if v is not None and not isinstance(v, (dict, list))})
    values.update({k: v for k, v in fill.items() if v is not None})
    values.setdefault("source", source)
    severity = spec["severity"]
    if strict and kind == "incomplete_evidence":
        severity = "block"
    return Finding(rule=spec["rule"], severity=severity, summary=spec["summary"].format_map(values),
                   source=source, evidence=evidence, legal_basis=legal_text(spec["legal"]))


def describe_usb(d: Mapping[str, Any]) -> str:
    name = " ".join(str(x) for x in (d.get("manufacturer") or d.get("vendor"),
                                     d.get("product") or d.get("model")) if x) or "không rõ tên"
    return f"{name} [{d.get('vendor_id') or '????'}:{d.get('product_id') or '????'}, " \
           f"sê-ri {d.get('serial') or 'không có'}]"


def usb_approval(policy: Policy, vendor_id: str | None, product_id: str | None, serial: str | None) -> str:
    """``approved``, ``serial_only`` (unknown ids, serial matches), ``serial_only_not_trusted``,
    ``id_mismatch`` (approved serial on another vendor/product) or ``unapproved``."""
    if weak_serial(serial) or not policy.approved_usb:
        return "unapproved"
    wanted = serial.strip().lower()
    matches = [i for i in policy.approved_usb if i.serial.lower() == wanted]
    known = vendor_id is not None and product_id is not None
    if any(not i.serial_only and known and (i.vendor_id, i.product_id) == (vendor_id, product_id)
           for i in matches):
        return "approved"
    if any(i.serial_only for i in matches):
        return "serial_only_not_trusted" if known else "serial_only"
    return "id_mismatch" if matches else "unapproved"


APPROVAL_NOTE = {
    "serial_only_not_trusted": " (số sê-ri trùng mục phê duyệt chỉ ghi sê-ri; không đủ tin cậy, "
                               "cần đăng ký đầy đủ VVVV:PPPP:SERIAL)",
    "id_mismatch": " (số sê-ri trùng USB đã phê duyệt nhưng mã hãng/sản phẩm khác: nghi sê-ri giả)",
}


def _usb(obs: Observation, policy: Policy, base: str) -> Finding:
    d = dict(obs.data)
    status = usb_approval(policy, d.get("vendor_id"), d.get("product_id"), d.get("serial"))
    d["approval"] = status
    note = APPROVAL_NOTE.get(status, "")
    weakness = serial_weakness(d.get("serial"))
    if weakness:  # never approvable: say why, so nobody tries to register it
        d["serial_weakness"] = weakness
        note = f" ({weakness}: không phân biệt được thiết bị này với thiết bị khác nên không thể phê duyệt)"
    fill = {"describe": describe_usb(d), "approval_note": note,
            "first_seen": vn_time(d.get("first_seen")), "last_seen": vn_time(d.get("last_seen")),
            "size": f"{(d.get('size_bytes') or 0) / 1e9:.1f} GB"}
    if status == "approved":
        return make(base + "_approved", obs.source, d, **fill)
    if status == "serial_only":
        return make(base + "_serial_only", obs.source, d, **fill)
    if base == "usb_storage_now" and not d.get("size_bytes"):
        return make("usb_storage_now_no_medium", obs.source, d, **fill)
    return make(base, obs.source, d, **fill)


def _interface(obs: Observation, policy: Policy) -> Finding:
    d = obs.data
    if d.get("mac") in policy.allowed_lan_macs and d.get("kind") in ("wired", "virtual"):
        return make("interface_allowed_lan", obs.source, d)
    state = []
    if d.get("up"):
        state.append("đang bật")
    if d.get("addresses"):
        state.append("có địa chỉ " + ", ".join(d["addresses"][:4]))
    if not state:
        state.append("có thiết bị dù đang tắt")
    return make("interface_active", obs.source, d, kind_vi=KIND_VI.get(d.get("kind"), d.get("kind")),
                state=", ".join(state))


def _wireless(obs: Observation) -> Finding:
    d = obs.data
    state = " (đang tắt bằng phần mềm)" if d.get("soft_blocked") else ""
    if d.get("type") == "bluetooth":
        return make("bluetooth_present", obs.source, d, state=state)
    if d.get("hard_blocked"):
        return make("wireless_hard_blocked", obs.source, d, type_vi=WIRELESS_VI.get(d.get("type")))
    return make("wireless_present", obs.source, d, type_vi=WIRELESS_VI.get(d.get("type")), state=state)


def _profile(obs: Observation, policy: Policy) -> Finding:
    d = obs.data
    ptype = d.get("type")
    why = lan.network_allowed(policy, d) if ptype in ("ethernet", "không rõ", None) else None
    if why:
        return make("network_profile_allowed_lan", obs.source, {**d, "lan_reason": why})
    if ptype == "ethernet" and not d.get("last_connected"):
        return make("network_profile_unused", obs.source, d)
    return make("network_profile", obs.source, d,
                type_vi=PROFILE_TYPE_VI.get(ptype, ptype),
                ssid_part=f", SSID \"{d['ssid']}\"" if d.get("ssid") else "",
                last_part=f", kết nối lần cuối {vn_time(d['last_connected'])}" if d.get("last_connected")
                else "")


def _tag(obs: Observation, policy: Policy) -> Finding | None:
    d = obs.data
    tag = policy.registered_tag
    if tag is None:
        return make("tag_missing", obs.source, d)
    label_part = f" (tem số {tag.label})" if tag.label else ""
    evidence = {**d, "registered_machine_id": tag.machine_id, "registered_dmi_uuid": tag.dmi_uuid,
                "registered_label": tag.label}
    compared, mismatch = 0, []
    if tag.machine_id and d.get("machine_id"):
        compared += 1
        if tag.machine_id != d["machine_id"]:
            mismatch.append(f"machine-id {d['machine_id']} khác {tag.machine_id}")
    if tag.dmi_uuid and d.get("dmi_uuid"):
        compared += 1
        if tag.dmi_uuid != d["dmi_uuid"]:
            mismatch.append(f"DMI UUID {d['dmi_uuid']} khác {tag.dmi_uuid}")
    if mismatch:
        return make("tag_mismatch", obs.source, evidence, label_part=label_part, mismatch="; ".join(mismatch))
    if not compared:
        return make("tag_unverifiable", obs.source, evidence, label_part=label_part)
    return None


def evaluate(observations: Iterable[Observation], policy: Policy,
             iface_macs: Mapping[str, str | None] | None = None, on: dt.date | None = None) -> list[Finding]:
    """Findings for the observations, sorted: blocks first, then by rule and source. Legal bases are
    those in force on ``on`` (the day of the check; today by default)."""
    token = _ON.set(on)
    try:
        return _evaluate(observations, policy, iface_macs)
    finally:
        _ON.reset(token)


def _evaluate(observations: Iterable[Observation], policy: Policy,
              iface_macs: Mapping[str, str | None] | None = None) -> list[Finding]:
    iface_macs = iface_macs or {}
    findings: list[Finding] = []
    for obs in observations:
        obs = lan.apply(obs, policy, rules()["kinds"])
        if obs is None:  # every host it named belongs to the registered LAN
            continue
        d = obs.data
        kind = obs.kind
        if kind == "interface":
            findings.append(_interface(obs, policy))
        elif kind == "default_route":
            mac = iface_macs.get(d.get("interface"))
            allowed = mac is not None and mac in policy.allowed_lan_macs
            findings.append(make("default_route_allowed_lan" if allowed else "default_route", obs.source, d))
        elif kind == "wireless_device":
            findings.append(_wireless(obs))
        elif kind == "browser_history":
            for part, target in (("internet", "browser_history"), ("local", "browser_local")):
                t = d[part]
                if t["visits"]:
                    ev = {k: v for k, v in d.items() if k not in ("internet", "local")}
                    ev.update(t, scope=part)
                    findings.append(make(target, obs.source, ev, first_visit=vn_time(t["first_visit"]),
                                         last_visit=vn_time(t["last_visit"]),
                                         hosts_sample=", ".join(t["hosts"][:5]) or UNKNOWN))
        elif kind == "network_profile":
            findings.append(_profile(obs, policy))
        elif kind == "dhcp_lease":
            mac = iface_macs.get(d.get("interface"))
            why = lan.network_allowed(policy, {**d, "mac": mac or d.get("mac")})
            findings.append(make("dhcp_lease_allowed_lan" if why else "dhcp_lease", obs.source,
                                 {**d, "lan_reason": why} if why else d,
                                 file_modified=vn_time(d.get("file_modified"))))
        elif kind == "usb_storage_history":
            findings.append(_usb(obs, policy, "usb_storage_history"))
        elif kind == "usb_network_history":
            findings.append(make("usb_network_history", obs.source, d, describe=describe_usb(d),
                                 first_seen=vn_time(d.get("first_seen")), last_seen=vn_time(d.get("last_seen"))))
        elif kind == "usb_storage_now":
            findings.append(_usb(obs, policy, "usb_storage_now"))
        elif kind == "identity":
            finding = _tag(obs, policy)
            if finding:
                findings.append(finding)
        elif kind == "incomplete_evidence":
            findings.append(make("incomplete_evidence", obs.source, d, strict=policy.strict_incomplete_evidence,
                                 reason_vi=REASON_VI.get(d.get("reason"), d.get("reason"))))
        elif kind == "probe_failed":
            findings.append(make("probe_failed", obs.source, d))
        elif kind in rules()["kinds"]:  # a kind judged by its rule entry alone (summary from the data)
            findings.append(make(kind, obs.source, d))
        else:  # an observation nobody knows how to judge must not pass silently
            findings.append(make("probe_failed", obs.source, {"probe": kind, "error": "unknown observation"}))
    return sort_findings(findings)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.rule, f.source, f.summary))
