"""Export errors: every message is a Vietnamese sentence for the officer (no traceback)."""
from __future__ import annotations


class ExportError(Exception):
    """The export failed (disk full, drive pulled, I/O error, bad input); nothing complete-looking
    was left on the target."""


class ExportRefused(ExportError):
    """The target is not an approved secure USB drive (no override)."""


class BundleError(Exception):
    """A statistics bundle is malformed, tampered with, or signed by an untrusted key."""
