"""USB history from kernel logs: ``/var/log/kern.log*``, ``syslog*``, ``messages*``, ``dmesg*``
(rotated and gzipped) and the systemd journal; plus the check that the history is complete enough to
prove a device's absence."""
from __future__ import annotations

import datetime as dt
import re

from app.hwcheck.model import Observation
from app.hwcheck.probes import journal
from app.hwcheck.probes.common import ProbeContext, failure, iso_utc, list_dir, mtime, read_bytes
from app.hwcheck.probes.logtime import inspected_tz, split_line
from app.hwcheck.probes.usb_history import UsbHistory
from app.hwcheck.probes.windows_paths import windows_root

NAME = "kernel_logs"
LOG_DIR = "/var/log"
LOG_NAME = re.compile(r"^(kern\.log|syslog|messages|dmesg)(?:[.-]\d[\d.]*?)?(?:\.gz)?$")
# The first line of a log kept from boot is written a little after the kernel starts.
BOOT_SLACK = dt.timedelta(minutes=10)


def log_files(ctx: ProbeContext) -> list:
    return [p for p in list_dir(ctx.path(LOG_DIR)) if LOG_NAME.match(p.name) and p.is_file()]


def has_text(data: bytes) -> bool:
    """Not empty nor only blanks/NULs (a truncated log is often a run of NUL bytes)."""
    return bool(data) and bool(data.strip(b" \t\r\n\0")) if len(data) < 1 << 16 else \
        bool(data[:1 << 16].strip(b" \t\r\n\0") or data[-(1 << 16):].strip(b" \t\r\n\0"))


def first_time(data: bytes, tz, hint) -> dt.datetime | None:
    """Time of the first dated line among the first 200 lines."""
    for raw in data[:65536].split(b"\n")[:200]:
        when, _ = split_line(raw.decode("utf-8", "replace"), tz, hint)
        if when is not None:
            return when
    return None


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    tz = inspected_tz(ctx)
    history = UsbHistory()
    starts: list[dt.datetime | None] = []
    sources = []
    for path in log_files(ctx):
        try:
            data = read_bytes(path)
        except Exception as exc:  # noqa: BLE001 - unreadable, truncated gzip, permission...
            out.append(failure(NAME, str(path), exc))
            continue
        if not has_text(data):
            continue
        hint = mtime(path)
        sources.append(str(path))
        starts.append(first_time(data, tz, hint))
        history.feed_bytes(data, str(path), tz, hint)
    try:
        read = journal.read_journal(ctx)
    except Exception as exc:  # noqa: BLE001 - the text logs still count; the journal fails closed
        read = journal.JournalRead(observations=[failure(journal.NAME, "journal", exc)])
    out += read.observations
    for source, data in read.texts:
        if has_text(data):
            sources.append(source)
            starts.append(first_time(data, tz, ctx.now))
            history.feed_bytes(data, source, tz, ctx.now)
    found = history.devices()
    for dev in found["storage"]:
        out.append(Observation("usb_storage_history", dev["sources"][0], dev))
    for dev in found["network"]:
        out.append(Observation("usb_network_history", dev["sources"][0], dev))
    out += completeness(ctx, sources, starts)
    return out


def completeness(ctx: ProbeContext, sources: list[str], starts: list) -> list[Observation]:
    """Warnings that the logs cannot prove a device was never attached."""
    if not sources and not windows_root(ctx):  # a Windows disk has its own logs (windows_usb)
        return [Observation("incomplete_evidence", str(ctx.path(LOG_DIR)), {
            "reason": "no_kernel_logs"})]
    if ctx.live and ctx.boot_time is not None:
        dated = [s for s in starts if s is not None]
        earliest = min(dated) if dated else None
        if earliest is None or earliest > ctx.boot_time + BOOT_SLACK:
            return [Observation("incomplete_evidence", ", ".join(sources), {
                "reason": "logs_start_after_boot", "boot_time": iso_utc(ctx.boot_time),
                "earliest_log": iso_utc(earliest)})]
    return []
