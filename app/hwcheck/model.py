"""Immutable value objects of the hardware check: policy in, findings and verdict out.

Nothing here touches the machine; probes produce :class:`Observation` objects, ``policy.py`` turns
them into :class:`Finding` objects, and ``runner.py`` wraps them in a :class:`Verdict`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import json
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal, Mapping

Severity = Literal["block", "warn", "info"]
SEVERITIES: tuple[Severity, ...] = ("block", "warn", "info")

RULE_IDS = (
    "network.interface_active",
    "network.wireless_present",
    "internet.browser_history",
    "internet.network_profile",
    "internet.dhcp_lease",
    "internet.mail_account",
    "network.tethering_history",
    "usb.unapproved_connected",
    "usb.unapproved_history",
    "tag.missing",
    "tag.mismatch",
    "probe.failed",
    "internet.log_history",
)

_HEX4 = re.compile(r"^[0-9a-fA-F]{4}$")
_MAC = re.compile(r"^[0-9a-f]{2}(:[0-9a-f]{2}){5}$")

# Serial numbers that many different drives report (cheap bridges, card readers), or that Windows
# makes up for a device without one ("6&1a2b3c4d&0&1"). Such a serial never identifies one drive.
# "20100201396000000": every Realtek USB2.0-CRW card reader (0bda:0129/0139); "000000000272": every
# Genesys Logic card reader (05e3:0736) — both seen in many public dmesg dumps.
_GENERIC_SERIALS = {
    "0123456789abcdef", "123456789abc", "000000000001", "0000000000000001",
    "00000000000000000000", "1234567890", "0123456789", "none", "null", "serial",
    "20100201396000000", "000000000272",
}


def _json_safe(value: Any) -> Any:
    """Evidence becomes plain JSON data once, so hashing and printing see the same thing."""
    return json.loads(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))


def serial_weakness(serial: str | None) -> str | None:
    """Why a serial cannot tell one drive from another (a Vietnamese phrase), or None when it can."""
    if not serial or not serial.strip():
        return "thiết bị không có số sê-ri"
    s = serial.strip().lower()
    if "&" in s:
        return f"số sê-ri {serial.strip()} do Windows tự đặt cho thiết bị không có sê-ri"
    if len(s) < 4:
        return f"số sê-ri {serial.strip()} quá ngắn"
    if s in _GENERIC_SERIALS:
        return f"số sê-ri {serial.strip()} là giá trị chung mà mọi thiết bị cùng loại đều báo"
    if len(set(s)) == 1:  # "000000000000", "ffffffff"
        return f"số sê-ri {serial.strip()} chỉ gồm một ký tự lặp lại"
    return None


def weak_serial(serial: str | None) -> bool:
    """True when a serial cannot tell one drive from another (missing, generic or invented)."""
    return serial_weakness(serial) is not None


def normalize_mac(mac: str) -> str:
    text = mac.strip().lower().replace("-", ":")
    if re.fullmatch(r"[0-9a-f]{12}", text):
        text = ":".join(text[i:i + 2] for i in range(0, 12, 2))
    if not _MAC.match(text):
        raise ValueError(f"Địa chỉ MAC không hợp lệ: {mac!r}")
    return text


@dataclass(frozen=True)
class UsbIdentity:
    """An approved USB drive. ``vendor_id``/``product_id`` are 4 lowercase hex digits or None.

    A serial-only entry (``vendor_id is None``) is weaker: serials are not unique across makers and
    some are invented by a bridge chip or by Windows. The policy therefore never *passes* a device on a
    serial-only match: it reports it as a warning asking for the full ``VVVV:PPPP:SERIAL`` identity
    (see ``policy.usb_approval``).
    """

    vendor_id: str | None
    product_id: str | None
    serial: str

    def __post_init__(self) -> None:
        for name in ("vendor_id", "product_id"):
            value = getattr(self, name)
            if value is not None:
                if not _HEX4.match(value):
                    raise ValueError(f"Mã USB không hợp lệ: {value!r} (cần 4 chữ số hex)")
                object.__setattr__(self, name, value.lower())
        if (self.vendor_id is None) != (self.product_id is None):
            raise ValueError("Cần cả mã hãng (idVendor) và mã sản phẩm (idProduct), hoặc không mã nào.")
        serial = (self.serial or "").strip()
        if not serial:
            raise ValueError("Thiếu số sê-ri USB.")
        object.__setattr__(self, "serial", serial)

    @property
    def serial_only(self) -> bool:
        return self.vendor_id is None

    @classmethod
    def parse(cls, text: str) -> "UsbIdentity":
        """``"VVVV:PPPP:SERIAL"`` (full identity) or ``"SERIAL"`` (serial only)."""
        parts = text.strip().split(":", 2)
        if len(parts) == 3 and _HEX4.match(parts[0]) and _HEX4.match(parts[1]):
            return cls(parts[0], parts[1], parts[2])
        return cls(None, None, text.strip())

    def __str__(self) -> str:
        return self.serial if self.serial_only else f"{self.vendor_id}:{self.product_id}:{self.serial}"


@dataclass(frozen=True)
class RegisteredTag:
    """The security tag ("tem an toàn an ninh thông tin") as registered for this machine."""

    machine_id: str | None = None
    dmi_uuid: str | None = None
    label: str | None = None  # the number printed on the tag, for the report only

    def __post_init__(self) -> None:
        mid = (self.machine_id or "").strip().lower().replace("-", "") or None
        uuid = (self.dmi_uuid or "").strip().lower() or None
        if mid is None and uuid is None:
            raise ValueError("Tem an toàn phải ghi machine-id hoặc DMI UUID của máy.")
        object.__setattr__(self, "machine_id", mid)
        object.__setattr__(self, "dmi_uuid", uuid)


@dataclass(frozen=True)
class Policy:
    """What the machine's registration allows. The LAN allowances (see ``app.hwcheck.lan``) name the
    registered mạng LAN độc lập: interfaces by MAC, NetworkManager connections by UUID, an interface
    name only together with the LAN's subnet or DHCP server, DHCP servers and hosts of the LAN
    (private addresses or ranges, or exact host names — never a wildcard)."""

    approved_usb: tuple[UsbIdentity, ...] = ()
    allowed_lan_macs: tuple[str, ...] = ()
    registered_tag: RegisteredTag | None = None
    strict_incomplete_evidence: bool = False
    allowed_lan_uuids: tuple[str, ...] = ()
    allowed_lan_interfaces: tuple["LanInterface", ...] = ()
    allowed_lan_dhcp_servers: tuple[str, ...] = ()
    allowed_lan_hosts: tuple["LanHost", ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "approved_usb", tuple(self.approved_usb))
        object.__setattr__(self, "allowed_lan_macs",
                           tuple(normalize_mac(m) for m in self.allowed_lan_macs))
        object.__setattr__(self, "allowed_lan_uuids", tuple(normalize_uuid(u) for u in self.allowed_lan_uuids))
        object.__setattr__(self, "allowed_lan_interfaces", tuple(
            i if isinstance(i, LanInterface) else LanInterface.parse(i) for i in self.allowed_lan_interfaces))
        object.__setattr__(self, "allowed_lan_dhcp_servers",
                           tuple(str(private_address(s)) for s in self.allowed_lan_dhcp_servers))
        object.__setattr__(self, "allowed_lan_hosts", tuple(
            h if isinstance(h, LanHost) else LanHost.parse(h) for h in self.allowed_lan_hosts))

    @classmethod
    def from_strings(cls, approved_usb=(), allowed_lan_macs=(), **kwargs) -> "Policy":
        """Build a policy from command-line style strings; raises ValueError with a Vietnamese message."""
        return cls(approved_usb=tuple(UsbIdentity.parse(s) for s in approved_usb),
                   allowed_lan_macs=tuple(allowed_lan_macs), **kwargs)


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_IFNAME = re.compile(r"^[A-Za-z0-9_.:-]{1,15}$")
_HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")


_PUBLIC_SECOND_LEVEL = {"gov", "com", "net", "org", "edu", "ac", "int", "info", "biz", "name", "pro", "health"}


def normalize_uuid(text: str) -> str:
    value = text.strip().lower()
    if not _UUID.match(value):
        raise ValueError(f"UUID kết nối NetworkManager không hợp lệ: {text!r}")
    return value


def private_network(text: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    """A private (RFC 1918, ULA, link-local) address or range; anything public is refused."""
    try:
        net = ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        raise ValueError(f"Địa chỉ hoặc dải địa chỉ không hợp lệ: {text!r}") from None
    if not (net.is_private or net.is_link_local) or net.is_loopback or net.prefixlen == 0:
        raise ValueError(f"Địa chỉ {text!r} không phải địa chỉ/dải địa chỉ riêng của mạng LAN (chỉ chấp nhận "
                         "10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7, fe80::/10).")
    return net


def private_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    net = private_network(text)
    if net.num_addresses != 1:
        raise ValueError(f"Cần một địa chỉ máy chủ DHCP, không phải một dải: {text!r}")
    return net.network_address


@dataclass(frozen=True)
class LanInterface:
    """An interface name of the LAN, tied to the LAN's subnet or its DHCP server (``IFACE@NET``).
    A name alone (``eth0``) identifies nothing: every machine has one."""

    name: str
    network: str  # a private range ("10.10.0.0/24") or the DHCP server's address ("10.10.0.1")

    @classmethod
    def parse(cls, text: str) -> "LanInterface":
        name, sep, where = text.strip().partition("@")
        if not sep or not where:
            raise ValueError(f"Giao diện LAN {text!r} phải kèm dải mạng hoặc máy chủ DHCP của mạng LAN, "
                             "ví dụ enx00e04c680001@10.10.0.0/24 hoặc eth1@10.10.0.1: chỉ tên giao diện "
                             "thì không định danh được mạng nào.")
        if not _IFNAME.match(name):
            raise ValueError(f"Tên giao diện mạng không hợp lệ: {name!r}")
        return cls(name, str(private_network(where)))

    @property
    def net(self) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
        return ipaddress.ip_network(self.network)


@dataclass(frozen=True)
class LanHost:
    """A host of the LAN: a private address/range or one exact host name (no wildcard)."""

    name: str | None = None
    network: str | None = None

    @classmethod
    def parse(cls, text: str) -> "LanHost":
        value = text.strip().lower().rstrip(".")
        if "*" in value or value.startswith("."):
            raise ValueError(f"Không chấp nhận ký tự đại diện {text!r}: chỉ đăng ký từng tên máy chủ cụ thể "
                             "của mạng LAN (ví dụ may-chu.vanphong.lan), không đăng ký cả một miền như *.gov.vn.")
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError:
            if not _HOSTNAME.match(value):
                raise ValueError(f"Tên máy chủ hoặc địa chỉ không hợp lệ: {text!r}") from None
            labels = value.split(".")
            if len(labels) == 2 and labels[0] in _PUBLIC_SECOND_LEVEL:
                raise ValueError(f"Tên {text!r} là hậu tố tên miền công cộng, không phải một máy chủ của mạng LAN.") \
                    from None
            if "." not in value:
                raise ValueError(f"Tên máy chủ {text!r} chỉ có một nhãn; tên một nhãn đã được coi là máy "
                                 "trong mạng nội bộ, không cần đăng ký.") from None
            return cls(name=value)
        return cls(network=str(private_network(value)))

    def __str__(self) -> str:
        return self.name or self.network or ""


@dataclass(frozen=True)
class Observation:
    """What a probe saw, before policy: ``kind`` says what, ``data`` holds the details."""

    kind: str
    source: str
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    summary: str
    source: str
    evidence: Mapping[str, Any]
    legal_basis: str

    def __post_init__(self) -> None:
        if self.rule not in RULE_IDS:
            raise ValueError(f"unknown rule id {self.rule!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        object.__setattr__(self, "evidence", MappingProxyType(_json_safe(dict(self.evidence))))

    def __hash__(self) -> int:
        return hash((self.rule, self.severity, self.summary, self.source))

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "summary": self.summary,
            "source": self.source,
            "evidence": _json_safe(dict(self.evidence)),
            "legal_basis": self.legal_basis,
        }


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class Verdict:
    root: str
    checked_at: dt.datetime
    findings: tuple[Finding, ...]
    live_probes: bool

    @property
    def passed(self) -> bool:
        return not any(f.severity == "block" for f in self.findings)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "block")

    @property
    def evidence_sha256(self) -> str:
        """SHA-256 of the canonical JSON of the findings (sorted keys, UTF-8, no spaces)."""
        return hashlib.sha256(canonical_json([f.to_dict() for f in self.findings])).hexdigest()

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "verdict": "pass" if self.passed else "fail",
            "root": self.root,
            "checked_at": self.checked_at.isoformat(),
            "live_probes": "done" if self.live_probes else "skipped",
            "findings": [f.to_dict() for f in self.findings],
            "evidence_sha256": self.evidence_sha256,
        }
