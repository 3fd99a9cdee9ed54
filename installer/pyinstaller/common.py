"""What every PyInstaller build of Sổ Mật needs (used by ``installer/deb/somat-linux.spec`` and
``installer/windows/somat.spec``): data files, hidden imports, excludes.

Data is placed where ``app/paths.py`` looks when frozen: ``<bundle>/app/resources`` (rules, fonts,
icons, hwcheck rules), and the Alembic migration scripts stay real files under
``<bundle>/app/migrations`` because Alembic loads them from disk.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

import app  # the somat package being frozen: installed from its wheel, or an editable checkout

APP_DIR = Path(app.__file__).resolve().parent
# From the wheel, resources are inside the package; in a checkout they are at the repository root.
RESOURCES = APP_DIR / "resources" if (APP_DIR / "resources").is_dir() else APP_DIR.parent / "resources"
IS_WINDOWS = sys.platform.startswith("win")


def datas() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    resources = RESOURCES
    for path in sorted(resources.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            out.append((str(path), str(Path("app/resources") / path.parent.relative_to(resources))))
    migrations = APP_DIR / "migrations"
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".mako"} and "__pycache__" not in path.parts:
            out.append((str(path), str(Path("app/migrations") / path.parent.relative_to(migrations))))
    for qm in sorted(APP_DIR.rglob("*.qm")):  # compiled translations, when built
        out.append((str(qm), str(Path("app") / qm.parent.relative_to(APP_DIR))))
    out += collect_data_files("reportlab")  # reportlab's own fonts and colour tables
    # the print preview's PDF renderer: version.json files (read at import) and libpdfium itself
    out += collect_data_files("pypdfium2") + collect_data_files("pypdfium2_raw", include_py_files=False)
    return out


def hiddenimports() -> list[str]:
    names = ["sqlcipher3", "sqlcipher3.dbapi2", "argon2", "_cffi_backend", "platformdirs", "psutil",
             "openpyxl", "pypdf", "mako", "mako.template", "pypdfium2", "pypdfium2_raw"]
    names += collect_submodules("app")          # CLI commands are imported by name (importlib)
    names += collect_submodules("alembic")      # migrations run from files at run time
    names += collect_submodules("sqlalchemy.dialects.sqlite")
    if not IS_WINDOWS:
        names.append("pyudev")
    return names


def excludes() -> list[str]:
    out = ["tkinter", "pytest", "hypothesis", "pytestqt", "IPython", "numpy", "onnxruntime", "torch"]
    if IS_WINDOWS:
        out.append("pyudev")  # Linux only (udev); the Windows backend uses WMI/psutil
    return out
