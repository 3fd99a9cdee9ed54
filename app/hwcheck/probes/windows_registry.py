"""Registry hives of a mounted Windows disk, read with regipy (the parser RegRipper-style tools use).

A hive that Windows had not flushed when the machine stopped is "dirty" (its two header sequence
numbers differ): the latest changes — a USB drive plugged in last, a Wi-Fi joined last — live only in
the ``.LOG1``/``.LOG2`` transaction logs beside it. Those are applied (``regipy.recovery``) to a
private copy before reading. Nothing is ever written next to the inspected hive.

Fail closed: a hive that is required but missing, not a regular file, too big to read whole, not a
``regf`` file, or that regipy cannot parse raises :class:`HiveError`; the probe turns it into a
blocking ``probe.failed``. regipy logs (instead of raising) a value it cannot parse; such a log
while we read is also a failure (:func:`strict`).
"""
from __future__ import annotations

import contextlib
import io
import datetime as dt
import logging
import shutil
import struct
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.hwcheck.probes.common import ProbeContext, iso_utc
from app.hwcheck.probes.windows_paths import find, regular_file

HIVE_LIMIT = 512 << 20  # far above real SYSTEM/SOFTWARE hives (read whole into memory); bigger fails closed
SYSTEM = "Windows/System32/config/SYSTEM"
SOFTWARE = "Windows/System32/config/SOFTWARE"
# Windows 7 and 8 copied SYSTEM and SOFTWARE here every ten days; Windows 10 (1803+) leaves empty files.
# A backup can still hold a drive or a network that was later cleaned from the live hive.
REGBACK = {SYSTEM: "Windows/System32/config/RegBack/SYSTEM", SOFTWARE: "Windows/System32/config/RegBack/SOFTWARE"}


class HiveError(Exception):
    """A hive that exists (or must exist) but cannot be read: evidence unreadable, fail closed."""


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def strict(source: str) -> Iterator[None]:
    """Reads inside this block raise :class:`HiveError` if regipy logged a parse error or raised."""
    handler = _Collect()
    logger = logging.getLogger("regipy")
    logger.addHandler(handler)
    try:
        yield
    except HiveError:
        raise
    except Exception as exc:  # regipy and construct raise many kinds on a damaged hive: all a read failure
        raise HiveError(f"{source}: {type(exc).__name__}: {str(exc).splitlines()[-1] if str(exc) else ''}") from exc
    finally:
        logger.removeHandler(handler)
    if handler.messages:
        raise HiveError(f"{source}: regipy không đọc được một phần hive ({handler.messages[0]})")


class _HiveStream(io.BytesIO):
    """The hive bytes, for regipy. regipy reads a value's data with ``read(data_size)`` before looking
    at the "inline" flag (bit 31): for every small value (a DWORD, a short string) that asks for
    2 GiB and copies the rest of the hive — 1.4 s on a real 12 MB SYSTEM hive. The data of an inline
    value is in the value record itself and regipy takes it from there, so the read is cut to the
    size without the flag."""

    def read(self, size: int | None = -1) -> bytes:
        if size is not None and size >= 0x80000000:
            size -= 0x80000000
        return super().read(size)


def _registry(path: str) -> Any:
    from regipy.registry import RegistryHive

    registry = RegistryHive(path)
    stream = _HiveStream(registry._stream.getvalue())
    registry._stream = registry.root._stream = stream
    return registry


class Hive:
    """An opened hive (logs applied) with case-insensitive key lookups."""

    def __init__(self, path: Path, registry: Any, recovered_pages: int, dirty: bool):
        self.path = path
        self.registry = registry
        self.recovered_pages = recovered_pages
        self.dirty = dirty

    def key(self, key_path: str) -> Any | None:
        """The key at ``A\\B\\C`` (any case), or None when it does not exist."""
        node = self.registry.root
        for part in (p for p in key_path.split("\\") if p):
            if not node.subkey_count:
                return None
            node = node.get_subkey(part, raise_on_missing=False)
            if node is None:
                return None
        return node

    def control_sets(self) -> list[str]:
        """Every ``ControlSetNNN`` (the current one first): evidence may be in any of them."""
        names = [k.name for k in subkeys(self.registry.root) if k.name.lower().startswith("controlset")]
        current = None
        select = self.key("Select")
        if select is not None:
            current = values(select).get("current")
        first = f"ControlSet{current:03d}" if isinstance(current, int) else None
        return sorted(names, key=lambda n: (n.lower() != (first or "").lower(), n.lower()))


def subkeys(node: Any) -> list[Any]:
    if node is None or not node.subkey_count:
        return []
    return list(node.iter_subkeys())


def values(node: Any) -> dict[str, Any]:
    """Value name (lower case) → value; REG_BINARY as bytes, REG_DWORD as int, strings as str."""
    if node is None or not node.values_count:
        return {}
    return {v.name.lower(): v.value for v in node.iter_values(trim_values=False)}


