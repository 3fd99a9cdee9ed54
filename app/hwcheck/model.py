"""Immutable value objects of the hardware check: policy in, findings and verdict out.

Nothing here touches the machine; probes produce :class:`Observation` objects, ``policy.py`` turns
them into :class:`Finding` objects, and ``runner.py`` wraps them in a :class:`Verdict`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
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
    "network.tethering_history",
    "usb.unapproved_connected",
    "usb.unapproved_history",
    "tag.missing",
    "tag.mismatch",
    "probe.failed",
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
    approved_usb: tuple[UsbIdentity, ...] = ()
    allowed_lan_macs: tuple[str, ...] = ()
    registered_tag: RegisteredTag | None = None
    strict_incomplete_evidence: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "approved_usb", tuple(self.approved_usb))
        object.__setattr__(self, "allowed_lan_macs",
                           tuple(normalize_mac(m) for m in self.allowed_lan_macs))

    @classmethod
    def from_strings(cls, approved_usb=(), allowed_lan_macs=(), **kwargs) -> "Policy":
        """Build a policy from command-line style strings; raises ValueError with a Vietnamese message."""
        return cls(approved_usb=tuple(UsbIdentity.parse(s) for s in approved_usb),
                   allowed_lan_macs=tuple(allowed_lan_macs), **kwargs)


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
