"""For an inspection of another disk: does the root look like a system this check understands?

An empty or wrong folder must not pass for a clean machine; a Windows disk is read for browser
histories only (its registry records of networks and USB drives are not read), which is said.
"""
from __future__ import annotations

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext

NAME = "root_layout"


def probe(ctx: ProbeContext) -> list[Observation]:
    has = {}
    for name in ("etc", "var", "home", "Users", "Windows"):
        try:  # a link (``/home -> /data/home``) is followed inside the root, never on this machine
            has[name] = ctx.path("/" + name).is_dir()
        except OSError:  # link loop: not a usable folder
            has[name] = False
    if has["etc"] and (has["var"] or has["home"]):
        return []
    if has["Windows"] or has["Users"]:
        return [Observation("incomplete_evidence", str(ctx.root), {"reason": "windows_disk"})]
    return [Observation("probe_failed", str(ctx.root), {
        "probe": NAME, "error": "thư mục gốc không có /etc, /var hoặc /home của một hệ điều hành"})]
