"""Users' Ed25519 signing keys, the registry's root key and the certificates that bind them.

Trust model (see docs/SECURITY.md, "Nhật ký kiểm toán và khóa"):

- every login has its own Ed25519 key; the private key is sealed in that user's key slot
  (``app.services.keystore``), so only that password opens it;
- the *root key* is sealed in the recovery slot (only the printed recovery code opens it); its
  fingerprint is printed on the recovery-code sheet and by ``somat init``;
- a ``UserCertificate`` binds {username, role, is_head, public key} and is signed by the root key or
  by an administrator / head of agency holding a valid certificate at that time (``issuer``);
- unlock and the services take the role from the user's newest valid certificate, never from the
  ``user.role`` column alone.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import UserCertificate, utcnow

ROOT = "(goc)"  # the signer name of the root key (a session opened with the recovery code)
ISSUER_ROLES = ("quan_tri",)  # an administrator, or the head of the agency, may certify keys


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def public_raw(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return pub.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(public: bytes) -> str:
    """The key id: SHA-256 of the raw public key, 64 lowercase hex digits."""
    return hashlib.sha256(b"somat ed25519 " + public).hexdigest()


def display_fingerprint(fp: str) -> str:
    """The fingerprint as printed on paper: 16 groups of 4 upper-case hex digits."""
    fp = fp.upper()
    return " ".join(fp[i:i + 4] for i in range(0, len(fp), 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint typed back from paper (spaces, dashes, any case) → key id; ValueError if malformed."""
    hexdigits = re.sub(r"[\s:\-]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", hexdigits):
        raise ValueError(text)
    return hexdigits


@dataclass(frozen=True)
class Signer:
    """A private signing key in memory for the time the registry is open. Never log or store it."""
    username: str
    private: Ed25519PrivateKey = field(repr=False)

    @classmethod
    def from_seed(cls, username: str, seed: bytes) -> Signer:
        return cls(username, Ed25519PrivateKey.from_private_bytes(bytes(seed)))

    @property
    def public(self) -> bytes:
        return public_raw(self.private)

    @property
    def key_id(self) -> str:
        return fingerprint(self.public)

    def sign(self, message: bytes) -> str:
        return self.private.sign(message).hex()


def new_seed() -> bytes:
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    return Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def seed_public(seed: bytes) -> bytes:
    return public_raw(Ed25519PrivateKey.from_private_bytes(bytes(seed)))


def verify(public: bytes, message: bytes, signature_hex: str | None) -> bool:
    if not signature_hex:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- certificates ---------------------------------------------------------------------------------

def issue(session: Session, issuer: Signer, *, username: str, role: str, is_head: bool,
          public: bytes) -> UserCertificate:
    """Write a certificate for ``username``'s key, signed by ``issuer`` (the caller audits it)."""
    body = {"username": username, "role": role, "is_head": bool(is_head), "public_key": public.hex(),
            "key_id": fingerprint(public), "not_before": utcnow().isoformat(timespec="microseconds"),
            "issuer": issuer.username, "issuer_key": issuer.key_id}
    text = canonical(body).decode("utf-8")
    cert = UserCertificate(username=username, key_id=body["key_id"], body=text,
                           signature=issuer.sign(text.encode("utf-8")))
    session.add(cert)
    session.flush()
    return cert


@dataclass(frozen=True)
class Cert:
    id: int
    username: str
    role: str
    is_head: bool
    public: bytes
    key_id: str
    issuer: str
    issuer_key: str
    valid: bool
    problem: str | None = None


@dataclass
class Trust:
    """Every certificate of a registry, each checked back to the root key."""
    root_key_id: str
    certs: list[Cert]

    def by_key(self, key_id: str) -> list[Cert]:
        return [c for c in self.certs if c.key_id == key_id and c.valid]

    def current(self, username: str) -> Cert | None:
        """The user's newest valid certificate (a role change or a reset issues a new one)."""
        mine = [c for c in self.certs if c.username == username and c.valid]
        return mine[-1] if mine else None

    def invalid(self) -> list[Cert]:
        return [c for c in self.certs if not c.valid]

    def public_of(self, signer: str, key_id: str) -> bytes | None:
        """The public key that may sign as ``signer`` with ``key_id`` (a certified user, or a
        recovery key certified by the head after a new recovery code: username ``ROOT``)."""
        for cert in self.by_key(key_id):
            if cert.username == signer:
                return cert.public
        return None


def load_trust(session: Session, root_public: bytes) -> Trust:
    root_id = fingerprint(root_public)
    trust = Trust(root_id, [])
    for row in session.scalars(select(UserCertificate).order_by(UserCertificate.id)):
        trust.certs.append(_check(row, root_public, root_id, trust))
    return trust


def _check(row: UserCertificate, root_public: bytes, root_id: str, trust: Trust) -> Cert:
    try:
        body = json.loads(row.body)
        public = bytes.fromhex(body["public_key"])
        cert = {"id": row.id, "username": str(body["username"]), "role": str(body["role"]),
                "is_head": bool(body["is_head"]), "public": public, "key_id": str(body["key_id"]),
                "issuer": str(body["issuer"]), "issuer_key": str(body["issuer_key"])}
    except (ValueError, KeyError, TypeError):
        return Cert(row.id, row.username, "", False, b"", row.key_id, "", "", False, "không đọc được")
    if canonical(body).decode("utf-8") != row.body or cert["key_id"] != fingerprint(public) \
            or row.username != cert["username"] or row.key_id != cert["key_id"]:
        return Cert(**cert, valid=False, problem="nội dung không khớp")
    if cert["issuer_key"] == root_id and cert["issuer"] == ROOT:
        issuer_public = root_public
    else:
        # the issuer's certificate in force when this one was written (a demoted admin, or a key
        # replaced by a reset, certifies nothing any more); nobody certifies themselves; only the
        # root or the head certifies a head (or a recovery key)
        issuer = trust.current(cert["issuer"])
        if issuer is None or issuer.key_id != cert["issuer_key"] or not (issuer.role in ISSUER_ROLES or issuer.is_head) \
                or cert["issuer"] == cert["username"]:
            return Cert(**cert, valid=False, problem="người cấp không có chứng thư quản trị hợp lệ")
        if (cert["is_head"] or cert["username"] == ROOT) and not issuer.is_head:
            return Cert(**cert, valid=False, problem="chỉ người đứng đầu cơ quan được cấp chứng thư này")
        issuer_public = issuer.public
    if not verify(issuer_public, row.body.encode("utf-8"), row.signature):
        return Cert(**cert, valid=False, problem="chữ ký của người cấp không đúng")
    return Cert(**cert, valid=True)
