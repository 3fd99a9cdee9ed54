import json
import secrets

import pytest

from app.services import keystore
from app.services.keystore import InvalidRecoveryCode, NotSomatFile, WrongPassword


@pytest.fixture
def keyfile(tmp_path):
    return keystore.new_keyfile(tmp_path / "r.somat", "uuid-1", dict(keystore.TEST_KDF))


def test_recovery_code_format_and_checksum():
    code = keystore.new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 9 and all(len(g) == 5 for g in groups)
    assert keystore.normalise_recovery_code(code.lower().replace("-", " ")) == code
    assert keystore.recovery_groups(code) == groups
    # one mistyped character is caught by the checksum group
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    with pytest.raises(InvalidRecoveryCode):
        keystore.normalise_recovery_code(wrong)
    with pytest.raises(InvalidRecoveryCode):
        keystore.normalise_recovery_code(code[:-6])


def test_confusable_letters_are_read_as_digits():
    code = keystore.new_recovery_code()
    typed = code.replace("0", "O").replace("1", "I")
    assert keystore.normalise_recovery_code(typed) == code


def test_slot_roundtrip_and_wrong_secret(keyfile):
    key = secrets.token_bytes(32)
    keystore.set_slot(keyfile, "user", "an", b"mat khau", key)
    assert keystore.unlock_slot(keyfile, "user", "an", b"mat khau") == key
    with pytest.raises(WrongPassword):
        keystore.unlock_slot(keyfile, "user", "an", b"mat khau 2")
    with pytest.raises(WrongPassword):
        keystore.unlock_slot(keyfile, "user", "binh", b"mat khau")


def test_slot_metadata_is_authenticated(keyfile):
    key = secrets.token_bytes(32)
    slot = keystore.set_slot(keyfile, "user", "an", b"mat khau", key)
    slot["envelope"]["ct"] = slot["envelope"]["ct"][:-4] + "AAA="
    with pytest.raises(NotSomatFile):
        keystore.unlock_slot(keyfile, "user", "an", b"mat khau")
    # moving a slot to another registry (other UUID in the associated data) fails too
    keystore.set_slot(keyfile, "user", "an", b"mat khau", key)
    keyfile.data["registry_uuid"] = "uuid-2"
    with pytest.raises(NotSomatFile):
        keystore.unlock_slot(keyfile, "user", "an", b"mat khau")


def test_reseal_keeps_public_keys_and_needs_no_secret(keyfile):
    old, new = secrets.token_bytes(32), secrets.token_bytes(32)
    keystore.set_slot(keyfile, "user", "an", b"pw-an", old)
    code = keystore.new_recovery_code()
    keystore.set_slot(keyfile, "recovery", "recovery", code.encode(), old)
    keystore.seal_next(keyfile, new)
    assert keystore.unlock_slot(keyfile, "user", "an", b"pw-an") == old
    assert keystore.unlock_slot(keyfile, "user", "an", b"pw-an", "next") == new
    keystore.promote_next(keyfile)
    assert not keystore.has_next(keyfile)
    assert keystore.unlock_slot(keyfile, "recovery", "recovery", code.encode()) == new


def test_sidecar_written_atomically_and_validated(keyfile, tmp_path):
    keystore.set_slot(keyfile, "user", "an", b"pw", secrets.token_bytes(32))
    keyfile.save()
    loaded = keystore.load_keyfile(tmp_path / "r.somat")
    assert loaded.usernames() == ["an"] and loaded.uuid == "uuid-1"
    assert [p.name for p in tmp_path.iterdir()] == ["r.somat.keys"]  # no temp file left
    text = (tmp_path / "r.somat.keys").read_text()
    assert "pw" not in json.loads(text)["slots"][0].values()
    (tmp_path / "r.somat.keys").write_text('{"format": "other"}')
    with pytest.raises(NotSomatFile):
        keystore.load_keyfile(tmp_path / "r.somat")
    (tmp_path / "r.somat.keys").write_bytes(b"\x00garbage")
    with pytest.raises(NotSomatFile):
        keystore.load_keyfile(tmp_path / "r.somat")


def test_audit_head_mac(keyfile):
    key = secrets.token_bytes(32)
    keystore.store_audit_head(keyfile, key, 7, "ab" * 32)
    assert keystore.read_audit_head(keyfile, key) == (7, "ab" * 32)
    keyfile.data["audit_head"]["count"] = 6
    with pytest.raises(ValueError):
        keystore.read_audit_head(keyfile, key)
    keystore.store_audit_head(keyfile, key, 7, "ab" * 32)
    with pytest.raises(ValueError):
        keystore.read_audit_head(keyfile, secrets.token_bytes(32))


def test_calibration_returns_argon2id_parameters():
    params = keystore.calibrate_kdf(0.05, memory_kib=8192, parallelism=1)
    assert params["alg"] == "argon2id" and params["t"] >= 1 and params["m"] <= 8192
