"""Bounded, root-confined reads for the network and log probes.

``list_dir`` gives real children of a folder; a child that is a symbolic link must still be resolved
inside the inspected root (``/etc/x.conf -> /etc/shadow`` means ``<root>/etc/shadow``). Only regular
files are read: a FIFO, device or socket is refused (it would hang or never end), and a file larger
than the bound is refused rather than read in part — coverage is never cut silently.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from app.hwcheck.probes.common import ProbeContext, open_log, open_regular

CHUNK = 1 << 20
MAX_LOG_BYTES = 4 << 30  # decompressed; a larger log is reported as not read, not as clean


def real(ctx: ProbeContext, path: Path) -> Path:
    """``path`` (found by listing a folder under the root) with its links resolved inside the root."""
    if str(ctx.root) == "/" or not os.path.islink(path):
        return path
    try:
        inside = "/" + str(path.relative_to(ctx.root))
    except ValueError:
        return path
    return ctx.path(inside)


def regular(ctx: ProbeContext, path: Path) -> Path:
    """The real regular file behind ``path``; ``UnsafeFile`` (saying what it is: FIFO, device node,
    socket, folder) or another OSError otherwise — the same check and wording as every reader."""
    target = real(ctx, path)
    with open_regular(target):
        pass
    return target


def read_small(ctx: ProbeContext, path: Path, limit: int) -> bytes:
    """Whole (decompressed) content of a configuration-sized file; OSError when larger than ``limit``."""
    with open_log(real(ctx, path)) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"tệp lớn hơn giới hạn {limit} byte, không đọc hết được: {path}")
    return data


def keyword_lines(ctx: ProbeContext, path: Path, keywords: tuple[bytes, ...],
                  limit: int = MAX_LOG_BYTES) -> Iterator[bytes]:
    """Every line of a (possibly compressed) log that contains one of ``keywords``, streamed in
    chunks; memory stays bounded by the chunk size whatever the file size. Raises OSError when the
    decompressed log exceeds ``limit`` (it was not read whole)."""
    total = 0
    tail = b""
    with open_log(real(ctx, path)) as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise OSError(f"nhật ký lớn hơn {limit} byte sau giải nén, không đọc hết được: {path}")
            data = tail + chunk
            cut = data.rfind(b"\n")
            if cut == -1:
                tail = data if len(data) < CHUNK * 4 else b""  # a 4 MB line is no log line
                continue
            block, tail = data[:cut], data[cut + 1:]
            yield from _matching(block, keywords)
    if tail:
        yield from _matching(tail, keywords)


def _matching(block: bytes, keywords: tuple[bytes, ...]) -> Iterator[bytes]:
    starts: set[int] = set()
    for key in keywords:
        pos = block.find(key)
        while pos != -1:
            start = block.rfind(b"\n", 0, pos) + 1
            starts.add(start)
            end = block.find(b"\n", pos)
            pos = block.find(key, end if end != -1 else len(block))
    for start in sorted(starts):
        end = block.find(b"\n", start)
        yield block[start:end if end != -1 else len(block)]
