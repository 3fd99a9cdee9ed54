"""app.hwcheck imports neither Qt nor the database layer (checked in a clean interpreter)."""
import subprocess
import sys

CODE = r"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "sqlalchemy", "sqlcipher3", "alembic") \
                or name.startswith(("app.models", "app.services", "app.ui")):
            raise ImportError("forbidden import from app.hwcheck: " + name)
sys.meta_path.insert(0, Block())
import app.hwcheck
for mod in pkgutil.walk_packages(app.hwcheck.__path__, "app.hwcheck."):
    importlib.import_module(mod.name)
importlib.import_module("app.cli.check_cmd")
print("ok")
"""


def test_hwcheck_has_no_qt_or_database_imports():
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
