"""The three distinct errors, on real SQLCipher files."""
import sqlite3

import pytest

from app.services import keystore
from app.services.registry import (
    DamagedFile,
    NotSomatFile,
    RegistryInUse,
    WrongPassword,
    open_registry,
)
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD


def _open(path, password=REGISTRY_PASSWORD, user=REGISTRY_ADMIN):
    open_registry(path, user, password).close()


def test_registry_file_is_not_plain_sqlite(registry_path):
    assert not registry_path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(registry_path).execute("select * from sqlite_master").fetchall()


def test_wrong_password(registry_path):
    with pytest.raises(WrongPassword) as info:
        _open(registry_path, "mật khẩu khác")
    assert info.value.message.startswith("Mật khẩu không đúng")
    with pytest.raises(WrongPassword):
        _open(registry_path, user="nguoi_la")


def test_password_is_compared_in_nfc(registry_path):
    import unicodedata

    _open(registry_path, unicodedata.normalize("NFD", REGISTRY_PASSWORD))


@pytest.mark.parametrize("sidecar", [None, b"", b"not json", b'{"format": "x"}'])
def test_not_a_somat_file_when_sidecar_missing_or_garbage(registry_path, sidecar):
    keys = keystore.sidecar_path(registry_path)
    if sidecar is None:
        keys.unlink()
    else:
        keys.write_bytes(sidecar)
    with pytest.raises(NotSomatFile) as info:
        _open(registry_path)
    assert "không phải là sổ đăng ký" in info.value.message


def test_not_a_somat_file_when_database_is_foreign(registry_path, tmp_path):
    registry_path.unlink()
    conn = sqlite3.connect(registry_path)
    conn.execute("create table t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotSomatFile):
        _open(registry_path)
    registry_path.write_bytes(b"\x17" * 8192)  # random-looking bytes, not our file
    with pytest.raises(NotSomatFile, match="không thuộc về"):
        _open(registry_path)


def test_damaged_file(registry_path):
    data = bytearray(registry_path.read_bytes())
    middle = len(data) // 2
    for i in range(middle, middle + 64):
        data[i] ^= 0xFF
    registry_path.write_bytes(bytes(data))
    with pytest.raises(DamagedFile) as info:
        _open(registry_path)
    assert "bị hỏng" in info.value.message
    assert type(info.value) is DamagedFile


def test_errors_are_distinct_classes():
    classes = {WrongPassword, NotSomatFile, DamagedFile}
    assert len(classes) == 3
    assert not any(issubclass(a, b) for a in classes for b in classes if a is not b)


def test_second_instance_refused(registry_path):
    first = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        with pytest.raises(RegistryInUse):
            _open(registry_path)
    finally:
        first.close()
    _open(registry_path)  # free again after close


def test_other_key_does_not_open(registry_path):
    from app.models.db import DatabaseOpenError, connect_raw

    with pytest.raises(DatabaseOpenError):
        connect_raw(registry_path, b"\x01" * 32)
