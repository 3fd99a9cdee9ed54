"""Probe wrapper over :mod:`app.hwcheck.usb_now` (live only)."""
from __future__ import annotations

from dataclasses import asdict

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext
from app.hwcheck.usb_now import list_usb_storage

NAME = "usb_now"


def probe(ctx: ProbeContext, backend=None) -> list[Observation]:
    out = []
    for dev in list_usb_storage(backend):
        data = asdict(dev)
        out.append(Observation("usb_storage_now", f"live:udev:{dev.devnode}", data))
    return out
