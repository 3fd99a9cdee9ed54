"""The core never imports Qt (STYLE.md): import every non-UI module with PySide6 made unimportable."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PROBE = r"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is forbidden in the core: " + name)
sys.meta_path.insert(0, Block())
import app
failed = []
count = 0
for mod in pkgutil.walk_packages(app.__path__, "app."):
    if mod.name.startswith("app.ui") or mod.name in ("app.cli.gui_cmd", "app.__main__", "app.migrations.env"):
        continue
    count += 1
    try:
        importlib.import_module(mod.name)
    except ImportError as exc:
        if "Qt is forbidden" in str(exc):
            failed.append(f"{mod.name}: {exc}")
print(count)
if failed:
    print("\n".join(failed))
    sys.exit(1)
"""


def test_core_modules_import_without_qt():
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert int(result.stdout.split()[0]) >= 10  # the probe really walked the core


def test_no_qt_import_statements_outside_ui():
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("app/ui/"):
            continue
        text = path.read_text(encoding="utf-8")
        if "import PySide6" in text or "from PySide6" in text:
            offenders.append(rel)
    assert offenders == []


def _imported_modules(path: Path) -> set[str]:
    """Every module an ``import`` statement of ``path`` names, at any depth (functions included)."""
    import ast

    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_migrations_import_no_services_and_no_ui():
    """A released migration must behave the same forever: it may not depend on service code that
    changes with each release (nor on the GUI)."""
    offenders = {}
    for path in (ROOT / "app" / "migrations").rglob("*.py"):
        bad = {m for m in _imported_modules(path) if m.startswith(("app.services", "app.ui", "app.cli"))}
        if bad:
            offenders[path.relative_to(ROOT).as_posix()] = sorted(bad)
    assert offenders == {}


def test_the_ui_builds_no_sql():
    """Screens read through services (``app.services.screen_queries`` and the rest): no sqlalchemy in app/ui."""
    offenders = sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "app" / "ui").rglob("*.py")
                       if any(m == "sqlalchemy" or m.startswith("sqlalchemy.") for m in _imported_modules(path)))
    assert offenders == []
