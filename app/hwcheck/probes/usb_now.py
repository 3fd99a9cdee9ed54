"""Probe wrapper over :mod:`app.hwcheck.usb_now` (live only): USB drives, MTP/PTP phones and cameras,
and memory cards in SD/MMC readers attached now."""
from __future__ import annotations

from dataclasses import asdict

from app.hwcheck.model import Observation
from app.hwcheck.probes import usb_classes
from app.hwcheck.probes.common import ProbeContext
from app.hwcheck.usb_now import UdevBackend, list_phones, list_sd_cards, list_usb_storage

NAME = "usb_now"


def observations(backend) -> list[Observation]:
    out = []
    for dev in list_usb_storage(backend):
        out.append(Observation("usb_storage_now", f"live:udev:{dev.devnode}", asdict(dev)))
    out += [usb_classes.phone_now(d) for d in list_phones(backend)]
    out += [usb_classes.sd_card_now(c) for c in list_sd_cards(backend)]
    return out


def probe(ctx: ProbeContext, backend=None) -> list[Observation]:
    return observations(backend or UdevBackend())
