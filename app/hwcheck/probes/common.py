"""What every probe shares: the context (root, live or not, clock) and root-confined path helpers.

When the root is the mounted disk of another machine, an absolute symlink on that disk
(``/home -> /data/home``) means ``<root>/data/home``, never the inspector's own ``/data/home``:
``ProbeContext.path`` resolves links as if the root were ``/``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from app.hwcheck.probes.safe_io import (  # noqa: F401 - re-exported: probes import them from here
    CHUNK, MAX_LINKS, MAX_STREAM, MAX_WHOLE, PrivateCopy, TooLarge, UnsafeFile, confined_to, describe_error,
    iter_chunks, list_dir, open_log, open_regular, read_bytes, read_text, resolve_in_root,
)

if TYPE_CHECKING:
    from app.hwcheck.model import Observation


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


def failure(probe: str, source: str, exc: BaseException) -> "Observation":
    """A source that could not be read: becomes a blocking ``probe.failed`` finding."""
    from app.hwcheck.model import Observation

    return Observation("probe_failed", source, {"probe": probe, "error": describe_error(exc)})


def parse_keyfile(text: str, *, repeated: bool = False) -> dict:
    """A tolerant INI / GKeyFile / systemd-unit reader (NetworkManager keyfiles, ``profiles.ini``,
    ``.network`` files). Never raises: lines that are neither ``[section]`` nor ``key=value`` are
    ignored. A key met twice keeps its last value, or — ``repeated=True``, for systemd units where
    ``Address=`` may repeat — every value, in a list."""
    sections: dict[str, dict] = {}
    current: dict | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
        elif "=" in line and current is not None:
            key, _, value = line.partition("=")
            if repeated:
                current.setdefault(key.strip(), []).append(value.strip())
            else:
                current[key.strip()] = value.strip()
    return sections
