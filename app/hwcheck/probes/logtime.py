"""Timestamps of log lines: syslog (no year), RFC 3339, ``dmesg`` (seconds since boot) and
``dmesg -T``; and the time zone of the inspected system, to place year-less local times."""
from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo

from app.hwcheck.probes.common import ProbeContext, open_regular, read_bytes

MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}

_RFC = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,]\d+)?"
                  r"(Z|[+-]\d{2}:?\d{2})?\s+(.*)$")
_BSD = re.compile(r"^([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\s+(.*)$")
_DMESG_T = re.compile(r"^\[(?:[A-Z][a-z]{2} +)?([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})\]\s?(.*)$")
_DMESG = re.compile(r"^(?:<\d+>)?\[\s*(\d+\.\d+)\]\s?(.*)$")
_HOST_TAG = re.compile(r"^\S+\s+(?:kernel:\s*)?(?:\[\s*\d+\.\d+\]\s*)?(.*)$")


def inspected_tz(ctx: ProbeContext) -> dt.tzinfo:
    """Time zone of the inspected system from its ``/etc/localtime`` (or ``/etc/timezone``).
    Falls back to the running system's zone for a live check, else UTC."""
    try:
        with open_regular(ctx.path("/etc/localtime")) as fh:  # never a FIFO or device: it would hang
            return zoneinfo.ZoneInfo.from_file(fh, key="localtime")
    except (OSError, ValueError):
        pass
    try:
        name = read_bytes(ctx.path("/etc/timezone"), 256).decode("ascii").strip()
        return zoneinfo.ZoneInfo(name)
    except (OSError, ValueError, zoneinfo.ZoneInfoNotFoundError, UnicodeDecodeError):
        pass
    if ctx.live:
        return dt.datetime.now().astimezone().tzinfo or dt.timezone.utc
    return dt.timezone.utc


def _offset(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text == "Z":
        return dt.timezone.utc
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def split_line(line: str, tz: dt.tzinfo, year_hint: dt.datetime | None) -> tuple[dt.datetime | None, str]:
    """``(time, message)`` of a log line; time None when the line carries none (or only seconds since
    boot). ``year_hint`` (the file's modification time) supplies the year syslog lines leave out.
    Never raises."""
    try:
        m = _BSD.match(line)
        if m:
            month = MONTHS.get(m.group(1))
            rest = _HOST_TAG.match(m.group(6))
            message = rest.group(1) if rest else m.group(6)
            if month is None:
                return None, message
            return _with_year(month, *(int(g) for g in m.group(2, 3, 4, 5)), tz=tz, hint=year_hint), message
        m = _RFC.match(line)
        if m:
            rest = _HOST_TAG.match(m.group(8))
            message = rest.group(1) if rest else m.group(8)
            when = dt.datetime(*(int(g) for g in m.group(1, 2, 3, 4, 5, 6)))
            return when.replace(tzinfo=_offset(m.group(7)) or tz), message
        m = _DMESG_T.match(line)
        if m:
            month = MONTHS.get(m.group(1))
            if month is None:
                return None, m.group(7)
            when = dt.datetime(int(m.group(6)), month, *(int(g) for g in m.group(2, 3, 4, 5)), tzinfo=tz)
            return when, m.group(7)
        m = _DMESG.match(line)
        if m:
            return None, m.group(2)
    except (ValueError, OverflowError):
        pass
    return None, line


@functools.lru_cache(maxsize=4096)  # log lines come in bursts within the same second
def _with_year(month: int, day: int, hour: int, minute: int, second: int, *, tz: dt.tzinfo,
               hint: dt.datetime | None) -> dt.datetime | None:
    """A syslog time has no year: take the year of the file's last change, or the year before when
    that would put the line in the future of the file (a December line in a file closed in January)."""
    hint_local = (hint or dt.datetime.now(dt.timezone.utc)).astimezone(tz)
    for year in (hint_local.year, hint_local.year - 1):
        try:
            when = dt.datetime(year, month, day, hour, minute, second, tzinfo=tz)
        except ValueError:  # 29 February of a common year
            continue
        if when <= hint_local + dt.timedelta(days=1):
            return when
    return None
