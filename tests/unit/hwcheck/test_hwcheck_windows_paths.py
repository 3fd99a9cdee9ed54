"""Case-insensitive Windows paths confined to the inspected root."""
from __future__ import annotations

import os

import pytest

from app.hwcheck.probes.windows_paths import find, glob, is_windows_root, regular_file


def test_find_matches_any_case_and_prefers_the_exact_name(tmp_path):
    (tmp_path / "windows/SYSTEM32/Config").mkdir(parents=True)
    (tmp_path / "windows/SYSTEM32/Config/system").write_bytes(b"x")
    assert find(tmp_path, r"Windows\System32\config\SYSTEM") == tmp_path / "windows/SYSTEM32/Config/system"
    assert find(tmp_path, "Windows/System32/config/SOFTWARE") is None
    assert is_windows_root(tmp_path)


def test_links_resolve_inside_the_root_never_outside(tmp_path):
    outside = tmp_path / "outside"
    (outside / "Users/Default").mkdir(parents=True)
    (outside / "Users/Default/NTUSER.DAT").write_bytes(b"outside")
    root = tmp_path / "root"
    (root / "Users/Default").mkdir(parents=True)
    (root / "Users/Default/NTUSER.DAT").write_bytes(b"inside")
    os.symlink(str(outside / "Users/Default"), root / "Users/Escape")  # absolute: means <root>/<that path>
    os.symlink("C:/Users/Default", root / "Users/Default User")  # how a Windows tool writes a junction
    assert find(root, "Users/Escape/NTUSER.DAT") is None
    assert find(root, "Users/Default User/ntuser.dat").read_bytes() == b"inside"
    assert find(root, "Users/../../outside/Users/Default/NTUSER.DAT") is None
    # "Default User" is the same folder as "Default": read once; "Escape" leads nowhere inside the root
    assert glob(root, "users/*/NTUSER.DAT") == [root / "Users/Default/NTUSER.DAT"]


def test_symlink_loop_raises_instead_of_hanging(tmp_path):
    (tmp_path / "Windows").mkdir()
    os.symlink("loop2", tmp_path / "Windows/loop1")
    os.symlink("loop1", tmp_path / "Windows/loop2")
    with pytest.raises(OSError):
        find(tmp_path, "Windows/loop1/x")


def test_regular_file_refuses_fifos_and_oversized_files(tmp_path):
    fifo = tmp_path / "SYSTEM"
    os.mkfifo(fifo)
    with pytest.raises(OSError):
        regular_file(fifo, 1 << 20)
    big = tmp_path / "big"
    big.write_bytes(b"x" * 100)
    with pytest.raises(OSError):
        regular_file(big, 10)
    assert regular_file(tmp_path / "absent", 10) is None
    assert regular_file(big, 100) == big
