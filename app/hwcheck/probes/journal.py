"""Kernel messages kept by the systemd journal, for the USB history.

Live: ``journalctl _TRANSPORT=kernel`` (every boot kept, where ``-k`` would show the current boot
only). Another root: ``journalctl -D <root>/var/log/journal``, which only reads the files. Without
``journalctl``, the ``MESSAGE=`` fields stored uncompressed in the journal files are scanned directly
(those lines carry no time).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, list_dir

NAME = "journal"
JOURNAL_DIRS_LIVE = ("/var/log/journal", "/run/log/journal")
JOURNAL_DIRS_ROOT = ("/var/log/journal",)
TIMEOUT = 120
_MESSAGE = re.compile(rb"MESSAGE=([^\x00-\x08\x0a-\x1f]{1,2000})")


@dataclass
class JournalRead:
    texts: list[tuple[str, bytes]] = field(default_factory=list)  # (source, journalctl output)
    observations: list[Observation] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def journal_files(folder: Path) -> list[Path]:
    found = []
    for entry in list_dir(folder):
        if entry.is_dir():
            found += [f for f in list_dir(entry) if f.name.endswith((".journal", ".journal~"))]
        elif entry.name.endswith((".journal", ".journal~")):
            found.append(entry)
    return found


def journalctl(args: list[str]) -> subprocess.CompletedProcess:
    exe = shutil.which("journalctl")
    if exe is None:
        raise FileNotFoundError("journalctl")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "TZ": "UTC",
           "SYSTEMD_PAGER": "", "SYSTEMD_COLORS": "0", "SYSTEMD_LOG_COLOR": "0"}
    return subprocess.run([exe, "--no-pager", "-q", "-o", "short-iso", *args, "_TRANSPORT=kernel"],
                          capture_output=True, timeout=TIMEOUT, env=env, check=False)


def scan_journal_file(data: bytes) -> bytes:
    """``MESSAGE=`` payloads found in a journal file's bytes, one per line (no times). Never raises."""
    return b"\n".join(m.group(1) for m in _MESSAGE.finditer(data))


def read_journal(ctx: ProbeContext) -> JournalRead:
    result = JournalRead()
    folders = [ctx.path(d) for d in (JOURNAL_DIRS_LIVE if ctx.live else JOURNAL_DIRS_ROOT)]
    for folder in folders:
        result.files += journal_files(folder)
    unreadable = [f for f in result.files if not os.access(f, os.R_OK)]
    for f in unreadable:
        result.observations.append(failure(NAME, str(f), PermissionError("không có quyền đọc")))
    if not result.files:
        return result  # no journal on this system: the text logs must stand alone
    source = "journalctl" if ctx.live else f"journalctl -D {folders[0]}"
    try:
        proc = journalctl([] if ctx.live else ["-D", str(folders[0])])
    except FileNotFoundError:
        for f in result.files:
            if f not in unreadable:
                with open(f, "rb") as fh:
                    result.texts.append((str(f), scan_journal_file(fh.read())))
        proc = None
    except subprocess.TimeoutExpired as exc:
        result.observations.append(failure(NAME, source, exc))
        return result
    if proc is not None:
        if proc.returncode != 0 and not proc.stdout:
            err = proc.stderr.decode("utf-8", "replace").strip()[:300]
            result.observations.append(failure(NAME, source, OSError(err or f"exit {proc.returncode}")))
            return result
        result.texts.append((source, proc.stdout))
    if not any(text.strip() for _, text in result.texts):
        result.observations.append(Observation("incomplete_evidence", source, {
            "reason": "journal_empty", "journal_files": len(result.files)}))
    return result


def read_identifiers(ctx: ProbeContext, identifiers: tuple[str, ...], probe: str, on_line) -> list[Observation]:
    """Feed ``on_line(source, raw line)`` every journal line (``short-iso``) of the given syslog
    identifiers (NetworkManager, sshd…), every boot kept, streamed (memory bounded). Without
    ``journalctl`` the files' uncompressed ``MESSAGE=`` payloads are scanned (no identifier, no time).
    Returns ``probe_failed`` observations: a journal file ``journalctl`` skips or cannot read is not
    an empty journal."""
    import tempfile
    import time

    files: list[Path] = []
    folders = [ctx.path(d) for d in (JOURNAL_DIRS_LIVE if ctx.live else JOURNAL_DIRS_ROOT)]
    for folder in folders:
        files += journal_files(folder)
    if not files:
        return []
    failed = [failure(probe, str(f), PermissionError("không có quyền đọc")) for f in files if not os.access(f, os.R_OK)]
    exe = shutil.which("journalctl")
    source = "journalctl" if ctx.live else f"journalctl -D {folders[0]}"
    if exe is None:
        for f in files:
            if os.access(f, os.R_OK):
                with open(f, "rb") as fh:
                    for line in scan_journal_file(fh.read()).splitlines():
                        on_line(str(f), line)
        return failed
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "TZ": "UTC",
           "SYSTEMD_PAGER": "", "SYSTEMD_COLORS": "0", "SYSTEMD_LOG_COLOR": "0"}
    # Without -q: journalctl then says on stderr which files it skipped ("uses an unsupported feature,
    # ignoring file", corrupted files) — a skipped file is a file not read, hence probe_failed.
    args = [exe, "--no-pager", "-o", "short-iso", *([] if ctx.live else ["-D", str(folders[0])]),
            *(f"SYSLOG_IDENTIFIER={i}" for i in identifiers)]
    deadline = time.monotonic() + TIMEOUT
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=errors, env=env)
        try:
            for line in proc.stdout:
                on_line(source, line.rstrip(b"\n"))
                if time.monotonic() > deadline:
                    raise subprocess.TimeoutExpired(args, TIMEOUT)
            proc.wait(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired as exc:
            proc.kill()
            proc.wait()
            return failed + [failure(probe, source, exc)]
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        finally:
            proc.stdout.close()
        errors.seek(0)
        err = errors.read(65536).decode("utf-8", "replace")
    skipped = [line for line in err.splitlines() if line.startswith("Journal file")
               or "ignoring file" in line or "corrupt" in line.lower()]
    if proc.returncode != 0 or skipped:
        reason = "; ".join(skipped[:3]) or err.strip()[:300] or f"exit {proc.returncode}"
        failed.append(failure(probe, source, OSError(f"journalctl không đọc được: {reason}")))
    return failed
