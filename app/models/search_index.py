"""Full-text search index over ``document.search_fold``.

``document_fts`` is an *external-content* FTS5 table: it stores only the inverted index, the text stays
in ``document.search_fold`` (already folded by ``app.textnorm.fold``: lower case, no diacritics, đ → d).
Triggers keep it in sync on INSERT, on UPDATE of ``search_fold`` and on DELETE (documents are never
deleted — a trigger refuses it — but an external-content index must never drift from its table).

Tokenizer ``unicode61`` (separators are everything but letters and digits), so "12/QĐ-UBND" folds to
"12/qd-ubnd" and is indexed as ``12 qd ubnd``: the query "12/UBND" is looked up as the phrase
``"12 ubnd"`` — see ``app.services.search.fts_query``. ``prefix='2 3'`` adds prefix indexes so the
search-as-you-type query (last token as a prefix) stays fast on a million rows; ``columnsize=0`` drops
the per-row token counts that only BM25 ranking would use (we sort in Vietnamese order instead).

Every statement is idempotent (IF NOT EXISTS) — used by ``create_schema`` and frozen into the first
migration. ``SEARCH_REBUILD`` refills the index from ``document`` (a migration that adds the index to
a registry that already holds documents runs it once after ``SEARCH_DDL``).
"""
from __future__ import annotations

FTS_TABLE = "document_fts"

FTS_DDL: tuple[str, ...] = (
    """CREATE VIRTUAL TABLE IF NOT EXISTS document_fts USING fts5(
        search_fold,
        content='document', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2',
        prefix='2 3', columnsize=0
    )""",
    """CREATE TRIGGER IF NOT EXISTS document_fts_after_insert AFTER INSERT ON document
    BEGIN
        INSERT INTO document_fts(rowid, search_fold) VALUES (NEW.id, COALESCE(NEW.search_fold, ''));
    END""",
    """CREATE TRIGGER IF NOT EXISTS document_fts_after_update AFTER UPDATE OF search_fold ON document
    WHEN OLD.search_fold IS NOT NEW.search_fold
    BEGIN
        INSERT INTO document_fts(document_fts, rowid, search_fold)
            VALUES ('delete', OLD.id, COALESCE(OLD.search_fold, ''));
        INSERT INTO document_fts(rowid, search_fold) VALUES (NEW.id, COALESCE(NEW.search_fold, ''));
    END""",
    """CREATE TRIGGER IF NOT EXISTS document_fts_after_delete AFTER DELETE ON document
    BEGIN
        INSERT INTO document_fts(document_fts, rowid, search_fold)
            VALUES ('delete', OLD.id, COALESCE(OLD.search_fold, ''));
    END""",
)

# The narrow ordering table: what search filters and sorts on, one small row per document, so a
# search over a million rows never reads (and, under SQLCipher, never decrypts) the wide rows.
# Kept in step with ``document`` by triggers; ``id`` is the document's id (a rowid alias).
ORDER_TABLE = "document_order"

ORDER_DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS document_order (
        id INTEGER PRIMARY KEY,
        book VARCHAR(4) NOT NULL,
        year INTEGER NOT NULL,
        number INTEGER NOT NULL,
        do_mat VARCHAR(12) NOT NULL,
        status VARCHAR(20) NOT NULL,
        sort_key TEXT NOT NULL
    )""",
    """CREATE INDEX IF NOT EXISTS ix_document_order_browse
        ON document_order (book, year, number, do_mat, status)""",
    """CREATE TRIGGER IF NOT EXISTS document_order_after_insert AFTER INSERT ON document
    BEGIN
        INSERT INTO document_order (id, book, year, number, do_mat, status, sort_key)
            VALUES (NEW.id, NEW.book, NEW.year, NEW.number, NEW.do_mat, NEW.status, COALESCE(NEW.sort_key, ''));
    END""",
    """CREATE TRIGGER IF NOT EXISTS document_order_after_update
        AFTER UPDATE OF book, year, number, do_mat, status, sort_key ON document
    BEGIN
        UPDATE document_order SET book = NEW.book, year = NEW.year, number = NEW.number, do_mat = NEW.do_mat,
            status = NEW.status, sort_key = COALESCE(NEW.sort_key, '') WHERE id = NEW.id;
    END""",
    """CREATE TRIGGER IF NOT EXISTS document_order_after_delete AFTER DELETE ON document
    BEGIN
        DELETE FROM document_order WHERE id = OLD.id;
    END""",
)

# Fill the ordering table from ``document`` (after adding it to a registry that holds documents).
ORDER_REBUILD = ("INSERT OR REPLACE INTO document_order (id, book, year, number, do_mat, status, sort_key) "
                 "SELECT id, book, year, number, do_mat, status, COALESCE(sort_key, '') FROM document")

SEARCH_DDL: tuple[str, ...] = FTS_DDL + ORDER_DDL

# Refill the index from the table (after adding the index to a populated registry, or to repair it).
SEARCH_REBUILD = "INSERT INTO document_fts(document_fts) VALUES ('rebuild')"

# Consistency check of the index against the table (raises SQLITE_CORRUPT_VTAB when they differ).
SEARCH_INTEGRITY_CHECK = "INSERT INTO document_fts(document_fts, rank) VALUES ('integrity-check', 1)"
