"""Key slots of a registry, kept in a sidecar file readable before the database is decrypted.

The database is keyed with a random 256-bit key. It is never stored in clear: each slot holds an
X25519 public key and an *envelope* — the database key sealed to that public key (ephemeral X25519,
HKDF-SHA256, AES-256-GCM with the slot's metadata as associated data). The slot's private key is not
stored either; it is re-derived on unlock:

- user slot: ``Argon2id(password, salt, t, m, p)`` → X25519 private key (parameters kept per slot);
- recovery slot: ``HKDF(recovery code)`` → X25519 private key (the code carries 200 random bits).

Why public keys: ``rekey`` (a fresh database key after a user is removed or a key is suspected
leaked) can seal the new key to *every* remaining slot, the recovery slot included, without knowing
anybody's password or the recovery code. A removed user's slot is gone, so their old password opens
nothing new. A password change makes a new salt, hence a new key pair, and reseals only that slot.

Each slot also seals (field ``signing``, same envelope) the Ed25519 seed of a signing key: the
user's own key in a user slot, the registry's *root key* in the recovery slot (its public key is
``root_public``; see ``app.services.signing``). Sealing needs only the slot's public key, so an
administrator can give a new login its key pair and the upgrade from 0.2 can give every slot one.

Sidecar ``<registry>.keys`` (JSON, written atomically): format magic and version, the registry's
UUID, the slots, the root public key, the audit chain head with its HMAC (key = HKDF(db key,
"somat audit head")) and the signature of the user who wrote it, and the failed-login state
(``app.services.login_guard``). Sealing/unsealing errors are the three distinct
errors of ``app.services.registry``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import os_fault
from app.services.errors import SomatError, ValidationError

FORMAT = "somat-keys"
VERSION = 1
KEY_BYTES = 32
RECOVERY_SLOT = "recovery"
# Fast parameters for the test-suite only, set in-process by ``set_test_kdf`` (never from the
# environment or a file): a user cannot make the application create weak slots.
TEST_KDF = {"alg": "argon2id", "t": 1, "m": 8, "p": 1}
CALIBRATION_MEMORY_KIB = 131072  # 128 MiB
CALIBRATION_PARALLELISM = 2
# A new password slot is never weaker than this (RFC 9106 / OWASP floor for Argon2id: m >= 19 MiB);
# existing slots below it still open (old test fixtures), only creating one is refused.
KDF_FLOOR = {"t": 1, "m": 19456, "p": 1}
# Any slot read from a sidecar beyond these is a damaged (or hostile) file, not a slow machine:
# calibration stays at 128 MiB, so 1 GiB, 64 passes or 32 passes' worth of 128 MiB is never ours.
KDF_CEILING = {"t": 64, "m": 1048576, "p": 16, "cost": 32 * 131072}
_SALT_BYTES = (8, 64)
_test_kdf: dict[str, Any] | None = None


class WrongPassword(SomatError):
    code = "login.wrong_password"

    def __init__(self, message: str | None = None):
        super().__init__(message, field="password")


class NotSomatFile(SomatError):
    code = "registry.not_somat_file"

    def __init__(self, message: str | None = None):
        super().__init__(message, field="path")


class WeakKdf(SomatError):
    def __init__(self):
        super().__init__(
            "Tham số bảo vệ mật khẩu thấp hơn mức tối thiểu nên không tạo khóa mở sổ. Tệp khóa «.keys» "
            "có thể đã bị sửa; hãy báo cán bộ quản trị và khôi phục tệp khóa từ bản sao lưu.", field="password")


class InvalidRecoveryCode(ValidationError):
    code = "recovery.invalid_code"

    def __init__(self, message: str | None = None):
        super().__init__(message, field="recovery_code")


DAMAGED = "Tệp khóa «.keys» của sổ bị hỏng hoặc đã bị sửa; hãy khôi phục từ bản sao lưu."


def sidecar_path(registry_path: str | os.PathLike) -> Path:
    path = Path(registry_path)
    return path.with_name(path.name + ".keys")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _hkdf(secret: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


# --- KDF ------------------------------------------------------------------------------------------

def set_test_kdf(params: dict[str, Any] | None) -> None:
    """Tests only, in-process: new registries use ``params`` (e.g. ``TEST_KDF``) and the floor is
    lowered to them; ``None`` restores the real behaviour. The application never calls this."""
    global _test_kdf
    _test_kdf = dict(params) if params is not None else None


def kdf_profile() -> str:
    return "test" if _test_kdf is not None else "calibrated"


def _kdf_numbers(kdf: dict[str, Any]) -> tuple[int, int, int]:
    """(t, m, p) of an Argon2id slot, or ``NotSomatFile`` (damaged) when they are not sane integers
    within ``KDF_CEILING`` — checked before any work, so a damaged sidecar never hangs the unlock."""
    try:
        t, m, p = kdf["t"], kdf["m"], kdf["p"]
    except (KeyError, TypeError):
        raise NotSomatFile(DAMAGED) from None
    if not all(type(v) is int for v in (t, m, p)):
        raise NotSomatFile(DAMAGED)
    c = KDF_CEILING
    if not (1 <= t <= c["t"] and 1 <= p <= c["p"] and 8 * p <= m <= c["m"] and t * m <= c["cost"]):
        raise NotSomatFile(DAMAGED)
    return t, m, p


def check_new_kdf(kdf: dict[str, Any]) -> None:
    """Refuse (``WeakKdf``) parameters for a new password slot below the floor."""
    if kdf.get("alg") != "argon2id":
        raise WeakKdf()
    t, m, p = _kdf_numbers(kdf)
    floor = KDF_FLOOR if _test_kdf is None else {k: min(KDF_FLOOR[k], _test_kdf[k]) for k in KDF_FLOOR}
    if t < floor["t"] or m < floor["m"] or p < floor["p"]:
        raise WeakKdf()


def calibrate_kdf(target_seconds: float = 0.5, *, memory_kib: int = CALIBRATION_MEMORY_KIB,
                  parallelism: int = CALIBRATION_PARALLELISM) -> dict[str, Any]:
    """Argon2id parameters taking about ``target_seconds`` on this machine: 128 MiB and as many
    passes as fit (RFC 9106 / OWASP floors: m ≥ 19 MiB); memory is halved only when a single pass
    already exceeds the target."""
    salt = secrets.token_bytes(16)
    while True:
        per_pass = 1e9
        for _ in range(3):  # the fastest of three runs: other programs may be busy
            start = time.perf_counter()
            hash_secret_raw(b"calibration", salt, 1, memory_kib, parallelism, 32, Type.ID)
            per_pass = min(per_pass, max(time.perf_counter() - start, 1e-4))
        if per_pass <= target_seconds or memory_kib <= KDF_FLOOR["m"]:
            break
        # a slow machine: less memory rather than an unbearable wait, never below the floor
        memory_kib = max(memory_kib // 2, KDF_FLOOR["m"])
    passes = max(1, round(target_seconds / per_pass))
    passes = min(passes, KDF_CEILING["t"], KDF_CEILING["cost"] // memory_kib)  # what unlock accepts
    return {"alg": "argon2id", "t": passes, "m": memory_kib, "p": parallelism}


def default_kdf() -> dict[str, Any]:
    return dict(_test_kdf) if _test_kdf is not None else calibrate_kdf()


def _derive_private(kind: str, secret: bytes, kdf: dict[str, Any]) -> X25519PrivateKey:
    try:
        salt = _unb64(kdf["salt"])
        alg = kdf["alg"]
    except (KeyError, TypeError, ValueError, AttributeError):
        raise NotSomatFile(DAMAGED) from None
    if not _SALT_BYTES[0] <= len(salt) <= _SALT_BYTES[1]:
        raise NotSomatFile(DAMAGED)
    if alg == "argon2id":
        t, m, p = _kdf_numbers(kdf)
        raw = hash_secret_raw(secret, salt, t, m, p, 32, Type.ID)
    elif alg == "hkdf-sha256" and kind == RECOVERY_SLOT:
        raw = _hkdf(secret, b"somat recovery slot", salt)
    else:
        raise NotSomatFile(DAMAGED)
    return X25519PrivateKey.from_private_bytes(raw)


# --- recovery code --------------------------------------------------------------------------------

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def _encode32(value: int, chars: int) -> str:
    return "".join(_ALPHABET[(value >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _recovery_checksum(payload: bytes) -> str:
    return _encode32(int.from_bytes(hashlib.sha256(b"somat recovery" + payload).digest()[:4], "big") >> 7, 5)


def new_recovery_code() -> str:
    """8 groups of 5 base32 characters (200 random bits) and a 9th checksum group."""
    payload = secrets.token_bytes(25)
    body = _encode32(int.from_bytes(payload, "big"), 40) + _recovery_checksum(payload)
    return "-".join(body[i:i + 5] for i in range(0, 45, 5))


def recovery_groups(code: str) -> list[str]:
    """The 9 groups of a recovery code (the GUI asks the clerk to type some of them back)."""
    return normalise_recovery_code(code).split("-")


def normalise_recovery_code(code: str) -> str:
    """Canonical form of a typed code; raises ``InvalidRecoveryCode`` (bad length or checksum)."""
    text = "".join(ch for ch in code.upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(text) != 45 or any(ch not in _ALPHABET for ch in text):
        raise InvalidRecoveryCode()
    value = 0
    for ch in text[:40]:
        value = value * 32 + _ALPHABET.index(ch)
    payload = value.to_bytes(25, "big")
    if not hmac.compare_digest(_recovery_checksum(payload), text[40:]):
        raise InvalidRecoveryCode()
    return "-".join(text[i:i + 5] for i in range(0, 45, 5))


# --- sidecar --------------------------------------------------------------------------------------

@dataclass
class KeyFile:
    """The parsed sidecar. ``data`` is the JSON document; helpers below keep it consistent."""

    path: Path
    data: dict[str, Any]

    @property
    def uuid(self) -> str:
        return self.data["registry_uuid"]

    @property
    def slots(self) -> list[dict[str, Any]]:
        return self.data["slots"]

    def usernames(self) -> list[str]:
        return [s["name"] for s in self.slots if s["kind"] == "user"]

    def slot(self, kind: str, name: str) -> dict[str, Any] | None:
        return next((s for s in self.slots if s["kind"] == kind and s["name"] == name), None)

    def save(self) -> None:
        try:
            write_atomic(self.path, json.dumps(self.data, indent=1, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:  # disk full, read-only, I/O error: the machine, shown as such
            raise os_fault(exc) from exc


def new_keyfile(registry_path: str | os.PathLike, registry_uuid: str, kdf: dict[str, Any]) -> KeyFile:
    data = {"format": FORMAT, "version": VERSION, "registry_uuid": registry_uuid,
            "default_kdf": {k: v for k, v in kdf.items() if k != "salt"}, "slots": [],
            "audit_head": None, "login_guard": {}}
    return KeyFile(sidecar_path(registry_path), data)


def load_keyfile(registry_path: str | os.PathLike) -> KeyFile:
    """Read and check the sidecar; ``NotSomatFile`` when it is missing or not ours."""
    path = sidecar_path(registry_path)
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        raise NotSomatFile() from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("slots"), list):
        raise NotSomatFile()
    if data.get("version") != VERSION:
        raise NotSomatFile("Tệp khóa của sổ được tạo bởi phiên bản Sổ Mật khác; hãy dùng phiên bản mới hơn.")
    data.setdefault("login_guard", {})
    return KeyFile(path, data)


def write_atomic(path: Path, content: bytes) -> None:
    """Temp file in the same folder + fsync + rename (+ fsync of the folder)."""
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


# --- slots ----------------------------------------------------------------------------------------

def _slot_ad(kf: KeyFile, slot: dict[str, Any]) -> bytes:
    return _canonical({"format": FORMAT, "version": VERSION, "registry_uuid": kf.uuid, "kind": slot["kind"],
                       "name": slot["name"], "kdf": slot["kdf"], "public": slot["public"]})


def _pub_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _seal(kf: KeyFile, slot: dict[str, Any], db_key: bytes, field: str = "envelope") -> None:
    public = X25519PublicKey.from_public_bytes(_unb64(slot["public"]))
    eph = X25519PrivateKey.generate()
    eph_pub = _pub_bytes(eph.public_key())
    wrap = _hkdf(eph.exchange(public), b"somat slot envelope" + eph_pub + _unb64(slot["public"]))
    nonce = secrets.token_bytes(12)
    slot[field] = {"epk": _b64(eph_pub), "nonce": _b64(nonce),
                   "ct": _b64(AESGCM(wrap).encrypt(nonce, bytes(db_key), _slot_ad(kf, slot)))}


def set_slot(kf: KeyFile, kind: str, name: str, secret: bytes, db_key: bytes,
             kdf: dict[str, Any] | None = None, *, signing_seed: bytes | None = None) -> dict[str, Any]:
    """Create or replace the slot ``(kind, name)`` for ``secret`` (password or normalised code);
    ``signing_seed`` (the user's or the root's Ed25519 seed) is sealed in it too."""
    if kind == RECOVERY_SLOT:
        params = {"alg": "hkdf-sha256"}
    else:
        params = dict(kdf or kf.data["default_kdf"])
        check_new_kdf(params)
    params["salt"] = _b64(secrets.token_bytes(16))
    private = _derive_private(kind, secret, params)
    slot = {"kind": kind, "name": name, "kdf": params, "public": _b64(_pub_bytes(private.public_key()))}
    _seal(kf, slot, db_key)
    if signing_seed is not None:
        _seal(kf, slot, signing_seed, "signing")
    kf.data["slots"] = [s for s in kf.slots if not (s["kind"] == kind and s["name"] == name)] + [slot]
    return slot


def remove_slot(kf: KeyFile, kind: str, name: str) -> bool:
    before = len(kf.slots)
    kf.data["slots"] = [s for s in kf.slots if not (s["kind"] == kind and s["name"] == name)]
    return len(kf.slots) != before


def seal_next(kf: KeyFile, db_key: bytes) -> None:
    """First step of a rekey: seal the new key to every slot beside the current one, so a crash
    between the sidecar write and ``PRAGMA rekey`` leaves a file that still opens."""
    for slot in kf.slots:
        _seal(kf, slot, db_key, "next")


def has_next(kf: KeyFile) -> bool:
    return any("next" in slot for slot in kf.slots)


def promote_next(kf: KeyFile) -> None:
    for slot in kf.slots:
        if "next" in slot:
            slot["envelope"] = slot.pop("next")


def drop_next(kf: KeyFile) -> None:
    for slot in kf.slots:
        slot.pop("next", None)


def seal_signing(kf: KeyFile, kind: str, name: str, signing_seed: bytes) -> None:
    """Seal a signing seed to an existing slot (its public key suffices: no password needed)."""
    slot = kf.slot(kind, name)
    if slot is None:
        raise KeyError((kind, name))
    _seal(kf, slot, signing_seed, "signing")


def _open_envelope(kf: KeyFile, slot: dict[str, Any], private: X25519PrivateKey, env: dict[str, Any]) -> bytes:
    eph_pub = _unb64(env["epk"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    wrap = _hkdf(shared, b"somat slot envelope" + eph_pub + _unb64(slot["public"]))
    data = AESGCM(wrap).decrypt(_unb64(env["nonce"]), _unb64(env["ct"]), _slot_ad(kf, slot))
    if len(data) != KEY_BYTES:
        raise ValueError("bad key length")
    return data


def unlock_slot_keys(kf: KeyFile, kind: str, name: str, secret: bytes,
                     field: str = "envelope") -> tuple[bytes, bytes | None]:
    """The database key and the signing seed (``None`` for a slot made before 0.3) from one slot.
    ``WrongPassword`` when the secret does not fit the slot; ``NotSomatFile`` when the slot is
    malformed or an envelope fails authentication."""
    slot = kf.slot(kind, name)
    if slot is None:
        raise WrongPassword()
    try:
        private = _derive_private(kind, secret, slot["kdf"])
        if not hmac.compare_digest(_pub_bytes(private.public_key()), _unb64(slot["public"])):
            raise WrongPassword()
        key = _open_envelope(kf, slot, private, slot[field])
        seed = _open_envelope(kf, slot, private, slot["signing"]) if "signing" in slot else None
    except (KeyError, TypeError, ValueError, InvalidTag):
        raise NotSomatFile(DAMAGED) from None
    if len(key) != KEY_BYTES:
        raise NotSomatFile()
    return key, seed


def unlock_slot(kf: KeyFile, kind: str, name: str, secret: bytes, field: str = "envelope") -> bytes:
    """The database key from one slot (see ``unlock_slot_keys``)."""
    return unlock_slot_keys(kf, kind, name, secret, field)[0]


# --- audit chain head -----------------------------------------------------------------------------

def _head_mac(kf: KeyFile, db_key: bytes, count: int, head_hash: str) -> str:
    mac_key = _hkdf(bytes(db_key), b"somat audit head")
    msg = _canonical({"registry_uuid": kf.uuid, "count": count, "hash": head_hash})
    return hmac.new(mac_key, msg, hashlib.sha256).hexdigest()


def head_message(kf: KeyFile, count: int, head_hash: str) -> bytes:
    """What the signature of a stored head covers."""
    return _canonical({"registry_uuid": kf.uuid, "count": count, "hash": head_hash, "what": "somat audit head"})


def store_audit_head(kf: KeyFile, db_key: bytes, count: int, head_hash: str, signer=None) -> None:
    """Keep the chain head beside the database: HMAC (any key holder) and, from 0.3, the signature
    of the user whose session wrote it (``signer``: ``app.services.signing.Signer``)."""
    head = {"count": count, "hash": head_hash, "mac": _head_mac(kf, db_key, count, head_hash)}
    if signer is not None:
        head.update(signer=signer.username, key_id=signer.key_id,
                    sig=signer.sign(head_message(kf, count, head_hash)))
    kf.data["audit_head"] = head


def root_public(kf: KeyFile) -> bytes | None:
    value = kf.data.get("root_public")
    try:
        return bytes.fromhex(value) if value else None
    except (TypeError, ValueError):
        return None


def read_audit_head(kf: KeyFile, db_key: bytes) -> tuple[int, str] | None:
    """The stored head, or ``None`` if there is none; ``ValueError`` if its HMAC does not verify."""
    head = kf.data.get("audit_head")
    if not head:
        return None
    try:
        count, head_hash, mac = int(head["count"]), str(head["hash"]), str(head["mac"])
    except (KeyError, TypeError, ValueError):
        raise ValueError("malformed audit head") from None
    if not hmac.compare_digest(_head_mac(kf, db_key, count, head_hash), mac):
        raise ValueError("audit head MAC mismatch")
    return count, head_hash
