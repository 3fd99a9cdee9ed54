"""Reading files of an inspected disk safely: every path component resolved inside the root, only
regular files opened (never a FIFO, device or socket), memory bounded (streamed pieces, size limits),
compressed logs decompressed as streams. A file that cannot be read this way raises ``OSError`` with a
Vietnamese reason (:func:`describe_error`): the probes turn it into a blocking ``probe_failed``.

Re-exported by :mod:`app.hwcheck.probes.common`, where probes import it from.
"""
from __future__ import annotations

import bz2
import contextlib
import contextvars
import errno
import gzip
import io
import lzma
import os
import shutil
import stat
import tempfile
import zlib
from pathlib import Path, PurePosixPath
from typing import BinaryIO

MAX_LINKS = 40


def resolve_in_root(root: Path, inside: str) -> Path:
    if str(root) == "/":
        return Path("/", inside.lstrip("/"))
    parts = [p for p in PurePosixPath("/", inside).parts[1:]]
    done: list[str] = []
    links = 0
    while parts:
        part = parts.pop(0)
        if part in ("", "."):
            continue
        if part == "..":
            if done:
                done.pop()
            continue
        candidate = root.joinpath(*done, part)
        if candidate.is_symlink():
            links += 1
            if links > MAX_LINKS:
                raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), inside)
            target = os.readlink(candidate)
            if target.startswith("/"):
                done = []
            parts = [p for p in PurePosixPath(target).parts if p != "/"] + parts
            continue
        done.append(part)
    return root.joinpath(*done)


# Every compression that logrotate and journald leave behind, by the file's last suffix.
_DECOMPRESSORS = {".gz": lambda raw: gzip.GzipFile(fileobj=raw, mode="rb"), ".xz": lzma.LZMAFile,
                  ".lzma": lzma.LZMAFile, ".bz2": bz2.BZ2File}

# Nothing is ever read whole beyond this (decompressed bytes): a larger file is a read failure
# ("not read whole"), never an empty one. Streaming readers (kernel logs) go further, window by window.
MAX_WHOLE = 256 * 1024 * 1024
MAX_STREAM = 4 * 1024 * 1024 * 1024
CHUNK = 8 * 1024 * 1024

# The root the running check inspects (set by ``runner.collect``): a symbolic link met when opening
# a file is resolved inside it, never on the inspector's own machine.
_ROOT: contextvars.ContextVar[Path | None] = contextvars.ContextVar("hwcheck_root", default=None)


@contextlib.contextmanager
def confined_to(root: Path):
    token = _ROOT.set(Path(root))
    try:
        yield
    finally:
        _ROOT.reset(token)


class UnsafeFile(OSError):
    """A path that is not a regular file (FIFO, device, socket, folder) or cannot be read safely."""


class TooLarge(OSError):
    """A file larger than what may be read: it was not read whole, so it proves nothing."""


_KIND_VI = {stat.S_IFIFO: "là một FIFO (ống có tên)", stat.S_IFCHR: "là một tệp thiết bị ký tự",
            stat.S_IFBLK: "là một tệp thiết bị khối", stat.S_IFSOCK: "là một socket",
            stat.S_IFDIR: "là một thư mục"}


