"""Printing a finished PDF through CUPS without a file of ours on disk.

The PDF bytes are streamed to ``lp`` (cups-client) on its standard input: ``lp -d QUEUE -``. ``lp``
sends them over IPP to cupsd as they come (no temporary file, unlike ``lpr`` or Qt's CUPS engine,
which write one). The one remaining copy is cupsd's own spool file, which the installer makes cupsd
delete as soon as the job is done (``PreserveJobFiles No``, see docs/SECURITY.md).

The job title sent to CUPS is neutral ("Sổ Mật"): CUPS keeps job titles in its history and page log,
so the paper's own title (which may name a document) is not given to it. What was printed is recorded
in the registry's audit log instead (``record_print``).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass

from app.services.errors import SomatError

JOB_TITLE = "Sổ Mật"
TIMEOUT_S = 120


class PrintError(SomatError):
    """Printing could not start; the message says why and what to do."""


@dataclass(frozen=True)
class PrintJob:
    queue: str
    job_id: str
    copies: int
    pages: str | None


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise PrintError(f"Máy này chưa có lệnh in «{name}» của CUPS (gói cups-client), nên chưa in được. "
                         "Nhờ cán bộ quản trị cài gói cups-client rồi in lại.")
    return path


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["LC_ALL"] = "C"  # lp/lpstat messages are parsed
    return env


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(args, input=stdin, capture_output=True, env=_env(), timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise PrintError("Dịch vụ in (CUPS) không trả lời. Kiểm tra máy in và dịch vụ in rồi thử lại.") from exc


def queues() -> list[str]:
    """The CUPS destinations (printer queues) this machine knows; [] when CUPS is not running."""
    result = _run([_tool("lpstat"), "-e"])
    if result.returncode != 0:
        return []
    return [line.strip() for line in result.stdout.decode("utf-8", "replace").splitlines() if line.strip()]


def default_queue() -> str | None:
    result = _run([_tool("lpstat"), "-d"])
    match = re.search(r"system default destination:\s*(\S+)", result.stdout.decode("utf-8", "replace"))
    return match.group(1) if match else None


PAGES_RE = re.compile(r"^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$")


def submit(pdf: bytes, queue: str, *, copies: int = 1, pages: str | None = None) -> PrintJob:
    """Stream ``pdf`` to ``queue``; returns the CUPS job once cupsd has accepted it."""
    if not pdf.startswith(b"%PDF"):
        raise PrintError("Bản in không phải tệp PDF hợp lệ; không gửi tới máy in.")
    if not queue:
        raise PrintError("Chưa chọn máy in.")
    if not 1 <= copies <= 99:
        raise PrintError("Số bản in phải từ 1 đến 99.")
    pages = (pages or "").replace(" ", "") or None
    if pages is not None and not PAGES_RE.match(pages):
        raise PrintError("Khoảng trang không hợp lệ. Ví dụ đúng: 1-3,5.")
    args = [_tool("lp"), "-d", queue, "-t", JOB_TITLE, "-n", str(copies)]
    if pages:
        args += ["-P", pages]
    args.append("-")  # the document comes on standard input
    result = _run(args, stdin=pdf)
    out = result.stdout.decode("utf-8", "replace")
    match = re.search(r"request id is (\S+)", out)
    if result.returncode != 0 or match is None:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PrintError(f"Máy in «{queue}» không nhận lệnh in. Kiểm tra máy in đã bật và dịch vụ in (CUPS) đang "
                         f"chạy rồi in lại. (CUPS: {detail[-1] if detail else result.returncode})")
    return PrintJob(queue=queue, job_id=match.group(1), copies=copies, pages=pages)


def record_print(session, actor, paper: str, job: PrintJob, page_count: int) -> None:
    """The audit event of one print job (the registry is the record of every paper output)."""
    from app.services import audit

    audit.record(session, "print.submit", actor=actor.username, paper=paper, queue=job.queue, job=job.job_id,
                 copies=job.copies, pages=job.pages or f"1-{page_count}")
