"""For an inspection of another disk: does the root look like a system this check understands?

An empty or wrong folder must not pass for a clean machine. A Windows system disk (``Windows/System32``
in any case) is read by the ``windows_*`` probes, which fail closed on an unreadable registry.
"""
from __future__ import annotations

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext
from app.hwcheck.probes.windows_paths import is_windows_root

NAME = "root_layout"


def probe(ctx: ProbeContext) -> list[Observation]:
    has = {}
    for name in ("etc", "var", "home"):
        try:  # a link (``/home -> /data/home``) is followed inside the root, never on this machine
            has[name] = ctx.path("/" + name).is_dir()
        except OSError:  # link loop: not a usable folder
            has[name] = False
    try:
        windows = is_windows_root(ctx.root)
    except OSError:  # link loop
        windows = False
    if (has["etc"] and (has["var"] or has["home"])) or windows:
        return []
    return [Observation("probe_failed", str(ctx.root), {
        "probe": NAME,
        "error": "thư mục gốc không có /etc, /var hoặc /home của Linux, cũng không có Windows/System32"})]
