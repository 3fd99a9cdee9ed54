"""USB device classes that move files besides USB drives: MTP/PTP phones and cameras, iPhones,
memory cards in card readers — how they are recognised and how each becomes an observation.

Which USB ids are phones and cameras is not a list kept here: it is read from the udev hwdb files of
libgphoto2 (``20-libgphoto2-6.hwdb``) and libmtp (``69-libmtp.hwdb``) on the inspected system and on
this one (``ID_GPHOTO2=1``/``ID_MTP_DEVICE=1``), plus the product-name words of
``resources/hwcheck_rules/usb.toml``.
"""
from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

from app import paths
from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, confined_to, list_dir, open_regular, resolve_in_root

RULES = ("hwcheck_rules", "usb.toml")
_HWDB_MATCH = re.compile(r"^usb:v([0-9A-Fa-f]{4})p([0-9A-Fa-f]{4})\*?\s*$")
HWDB_LIMIT = 16 * 1024 * 1024
TRACES_VI = {"mtp-probe": "udev mtp-probe nhận là thiết bị MTP", "usbmuxd": "usbmuxd kết nối iPhone/iPad",
             "hwdb": "có trong danh sách thiết bị MTP/PTP của libgphoto2/libmtp",
             "product": "tên sản phẩm là điện thoại/máy ảnh"}


@functools.cache
def config() -> dict[str, Any]:
    with open(paths.RESOURCES.joinpath(*RULES), "rb") as fh:
        return tomllib.load(fh)["usb_classes"]


def phone_words() -> tuple[str, ...]:
    return tuple(config()["phone_words"])


@functools.lru_cache(maxsize=32)
def _hwdb_ids(path: str, size: int, mtime_ns: int, root: str) -> frozenset:
    wanted = tuple(f" {p}=1" for p in config()["hwdb_properties"])
    ids: set = set()
    pending: list = []
    with confined_to(Path(root)), open_regular(Path(path)) as fh:
        text = fh.read(HWDB_LIMIT).decode("utf-8", "replace")
    for line in text.splitlines():
        m = _HWDB_MATCH.match(line)
        if m:
            pending.append((m.group(1).lower(), m.group(2).lower()))
        elif line.startswith(" "):
            if line.rstrip() in wanted:
                ids.update(pending)
        elif not line.strip() or line.startswith("#"):
            if not line.strip():
                pending = []
        else:
            pending = []
    return frozenset(ids)


def phone_ids(ctx: ProbeContext) -> frozenset:
    """``(vendor_id, product_id)`` of MTP/PTP devices known to the hwdb of the inspected system and of
    the running one. Unreadable hwdb files are skipped: the list only adds recognition."""
    ids: set = set()
    for root in dict.fromkeys([ctx.root, Path("/")]):  # the inspected system's hwdb, then this one's
        with confined_to(root):
            for folder in config()["hwdb_dirs"]:
                try:
                    files = list_dir(resolve_in_root(root, folder))
                except OSError:
                    continue
                for f in files:
                    if f.suffix != ".hwdb" or not ("gphoto" in f.name or "mtp" in f.name):
                        continue
                    try:
                        st = f.stat()
                        ids |= _hwdb_ids(str(f), st.st_size, st.st_mtime_ns, str(root))
                    except (OSError, ValueError):
                        continue
    return frozenset(ids)


def _describe(d: dict) -> str:
    from app.hwcheck.policy import describe_usb

    return describe_usb(d)


def _vn(iso: str | None) -> str:
    from app.hwcheck.policy import vn_time

    return vn_time(iso)


def device_vi(d: dict) -> str:
    name = " ".join(str(x) for x in (d.get("manufacturer"), d.get("product")) if x).lower()
    if d.get("vendor_id") == "05ac" or "usbmuxd" in d.get("traces", ()) or re.search(r"\bi(phone|pad|pod)\b", name):
        return "thiết bị Apple (iPhone/iPad)"
    if re.search(r"\b(camera|dsc|gopro|ptp)\b", name):
        return "máy ảnh số"
    return "điện thoại/máy tính bảng"


def phone_history(dev: dict) -> Observation:
    d = dict(dev)
    d.update(describe=_describe(d), device_vi=device_vi(d),
             traces_vi="; ".join(TRACES_VI.get(t, t) for t in d.get("traces", ())),
             first_seen_vi=_vn(d.get("first_seen")), last_seen_vi=_vn(d.get("last_seen")))
    return Observation("usb_phone_history", d["sources"][0], d)


def reader_empty(dev: dict) -> Observation:
    d = dict(dev)
    d["describe"] = _describe(d)
    return Observation("usb_reader_empty_history", d["sources"][0], d)


def sd_card_history(card: dict) -> Observation:
    d = dict(card)
    d.update(first_seen_vi=_vn(d.get("first_seen")), last_seen_vi=_vn(d.get("last_seen")))
    return Observation("sd_card_history", d["sources"][0], d)


def pairing_record(source: str, udid: str, wifi_mac: str | None, modified: str | None) -> Observation:
    return Observation("ios_pairing_record", source, {
        "udid": udid, "wifi_mac": wifi_mac, "modified": modified, "modified_vi": _vn(modified),
        "wifi_part": f", địa chỉ Wi-Fi {wifi_mac}" if wifi_mac else ""})


def phone_now(dev: dict) -> Observation:
    d = dict(dev)
    d.update(describe=_describe(d), device_vi=device_vi(d))
    return Observation("usb_phone_now", f"live:udev:{d.get('devnode') or d.get('syspath')}", d)


def sd_card_now(card: dict) -> Observation:
    d = dict(card)
    d["size"] = f"{(d.get('size_bytes') or 0) / 1e9:.1f} GB"
    return Observation("sd_card_now", f"live:udev:{d.get('devnode')}", d)
