"""Machine-readable statistics bundle, signed with the agency's Ed25519 key, and consolidation.

File format (UTF-8 JSON)::

    {"format": "somat-bundle", "version": 1,
     "payload": {...}, "public_key": "<base64 raw 32 bytes>", "signature": "<base64>"}

The signature covers the canonical JSON of ``payload`` (sorted keys, no spaces, UTF-8). The payload
holds agency, year, period, statistics (``Statistics.to_dict()``), created_at, app_version, a
random bundle_id and ``contents``: the sentence stating that the bundle holds counts only. The
bundle is not encrypted (the provincial office must read it without a shared secret), so
``sign_bundle`` refuses a payload whose statistics are anything but counts or which carries any
nested data beside them. The key's fingerprint (SHA-256 of the raw public key) is what the provincial
office compares with the list of agency keys it trusts.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app import __version__
from app.export.errors import BundleError
from app.printing.data import ConsolidatedEntry, Statistics
from app.textnorm import fold, nfc

FORMAT = "somat-bundle"
VERSION = 1
REQUIRED = ("agency", "year", "period_start", "period_end", "statistics", "created_at",
            "app_version", "bundle_id")
# Stated in every bundle (signed with it) and enforced by ``sign_bundle``: the file on the USB drive
# is not encrypted, so it may hold nothing but counts.
COUNTS_ONLY = ("Gói này chỉ chứa số liệu thống kê (các con số đếm) của cơ quan trong kỳ báo cáo; không chứa "
               "trích yếu, số, ký hiệu, tên người hay nội dung của tài liệu nào. Chữ ký số chống sửa đổi.")


def generate_signing_key() -> bytes:
    """A new agency signing key as 32 raw private bytes (store it encrypted in the registry)."""
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _private(key: Ed25519PrivateKey | bytes) -> Ed25519PrivateKey:
    return key if isinstance(key, Ed25519PrivateKey) else Ed25519PrivateKey.from_private_bytes(key)


def public_key_bytes(key: Ed25519PrivateKey | Ed25519PublicKey | bytes) -> bytes:
    """Raw public key of a private key (object or raw bytes) or of a public key object."""
    if isinstance(key, Ed25519PublicKey):
        pub = key
    else:
        pub = _private(key).public_key()
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """First 20 bytes of SHA-256 of the raw public key, upper-case hex in groups of four."""
    digest = hashlib.sha256(public_key).hexdigest()[:40].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 40, 4))


def _norm_fp(value: str) -> str:
    return "".join(value.split()).upper()


def canonical(payload: Mapping[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def make_payload(agency: str, year: int, period: tuple[dt.date, dt.date], stats: Statistics, *,
                 created_at: dt.datetime | None = None, bundle_id: str | None = None,
                 app_version: str = __version__, audit_head: tuple[int, str] | None = None) -> dict[str, Any]:
    """The payload of a bundle; ``period`` is ``pack.report_period(year)``. ``audit_head`` is the
    registry's audit seal (entry count, head hash): an anchor outside the machine, no content."""
    created = created_at or dt.datetime.now(dt.timezone.utc)
    payload = {
        "agency": nfc(agency).strip(),
        "year": int(year),
        "period_start": period[0].isoformat(),
        "period_end": period[1].isoformat(),
        "statistics": stats.to_dict(),
        "created_at": created.isoformat(timespec="seconds"),
        "app_version": app_version,
        "bundle_id": bundle_id or str(uuid.uuid4()),
        "contents": COUNTS_ONLY,
    }
    if audit_head is not None:
        payload["audit_head"] = {"count": int(audit_head[0]), "hash": str(audit_head[1])}
    return payload


def _is_audit_seal(value: Any) -> bool:
    """``{"count": N, "hash": 64 hex digits}`` and nothing else."""
    return (isinstance(value, dict) and set(value) == {"count", "hash"} and type(value["count"]) is int
            and isinstance(value["hash"], str) and len(value["hash"]) == 64
            and all(c in "0123456789abcdef" for c in value["hash"]))


def sign_bundle(payload: Mapping[str, Any], private_key: Ed25519PrivateKey | bytes) -> bytes:
    """The bundle file (bytes) for ``payload`` signed with the agency's key. Refused unless the
    statistics are counts and nothing else (the bundle travels unencrypted)."""
    _check_payload(payload)
    try:
        counts_only = Statistics.from_dict(payload["statistics"]).to_dict() == payload["statistics"]
    except (ValueError, AttributeError, TypeError):
        counts_only = False
    if "audit_head" in payload and not _is_audit_seal(payload["audit_head"]):
        counts_only = False
    if not counts_only or any(isinstance(v, (dict, list)) for k, v in payload.items()
                              if k not in ("statistics", "audit_head")):
        raise BundleError("Gói số liệu chỉ được chứa số liệu đếm; có dữ liệu khác nên không lập gói.")
    key = _private(private_key)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "payload": dict(payload),
        "public_key": base64.b64encode(public_key_bytes(key)).decode("ascii"),
        "signature": base64.b64encode(key.sign(canonical(payload))).decode("ascii"),
    }
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


