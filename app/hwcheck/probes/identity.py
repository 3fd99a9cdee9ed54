"""Machine identity for the security tag: ``/etc/machine-id`` (under the root) and, live only, the
DMI product UUID (``/sys/class/dmi/id/product_uuid``, readable by root only)."""
from __future__ import annotations

import re

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, read_bytes

NAME = "identity"
MACHINE_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")
DMI_UUID = "/sys/class/dmi/id/product_uuid"


def parse_machine_id(text: str) -> str | None:
    value = text.strip().lower()
    return value if re.fullmatch(r"[0-9a-f]{32}", value) else None


def probe(ctx: ProbeContext, dmi_path: str = DMI_UUID) -> list[Observation]:
    data: dict = {"machine_id": None, "machine_id_source": None, "dmi_uuid": None, "dmi_note": None}
    failures: list[Observation] = []
    for inside in MACHINE_ID_FILES:
        path = ctx.path(inside)
        try:
            value = parse_machine_id(read_bytes(path, 4096).decode("ascii", errors="replace"))
        except FileNotFoundError:
            continue
        except OSError as exc:  # FIFO, device, link loop: fail closed, try the next file
            failures.append(failure(NAME, str(path), exc))
            continue
        if value:
            data.update(machine_id=value, machine_id_source=str(path))
            break
    if ctx.live:
        try:
            with open(dmi_path, encoding="ascii", errors="replace") as fh:
                data["dmi_uuid"] = fh.read().strip().lower() or None
        except OSError as exc:
            data["dmi_note"] = f"{type(exc).__name__}: {exc.strerror or exc}"
    else:
        data["dmi_note"] = "không đọc được DMI UUID khi kiểm tra ổ đĩa của máy khác"
    return [Observation("identity", data["machine_id_source"] or str(ctx.path(MACHINE_ID_FILES[0])), data),
            *failures]
