"""Build step for translations (the app's ``somat_*.ts`` and ``qtbase_vi.ts``, the Vietnamese of Qt's own
widgets: context menus, message-box buttons, file dialogs): ``python -m app.ui.i18n.build [--update]``.

``--update`` refreshes ``somat_en.ts`` from the sources (pyside6-lupdate); without it the ``.ts``
files are compiled to ``.qm`` (pyside6-lrelease). The packaging build runs :func:`release` too
(``setup.py`` → ``build_py``, so ``pip install .`` / ``pip install -e .`` / ``pip wheel`` compile them),
and the GUI calls :func:`ensure_compiled` at start-up when a ``.qm`` is still missing. Missing tools are
reported, not fatal: the application then runs in Vietnamese only.

Only the standard library is imported here: ``setup.py`` loads this file before anything is installed.
"""
from __future__ import annotations

import os
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
    sources += [str(UI.parent / "errors.py"), str(UI.parent / "services" / "role_table.py")]  # N_() marked
    for lang in LANGUAGES:
        subprocess.run([lupdate, "-tr-function-alias", "translate+=_tr,QT_TRANSLATE_NOOP+=N_",
                        "-source-language", "vi_VN", "-target-language", lang, *sources,
                        "-ts", str(HERE / f"somat_{lang}.ts")], check=True)
    return 0


def compile_ts(ts: Path, qm: Path) -> bool:
    """``ts`` → ``qm`` with pyside6-lrelease; False when the tool is missing."""
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    # The tool is a Python wrapper of the PySide6 install: inside pip's isolated build environment it must not
    # inherit the isolated PYTHONPATH, or it cannot import PySide6.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONNOUSERSITE")}
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, env=env)
    return qm.exists()


def release(quiet: bool = False) -> int:
    if _tool("pyside6-lrelease") is None:
        print("Không tìm thấy pyside6-lrelease; chương trình chỉ có tiếng Việt (bản dịch sẽ được biên dịch khi "
              "mở giao diện lần đầu, nếu có công cụ).")
        return 0
    for ts in sorted([*HERE.glob("somat_*.ts"), *HERE.glob("qtbase_*.ts")]):
        try:
            compile_ts(ts, ts.with_suffix(".qm"))
        except (OSError, subprocess.CalledProcessError) as exc:  # never break a build over translations
            detail = getattr(exc, "stderr", b"") or b""
            print(f"Không biên dịch được {ts.name}: {exc} {detail.decode('utf-8', 'replace')[-500:]}")
            continue
        if not quiet:
            print(f"Đã biên dịch {ts.with_suffix('.qm').name}")
    return 0


def ensure_compiled(language: str, fallback_dir: Path | None = None, catalogue: str = "somat") -> Path | None:
    """The ``.qm`` of ``language``: the shipped one, else compiled now next to the ``.ts`` or, when the
    package folder is read-only, into ``fallback_dir``. None when it cannot be had (no .ts, no tool).
    ``catalogue`` is ``somat`` (the app's strings) or ``qtbase`` (our translation of Qt's own widgets:
    ``qtbase_vi.ts`` — Qt ships no Vietnamese one)."""
    ts, qm = HERE / f"{catalogue}_{language}.ts", HERE / f"{catalogue}_{language}.qm"
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return None
    for target in (qm, *([fallback_dir / qm.name] if fallback_dir else [])):
        if target != qm and target.exists() and target.stat().st_mtime >= ts.stat().st_mtime:
            return target
        try:
            if compile_ts(ts, target):
                return target
            return None  # no tool: trying another folder will not help
        except (OSError, subprocess.CalledProcessError):
            continue
    return None


if __name__ == "__main__":
    sys.exit(update() if "--update" in sys.argv else release())
