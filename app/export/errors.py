"""Export errors: every message is a Vietnamese sentence for the officer (no traceback).

Like ``app.services.errors.SomatError``, an export error may carry a ``code`` and ``params`` whose
template lives in ``app.errors`` (the GUI translates by code); ``str(exc)`` stays Vietnamese."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.errors import CodedMixin


class _Coded(CodedMixin, Exception):
    def __init__(self, message: str | None = None, *, code: str | None = None,
                 params: Mapping[str, Any] | None = None):
        super().__init__(self._init_coded(message, code, params))


class ExportError(_Coded):
    """The export failed (disk full, drive pulled, I/O error, bad input); nothing complete-looking
    was left on the target."""


class ExportRefused(ExportError):
    """The target is not an approved secure USB drive (no override)."""


class BundleError(_Coded):
    """A statistics bundle is malformed, tampered with, or signed by an untrusted key."""
