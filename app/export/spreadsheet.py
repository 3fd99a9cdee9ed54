"""Cells for any Excel or CSV file the application writes.

Imported text that starts with ``=``, ``+``, ``-`` or ``@`` is stored as text; a spreadsheet program
would run it as a formula (``=HYPERLINK(…)``, ``=WEBSERVICE(…)``, DDE) if it were written back
unchanged. The rule, enforced by a guard test (``tests/unit/importer/test_import_attacks.py``):

* ``.xlsx`` through XlsxWriter: typed string cells only (``write_string``, ``strings_to_formulas``
  off), as ``app/services/register_xlsx.py`` does — the cell is text whatever it starts with;
* ``.csv`` (no cell types) and openpyxl (which turns any ``"=…"`` string into a formula): every cell
  through :func:`safe_cell`, which prefixes such text with an apostrophe (OWASP "CSV injection").
"""
from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value: Any) -> Any:
    """``value`` unchanged unless it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + value
    return value
