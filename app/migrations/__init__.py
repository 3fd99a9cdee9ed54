"""Alembic migrations of the registry schema, run programmatically (see ``runner``).

Revisions are numbered (0001, 0002, …), linear, and never edited after release: 0001 is release
0.1.0. A new revision: ``python -m app.migrations.runner revision "message"`` (autogenerate against a
scratch database at the previous head), then hand-check it and add a fixture under
``tests/fixtures/registry/`` when the release ships.
"""
