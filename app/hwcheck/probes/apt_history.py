"""APT: package lists fetched from network mirrors and the history of installs and upgrades.

``/var/lib/apt/lists`` keeps one file per fetched index, named from its URI by apt's
``URItoFileName`` (scheme dropped, ``/`` → ``_``): ``deb.debian.org_debian_dists_bookworm_InRelease``.
A name that starts with a host name or address means ``apt update`` reached that mirror over the
network; a local repository (``file:/srv/repo``) gives names starting with ``_``, a CD-ROM names
starting with its label. The ``InRelease``/``Release`` file's ``Date:`` says when the mirror signed it.
``/var/log/apt/history.log`` (rotated, gzip) records each ``apt`` run (``Start-Date``, ``Commandline``,
``Install``/``Upgrade``) and ``/var/cache/apt/archives/*.deb`` the packages downloaded."""
from __future__ import annotations

import re
from urllib.parse import unquote

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, iso_utc, list_dir, mtime
from app.hwcheck.probes.filereads import keyword_lines, read_small

NAME = "apt_history"
LISTS = "/var/lib/apt/lists"
_HOST = re.compile(r"^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::\d+)?$")
_DATE = re.compile(rb"^Date:\s*(.+?)\s*$", re.M)
_HISTORY = re.compile(r"^(history\.log|term\.log)(\.\d+)?(\.(gz|xz|bz2|zst))?$")


def mirror_host(file_name: str) -> str | None:
    """The host of the URI a lists file was fetched from, or None (local file, CD-ROM, lock…)."""
    if file_name.startswith("_") or "_" not in file_name:
        return None
    first = unquote(file_name.split("_", 1)[0])
    first = first.rpartition("@")[2]  # user:password@host
    m = _HOST.match(first)
    if not m or ("." not in first and ":" not in first and first != "localhost"):
        return None
    host = m.group(1)
    return host[1:-1] if host.startswith("[") else host.lower()


def mirrors(ctx: ProbeContext) -> list[Observation]:
    found: dict[str, dict] = {}
    folder = ctx.path(LISTS)
    for path in list_dir(folder):
        host = mirror_host(path.name)
        if host is None or not path.is_file():
            continue
        entry = found.setdefault(host, {"files": [], "release_date": None, "fetched": None})
        entry["files"].append(path.name)
        when = mtime(path)
        if when and (entry["fetched"] is None or when > entry["fetched"]):
            entry["fetched"] = when
        if path.name.endswith(("_InRelease", "_Release")) and entry["release_date"] is None:
            try:
                m = _DATE.search(read_small(ctx, path, 64 << 20)[:65536])
            except Exception as exc:  # noqa: BLE001
                return [failure(NAME, str(path), exc)]
            if m:
                entry["release_date"] = m.group(1).decode("utf-8", "replace")
    out = []
    for host, entry in sorted(found.items()):
        out.append(Observation("apt_mirror", str(folder), {
            "mirror": host, "hosts": [host], "host_list": host, "files": sorted(entry["files"])[:10],
            "file_count": len(entry["files"]), "release_date": entry["release_date"] or "không rõ",
            "fetched": iso_utc(entry["fetched"]),
            "fetched_vi": entry["fetched"].strftime("%d/%m/%Y %H:%M UTC") if entry["fetched"] else "không rõ"}))
    return out


def history(ctx: ProbeContext) -> list[Observation]:
    runs, last_start, last_command, sources = 0, None, None, []
    for path in list_dir(ctx.path("/var/log/apt")):
        if not _HISTORY.match(path.name) or not path.name.startswith("history"):
            continue
        try:
            for raw in keyword_lines(ctx, path, (b"Start-Date:", b"Commandline:"), 1 << 30):
                line = raw.decode("utf-8", "replace").strip()
                if line.startswith("Start-Date:"):
                    runs += 1
                    start = line.partition(":")[2].strip()
                    if last_start is None or start > last_start:
                        last_start, last_command = start, None
                elif line.startswith("Commandline:") and last_command is None:
                    last_command = line.partition(":")[2].strip()[:200]
        except Exception as exc:  # noqa: BLE001
            return [failure(NAME, str(path), exc)]
        sources.append(str(path))
    if not runs:
        return []
    return [Observation("apt_history", sources[0], {
        "runs": runs, "last_start": last_start, "last_command": last_command or "không rõ", "files": sources})]


def archives(ctx: ProbeContext) -> list[str]:
    return sorted(p.name for p in list_dir(ctx.path("/var/cache/apt/archives")) if p.suffix == ".deb")


def probe(ctx: ProbeContext) -> list[Observation]:
    out = mirrors(ctx)
    debs = archives(ctx)
    if debs and out:
        for i, obs in enumerate(out):
            out[i] = Observation(obs.kind, obs.source, {**obs.data, "downloaded_debs": len(debs),
                                                        "debs_sample": debs[:10]})
    return out + history(ctx)
