"""Atomic write to a removable drive: temporary name, fsync, read back and compare, rename.

A full drive, a pulled drive or an I/O error leaves no file that looks complete: the data goes to
``.somat-partial-<random>`` and only a verified copy is renamed to its final name.
"""
from __future__ import annotations

import errno
import hashlib
import os
import secrets

from app.export.errors import ExportError

PARTIAL_PREFIX = ".somat-partial-"
_CHUNK = 1 << 20
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_GONE = {errno.EIO, errno.ENODEV, errno.ENOENT, errno.ENXIO, errno.ESHUTDOWN, errno.ENOTDIR,
         errno.ESTALE, errno.EBADF, errno.ENOMEDIUM}


def describe(exc: OSError, filename: str) -> str:
    """A Vietnamese sentence for an OSError during export."""
    if exc.errno in _FULL:
        return (f"Ổ đĩa đầy: không đủ chỗ để ghi {filename}. Không có tệp nào được tạo; hãy giải "
                "phóng dung lượng hoặc dùng ổ USB an toàn khác rồi xuất lại.")
    if exc.errno in _GONE:
        return (f"Ổ USB đã bị rút hoặc lỗi đọc ghi khi ghi {filename} ({os.strerror(exc.errno)}). "
                "Tệp chưa hoàn chỉnh đã bị loại bỏ; hãy cắm lại ổ và xuất lại.")
    if exc.errno == errno.EROFS:
        return "Ổ USB đang ở chế độ chỉ đọc (khóa ghi); không thể xuất dữ liệu."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "Không có quyền ghi vào ổ USB; không thể xuất dữ liệu."
    return f"Lỗi ghi {filename}: {exc.strerror or exc}. Tệp chưa hoàn chỉnh đã bị loại bỏ."


def _fsync_dir(directory: str) -> None:
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view[:_CHUNK])
        if written <= 0:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


def _read_hash(path: str) -> str:
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY)
    try:
        if hasattr(os, "posix_fadvise"):   # read from the device, not the page cache, if we can
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        while chunk := os.read(fd, _CHUNK):
            digest.update(chunk)
    finally:
        os.close(fd)
    return digest.hexdigest()


def write_atomically(directory: str | os.PathLike, filename: str, data: bytes) -> str:
    """Write ``data`` as ``directory/filename`` atomically; returns its SHA-256 (hex).

    Raises :class:`ExportError` (Vietnamese message) and leaves no partial file on any failure,
    including when a file of that name already exists (it is never overwritten).
    """
    directory = os.fspath(directory)
    if os.sep in filename or filename.startswith(".") or not filename:
        raise ExportError(f"Tên tệp không hợp lệ: {filename!r}")
    final = os.path.join(directory, filename)
    if os.path.lexists(final):
        raise ExportError(f"Trên ổ đã có tệp {filename}; không ghi đè. Hãy đổi tên hoặc xóa tệp cũ.")
    expected = hashlib.sha256(data).hexdigest()
    partial = os.path.join(directory, PARTIAL_PREFIX + secrets.token_hex(8))
    fd = None
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        _write_all(fd, data)
        os.fsync(fd)
        os.close(fd)
        fd = None
        actual = _read_hash(partial)
        if actual != expected:
            raise ExportError(f"Dữ liệu đọc lại từ ổ USB không khớp khi ghi {filename} (mã băm "
                              "khác nhau): ổ có thể bị lỗi. Tệp đã bị loại bỏ.")
        os.rename(partial, final)
        _fsync_dir(directory)
        return expected
    except OSError as exc:
        _cleanup(fd, partial)
        raise ExportError(describe(exc, filename)) from exc
    except BaseException:
        _cleanup(fd, partial)
        raise


def _cleanup(fd: int | None, partial: str) -> None:
    if fd is not None:
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        os.unlink(partial)
    except OSError:
        pass
