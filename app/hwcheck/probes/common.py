"""What every probe shares: the context (root, live or not, clock) and root-confined path helpers.

When the root is the mounted disk of another machine, an absolute symlink on that disk
(``/home -> /data/home``) means ``<root>/data/home``, never the inspector's own ``/data/home``:
``ProbeContext.path`` resolves links as if the root were ``/``.
"""
from __future__ import annotations

import bz2
import datetime as dt
import gzip
import lzma
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

MAX_LINKS = 40


@dataclass(frozen=True)
class ProbeContext:
    root: Path
    live: bool
    now: dt.datetime
    boot_time: dt.datetime | None = None  # live only
    extra: dict = field(default_factory=dict, compare=False)

    def path(self, inside: str | PurePosixPath) -> Path:
        """The real path of ``inside`` (an absolute path on the inspected system)."""
        return resolve_in_root(self.root, str(inside))

    def display(self, real: Path) -> str:
        """How a source is named in findings: the path on the inspector's machine."""
        return str(real)


def resolve_in_root(root: Path, inside: str) -> Path:
    if str(root) == "/":
        return Path("/", inside.lstrip("/"))
    parts = [p for p in PurePosixPath("/", inside).parts[1:]]
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
        candidate = root.joinpath(*done, part)
        if candidate.is_symlink():
            links += 1
            if links > MAX_LINKS:
                raise OSError(f"too many symbolic links under {root}: {inside}")
            target = os.readlink(candidate)
            if target.startswith("/"):
                done = []
            parts = [p for p in PurePosixPath(target).parts if p != "/"] + parts
            continue
        done.append(part)
    return root.joinpath(*done)


def iso_utc(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.isoformat(timespec="seconds")
    return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def from_unix(seconds: float | int | None) -> dt.datetime | None:
    """UTC datetime from Unix seconds; None for missing or absurd values (before 1990, after 2200)."""
    if seconds is None:
        return None
    try:
        seconds = float(seconds)
    except (TypeError, ValueError):
        return None
    if not 631152000 <= seconds <= 7258118400:
        return None
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc)


def mtime(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc)
    except OSError:
        return None


# Every compression that logrotate and journald leave behind, by the file's last suffix.
_DECOMPRESSORS = {".gz": gzip.open, ".xz": lzma.open, ".lzma": lzma.open, ".bz2": bz2.open}


def open_log(path: Path) -> BinaryIO:
    """A binary stream of the file's content, decompressed by its suffix (``.gz``, ``.xz``,
    ``.lzma``, ``.bz2``, ``.zst``). The caller closes it (``with open_log(p) as fh``)."""
    suffix = path.suffix.lower()
    if suffix == ".zst":
        import zstandard  # imported here: only rotated logs of some distributions need it

        raw = open(path, "rb")
        try:
            return zstandard.ZstdDecompressor().stream_reader(raw, closefd=True)
        except Exception:
            raw.close()
            raise
    opener = _DECOMPRESSORS.get(suffix)
    return opener(path, "rb") if opener else open(path, "rb")


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """Whole file (or its first ``limit`` bytes), decompressed by its suffix (see ``open_log``)."""
    with open_log(path) as fh:
        return fh.read() if limit is None else fh.read(limit)


def read_text(path: Path) -> str:
    return read_bytes(path).decode("utf-8", errors="replace")


def list_dir(path: Path) -> list[Path]:
    """Sorted children; [] when the folder does not exist (absence is not a read failure)."""
    try:
        return sorted(path.iterdir())
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        return []


class PrivateCopy:
    """A private temporary copy of a SQLite database with its ``-wal``/``-shm``/``-journal`` files.

    Only plain byte reads touch the original (no SQLite lock is ever taken on it); the copies live
    in a 0700 temp folder removed on exit.
    """

    SIDE_FILES = ("-wal", "-shm", "-journal")

    def __init__(self, original: Path):
        self.original = original
        self.folder: str | None = None
        self.path: Path | None = None

    def __enter__(self) -> Path:
        self.folder = tempfile.mkdtemp(prefix="somat-hwcheck-")
        name = "db.sqlite"
        target = Path(self.folder, name)
        shutil.copyfile(self.original, target)
        for suffix in self.SIDE_FILES:
            side = self.original.with_name(self.original.name + suffix)
            if side.exists():
                shutil.copyfile(side, Path(self.folder, name + suffix))
        self.path = target
        return target

    def __exit__(self, *exc) -> None:
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)


def failure(probe: str, source: str, exc: BaseException) -> "Observation":
    """A source that could not be read: becomes a blocking ``probe.failed`` finding."""
    from app.hwcheck.model import Observation

    return Observation("probe_failed", source, {"probe": probe, "error": f"{type(exc).__name__}: {exc}"})


def parse_keyfile(text: str) -> dict[str, dict[str, str]]:
    """A tolerant INI / GKeyFile reader (NetworkManager keyfiles, ``profiles.ini``). Never raises:
    lines that are neither ``[section]`` nor ``key=value`` are ignored; later keys win."""
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
        elif "=" in line and current is not None:
            key, _, value = line.partition("=")
            current[key.strip()] = value.strip()
    return sections
