import errno
import hashlib
import os

import pytest

from app.export import atomic
from app.export.atomic import write_atomically
from app.export.errors import ExportError


def test_writes_verifies_and_returns_hash(tmp_path):
    data = os.urandom(300_000)
    digest = write_atomically(tmp_path, "bao-cao.pdf", data)
    assert digest == hashlib.sha256(data).hexdigest()
    assert (tmp_path / "bao-cao.pdf").read_bytes() == data
    assert os.listdir(tmp_path) == ["bao-cao.pdf"]


def test_never_overwrites(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"old")
    with pytest.raises(ExportError, match="không ghi đè"):
        write_atomically(tmp_path, "a.pdf", b"new")
    assert (tmp_path / "a.pdf").read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.pdf"]


def test_full_drive_on_a_real_small_filesystem(small_fs):
    with pytest.raises(ExportError, match="Ổ đĩa đầy") as info:
        write_atomically(small_fs, "bao-cao-2026.pdf", os.urandom(1_000_000))
    assert "bao-cao-2026.pdf" in str(info.value)
    assert os.listdir(small_fs) == []          # no partial, nothing complete-looking
    # and the drive still takes a file that fits
    write_atomically(small_fs, "nho.pdf", b"%PDF-1.7 small")
    assert os.listdir(small_fs) == ["nho.pdf"]


@pytest.mark.parametrize("code", [errno.EIO, errno.ENODEV, errno.ENOENT])
def test_pulled_drive_during_write(tmp_path, monkeypatch, code):
    real_write = os.write
    calls = []

    def failing_write(fd, data):
        calls.append(len(data))
        if len(calls) > 1:
            raise OSError(code, os.strerror(code))
        return real_write(fd, data)

    monkeypatch.setattr(atomic.os, "write", failing_write)
    with pytest.raises(ExportError, match="Ổ USB đã bị rút hoặc lỗi đọc ghi"):
        write_atomically(tmp_path, "x.pdf", os.urandom(3 << 20))
    assert os.listdir(tmp_path) == []


def test_fsync_error(tmp_path, monkeypatch):
    def failing_fsync(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", failing_fsync)
    with pytest.raises(ExportError, match="lỗi đọc ghi"):
        write_atomically(tmp_path, "x.pdf", b"data")
    assert os.listdir(tmp_path) == []


def test_read_back_mismatch(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "_read_hash", lambda name, dir_fd: "0" * 64)
    with pytest.raises(ExportError, match="không khớp"):
        write_atomically(tmp_path, "x.pdf", b"data")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("name", ["", ".hidden", "a/b.pdf"])
def test_bad_names(tmp_path, name):
    with pytest.raises(ExportError):
        write_atomically(tmp_path, name, b"x")