@dataclass(frozen=True)
class SignedBundle:
    payload: dict[str, Any]
    fingerprint: str
    stats: Statistics

    @property
    def agency(self) -> str:
        return self.payload["agency"]

    @property
    def year(self) -> int:
        return self.payload["year"]

    @property
    def bundle_id(self) -> str:
        return self.payload["bundle_id"]


def open_bundle(data: bytes, trusted_keys: Iterable[str] | None = None) -> SignedBundle:
    """Parse and verify a bundle; raise :class:`BundleError` with a Vietnamese reason.

    ``trusted_keys``: fingerprints (spaces and case ignored) of the agency keys the office trusts;
    ``None`` accepts any key whose signature verifies (the fingerprint is then shown for review).
    """
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError("Tệp không phải gói báo cáo Sổ Mật (JSON hỏng).") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleError("Tệp không phải gói báo cáo Sổ Mật.")
    if document.get("version") != VERSION:
        raise BundleError(f"Phiên bản gói báo cáo không được hỗ trợ: {document.get('version')}.")
    payload = document.get("payload")
    try:
        public = base64.b64decode(document["public_key"], validate=True)
        signature = base64.b64decode(document["signature"], validate=True)
        key = Ed25519PublicKey.from_public_bytes(public)
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise BundleError("Gói báo cáo thiếu hoặc hỏng khóa công khai, chữ ký.") from exc
    if not isinstance(payload, dict):
        raise BundleError("Gói báo cáo không có nội dung.")
    try:
        key.verify(signature, canonical(payload))
    except InvalidSignature as exc:
        raise BundleError("Chữ ký số không hợp lệ: nội dung gói đã bị sửa đổi hoặc không do "
                          "cơ quan ký.") from exc
    fp = fingerprint(public)
    if trusted_keys is not None and _norm_fp(fp) not in {_norm_fp(k) for k in trusted_keys}:
        raise BundleError(f"Khóa ký {fp} không có trong danh sách khóa tin cậy.")
    _check_payload(payload)
    try:
        stats = Statistics.from_dict(payload["statistics"])
    except (ValueError, AttributeError) as exc:
        raise BundleError(f"Số liệu thống kê trong gói không hợp lệ: {exc}.") from exc
    return SignedBundle(payload, fp, stats)


def verify_bundle(data: bytes, trusted_keys: Iterable[str] | None = None) -> dict[str, Any]:
    """Verify a bundle and return its payload (raises :class:`BundleError`)."""
    return open_bundle(data, trusted_keys).payload


def _check_payload(payload: Mapping[str, Any]) -> None:
    missing = [k for k in REQUIRED if k not in payload]
    if missing:
        raise BundleError(f"Gói báo cáo thiếu trường: {', '.join(missing)}.")
    if not isinstance(payload["agency"], str) or not payload["agency"].strip():
        raise BundleError("Gói báo cáo không ghi tên cơ quan.")
    if isinstance(payload["year"], bool) or not isinstance(payload["year"], int):
        raise BundleError("Năm báo cáo trong gói không hợp lệ.")


@dataclass(frozen=True)
class Consolidation:
    accepted: tuple[SignedBundle, ...]
    refused: tuple[tuple[str, str], ...]    # (label, Vietnamese reason)

    @property
    def entries(self) -> tuple[ConsolidatedEntry, ...]:
        """For :class:`app.printing.data.ConsolidatedReport`."""
        return tuple(ConsolidatedEntry(b.agency, b.stats, b.bundle_id, b.fingerprint)
                     for b in self.accepted)

    @property
    def total(self) -> Statistics:
        out = Statistics()
        for b in self.accepted:
            out = out + b.stats
        return out


def consolidate(bundles: Iterable[tuple[str, bytes]], trusted_keys: Iterable[str] | None = None,
                year: int | None = None) -> Consolidation:
    """Verify ``(label, data)`` bundles; refuse bad signatures, untrusted keys, other years and
    duplicates (same bundle id, or same agency and year), each with its reason."""
    trusted = list(trusted_keys) if trusted_keys is not None else None
    accepted: list[SignedBundle] = []
    refused: list[tuple[str, str]] = []
    seen_ids: dict[str, str] = {}
    seen_agency: dict[tuple[str, int], str] = {}
    for label, data in bundles:
        try:
            bundle = open_bundle(data, trusted)
        except BundleError as exc:
            refused.append((label, str(exc)))
            continue
        if year is not None and bundle.year != year:
            refused.append((label, f"Gói báo cáo năm {bundle.year}, không phải năm {year}."))
            continue
        if bundle.bundle_id in seen_ids:
            refused.append((label, f"Trùng gói báo cáo đã nhận ({seen_ids[bundle.bundle_id]})."))
            continue
        key = (fold(bundle.agency), bundle.year)
        if key in seen_agency:
            refused.append((label, f"Trùng: {bundle.agency} đã có báo cáo năm {bundle.year} "
                                   f"({seen_agency[key]})."))
            continue
        seen_ids[bundle.bundle_id] = label
        seen_agency[key] = label
        accepted.append(bundle)
    return Consolidation(tuple(accepted), tuple(refused))
