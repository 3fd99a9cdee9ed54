"""Attacks on the key derivation of real registries (issue 10, "Lockout and key material").

* A user sets ``SOMAT_KDF_PROFILE=test`` (the old switch) before ``somat init``: the slot must still be
  made with real parameters.
* A clerk edits the sidecar's ``default_kdf`` so the next password change makes a weak slot: refused.
* A damaged (or hostile) sidecar with absurd Argon2id parameters: the "damaged file" error at once,
  never a hang or a crash.
Existing slots below the floor (old fixtures) still open.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import keystore
from app.services.keystore import NotSomatFile, WeakKdf
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD

ROOT = Path(__file__).resolve().parents[3]


def test_environment_variable_cannot_select_the_weak_profile(tmp_path):
    """A fresh process (no test setter) with the old switch set creates a registry at real strength."""
    code = (
        "from app.services.registry import create_registry\n"
        "reg, _ = create_registry(%r, agency_name='Sở Thử', superior_body=None, admin_username='quantri',"
        " admin_full_name='Người Thử', password='mật khẩu thật 2026')\n"
        "reg.close()\n" % str(tmp_path / "env.somat"))
    env = dict(os.environ, SOMAT_KDF_PROFILE="test", PYTHONPATH=str(ROOT), SOMAT_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    slot = keystore.load_keyfile(tmp_path / "env.somat").slot("user", "quantri")
    assert slot["kdf"]["alg"] == "argon2id"
    assert slot["kdf"]["m"] >= keystore.KDF_FLOOR["m"] and slot["kdf"]["t"] >= keystore.KDF_FLOOR["t"]


def test_new_slot_below_the_floor_is_refused(real_kdf, tmp_path):
    kf = keystore.new_keyfile(tmp_path / "r.somat", "uuid-1", dict(keystore.TEST_KDF))
    with pytest.raises(WeakKdf):
        keystore.set_slot(kf, "user", "a", b"pw", bytes(32))
    with pytest.raises(WeakKdf):
        keystore.set_slot(kf, "user", "a", b"pw", bytes(32), {"alg": "argon2id", "t": 1, "m": 19455, "p": 1})
    with pytest.raises(WeakKdf):  # a weaker algorithm smuggled in as the default
        keystore.set_slot(kf, "user", "a", b"pw", bytes(32), {"alg": "hkdf-sha256"})
    assert kf.slots == []
    slot = keystore.set_slot(kf, "user", "a", b"pw", bytes(32), dict(keystore.KDF_FLOOR, alg="argon2id"))
    assert slot["kdf"]["m"] == keystore.KDF_FLOOR["m"]


def test_tampered_default_kdf_cannot_weaken_a_password_change(registry_path, real_kdf):
    """A clerk lowers ``default_kdf`` in the sidecar; the admin's next password change is refused."""
    from app.services.registry import change_password, open_registry

    sidecar = keystore.sidecar_path(registry_path)
    data = json.loads(sidecar.read_bytes())
    data["default_kdf"] = {"alg": "argon2id", "t": 1, "m": 8, "p": 1}
    sidecar.write_text(json.dumps(data), encoding="utf-8")
    registry = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)  # old weak slot still opens
    try:
        with pytest.raises(WeakKdf):
            change_password(registry, REGISTRY_ADMIN, REGISTRY_PASSWORD, "Mật khẩu mới rất dài 2026")
    finally:
        registry.close()
    before = next(s for s in data["slots"] if s["kind"] == "user" and s["name"] == REGISTRY_ADMIN)
    assert keystore.load_keyfile(registry_path).slot("user", REGISTRY_ADMIN) == before  # nothing written


def test_existing_weak_slot_still_opens(registry_path, real_kdf):
    from app.services.registry import open_registry

    assert keystore.load_keyfile(registry_path).slot("user", REGISTRY_ADMIN)["kdf"]["m"] < keystore.KDF_FLOOR["m"]
    open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD).close()


ABSURD = [
    ("m", 2 ** 40), ("t", 10 ** 9), ("p", 2 ** 24), ("m", 0), ("t", 0), ("p", 0), ("t", -1),
    ("m", "131072"), ("t", 1.5), ("t", True), ("m", None), ("t", 64), ("m", 1048576 + 1),
]


def _damage(registry_path: Path, field: str, value) -> None:
    sidecar = keystore.sidecar_path(registry_path)
    data = json.loads(sidecar.read_bytes())
    slot = next(s for s in data["slots"] if s["kind"] == "user")
    slot["kdf"][field] = value
    if field == "t" and value == 64:  # allowed alone, but 64 passes of 1 GiB exceed the cost ceiling
        slot["kdf"]["m"] = 1048576
    sidecar.write_text(json.dumps(data), encoding="utf-8")


def test_absurd_parameters_are_the_damaged_file_error_at_once(registry_path, tmp_path):
    """Every case runs in a child process (a hang or a 1 PiB allocation must not take the suite down);
    each must end with NotSomatFile and the damaged-file message."""
    cases = []
    for n, (field, value) in enumerate(ABSURD):
        copy = tmp_path / f"case{n}.somat"
        copy.write_bytes(registry_path.read_bytes())
        keystore.sidecar_path(copy).write_bytes(keystore.sidecar_path(registry_path).read_bytes())
        _damage(copy, field, value)
        cases.append(str(copy))
    code = (
        "import sys\n"
        "from app.services.registry import open_registry, NotSomatFile\n"
        "for path in sys.argv[1:]:\n"
        "    try:\n"
        "        open_registry(path, %r, %r).close(); print('OPENED', flush=True)\n"
        "    except NotSomatFile as exc:\n"
        "        print('DAMAGED' if 'bị hỏng' in exc.message else 'OTHER', flush=True)\n"
        "    except BaseException as exc:\n"
        "        print('CRASH', type(exc).__name__, flush=True)\n" % (REGISTRY_ADMIN, REGISTRY_PASSWORD))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code, *cases], env=env, capture_output=True, text=True,
                            timeout=120)
    outcomes = result.stdout.split("\n")[:len(cases)]
    assert outcomes == ["DAMAGED"] * len(cases), (list(zip(ABSURD, outcomes)), result.stderr[-2000:])


def test_damaged_salt_or_missing_fields(registry_path):
    from app.services.registry import open_registry

    for mutate in (lambda k: k.pop("salt"), lambda k: k.update(salt="AA=="), lambda k: k.update(salt=7),
                   lambda k: k.pop("alg"), lambda k: k.update(alg="scrypt"), lambda k: k.pop("m")):
        sidecar = keystore.sidecar_path(registry_path)
        original = sidecar.read_bytes()
        data = json.loads(original)
        mutate(next(s for s in data["slots"] if s["kind"] == "user")["kdf"])
        sidecar.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(NotSomatFile, match="bị hỏng"):
            open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
        sidecar.write_bytes(original)
