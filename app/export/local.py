"""A PDF the user asked to save (``somat logbook --out``, ``report … --out``, the GUI's "save as").

It leaves the registry, so it is always AES-256 encrypted with a password the user gives, and it is
written only to this machine's own disks or to an approved secure USB drive: a network filesystem
(NFS, SMB, sshfs or any FUSE mount) or a removable drive that is not approved is refused. The target
directory is resolved and opened once; the checks look at that open directory and the file is
written through it (no gap between "this is a local disk" and the write).
"""
from __future__ import annotations

import os
from typing import Any, Callable, Iterable

from app.export.atomic import write_atomically
from app.export.encrypt import check_password, encrypt_pdf
from app.export.errors import ExportRefused
from app.export.mounts import block_is_removable, mount_of_fd
from app.export import target as _target
from app.export.target import OpenDirectory, _bind, is_approved

REMOVABLE_REFUSED = ("{path} nằm trên ổ di động chưa được phê duyệt. Tệp PDF chỉ được lưu trên ổ cứng của "
                     "máy này hoặc trên ổ USB an toàn có trong danh sách phê duyệt của cơ quan.")
NETWORK_REFUSED = ("{path} nằm trên ổ mạng ({fstype}); không được lưu tài liệu BMNN ra ổ mạng. Hãy chọn "
                   "thư mục trên ổ cứng của máy này.")


def _identify_quietly(identify: Callable[[str], Any] | None, path: str):
    try:
        return (identify or _target._default_identify)(path)
    except Exception:  # noqa: BLE001 - udev unreadable: the sysfs check still sees USB and removable devices
        return None


def open_output_dir(directory: str | os.PathLike, approved: Iterable[Any],
                    identify: Callable[[str], Any] | None = None,
                    mountinfo: str | None = None) -> OpenDirectory:
    """Open ``directory`` once and refuse (``ExportRefused``) a network filesystem or a removable
    drive that is not approved. ``identify`` / ``mountinfo`` are for tests (default: udev and
    ``/proc/self/mountinfo``)."""
    target = OpenDirectory(directory, "Thư mục {path} không tồn tại; hãy chọn thư mục có sẵn để lưu tệp PDF.")
    try:
        path = target.path
        mount = mount_of_fd(target.fd, mountinfo)
        if mount is not None and mount.network:
            raise ExportRefused(NETWORK_REFUSED.format(path=path, fstype=mount.fstype))
        dev = os.fstat(target.fd).st_dev
        identity = _identify_quietly(identify, path)
        if identity is not None or block_is_removable(os.major(dev), os.minor(dev)):
            if identity is None or not is_approved(identity, approved):
                raise ExportRefused(REMOVABLE_REFUSED.format(path=path))
            _bind(identity, target)
    except BaseException:
        target.close()
        raise
    return target


def save_encrypted_file(path: str | os.PathLike, data: bytes, approved: Iterable[Any], *,
                        identify: Callable[[str], Any] | None = None, mountinfo: str | None = None,
                        replace: bool = True) -> tuple[str, str]:
    """Write already-encrypted ``data`` as ``path`` after the destination checks above, through the
    opened directory. Returns (resolved path, SHA-256). Raises ``ExportError``."""
    directory, name = os.path.split(os.path.abspath(os.fspath(path)))
    with open_output_dir(directory, approved, identify, mountinfo) as target:
        digest = write_atomically(target.path, name, data, dir_fd=target.fd, replace=replace)
        return os.path.join(target.path, name), digest


def save_pdf(path: str | os.PathLike, pdf_bytes: bytes, password: str, approved: Iterable[Any], *,
             identify: Callable[[str], Any] | None = None, mountinfo: str | None = None) -> tuple[str, str]:
    """Encrypt ``pdf_bytes`` (AES-256) with ``password`` and write it as ``path`` (replacing a file of
    that name). Returns (resolved path, SHA-256 of the encrypted file). Raises ``ExportError``."""
    check_password(password)
    return save_encrypted_file(path, encrypt_pdf(pdf_bytes, password), approved, identify=identify,
                               mountinfo=mountinfo)
