"""Shared by test_hwcheck_net*.py and test_hwcheck_logs*.py: install the committed real-program
fixtures of tests/fixtures/hwcheck/netlogs (see its MANIFEST.md) into a system root and run probes."""
from __future__ import annotations

import shutil
from pathlib import Path

import zstandard

from app.hwcheck import Policy, run_check

FIX = Path(__file__).resolve().parents[2] / "fixtures" / "hwcheck" / "netlogs"


def put(root: Path, inside: str, fixture: str | Path) -> Path:
    """Copy a fixture file (or folder) to ``root/inside``."""
    source = FIX / fixture
    target = root / inside.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.is_dir():
        shutil.copytree(source, target, dirs_exist_ok=True)
    else:
        shutil.copy2(source, target)
    return target


def put_journal(root: Path, name: str) -> Path:
    """A real journal file made by systemd-journal-remote (stored zstd-compressed in the repo)."""
    folder = root / "var/log/journal/5b2f6d0e9c8a4e1f8d7c6b5a49382716"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "system.journal"
    target.write_bytes(zstandard.ZstdDecompressor().decompress((FIX / f"journal/{name}.journal.zst").read_bytes(),
                                                               max_output_size=64 << 20))
    return target


def check(root: Path, only: list[str], **policy):
    return run_check(root, Policy.from_strings(**policy), only=only)


def by_kind(verdict) -> dict[str, list]:
    """Findings grouped by the rule entry that made them (recognised by their summary template)."""
    out: dict[str, list] = {}
    for f in verdict.findings:
        out.setdefault(f.rule, []).append(f)
    return out


def blocks(verdict) -> list:
    return [f for f in verdict.findings if f.severity == "block"]
