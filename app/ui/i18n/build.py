"""Build step for translations: ``python -m app.ui.i18n.build [--update]``.

``--update`` refreshes ``somat_en.ts`` from the sources (pyside6-lupdate); without it the ``.ts``
files are compiled to ``.qm`` (pyside6-lrelease). Missing tools are reported, not fatal: the
application then runs in Vietnamese only.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI = HERE.parent
LANGUAGES = ("en",)


def _tool(name: str) -> str | None:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else shutil.which(name)


def update() -> int:
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        print("Không tìm thấy pyside6-lupdate; bỏ qua cập nhật bản dịch.")
        return 0
    sources = sorted(str(p) for p in UI.rglob("*.py") if "i18n" not in p.parts)
    for lang in LANGUAGES:
        subprocess.run([lupdate, "-tr-function-alias", "translate+=_tr", "-source-language", "vi_VN", "-target-language", lang, *sources,
                        "-ts", str(HERE / f"somat_{lang}.ts")], check=True)
    return 0


def release() -> int:
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        print("Không tìm thấy pyside6-lrelease; chương trình chỉ có tiếng Việt.")
        return 0
    for ts in sorted(HERE.glob("somat_*.ts")):
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(update() if "--update" in sys.argv else release())
