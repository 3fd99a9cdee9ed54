"""The program log (``somat.log`` in the state folder, and a ring of recent lines for diagnostics).

Nothing secret is written to it: the log is plaintext on disk, outside the encrypted registry. An
exception's *message* can carry document content (a SQL error lists the statement's parameters — a
draft's body; a parse error quotes the cell it could not read), so every exception that reaches a
handler installed here is reduced to its type, its frames (file, line, function) and, for a database
error, the fixed ASCII words of the SQLite message ("UNIQUE constraint failed"). Exceptions passed
as ``%s`` arguments and traceback text pasted into a message are reduced the same way, and any
``[parameters: …]`` line is cut. SQLAlchemy engines are also created with ``hide_parameters=True``
(``app.models.db``), so the parameters are not in the exception to begin with.

No Qt here: the GUI calls :func:`init_logging`; tests call it and :func:`close_logging`.
"""
from __future__ import annotations

import collections
import copy
import errno as errno_mod
import logging
import logging.handlers
import re
import traceback
from types import TracebackType

from app import paths

# The last log lines, for a diagnostics view (already scrubbed).
RING: collections.deque[str] = collections.deque(maxlen=500)

LOG_NAME = "somat.log"
TRACEBACK_HEADER = "Traceback (most recent call last):"
HIDDEN = "(nội dung đã lược bỏ)"
_SQLITE_WORDS = re.compile(r"^[A-Za-z][A-Za-z _]{2,60}(?=:|$)")
_PARAMETERS = re.compile(r"\[(?:SQL )?parameters: .*$", re.MULTILINE)
_EXC_LINE = re.compile(r"^((?:[A-Za-z_][A-Za-z0-9_]*\.)*[A-Z][A-Za-z0-9_]*)(?::|$)")


def describe_exception(exc: BaseException) -> str:
    """Type of ``exc`` and what is safe to know about it — never its message."""
    cls = type(exc)
    name = cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
    parts = [name]
    if isinstance(exc, OSError) and isinstance(exc.errno, int):
        parts.append(f"errno={errno_mod.errorcode.get(exc.errno, exc.errno)}")
    field = getattr(exc, "field", None)
    if isinstance(field, str) and field.isidentifier():
        parts.append(f"field={field}")
    if cls.__module__.split(".")[0] in ("sqlite3", "sqlcipher3") and exc.args:
        words = _SQLITE_WORDS.match(str(exc.args[0]))
        if words:
            parts.append(f"«{words.group(0).strip()}»")
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the DB-API error
    if isinstance(orig, BaseException) and orig is not exc:
        parts.append(f"từ {describe_exception(orig)}")
    return " ".join(parts) + f" {HIDDEN}"


def scrubbed_traceback(exc_type: type | None, exc: BaseException | None, tb: TracebackType | None) -> str:
    """Like ``traceback.format_exception`` with each exception's message replaced by its description."""
    if exc is None:
        return f"{getattr(exc_type, '__name__', 'Exception')} {HIDDEN}"
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    text = ""
    for item in reversed(chain):
        if text:
            text += ("\n\nThe above exception was the direct cause of the following exception:\n\n"
                     if item.__cause__ is not None else
                     "\n\nDuring handling of the above exception, another exception occurred:\n\n")
        frames = traceback.extract_tb(item.__traceback__ if item is not exc else (tb or exc.__traceback__))
        text += TRACEBACK_HEADER + "\n" + "".join(traceback.format_list(frames)) + describe_exception(item)
    return text


def scrub_traceback_text(text: str) -> str:
    """Traceback text already formatted by someone else: keep the frames, drop the messages."""
    if TRACEBACK_HEADER not in text:
        return _PARAMETERS.sub(f"[parameters: {HIDDEN}]", text)
    head, _, rest = text.partition(TRACEBACK_HEADER)
    out = [head.rstrip("\n"), TRACEBACK_HEADER] if head.strip() else [TRACEBACK_HEADER]
    for line in rest.splitlines():
        if line.startswith("  File ") or line.startswith("    ") or line == TRACEBACK_HEADER:
            out.append(line)
        elif line.startswith(("During handling", "The above exception")):
            out.append(line)
        else:
            match = _EXC_LINE.match(line)
            if match and ("." in match.group(1) or match.group(1).endswith(("Error", "Exception", "Warning"))):
                out.append(f"{match.group(1)} {HIDDEN}")
    return "\n".join(x for x in out if x)


def _scrub_arg(value):
    if isinstance(value, BaseException):
        return describe_exception(value)
    if isinstance(value, str):
        return scrub_traceback_text(value)
    return value


class ScrubbingFormatter(logging.Formatter):
    """Formats a copy of each record with exceptions reduced to :func:`describe_exception`."""

    def format(self, record: logging.LogRecord) -> str:
        safe = copy.copy(record)
        if isinstance(record.args, tuple):
            safe.args = tuple(_scrub_arg(a) for a in record.args)
        elif isinstance(record.args, dict):
            safe.args = {k: _scrub_arg(v) for k, v in record.args.items()}
        safe.msg = _scrub_arg(record.msg) if isinstance(record.msg, BaseException) else \
            scrub_traceback_text(str(record.msg))
        try:
            message = safe.getMessage()
        except (TypeError, ValueError):
            message = f"{safe.msg} {HIDDEN}"
        safe.msg, safe.args = scrub_traceback_text(message), None
        safe.exc_text = scrubbed_traceback(*record.exc_info) if record.exc_info else None
        safe.exc_info = None
        return super().format(safe)


class _RingHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            RING.append(self.format(record))
        except Exception:  # noqa: BLE001
            pass


def log_path():
    return paths.state_dir() / LOG_NAME


def init_logging(level: int = logging.INFO) -> None:
    """Install the ring and the rotating ``somat.log`` on the root logger (once)."""
    root = logging.getLogger()
    if any(getattr(h, "_somat", False) for h in root.handlers):
        return
    fmt = ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [_RingHandler()]
    try:
        handlers.append(logging.handlers.RotatingFileHandler(
            log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8"))
    except OSError:
        pass
    for h in handlers:
        h.setFormatter(fmt)
        h._somat = True  # noqa: SLF001
        root.addHandler(h)
    root.setLevel(level)


def close_logging() -> None:
    """Remove and close the handlers :func:`init_logging` installed (tests, shutdown)."""
    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, "_somat", False)]:
        root.removeHandler(h)
        h.close()
