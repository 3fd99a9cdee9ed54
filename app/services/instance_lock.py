"""One running instance per registry: an OS file lock on ``<registry>.lock`` and, on POSIX, on the
registry file itself.

The lock is held by the open file (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so the
operating system drops it when the process ends: a lock file left behind by a crash never blocks.
The file itself is never deleted (deleting would race with another process taking it); it holds
only the process id, for diagnostics.

The ``.lock`` file alone can be bypassed — delete it, or open the registry through another path
(a symlink, a bind mount) whose ``.lock`` is another file — so on POSIX the database file is locked
too: ``flock`` on the resolved path's inode, which every path to the same file shares. Never
``fcntl``/``lockf`` locks: SQLite uses those, and they are per process (closing any descriptor of
the file would drop SQLite's own). Our descriptor is closed only after the engine is disposed.
Key-file writes happen while this lock is held (``app.services.registry`` reads the sidecar again
after taking it), so two instances can never overwrite each other's slots.
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


_HELD: set[tuple[int, int]] = set()  # (device, inode) of registry files this process has locked


def lock_path(registry_path: str | os.PathLike) -> Path:
    path = Path(registry_path)
    return path.with_name(path.name + ".lock")


class InstanceLock:
    """``with InstanceLock(path):`` or ``acquire()`` / ``release()``. Raises ``RegistryInUse``."""

    def __init__(self, registry_path: str | os.PathLike):
        self.path = lock_path(registry_path)
        self.database = Path(registry_path)
        self._fd: int | None = None
        self._db_fd: int | None = None

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
        self._fd = fd
        try:
            self.cover_database()
        except RegistryInUse:
            self.release()
            raise
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        return self

    def cover_database(self) -> None:
        """Lock the registry file itself (POSIX; once it exists — ``create_registry`` calls this
        after writing the file's header)."""
        if os.name == "nt" or self._db_fd is not None or not self.database.is_file():
            return
        st = os.stat(self.database.resolve())
        if (st.st_dev, st.st_ino) in _HELD:  # held in this process: opening and closing another
            raise RegistryInUse()  # descriptor of the file would drop SQLite's fcntl locks
        fd = os.open(self.database.resolve(), os.O_RDONLY)
        if not _try_lock(fd):
            os.close(fd)  # not open in this process (checked above), so no SQLite lock of ours is lost
            raise RegistryInUse()
        self._db_fd = fd
        self._inode = (st.st_dev, st.st_ino)
        _HELD.add(self._inode)

    def release(self) -> None:
        db_fd, self._db_fd = self._db_fd, None
        if db_fd is not None:
            try:
                _unlock(db_fd)
            finally:
                os.close(db_fd)
                _HELD.discard(self._inode)
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
