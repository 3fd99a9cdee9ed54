"""Runtime database errors the machine causes, on a real SQLCipher registry: a full disk (a small tmpfs
filled up), a database locked by another program, a disk remounted read-only, a folder that vanished.

Each must reach the user as an ``EnvironmentFault`` with a clear Vietnamese sentence (never "our bug"),
leave the registry as it was before the failed unit of work, and let work resume once the cause is gone.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess

import pytest
import sqlcipher3
from sqlalchemy import func, select

from app.cli.main import main
from app.models import Document
from app.models import db as dbmod
from app.services import documents as docs
from app.services.errors import (
    CannotOpenFile,
    DatabaseLocked,
    DiskFull,
    EnvironmentFault,
    ReadOnlyFile,
    SomatError,
)
from app.services.registry import open_registry
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD, copy_registry
from tests.tooling import require_tool

D = dt.date


def _in(i: int, note: str = "") -> docs.IncomingInput:
    return docs.IncomingInput(do_mat="mat", ngay_den=D(2025, 5, 7), co_quan_ban_hanh="Công an tỉnh",
                              so_ky_hieu=f"{i}/CAT-PA03", ngay_van_ban=D(2025, 5, 5), loai_van_ban="Kế hoạch",
                              trich_yeu="Kiểm tra công tác bảo vệ BMNN", don_vi_ky_nhan="Phòng Tổng hợp",
                              ghi_chu=note or None)


@pytest.fixture
def tmpfs(tmp_path):
    """A real tmpfs of 16 MiB, unmounted at the end."""
    mount = require_tool("mount", "mount")
    mnt = tmp_path / "o-dia"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run([mount, "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cần quyền root để gắn một hệ thống tệp tmpfs làm ổ thử")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


@pytest.fixture
def registry_on_tmpfs(_registry_template, tmpfs):
    return copy_registry(_registry_template[0], tmpfs / "so-mat.somat")


def _fill(folder) -> object:
    """Fill the file system until ENOSPC; returns the filler's path."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 65536
    with open(filler, "wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(chunk)
            fh.flush()
    return filler


def _documents(path) -> int:
    reg = open_registry(path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        with reg.session() as s:
            assert reg.verify_audit().ok
            return s.scalar(select(func.count(Document.id)))
    finally:
        reg.close()


def test_disk_full_during_work_is_an_environment_fault_and_loses_nothing(registry_on_tmpfs):
    reg = open_registry(registry_on_tmpfs, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    with reg.begin() as s:
        docs.register_incoming(s, reg.actor, _in(0))
    filler = _fill(registry_on_tmpfs.parent)
    note = "Ghi chú dài. " * 4000  # ~52 KB a row: the WAL needs new pages at once
    with pytest.raises(DiskFull) as fault:
        for i in range(1, 400):
            with reg.begin() as s:
                docs.register_incoming(s, reg.actor, _in(i, note))
    assert "Ổ đĩa chứa tệp sổ đã đầy" in fault.value.message
    assert getattr(fault.value.__cause__, "sqlite_errorname", None) == "SQLITE_FULL"  # SQLCipher's own error
    assert isinstance(fault.value, SomatError) and fault.value.code == "env.disk_full"
    with reg.session() as s:  # whatever was committed before the fault is intact and readable
        committed = s.scalar(select(func.count(Document.id)))
    reg.close()
    filler.unlink()
    assert _documents(registry_on_tmpfs) == committed >= 1


def test_database_locked_by_another_program(registry_path, monkeypatch):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    other = sqlcipher3.connect(str(registry_path), isolation_level=None)
    other.execute("PRAGMA key = \"x'%s'\"" % reg.key.hex())
    other.execute("BEGIN EXCLUSIVE")  # e.g. the sqlcipher shell holding a write transaction
    try:
        with pytest.raises(DatabaseLocked) as fault, reg.begin() as s:
            docs.register_incoming(s, reg.actor, _in(1))
        assert "đang bị một chương trình khác giữ" in fault.value.message
    finally:
        other.execute("ROLLBACK")
        other.close()
    with reg.begin() as s:  # the lock is gone: the same work goes through
        docs.register_incoming(s, reg.actor, _in(1))
    reg.close()
    assert _documents(registry_path) == 1


def test_cli_prints_the_fault_not_a_traceback(registry_path, monkeypatch, capsys):
    """``somat`` opening a registry another program holds: exit 1 and the Vietnamese sentence."""
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setenv("SOMAT_PASSWORD", REGISTRY_PASSWORD)
    monkeypatch.setenv("SOMAT_USER", REGISTRY_ADMIN)
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    key = reg.key
    reg.close()
    other = sqlcipher3.connect(str(registry_path), isolation_level=None)
    other.execute("PRAGMA key = \"x'%s'\"" % key.hex())
    other.execute("BEGIN EXCLUSIVE")
    try:
        code = main(["backup", "--db", str(registry_path)])
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "đang bị một chương trình khác giữ" in err


def test_read_only_database_file(registry_path):
    """SQLite's own refusal to write a read-only database (a real SQLCipher file opened read-only)."""
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    key = reg.key
    reg.close()
    conn = sqlcipher3.connect(f"file:{registry_path}?mode=ro", uri=True, isolation_level=None)
    conn.execute("PRAGMA key = \"x'%s'\"" % key.hex())
    try:
        with pytest.raises(ReadOnlyFile) as fault, dbmod.environment_errors():
            conn.execute("UPDATE setting SET value = value")
    finally:
        conn.close()
    assert "chế độ chỉ đọc" in fault.value.message


def test_cli_on_a_read_only_disk(registry_on_tmpfs, tmpfs, monkeypatch, capsys):
    """The whole folder on a disk mounted read-only: ``somat backup`` says so (exit 1, no traceback)."""
    monkeypatch.setenv("SOMAT_PASSWORD", REGISTRY_PASSWORD)
    monkeypatch.setenv("SOMAT_USER", REGISTRY_ADMIN)
    assert subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], capture_output=True).returncode == 0
    try:
        code = main(["backup", "--db", str(registry_on_tmpfs), "--to", str(tmpfs.parent / "sao-luu")])
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(tmpfs)], capture_output=True)
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "chế độ chỉ đọc" in err


