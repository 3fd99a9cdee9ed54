"""Creating the schema directly (tests and benchmarks) and syncing rule tables from the packs.

Production registries are created and upgraded by the Alembic migrations in ``app/migrations``;
``create_schema`` must produce the same schema (a test compares them).
"""
from __future__ import annotations

from sqlalchemy import delete, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.models import TRIGGERS, Base, SummaryForbiddenRule
from app.models.search_index import SEARCH_DDL
from app.rules import all_packs


def create_schema(engine: Engine) -> None:
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        for stmt in (*TRIGGERS, *SEARCH_DDL):
            conn.execute(text(stmt))


def sync_rule_tables(session: Session) -> None:
    """Refresh the rule tables that triggers consult from the rule packs on disk."""
    session.execute(delete(SummaryForbiddenRule))
    for pack in all_packs():
        for level in pack.raw["summary"]["forbidden_levels"]:
            session.add(SummaryForbiddenRule(regime=pack.id, level=level, citation=pack.citation("summary")))
