"""Sorting visited URLs into Internet and not-Internet (loopback, private addresses, ``file:``)."""
from __future__ import annotations

import ipaddress
from collections import Counter
from dataclasses import dataclass, field

# Schemes that reach a network host; anything else (file:, chrome:, about:, data:, ...) stays local.
NETWORK_SCHEMES = {"http", "https", "ftp", "ws", "wss"}
LOCAL_SUFFIXES = (".localhost", ".local", ".lan", ".internal", ".home.arpa")


def origin_sql(url: str, time: str, source: str) -> str:
    """SQL grouping visits by the URL's ``scheme://authority`` prefix (what ``host_of`` reads), so
    SQLite aggregates 100,000 visits into one row per site: ``(origin, visits, first, last)``."""
    p = f"instr({url}, '://')"
    rest = f"substr({url}, {p} + 3)"
    slash = f"instr({rest}, '/')"
    origin = (f"CASE WHEN {p} > 0 THEN substr({url}, 1, {p} + 2 + CASE WHEN {slash} > 0 THEN {slash} - 1 "
              f"ELSE length({url}) END) ELSE substr({url}, 1, instr({url}, ':')) END")
    return (f"SELECT origin, COUNT(*), MIN(t), MAX(t) FROM (SELECT {origin} AS origin, {time} AS t "
            f"FROM {source}) GROUP BY origin")


def host_of(url: str) -> tuple[str, str]:
    """``(scheme, host)`` of a URL, both lowercase; host '' when there is none. Never raises."""
    scheme, sep, rest = url.partition(":")
    if not sep:
        return "", ""
    scheme = scheme.lower()
    if not rest.startswith("//"):
        return scheme, ""
    authority = rest[2:]
    for stop in "/?#":
        cut = authority.find(stop)
        if cut != -1:
            authority = authority[:cut]
    authority = authority.rpartition("@")[2]
    if authority.startswith("["):
        return scheme, authority[1:authority.find("]")].lower() if "]" in authority else authority[1:]
    return scheme, authority.partition(":")[0].lower().rstrip(".")


def is_local(scheme: str, host: str) -> bool:
    """True for visits that are not Internet: local schemes, loopback, private or link-local hosts."""
    if scheme not in NETWORK_SCHEMES or not host:
        return True
    if host == "localhost" or host.endswith(LOCAL_SUFFIXES):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "." not in host  # a single-label name cannot be an Internet host name
    return address.is_private or address.is_loopback or address.is_link_local or address.is_unspecified


@dataclass
class VisitTally:
    """Visit counts, first/last time and hosts, kept apart for Internet and local visits."""

    visits: int = 0
    first: int | None = None
    last: int | None = None
    hosts: Counter = field(default_factory=Counter)

    def add(self, host: str, count: int, first: int | None, last: int | None) -> None:
        self.visits += count
        self.hosts[host] += count
        if first is not None and (self.first is None or first < self.first):
            self.first = first
        if last is not None and (self.last is None or last > self.last):
            self.last = last


def tally(rows) -> tuple[VisitTally, VisitTally]:
    """``rows`` of ``(url, count, first, last)`` → (internet, local) tallies."""
    internet, local = VisitTally(), VisitTally()
    for url, count, first, last in rows:
        if not isinstance(url, str):
            url = url.decode("utf-8", "replace") if isinstance(url, bytes) else ""
        scheme, host = host_of(url)
        if is_local(scheme, host):
            local.add(host or f"{scheme}:", count, first, last)
        else:
            internet.add(host, count, first, last)
    return internet, local
