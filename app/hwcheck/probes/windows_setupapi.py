"""``Windows/INF/setupapi.dev.log`` (and its rotated ``setupapi.dev.YYYYMMDD_hhmmss.log``): Windows
writes one section per device installation, with the device instance id and the local start time::

    >>>  [Device Install (Hardware initiated) - USBSTOR\\Disk&Ven_SanDisk&Prod_Cruzer_Blade&Rev_1.00\\4C53…&0]
    >>>  Section start 2019/02/13 10:23:53.456

The first installation of a drive is the first time it was ever plugged in — the time USBDeview and
plaso (``setupapi`` parser) report. Times are the machine's local time (no zone in the file).
"""
from __future__ import annotations

import re

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure
from app.hwcheck.probes.windows_devices import DeviceBook, parse_usb, parse_usbstor
from app.hwcheck.probes.windows_paths import glob, regular_file

NAME = "windows_setupapi"
LIMIT = 256 << 20
# A device-install section header and the start line right after it (setupapi writes them together).
# Only USB-side ids matter (USB\\, USBSTOR\\, SWD\\WPDBUSENUM\\): one regex over the whole text is
# about twenty times faster than a Python loop over the lines of a 10 MB log.
_SECTION = re.compile(
    r"^>>>\s+\[[^\]\r\n]*?Device Install[^\]\r\n]*? - (?P<device>(?:USBSTOR|USB|SWD)\\[^\]\r\n]+)\]\s*\r?\n"
    r"(?:>>>\s+Section start (\d{4})/(\d{2})/(\d{2}) (\d{2}:\d{2}:\d{2}))?",
    re.IGNORECASE | re.MULTILINE)


def parse(text: str) -> list[tuple[str, str | None]]:
    """(device instance id, local ISO start time) of every USB device-install section."""
    return [(m["device"].strip(), f"{m[2]}-{m[3]}-{m[4]}T{m[5]}" if m[2] else None)
            for m in _SECTION.finditer(text)]


def read_devices(ctx: ProbeContext, book: DeviceBook) -> list[Observation]:
    out = []
    paths = glob(ctx.root, "Windows/INF/setupapi.dev*.log")
    if not paths:  # Windows writes it from installation on: its absence is a gap, said as such
        out.append(Observation("incomplete_evidence", str(ctx.root / "Windows/INF"),
                               {"reason": "windows_setupapi_missing"}))
    for path in paths:
        try:
            regular_file(path, LIMIT)
            with open(path, "rb") as fh:
                sections = parse(fh.read().decode("utf-8", errors="replace"))
        except OSError as exc:
            out.append(failure(NAME, str(path), exc))
            continue
        source = f"{path}:setupapi"
        for device, when in sections:
            upper = device.upper()
            if upper.startswith("USBSTOR\\"):
                info = parse_usbstor(device)
                if info:
                    book.add_usbstor(info, source, when)
            elif upper.startswith("USB\\"):
                info = parse_usb(device)
                if info and not info["interface"]:
                    # only USB devices already classed by the registry are merged (by serial); a
                    # USB mouse or hub installed here stays out
                    for kind in ("storage", "portable", "tethering"):
                        if (kind, info["serial"].lower()) in book.devices:
                            book.add_usb(info, kind, source, when)
            elif upper.startswith("SWD\\WPDBUSENUM\\") and "USBSTOR" in upper:
                info = parse_usbstor(device)
                if info:
                    book.add_usbstor(info, source, when, medium=True)
    return out
