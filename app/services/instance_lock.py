"""One running instance per registry: an OS file lock on ``<registry>.lock``.

The lock is held by the open file (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so the
operating system drops it when the process ends: a lock file left behind by a crash never blocks.
The file itself is never deleted (deleting would race with another process taking it); it holds
only the process id, for diagnostics.
"""
from __future__ import annotations

import os
from pathlib import Path

from app.services.errors import SomatError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class RegistryInUse(SomatError):
    def __init__(self, message: str | None = None):
        super().__init__(message or (
            "Sổ này đang được mở trong một cửa sổ Sổ Mật khác trên máy. Hãy dùng cửa sổ đó, hoặc "
            "đóng nó rồi mở lại."), field="path")


def lock_path(registry_path: str | os.PathLike) -> Path:
    path = Path(registry_path)
    return path.with_name(path.name + ".lock")


class InstanceLock:
    """``with InstanceLock(path):`` or ``acquire()`` / ``release()``. Raises ``RegistryInUse``."""

    def __init__(self, registry_path: str | os.PathLike):
        self.path = lock_path(registry_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            return self
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise RegistryInUse()
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self):  # pragma: no cover - safety net; the OS releases it anyway
        try:
            self.release()
        except Exception:
            pass
