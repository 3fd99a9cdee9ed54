"""The .deb (PyInstaller one-folder): build it, unpack it (never installed on the build machine)
and run the frozen ``somat`` against the previous release's registry fixture.

Opt-in because the freeze takes minutes: ``SOMAT_TEST_DEB=1`` builds it, or
``SOMAT_TEST_DEB=/path/somat_X_amd64.deb`` tests a prebuilt one.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "registry" / "release-0.1.0.somat"
WANTED = os.environ.get("SOMAT_TEST_DEB", "")

if not WANTED or shutil.which("dpkg-deb") is None:
    pytest.skip("set SOMAT_TEST_DEB=1 (or a .deb path) to build and test the .deb", allow_module_level=True)


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    if WANTED != "1":
        return Path(WANTED)
    out = tmp_path_factory.mktemp("deb")
    proc = subprocess.run(["bash", str(REPO / "installer" / "build_deb.sh"), "--out", str(out)],
                          capture_output=True, text=True, timeout=1500,
                          env={**os.environ, "PYTHON": sys.executable})
    assert proc.returncode == 0, proc.stderr
    return Path(proc.stdout.strip().splitlines()[-1])


def test_frozen_somat_runs_from_the_deb(deb, tmp_path):
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    control = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Depends"], capture_output=True,
                             text=True, check=True).stdout
    assert "Package: somat" in control and "libxcb-cursor0" in control
    assert "cups-client" in control and "libcups2" in control  # printing: lp on standard input
    postinst = subprocess.run(["dpkg-deb", "-I", str(deb), "postinst"], capture_output=True, text=True,
                              check=True).stdout
    assert "cups-no-job-files.sh" in postinst
    no_job_files = root / "usr" / "lib" / "somat" / "cups-no-job-files.sh"
    conf = tmp_path / "cupsd.conf"
    conf.write_text("LogLevel warn\nPreserveJobFiles 86400\n")
    assert subprocess.run(["sh", str(no_job_files), str(conf)], capture_output=True, text=True,
                          check=True).stdout.strip() == "changed"
    assert "PreserveJobFiles No" in conf.read_text() and "86400" not in conf.read_text()
    somat = root / "usr" / "lib" / "somat" / "somat"
    assert os.readlink(root / "usr" / "bin" / "somat") == "../lib/somat/somat"
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SOMAT_", "PYTHON"))}
    env.update(SOMAT_HOME=str(home), QT_QPA_PLATFORM="offscreen", SOMAT_USER="quantri",
               SOMAT_PASSWORD="Sổ Mật fixture 2026")

    def run(*args):
        return subprocess.run([str(somat), *map(str, args)], env=env, capture_output=True, text=True,
                              timeout=300)

    assert run("--version").returncode == 0
    machine = tmp_path / "machine"
    (machine / "etc").mkdir(parents=True)
    proc = run("check", "--root", machine, "--json")
    assert proc.returncode in (0, 1) and json.loads(proc.stdout)
    data = home / "data"
    data.mkdir(parents=True)
    shutil.copyfile(FIXTURE, data / "r.somat")
    shutil.copyfile(FIXTURE.with_name(FIXTURE.name + ".keys"), data / "r.somat.keys")
    assert run("audit", "verify", "--db", data / "r.somat").returncode == 0
    assert run("backup", "--db", data / "r.somat").returncode == 0
    smoke = run("gui", "--smoke-test")  # every page, and the print preview rendered by the frozen pypdfium2
    assert smoke.returncode == 0 and "xem trước bản in" in smoke.stdout, smoke.stderr
