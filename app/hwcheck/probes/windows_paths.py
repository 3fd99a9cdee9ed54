"""Windows paths on a mounted disk, matched without regard to case and never leaving the root.

NTFS ignores case, but the inspector's mount may not (ntfs-3g, a copied image on ext4): the check
must find ``windows/system32/CONFIG/system`` as well as ``Windows/System32/config/SYSTEM``. Every
step is looked up in its real folder; a symbolic link (ntfs-3g shows junctions as links) is
followed as if the root were ``C:\\``, never onto the inspector's own machine.
"""
from __future__ import annotations

import fnmatch
import os
import stat
from pathlib import Path, PurePosixPath

from app.hwcheck.probes.common import ProbeContext

MAX_LINKS = 40
MAX_MATCHES = 10_000  # bound a glob over a hostile folder (a million entries named like a profile)


def is_windows_root(root: Path) -> bool:
    """A root that looks like a Windows system disk: a ``Windows`` folder with ``System32``."""
    return find(root, "Windows/System32") is not None


def _entry(folder: Path, name: str) -> str | None:
    """The real name of ``name`` inside ``folder`` (exact match first, then any case)."""
    try:
        if os.path.lexists(folder / name):
            return name
        wanted = name.casefold()
        with os.scandir(folder) as it:
            for entry in it:
                if entry.name.casefold() == wanted:
                    return entry.name
    except (NotADirectoryError, FileNotFoundError, PermissionError):
        return None
    return None


def _walk(root: Path, parts: list[str]) -> Path | None:
    done: list[str] = []
    links = 0
    while parts:
        part = parts.pop(0)
        if part in ("", "."):
            continue
        if part == "..":
            if done:
                done.pop()
            continue
        real = _entry(root.joinpath(*done), part)
        if real is None:
            return None
        candidate = root.joinpath(*done, real)
        if candidate.is_symlink():
            links += 1
            if links > MAX_LINKS:
                raise OSError(f"quá nhiều liên kết tượng trưng dưới {root}: {'/'.join(done + [part])}")
            target = os.readlink(candidate).replace("\\", "/")
            if target[1:3] == ":/":  # "C:/Users" written by a Windows tool: the root is C:
                target = target[2:]
            if target.startswith("/"):
                done = []
            parts = [p for p in PurePosixPath(target).parts if p != "/"] + parts
            continue
        done.append(real)
    return root.joinpath(*done)


def find(root: Path, inside: str) -> Path | None:
    """The real path of ``inside`` (``/``- or ``\\``-separated, any case) under ``root``, or None."""
    parts = [p for p in inside.replace("\\", "/").split("/") if p]
    return _walk(root, parts)


def glob(root: Path, pattern: str) -> list[Path]:
    """Real paths matching ``pattern`` (``*``/``?`` per component, any case), sorted."""
    parts = [p for p in pattern.replace("\\", "/").split("/") if p]
    found: list[Path] = [root]
    for part in parts:
        nxt: list[Path] = []
        for base in found:
            prefix = list(base.relative_to(root).parts)
            if not any(ch in part for ch in "*?["):
                hit = _walk(root, prefix + [part])
                if hit is not None:
                    nxt.append(hit)
                continue
            try:
                names = sorted(os.listdir(base))
            except (NotADirectoryError, FileNotFoundError, PermissionError):
                continue
            low = part.casefold()
            for name in names:
                if fnmatch.fnmatchcase(name.casefold(), low):
                    hit = _walk(root, prefix + [name])
                    if hit is not None:
                        nxt.append(hit)
                        if len(nxt) > MAX_MATCHES:
                            raise OSError(f"quá nhiều mục khớp {pattern} dưới {root}")
        found = nxt
    return sorted(set(found))


def regular_file(path: Path | None, limit: int) -> Path | None:
    """``path`` when it is a regular file no bigger than ``limit`` bytes; None when absent.

    A FIFO, device or socket, or a file too big to read whole, raises ``OSError``: it must become
    ``probe.failed``, never be read (a FIFO would hang) nor be taken for "nothing found"."""
    if path is None:
        return None
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(st.st_mode):
        raise OSError(f"{path} không phải tệp thường")
    if st.st_size > limit:
        raise OSError(f"{path} quá lớn ({st.st_size} byte > {limit}); không đọc trọn được")
    return path


def windows_root(ctx: ProbeContext) -> Path | None:
    """The root when the check inspects a mounted Windows disk (never on the live machine)."""
    if ctx.live:
        return None
    cached = ctx.extra.get("windows_root")
    if cached is None:
        try:
            cached = ctx.root if is_windows_root(ctx.root) else False
        except OSError:  # a link loop in place of Windows/System32: not a Windows disk (root_layout says so)
            cached = False
        ctx.extra["windows_root"] = cached
    return cached or None
