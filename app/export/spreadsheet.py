"""Cells for any Excel or CSV file the application writes.

Imported text that starts with ``=``, ``+``, ``-`` or ``@`` is stored as text; a spreadsheet program
would run it as a formula (``=HYPERLINK(…)``, ``=WEBSERVICE(…)``, DDE) if it were written back
unchanged. Every writer of ``.csv`` / ``.xlsx`` passes its cells through :func:`safe_cell`, which
prefixes such text with an apostrophe (the OWASP "CSV injection" rule); the guard test
``tests/unit/importer/test_import_attacks.py`` refuses a writer in ``app/`` that does not.
The application writes no spreadsheet today; this is the rule for the first one.
"""
from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value: Any) -> Any:
    """``value`` unchanged unless it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + value
    return value
