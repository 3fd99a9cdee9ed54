"""Only an approved secure USB drive may receive an export — no override.

The mount point must be a real mount point of a USB block device whose vendor id, product id and
serial are in the registry's approved list. Identification is pluggable (``identify``) and
defaults to :func:`app.hwcheck.usb_now.usb_identity_for_mountpoint`.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Iterable

from app.export.errors import ExportRefused

NOT_APPROVED = "không phải ổ USB an toàn đã được phê duyệt"


def _default_identify(mountpoint: str):
    try:
        from app.hwcheck.usb_now import usb_identity_for_mountpoint
    except ImportError as exc:  # fail closed
        raise ExportRefused("Không xác định được thiết bị tại điểm gắn; không thể xuất dữ liệu "
                            f"({exc}).") from exc
    return usb_identity_for_mountpoint(mountpoint)


def _norm(value: Any) -> str:
    return str(value or "").strip().lower()


def _triple(entry: Any) -> tuple[str, str, str]:
    if isinstance(entry, (tuple, list)):
        vendor, product, serial = entry
    else:
        vendor, product, serial = entry.vendor_id, entry.product_id, entry.serial
    return _norm(vendor), _norm(product), _norm(serial)


def check_target(mountpoint: str | os.PathLike, approved: Iterable[Any],
                 identify: Callable[[str], Any] | None = None) -> None:
    """Raise :class:`ExportRefused` unless ``mountpoint`` is an approved secure USB drive.

    ``approved``: (vendor_id, product_id, serial) tuples or objects with those attributes.
    ``identify(mountpoint)`` returns an object with vendor_id, product_id, serial, or None when
    the mount point is not a USB block device.
    """
    path = os.path.realpath(os.fspath(mountpoint))
    if not os.path.isdir(path):
        raise ExportRefused(f"{path} không tồn tại hoặc không phải thư mục; {NOT_APPROVED}.")
    if not os.path.ismount(path):
        raise ExportRefused(f"{path} là một thư mục thường, {NOT_APPROVED}. Chỉ được xuất ra "
                            "ổ USB an toàn có trong danh sách phê duyệt của cơ quan.")
    identity = (identify or _default_identify)(path)
    if identity is None:
        raise ExportRefused(f"Thiết bị gắn tại {path} không phải ổ USB, {NOT_APPROVED}.")
    vendor, product, serial = _triple(identity)
    if not serial:
        raise ExportRefused(f"Ổ USB tại {path} không có số sê-ri nên {NOT_APPROVED}.")
    allowed = {_triple(entry) for entry in approved}
    if (vendor, product, serial) not in allowed:
        raise ExportRefused(f"Ổ USB {vendor}:{product} sê-ri {serial} tại {path} {NOT_APPROVED}. "
                            "Không thể xuất dữ liệu ra ổ này.")
