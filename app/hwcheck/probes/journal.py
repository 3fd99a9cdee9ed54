"""Kernel messages (and the udev helpers ``mtp-probe``/``usbmuxd``) kept by the systemd journal.

Every journal file is named to ``journalctl --file`` (never ``-D``: with ``-D`` journalctl silently
skips a file it cannot open — unknown incompatible header flags, truncation — and answers "No
entries", which would make an unreadable journal look like an empty one). Before that each file's
header is checked here (signature ``LPKSHHRH``, ``incompatible_flags`` at offset 12) so the finding
can say why; a file journalctl still refuses is found by trying the files one by one. A file that
cannot be read is a ``probe_failed`` observation: the check fails closed. Output is streamed in
pieces, never held whole. Without ``journalctl``, the ``MESSAGE=`` fields stored uncompressed in the
files are scanned directly (those lines carry no time).
"""
from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import (
    CHUNK, MAX_STREAM, ProbeContext, TooLarge, failure, list_dir, open_regular, read_bytes,
)

NAME = "journal"
JOURNAL_DIRS_LIVE = ("/var/log/journal", "/run/log/journal")
JOURNAL_DIRS_ROOT = ("/var/log/journal",)
TIMEOUT = 120
SIGNATURE = b"LPKSHHRH"
# Header incompatible flags systemd knows (src/libsystemd/sd-journal/journal-def.h): XZ, LZ4,
# keyed hash, ZSTD, compact. Any other bit means a format this reader and journalctl cannot read.
KNOWN_INCOMPATIBLE = 0x1 | 0x2 | 0x4 | 0x8 | 0x10
# Kernel lines, plus the udev helpers whose lines prove a phone or camera (see usb_history.py).
MATCHES = ("_TRANSPORT=kernel", "+", "SYSLOG_IDENTIFIER=mtp-probe", "+", "SYSLOG_IDENTIFIER=usbmuxd")
_MESSAGE = re.compile(rb"MESSAGE=([^\x00-\x08\x0a-\x1f]{1,2000})")


@dataclass
class JournalRead:
    texts: list[tuple[str, bytes]] = field(default_factory=list)  # (source, text) without journalctl
    observations: list[Observation] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    # (source, function giving the output in pieces); the function appends failures to observations
    streams: list[tuple[str, Callable[[], Iterator[bytes]]]] = field(default_factory=list)


def journal_files(folder: Path) -> list[Path]:
    found = []
    for entry in list_dir(folder):
        if entry.name.endswith((".journal", ".journal~")):
            found.append(entry)
        else:  # a machine-id folder (list_dir resolves a link inside the root; [] for a plain file)
            found += [f for f in list_dir(entry) if f.name.endswith((".journal", ".journal~"))]
    return found


def header_problem(path: Path) -> str | None:
    """Why the file is not a journal this check can read (Vietnamese), or None. Raises OSError for
    a file that cannot be opened (FIFO, device, link loop, permission)."""
    with open_regular(path) as fh:
        head = fh.read(24)
    if len(head) < 24 or head[:8] != SIGNATURE:
        return "không phải tệp systemd journal hợp lệ (sai chữ ký đầu tệp hoặc tệp bị cắt cụt)"
    incompatible = struct.unpack_from("<I", head, 12)[0]
    unknown = incompatible & ~KNOWN_INCOMPATIBLE
    if unknown:
        return (f"tệp journal dùng tính năng không được hỗ trợ (cờ incompatible_flags 0x{unknown:x}); "
                "journalctl bỏ qua tệp này nên không đọc được nhật ký trong đó")
    return None


def _env() -> dict:
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "TZ": "UTC",
            "SYSTEMD_PAGER": "", "SYSTEMD_COLORS": "0", "SYSTEMD_LOG_COLOR": "0"}


def _exe() -> str:
    exe = shutil.which("journalctl")
    if exe is None:
        raise FileNotFoundError("journalctl")
    return exe


def journalctl(args: list[str], matches=MATCHES) -> subprocess.CompletedProcess:
    """``journalctl`` with ``args`` (whole output; for small answers)."""
    return subprocess.run([_exe(), "--no-pager", "-q", "-o", "short-iso", *args, *matches],
                          capture_output=True, timeout=TIMEOUT, env=_env(), check=False)


class JournalError(OSError):
    pass


