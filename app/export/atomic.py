"""Atomic write to a removable drive: temporary name, fsync, read back and compare, rename.

A full drive, a pulled drive or an I/O error leaves no file that looks complete: the data goes to
``.somat-partial-<random>`` and only a verified copy is renamed to its final name. Everything goes
through one open directory descriptor (``dir_fd``): the directory that was checked is the directory
written, whatever happens to the path in between.
"""
from __future__ import annotations

import errno
import hashlib
import os
import secrets

from app.export.errors import ExportError

PARTIAL_PREFIX = ".somat-partial-"
_CHUNK = 1 << 20
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
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


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view[:_CHUNK])
        if written <= 0:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


def _read_hash(name: str, dir_fd: int) -> str:
    digest = hashlib.sha256()
    fd = os.open(name, os.O_RDONLY | _NOFOLLOW, dir_fd=dir_fd)
    try:
        if hasattr(os, "posix_fadvise"):   # read from the device, not the page cache, if we can
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        while chunk := os.read(fd, _CHUNK):
            digest.update(chunk)
    finally:
        os.close(fd)
    return digest.hexdigest()


def open_dir(directory: str | os.PathLike) -> int:
    """A descriptor of ``directory`` (resolved once); every later step goes through it."""
    return os.open(os.path.realpath(os.fspath(directory)), os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)


def _exists(name: str, dir_fd: int) -> bool:
    try:
        os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        return False
    return True


def write_atomically(directory: str | os.PathLike, filename: str, data: bytes, *, dir_fd: int | None = None,
                     replace: bool = False) -> str:
    """Write ``data`` as ``directory/filename`` atomically; returns its SHA-256 (hex).

    With ``dir_fd`` every step (create, read back, rename, fsync) goes through that open directory, so
    the file lands in the directory that was checked even if the path is changed meanwhile
    (``directory`` is then only used in messages). Raises :class:`ExportError` (Vietnamese message)
    and leaves no partial file on any failure. An existing file of that name is never overwritten
    unless ``replace`` (a PDF the user asked to write over).
    """
    if os.sep in filename or filename.startswith(".") or not filename or filename in ("..",):
        raise ExportError(f"Tên tệp không hợp lệ: {filename!r}")
    own_fd = dir_fd is None
    try:
        dfd = open_dir(directory) if own_fd else dir_fd
    except OSError as exc:
        raise ExportError(describe(exc, filename)) from exc
    try:
        return _write_in(dfd, filename, data, replace)
    finally:
        if own_fd:
            os.close(dfd)


def _write_in(dfd: int, filename: str, data: bytes, replace: bool) -> str:
    if not replace and _exists(filename, dfd):
        raise ExportError(f"Đã có tệp {filename}; không ghi đè. Hãy đổi tên hoặc xóa tệp cũ.")
    expected = hashlib.sha256(data).hexdigest()
    partial = PARTIAL_PREFIX + secrets.token_hex(8)
    fd = None
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | os.O_CLOEXEC, 0o600,
                     dir_fd=dfd)
        _write_all(fd, data)
        os.fsync(fd)
        os.close(fd)
        fd = None
        actual = _read_hash(partial, dfd)
        if actual != expected:
            raise ExportError(f"Dữ liệu đọc lại từ ổ không khớp khi ghi {filename} (mã băm "
                              "khác nhau): ổ có thể bị lỗi. Tệp đã bị loại bỏ.")
        if replace:
            os.replace(partial, filename, src_dir_fd=dfd, dst_dir_fd=dfd)
        else:
            if _exists(filename, dfd):
                raise ExportError(f"Đã có tệp {filename}; không ghi đè. Hãy đổi tên hoặc xóa tệp cũ.")
            os.rename(partial, filename, src_dir_fd=dfd, dst_dir_fd=dfd)
        os.fsync(dfd)
        return expected
    except OSError as exc:
        _cleanup(fd, partial, dfd)
        raise ExportError(describe(exc, filename)) from exc
    except BaseException:
        _cleanup(fd, partial, dfd)
        raise


def _cleanup(fd: int | None, partial: str, dfd: int) -> None:
    if fd is not None:
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        os.unlink(partial, dir_fd=dfd)
    except OSError:
        pass


def remove(filename: str, dir_fd: int) -> None:
    """Remove a file written by :func:`write_atomically` (all-or-nothing exports)."""
    try:
        os.unlink(filename, dir_fd=dir_fd)
    except OSError:
        pass
