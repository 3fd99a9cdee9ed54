"""USB history from kernel logs: ``/var/log/kern.log*``, ``syslog*``, ``messages*``, ``dmesg*``
(rotated, in every compression logrotate uses) and the systemd journal; plus iPhone pairing records
(``/var/lib/lockdown``) and the check that the history is complete enough to prove a device's absence.

Files are streamed in pieces (``common.iter_chunks``): memory stays bounded whatever a log's size, and a
file that cannot be read to its end is a ``probe_failed`` observation, never "nothing found".
"""
from __future__ import annotations

import datetime as dt
import plistlib
import re

from app.hwcheck.model import Observation
from app.hwcheck.probes import journal, usb_classes
from app.hwcheck.probes.common import (
    ProbeContext, failure, iso_utc, iter_chunks, list_dir, mtime, open_regular,
)
from app.hwcheck.probes.logtime import inspected_tz, split_line
from app.hwcheck.probes.usb_history import UsbHistory
from app.hwcheck.probes.windows_paths import windows_root

NAME = "kernel_logs"
LOG_DIR = "/var/log"
LOG_NAME = re.compile(r"^(kern\.log|syslog|messages|dmesg)(?:[.-](\d[\d.]*?))?(?:\.(?:gz|xz|bz2|zst))?$")
LOCKDOWN_DIR = "/var/lib/lockdown"
# The first line of a log kept from boot is written a little after the kernel starts.
BOOT_SLACK = dt.timedelta(minutes=10)


def log_files(ctx: ProbeContext) -> list:
    """Kernel log files, oldest rotation first (``kern.log.3.gz`` … ``kern.log``), so that lines of one
    boot split over two files are read in order. Anything with a log's name counts, even when it is
    not a regular file: opening it fails and the check fails closed."""
    found = [p for p in list_dir(ctx.path(LOG_DIR)) if LOG_NAME.match(p.name)]

    def order(p):
        m = LOG_NAME.match(p.name)
        index = m.group(2) or "0"
        return (m.group(1), -int(index.split(".")[0]) if index.split(".")[0].isdigit() else 0, p.name)
    return sorted(found, key=order)


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


def _feed_stream(history: UsbHistory, chunks, source: str, tz, hint) -> tuple[bool, dt.datetime | None]:
    """Feed every piece; (any text, time of the first dated line)."""
    texty, start, carry = False, None, 0
    try:
        for chunk in chunks:
            if not texty and has_text(chunk):
                texty = True
                start = first_time(chunk.lstrip(b"\0 \t\r\n"), tz, hint)
            carry = history.feed_chunk(chunk, source, tz, hint, carry)
    finally:
        history.end_of_source()
    return texty, start


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    tz = inspected_tz(ctx)
    history = UsbHistory(phone_ids=usb_classes.phone_ids(ctx), phone_words=usb_classes.phone_words())
    starts: list[dt.datetime | None] = []
    sources = []
    for path in log_files(ctx):
        hint = mtime(path)
        try:
            texty, start = _feed_stream(history, iter_chunks(path), str(path), tz, hint)
        except Exception as exc:  # noqa: BLE001 - FIFO, truncated gzip, too large, permission...
            out.append(failure(NAME, str(path), exc))
            continue
        if texty:
            sources.append(str(path))
            starts.append(start)
    try:
        read = journal.read_journal(ctx)
    except Exception as exc:  # noqa: BLE001 - the text logs still count; the journal fails closed
        where = str(ctx.root.joinpath(*journal.JOURNAL_DIRS_ROOT[0].strip("/").split("/")))
        read = journal.JournalRead(observations=[failure(journal.NAME, where, exc)])
    for source, data in read.texts:
        if has_text(data):
            sources.append(source)
            starts.append(first_time(data, tz, ctx.now))
            history.feed_bytes(data, source, tz, ctx.now)
    for source, pieces in read.streams:
        try:
            texty, start = _feed_stream(history, pieces(), source, tz, ctx.now)
        except Exception as exc:  # noqa: BLE001
            out.append(failure(journal.NAME, source, exc))
            continue
        if texty:
            sources.append(source)
            starts.append(start)
    out += read.observations
    found = history.devices()
    for kind, obs_kind in (("storage", "usb_storage_history"), ("network", "usb_network_history")):
        for dev in found[kind]:
            out.append(Observation(obs_kind, dev["sources"][0], dev))
    for dev in found["reader_empty"]:
        out.append(usb_classes.reader_empty(dev))
    for dev in found["phone"]:
        out.append(usb_classes.phone_history(dev))
    for card in found["sd_card"]:
        out.append(usb_classes.sd_card_history(card))
    out += pairing_records(ctx)
    out += completeness(ctx, sources, starts)
    return out


def pairing_records(ctx: ProbeContext) -> list[Observation]:
    """``/var/lib/lockdown/<UDID>.plist``: usbmuxd keeps one per iPhone/iPad that trusted this computer."""
    out = []
    for path in list_dir(ctx.path(LOCKDOWN_DIR)):
        if path.suffix != ".plist" or path.stem == "SystemConfiguration":
            continue
        try:
            with open_regular(path) as fh:
                record = plistlib.loads(fh.read(1 << 20))
        except Exception as exc:  # noqa: BLE001 - unreadable or not a plist: fail closed
            out.append(failure(NAME, str(path), exc))
            continue
        if not isinstance(record, dict) or not ({"HostID", "DeviceCertificate", "HostCertificate"} & set(record)):
            continue
        out.append(usb_classes.pairing_record(str(path), path.stem, record.get("WiFiMACAddress"),
                                              iso_utc(mtime(path))))
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
