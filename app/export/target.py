"""Only an approved secure USB drive may receive an export — no override.

The mount point must be a real mount point of a USB block device whose vendor id, product id and
serial are in the registry's approved list. It is resolved and opened once (:class:`OpenDirectory`);
the checks look at that open directory and the files are written through it, so re-pointing the
path (a symlink, an unmount) between the check and the write changes nothing. Identification is pluggable (``identify``) and
defaults to :func:`app.hwcheck.usb_now.usb_identity_for_mountpoint`.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Iterable

from app.export.errors import ExportRefused
from app.export.mounts import fd_is_mount_root, mount_of_fd

NOT_APPROVED = "không phải ổ USB an toàn đã được phê duyệt"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


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


class OpenDirectory:
    """A directory resolved and opened once; checks and writes both use ``fd``."""

    def __init__(self, path: str | os.PathLike, missing: str | None = None):
        self.path = os.path.realpath(os.fspath(path))
        try:
            self.fd = os.open(self.path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC | _NOFOLLOW)
        except OSError:
            self.fd = -1
            raise ExportRefused((missing or "{path} không tồn tại hoặc không phải thư mục; " + NOT_APPROVED + ".")
                                .format(path=self.path)) from None

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> "OpenDirectory":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _bind(identity: Any, directory: OpenDirectory) -> None:
    """The drive that was identified must be the device of the directory we opened (when the
    identity names its device nodes, as the real udev one does)."""
    nodes = [n for n in (getattr(identity, "devnode", None), *(getattr(identity, "partitions", ()) or ())) if n]
    if not nodes:
        return
    dev = os.fstat(directory.fd).st_dev
    present = []
    for node in nodes:
        try:
            present.append(os.stat(node).st_rdev)
        except OSError:
            continue
    if not present or dev in present:   # no node left (drive pulled: the write fails) or the same device
        return
    raise ExportRefused(f"Thiết bị tại {directory.path} đã thay đổi trong lúc kiểm tra, {NOT_APPROVED}.")


def is_approved(identity: Any, approved: Iterable[Any]) -> bool:
    vendor, product, serial = _triple(identity)
    return bool(serial) and (vendor, product, serial) in {_triple(entry) for entry in approved}


def open_target(mountpoint: str | os.PathLike, approved: Iterable[Any],
                identify: Callable[[str], Any] | None = None) -> OpenDirectory:
    """Open ``mountpoint`` once and check *that open directory*: it is the root of a mounted USB
    drive whose vendor id, product id and serial are approved. Raises :class:`ExportRefused`;
    on success the caller writes through ``result.fd`` and closes it."""
    directory = OpenDirectory(mountpoint)
    try:
        _check_open(directory, approved, identify)
    except BaseException:
        directory.close()
        raise
    return directory


def _check_open(directory: OpenDirectory, approved: Iterable[Any], identify) -> None:
    path = directory.path
    if not fd_is_mount_root(directory.fd):
        raise ExportRefused(f"{path} là một thư mục thường, {NOT_APPROVED}. Chỉ được xuất ra "
                            "ổ USB an toàn có trong danh sách phê duyệt của cơ quan.")
    mount = mount_of_fd(directory.fd)
    if mount is not None and mount.network:
        raise ExportRefused(f"{path} là ổ mạng ({mount.fstype}), {NOT_APPROVED}.")
    identity = (identify or _default_identify)(path)
    if identity is None:
        raise ExportRefused(f"Thiết bị gắn tại {path} không phải ổ USB, {NOT_APPROVED}.")
    vendor, product, serial = _triple(identity)
    if not serial:
        raise ExportRefused(f"Ổ USB tại {path} không có số sê-ri nên {NOT_APPROVED}.")
    if not is_approved(identity, approved):
        raise ExportRefused(f"Ổ USB {vendor}:{product} sê-ri {serial} tại {path} {NOT_APPROVED}. "
                            "Không thể xuất dữ liệu ra ổ này.")
    _bind(identity, directory)


def check_target(mountpoint: str | os.PathLike, approved: Iterable[Any],
                 identify: Callable[[str], Any] | None = None) -> None:
    """Raise :class:`ExportRefused` unless ``mountpoint`` is an approved secure USB drive.

    ``approved``: (vendor_id, product_id, serial) tuples or objects with those attributes.
    ``identify(mountpoint)`` returns an object with vendor_id, product_id, serial (and, from udev,
    devnode and partitions), or None when the mount point is not a USB block device.
    """
    open_target(mountpoint, approved, identify).close()
