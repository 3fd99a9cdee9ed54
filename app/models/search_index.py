"""DDL of the full-text search index over ``document.search_fold`` (filled in by the search work)."""
from __future__ import annotations

SEARCH_DDL: tuple[str, ...] = ()
