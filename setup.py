"""Packaging hook: compile the translations (``.ts`` → ``.qm``) before the package files are collected,
so wheels, ``pip install .`` and ``pip install -e .`` carry ``somat_en.qm``. Everything else is in
pyproject.toml. When pyside6-lrelease is not available to the build the step is skipped and the GUI
compiles the file on first start instead (see app/ui/i18n/build.py)."""
import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


def _i18n_build():
    path = Path(__file__).resolve().parent / "app" / "ui" / "i18n" / "build.py"
    spec = importlib.util.spec_from_file_location("somat_i18n_build", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):
    def run(self):
        _i18n_build().release(quiet=True)
        super().run()


setup(cmdclass={"build_py": BuildPyWithTranslations})