def stream(args: list[str], matches=MATCHES, limit: int = MAX_STREAM) -> Iterator[bytes]:
    """``journalctl`` output in pieces ending at line ends. Raises :class:`JournalError` when
    journalctl fails (its message), :class:`TooLarge` past ``limit`` bytes, ``TimeoutError``."""
    errors = tempfile.TemporaryFile()  # a file, not a pipe: a chatty stderr cannot stall journalctl
    proc = subprocess.Popen([_exe(), "--no-pager", "-q", "-o", "short-iso", *args, *matches],
                            stdout=subprocess.PIPE, stderr=errors, env=_env())
    timer = threading.Timer(TIMEOUT, proc.kill)
    timer.start()
    total, carry = 0, b""
    try:
        while block := proc.stdout.read(CHUNK):
            total += len(block)
            if total > limit:
                raise TooLarge(27, f"đầu ra journalctl quá lớn (hơn {limit // (1 << 20)} MiB), không đọc hết được")
            data = carry + block
            cut = data.rfind(b"\n") + 1
            carry = data[cut:]
            if cut:
                yield data[:cut]
        if carry:
            yield carry
        code = proc.wait()
        errors.seek(0)
        err = errors.read(4096).decode("utf-8", "replace").strip()
        if not timer.is_alive():
            raise TimeoutError(f"journalctl chạy quá {TIMEOUT} giây")
        if code != 0:
            raise JournalError(err[:300] or f"journalctl exit {code}")
    finally:
        timer.cancel()
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stdout.close()
        errors.close()


def scan_journal_file(data: bytes) -> bytes:
    """``MESSAGE=`` payloads found in a journal file's bytes, one per line (no times). Never raises."""
    return b"\n".join(m.group(1) for m in _MESSAGE.finditer(data))


def _refused(files: list[Path]) -> list[tuple[Path, str]]:
    """The files journalctl refuses when named alone, with its message."""
    bad = []
    for f in files:
        proc = journalctl(["--file", str(f), "-n", "1"], matches=())
        if proc.returncode != 0:
            bad.append((f, proc.stderr.decode("utf-8", "replace").strip()[:300] or f"exit {proc.returncode}"))
    return bad


def read_journal(ctx: ProbeContext) -> JournalRead:
    result = JournalRead()
    folders = [ctx.path(d) for d in (JOURNAL_DIRS_LIVE if ctx.live else JOURNAL_DIRS_ROOT)]
    for folder in folders:
        result.files += journal_files(folder)
    good: list[Path] = []
    for f in result.files:
        try:
            problem = header_problem(f)
        except Exception as exc:  # noqa: BLE001 - FIFO, device, loop, permission: fail closed
            result.observations.append(failure(NAME, str(f), exc))
            continue
        if problem:
            result.observations.append(Observation("probe_failed", str(f), {"probe": NAME, "error": problem}))
        else:
            good.append(f)
    if not good:
        return result  # no journal on this system (the text logs must stand alone), or none readable
    source = "journalctl" if ctx.live else f"journalctl {folders[0]}"
    if shutil.which("journalctl") is None:
        for f in good:
            try:
                result.texts.append((str(f), scan_journal_file(read_bytes(f))))
            except Exception as exc:  # noqa: BLE001
                result.observations.append(failure(NAME, str(f), exc))
        if not any(t.strip() for _, t in result.texts):
            result.observations.append(Observation("incomplete_evidence", source, {
                "reason": "journal_empty", "journal_files": len(result.files)}))
        return result

    def pieces() -> Iterator[bytes]:
        files = list(good)
        seen_text = False
        try:
            for attempt in range(2):
                try:
                    for piece in stream([a for f in files for a in ("--file", str(f))]):
                        seen_text = seen_text or bool(piece.strip())
                        yield piece
                    break
                except JournalError:
                    bad = _refused(files) if attempt == 0 else []
                    if not bad:
                        raise
                    for f, message in bad:
                        result.observations.append(failure(NAME, str(f), JournalError(
                            f"journalctl không mở được tệp này: {message}")))
                    files = [f for f in files if f not in {b for b, _ in bad}]
                    if not files:
                        return
        except Exception as exc:  # noqa: BLE001 - fail closed: what was read still counts
            result.observations.append(failure(NAME, source, exc))
            return
        if not seen_text:
            result.observations.append(Observation("incomplete_evidence", source, {
                "reason": "journal_empty", "journal_files": len(result.files)}))

    result.streams.append((source, pieces))
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