def test_folder_gone_cannot_open(tmp_path):
    with pytest.raises(CannotOpenFile) as fault:
        dbmod.connect_raw(tmp_path / "khong-co" / "so.somat", bytes(32))
    assert "Không mở được tệp sổ" in fault.value.message


def test_our_own_bugs_stay_bugs(registry):
    """A programming error (SQL that cannot run) is not dressed up as the machine's fault."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError) as raised, registry.session() as s:
        s.execute(text("SELECT * FROM bang_khong_co"))
    assert dbmod.classify(raised.value) is None


def test_key_file_unwritable_after_a_commit_says_the_work_was_saved(registry, registry_path):
    """The sidecar made immutable (``chattr +i``): the commit stands, the user is told the head lagged."""
    chattr = require_tool("chattr", "e2fsprogs")
    keys = registry_path.with_name(registry_path.name + ".keys")
    if subprocess.run([chattr, "+i", str(keys)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not supported on this file system")
    try:
        with pytest.raises(EnvironmentFault) as fault, registry.begin() as s:
            docs.register_incoming(s, registry.actor, _in(1))
    finally:
        subprocess.run([chattr, "-i", str(keys)], check=True)
    assert fault.value.code == "env.head_not_stored"
    assert "Việc vừa làm đã được ghi vào sổ" in fault.value.message
    with registry.session() as s:
        assert s.scalar(select(func.count(Document.id))) == 1
    registry.store_audit_head()  # the disk is fine again: the head catches up
    assert registry.verify_audit().ok