def _confined_target(path: Path) -> Path:
    """``path`` with every symbolic link resolved inside the inspected root."""
    root = _ROOT.get()
    if root is None or str(root) == "/":
        return path
    try:
        inside = Path(os.path.abspath(path)).relative_to(root)
    except ValueError:  # not on the inspected disk (a resource of the app, a private copy): as given
        return path
    return resolve_in_root(root, "/" + str(inside))


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading without ever blocking or following a link out of the root.

    The type is checked before opening (``lstat``) and again on the open descriptor (``fstat``):
    a FIFO, device node, socket or folder raises :class:`UnsafeFile`; a link loop raises ``OSError``
    (ELOOP). ``O_NONBLOCK`` keeps a FIFO swapped in between the two checks from hanging the open."""
    path = Path(path)
    target = _confined_target(path)  # every component, not only the last, may be a link
    st = os.lstat(target)
    if stat.S_ISLNK(st.st_mode):  # live root: follow as the system would, still typed below
        st = os.stat(target)
    elif not stat.S_ISREG(st.st_mode):
        raise UnsafeFile(errno.EINVAL, f"{_KIND_VI.get(stat.S_IFMT(st.st_mode), 'không phải tệp thông thường')}, "
                                       "không phải tệp thông thường")
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0)
    if target is not path or _ROOT.get() not in (None, Path("/")):
        flags |= os.O_NOFOLLOW
    fd = os.open(target, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeFile(errno.EINVAL, f"{_KIND_VI.get(stat.S_IFMT(st.st_mode), 'không phải tệp thông thường')}, "
                                           "không phải tệp thông thường")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def open_log(path: Path) -> BinaryIO:
    """A binary stream of the file's content, decompressed by its suffix (``.gz``, ``.xz``,
    ``.lzma``, ``.bz2``, ``.zst``). Only regular files are opened (see :func:`open_regular`).
    The caller closes it (``with open_log(p) as fh``)."""
    raw = open_regular(path)
    suffix = Path(path).suffix.lower()
    try:
        if suffix == ".zst":
            return io.BufferedReader(_ZstdRaw(raw), buffer_size=1 << 20)
        opener = _DECOMPRESSORS.get(suffix)
        if opener is None:
            return raw
        return _Owning(opener(raw), raw)
    except BaseException:
        raw.close()
        raise


class _ZstdRaw(io.RawIOBase):
    """Zstandard frames decompressed as a stream; input that ends inside a frame raises ``EOFError``
    (a cut ``.zst`` file is not a shorter log). Input is fed 4 KiB at a time, which bounds the output
    of one step (zstd expands at most ~32 000 times)."""

    STEP = 4096

    def __init__(self, raw):
        import zstandard  # imported here: only rotated logs of some distributions need it

        self._raw, self._dctx = raw, zstandard.ZstdDecompressor()
        self._obj = self._dctx.decompressobj()
        self._buf, self._in_frame, self._done = b"", False, False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._buf and not self._done:
            data = self._raw.read(self.STEP)
            if not data:
                if self._in_frame:
                    raise EOFError("tệp nén .zst bị cắt cụt (khung nén chưa kết thúc)")
                self._done = True
                break
            while data:
                self._in_frame = True
                self._buf += self._obj.decompress(data)
                if not self._obj.eof:
                    break
                data, self._in_frame = self._obj.unused_data, False
                self._obj = self._dctx.decompressobj()
        n = min(len(buffer), len(self._buf))
        buffer[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


def _plain_size(path: Path, fh) -> int | None:
    """Size on disk of a file read without decompression (None for a compressed one)."""
    if Path(path).suffix.lower() in _DECOMPRESSORS or Path(path).suffix.lower() == ".zst":
        return None
    return os.fstat(fh.fileno()).st_size


class _Owning(io.BufferedIOBase):
    """A decompressing stream that also closes the raw file it reads from."""

    def __init__(self, inner, raw):
        super().__init__()
        self._inner, self._raw = inner, raw

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._inner.read(-1 if size is None else size)

    def read1(self, size: int = -1) -> bytes:
        return self._inner.read1(size)

    def readinto(self, buffer) -> int:
        return self._inner.readinto(buffer)

    def readline(self, size: int | None = -1) -> bytes:  # fast line iteration, as the inner stream has
        return self._inner.readline(-1 if size is None else size)

    def __iter__(self):
        return iter(self._inner)

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            self._raw.close()
            super().close()


def iter_chunks(path: Path, chunk: int = CHUNK, limit: int = MAX_STREAM):
    """The file's content (decompressed) in pieces of about ``chunk`` bytes, each ending at a line
    end (the last may not). Raises :class:`TooLarge` past ``limit`` bytes: bound memory, not
    coverage — a file not read to its end is a failure, not an absence."""
    with open_log(path) as fh:
        size = _plain_size(path, fh)
        if size is not None and size > limit:  # sparse or huge: refused before reading a byte
            raise TooLarge(errno.EFBIG, f"tệp quá lớn ({size // (1 << 20)} MiB), không đọc hết được")
        carry = b""
        total = 0
        while True:
            block = fh.read(chunk)
            if not block:
                if carry:
                    yield carry
                return
            total += len(block)
            if total > limit:
                raise TooLarge(errno.EFBIG, f"tệp quá lớn (hơn {limit // (1 << 20)} MiB sau giải nén), "
                                            "không đọc hết được")
            data = carry + block
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                if len(data) > chunk * 4:  # a "line" this long is not a log line: keep it whole anyway
                    yield data
                    carry = b""
                else:
                    carry = data
                continue
            carry = data[cut:]
            yield data[:cut]


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """Whole file (or its first ``limit`` bytes), decompressed by its suffix (see ``open_log``).
    Without ``limit``, a file larger than ``MAX_WHOLE`` raises :class:`TooLarge`, never truncates."""
    with open_log(path) as fh:
        if limit is not None:
            return fh.read(limit)
        size = _plain_size(path, fh)
        if size is not None and size > MAX_WHOLE:
            raise TooLarge(errno.EFBIG, f"tệp quá lớn ({size // (1 << 20)} MiB), không đọc hết được")
        data = fh.read(MAX_WHOLE + 1)
        if len(data) > MAX_WHOLE:
            raise TooLarge(errno.EFBIG, f"tệp quá lớn (hơn {MAX_WHOLE // (1 << 20)} MiB), không đọc hết được")
        return data


def read_text(path: Path) -> str:
    return read_bytes(path).decode("utf-8", errors="replace")


def list_dir(path: Path) -> list[Path]:
    """Sorted children; [] when the folder does not exist (absence is not a read failure). Under an
    inspected root, a folder reached through a link is listed where the link points *inside* the
    root (the children are named by that real path); a link loop raises ``OSError`` (ELOOP)."""
    try:
        return sorted(_confined_target(Path(path)).iterdir())
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        return []


class PrivateCopy:
    """A private temporary copy of a SQLite database with its ``-wal``/``-shm``/``-journal`` files.

    Only plain byte reads touch the original (no SQLite lock is ever taken on it); the copies live
    in a 0700 temp folder removed on exit. Only regular files are copied, at most ``MAX_WHOLE`` bytes
    each (a larger one raises :class:`TooLarge`).
    """

    SIDE_FILES = ("-wal", "-shm", "-journal")

    def __init__(self, original: Path):
        self.original = original
        self.folder: str | None = None
        self.path: Path | None = None

    @staticmethod
    def _copy(src: Path, dst: Path) -> None:
        with open_regular(src) as fin, open(dst, "wb") as fout:
            copied = 0
            while block := fin.read(CHUNK):
                copied += len(block)
                if copied > MAX_WHOLE:
                    raise TooLarge(errno.EFBIG, f"tệp quá lớn (hơn {MAX_WHOLE // (1 << 20)} MiB), "
                                                "không đọc hết được")
                fout.write(block)

    def __enter__(self) -> Path:
        self.folder = tempfile.mkdtemp(prefix="somat-hwcheck-")
        try:
            name = "db.sqlite"
            target = Path(self.folder, name)
            self._copy(self.original, target)
            for suffix in self.SIDE_FILES:
                side = self.original.with_name(self.original.name + suffix)
                if side.exists() or side.is_symlink():
                    self._copy(side, Path(self.folder, name + suffix))
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        self.path = target
        return target

    def __exit__(self, *exc) -> None:
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)


_ERRNO_VI = {errno.ELOOP: "vòng lặp liên kết tượng trưng (symlink)", errno.EACCES: "không có quyền đọc",
             errno.EPERM: "không được phép đọc", errno.ENOENT: "không tồn tại (liên kết trỏ tới tệp không có)",
             errno.EIO: "lỗi vào/ra khi đọc đĩa", errno.EISDIR: "là thư mục, không phải tệp",
             errno.ENAMETOOLONG: "đường dẫn quá dài"}


def describe_error(exc: BaseException) -> str:
    """A Vietnamese sentence for why a source could not be read (the technical text in brackets)."""
    if isinstance(exc, (UnsafeFile, TooLarge)):
        return exc.strerror or str(exc)
    if isinstance(exc, OSError) and exc.errno in _ERRNO_VI:
        return f"{_ERRNO_VI[exc.errno]} [{type(exc).__name__}: {exc}]"
    if isinstance(exc, (EOFError, lzma.LZMAError, gzip.BadGzipFile, zlib.error)) or \
            type(exc).__name__ == "ZstdError":
        return f"tệp nén bị hỏng hoặc bị cắt cụt [{type(exc).__name__}: {exc}]"
    if isinstance(exc, MemoryError):
        return "không đủ bộ nhớ để đọc"
    return f"{type(exc).__name__}: {exc}"
