"""Source hook for the upgrade test: add one migration after the current head to a COPY of the
source tree (``installer/build_bundle.sh --source-hook``), so the "newer" bundle has a pending
migration for the previous release's registry. Never run on the repository itself.

    python add_probe_migration.py <source copy>
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

TEMPLATE = '''"""Installer upgrade-test probe (exists only in test bundles).

Revision ID: 9999
Revises: {head}
"""
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE installer_upgrade_probe (id INTEGER PRIMARY KEY)")


def downgrade() -> None:
    op.execute("DROP TABLE installer_upgrade_probe")
'''


def main(src: Path) -> int:
    if (src / ".git").exists():
        sys.exit("refusing to patch a git checkout; give the build's source copy")
    versions = src / "app" / "migrations" / "versions"
    revisions, downs = set(), set()
    for path in versions.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev = re.search(r'^revision\s*=\s*["\']([^"\']+)', text, re.M)
        down = re.search(r'^down_revision\s*=\s*["\']([^"\']+)', text, re.M)
        if rev:
            revisions.add(rev.group(1))
        if down:
            downs.add(down.group(1))
    heads = revisions - downs
    if len(heads) != 1:
        sys.exit(f"expected one migration head, found {sorted(heads)}")
    (versions / "9999_installer_upgrade_probe.py").write_text(
        TEMPLATE.format(head=heads.pop()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