def key_time(node: Any) -> str | None:
    """The key's last-write time (FILETIME in the key node), ISO UTC."""
    return filetime(node.header.last_modified)


def filetime(value: int | None) -> str | None:
    """A Windows FILETIME (100 ns since 1601) as ISO UTC; None for 0 or absurd values."""
    if not value or value <= 0:
        return None
    try:
        when = dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(microseconds=value // 10)
    except OverflowError:
        return None
    return iso_utc(when) if 1990 <= when.year <= 2200 else None


def systemtime(data: bytes | str | None) -> str | None:
    """A 16-byte SYSTEMTIME (NetworkList DateCreated/DateLastConnected, local time) as ISO."""
    if isinstance(data, str):
        try:
            data = bytes.fromhex(data)
        except ValueError:
            return None
    if not data or len(data) < 16:
        return None
    year, month, _dow, day, hour, minute, second, _ms = struct.unpack("<8H", data[:16])
    try:
        return dt.datetime(year, month, day, hour, minute, second).isoformat(timespec="seconds")
    except ValueError:
        return None


def _check_header(path: Path) -> tuple[bool, bytes]:
    with open(path, "rb") as fh:
        head = fh.read(512)
    if len(head) < 512 or head[:4] != b"regf":
        raise HiveError(f"{path} không phải tệp registry (thiếu chữ ký regf)")
    primary, secondary = struct.unpack_from("<II", head, 4)
    return primary != secondary, head


def _logs(path: Path, hive_header: bytes) -> list[Path]:
    """The ``.LOG1``/``.LOG2`` files that belong to this state of the hive: a log whose own sequence
    number is older than the hive's secondary sequence number holds changes already in the hive (or
    older ones) and is not applied, as Windows does not (oldest log first)."""
    secondary = struct.unpack_from("<I", hive_header, 8)[0]
    found = []
    for suffix in (".LOG1", ".LOG2"):
        log = regular_file(find(path.parent, path.name + suffix), HIVE_LIMIT)
        if log is None or log.stat().st_size <= 512:
            continue
        with open(log, "rb") as fh:
            head = fh.read(512)
        if head[:4] != b"regf":
            raise HiveError(f"{log} không phải nhật ký giao dịch registry (thiếu chữ ký regf)")
        sequence = struct.unpack_from("<I", head, 4)[0]
        if sequence >= secondary:
            found.append((sequence, log))
    return [log for _, log in sorted(found)]


def _load(path: Path) -> Hive:
    from regipy.recovery import apply_transaction_logs
    dirty, header = _check_header(path)
    logs = _logs(path, header) if dirty else []
    try:
        if not logs:
            return Hive(path, _registry(str(path)), 0, dirty)
        folder = tempfile.mkdtemp(prefix="somat-hive-")  # 0700; removed before returning
        try:
            restored = str(Path(folder, "restored"))
            # regipy applies the secondary log first, then the primary on top: the newer log is primary
            primary, secondary = logs[-1], (logs[0] if len(logs) > 1 else None)
            with warnings.catch_warnings():  # regipy.recovery reads files without closing them
                warnings.simplefilter("ignore", ResourceWarning)
                _, pages = apply_transaction_logs(str(path), str(primary),
                                                  str(secondary) if secondary else None, restored)
            return Hive(path, _registry(restored), pages, dirty)  # read whole into memory
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    except Exception as exc:  # construct raises its own error family; any is a read failure
        raise HiveError(f"{path}: {type(exc).__name__}: {exc}") from exc


def open_backup(ctx: ProbeContext, live_hive: str) -> Hive | None:
    """The RegBack copy of ``live_hive``; None when absent or an empty placeholder (Windows 10+)."""
    path = find(ctx.root, REGBACK[live_hive])
    try:
        if path is None or (path.is_file() and path.stat().st_size == 0):
            return None
    except OSError:
        pass  # open_hive reports it
    return open_hive(ctx, REGBACK[live_hive])


def open_hive(ctx: ProbeContext, inside: str, required: bool = False) -> Hive | None:
    """The hive at ``inside`` (Windows path under the root, any case), once per check.

    None when it does not exist and is not ``required``; :class:`HiveError` otherwise."""
    cache = ctx.extra.setdefault("windows_hives", {})
    key = inside.lower()
    if key in cache:
        result = cache[key]
    else:
        try:
            path = regular_file(find(ctx.root, inside), HIVE_LIMIT)
            result = _load(path) if path is not None else None
        except (HiveError, OSError) as exc:
            result = HiveError(str(exc))
        cache[key] = result
    if isinstance(result, HiveError):
        raise result
    if result is None and required:
        raise HiveError(f"thiếu hive registry {inside} trên ổ đĩa Windows")
    return result
