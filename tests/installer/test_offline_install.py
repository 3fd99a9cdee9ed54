"""Build the offline bundle, install it with no network at all, run the installed copy; upgrade
from the previous release's registry fixture; refuse a downgrade; uninstall keeps the data.

Slow (builds two bundles). ``SOMAT_TEST_BUNDLE=<dir>`` uses a prebuilt bundle for the first
install; ``SOMAT_TEST_BUNDLE_SOURCE=worktree`` builds from the working tree instead of git HEAD.
Installs run inside a fresh network namespace (``ip netns``, else ``unshare --net``) so there is
no network at all; where neither works (no root) only pip's index is disabled, and the test
output says so.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "installer" / "build_bundle.sh"
FIXTURES = REPO / "tests" / "fixtures" / "registry"
PREVIOUS_RELEASE = "0.1.0"
FIXTURE_PASSWORD = "Sổ Mật fixture 2026"
FIXTURE_ADMIN = "quantri"
NEWER = "99.0.0"

if not sys.platform.startswith("linux") or shutil.which("sha256sum") is None:
    pytest.skip("the offline bundle is for Linux", allow_module_level=True)


# --- no network ------------------------------------------------------------------------------
class Isolation:
    """How commands are cut off from the network: ``ip netns`` > ``unshare --net`` > env only."""

    def __init__(self) -> None:
        self.ns = None
        self.prefix: list[str] = []
        self.mode = "env only (PIP_NO_INDEX, dead PIP_INDEX_URL): network NOT cut off"
        name = f"somat-test-{uuid.uuid4().hex[:10]}"
        if shutil.which("ip") and _ok(["ip", "netns", "add", name]):
            self.ns = name
            self.prefix = ["ip", "netns", "exec", name]
            self.mode = f"network namespace {name} (ip netns): loopback down, no interfaces"
        elif shutil.which("unshare") and _ok(["unshare", "--net", "true"]):
            self.prefix = ["unshare", "--net"]
            self.mode = "new network namespace (unshare --net): no interfaces"
        elif shutil.which("unshare") and _ok(["unshare", "--map-root-user", "--net", "true"]):
            self.prefix = ["unshare", "--map-root-user", "--net"]
            self.mode = "user + network namespace (unshare -rn): no interfaces"

    def close(self) -> None:
        if self.ns:
            subprocess.run(["ip", "netns", "delete", self.ns], check=False)


def _ok(cmd: list[str]) -> bool:
    try:
        return subprocess.run(cmd, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="module")
def isolation(request):
    iso = Isolation()
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:  # shown in the test output even when output is captured
        reporter.write_line(f"[installer test] isolation: {iso.mode}")
    yield iso
    iso.close()


def offline_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "SOMAT_", "QT_"))}
    env.update(PIP_NO_INDEX="1", PIP_INDEX_URL="http://127.0.0.1:9/", PIP_FIND_LINKS="",
               PIP_CONFIG_FILE=os.devnull, SOMAT_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               LANG="C.UTF-8", PYTHONDONTWRITEBYTECODE="1")
    return env


def run(iso: Isolation, cmd: list, env: dict, timeout: int = 300) -> subprocess.CompletedProcess:
    proc = subprocess.run([*iso.prefix, *map(str, cmd)], env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)
    print(f"$ {' '.join(map(str, cmd))}\n-> {proc.returncode}\n{proc.stdout}{proc.stderr}")
    return proc


# --- bundles ---------------------------------------------------------------------------------
def build(out: Path, *args: str) -> Path:
    source = os.environ.get("SOMAT_TEST_BUNDLE_SOURCE", "head")
    # Built with the interpreter running the tests (there may be no .venv in a fresh checkout).
    proc = subprocess.run(["bash", str(BUILD), "--no-tar", "--source", source, "--out", str(out), *args],
                          capture_output=True, text=True, timeout=900,
                          env={**os.environ, "PYTHON": sys.executable})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return Path(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    prebuilt = os.environ.get("SOMAT_TEST_BUNDLE")
    if prebuilt:
        return Path(prebuilt)
    return build(tmp_path_factory.mktemp("bundle-a"))


@pytest.fixture(scope="module")
def newer_bundle(tmp_path_factory, bundle) -> Path:
    """Same code, version NEWER, plus one pending migration; built from the cache only."""
    hook = f"{sys.executable} {Path(__file__).with_name('add_probe_migration.py')}"
    return build(tmp_path_factory.mktemp("bundle-b"), "--offline", "--no-debs",
                 "--version-override", NEWER, "--source-hook", hook)


def install(iso, bundle: Path, prefix: Path, home: Path, *extra: str) -> subprocess.CompletedProcess:
    return run(iso, ["bash", bundle / "install.sh", "--prefix", prefix, "--no-system-packages", *extra],
               offline_env(home))


# --- tests -----------------------------------------------------------------------------------
def test_network_is_really_off(isolation):
    if not isolation.prefix:
        pytest.skip(isolation.mode)
    probe = "import socket; socket.create_connection(('1.1.1.1', 443), timeout=3)"
    proc = subprocess.run([*isolation.prefix, sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=30)
    assert proc.returncode != 0 and ("unreachable" in proc.stderr.lower() or "OSError" in proc.stderr)


def test_install_offline_and_run(isolation, bundle, tmp_path):
    prefix, home = tmp_path / "opt", tmp_path / "home"
    cupsd_conf = Path("/etc/cups/cupsd.conf")
    cups_before = cupsd_conf.read_bytes() if cupsd_conf.exists() else None
    proc = install(isolation, bundle, prefix, home)
    assert proc.returncode == 0, proc.stderr
    # --no-system-packages leaves the system alone, even as root: the CUPS setting is not applied
    assert (cupsd_conf.read_bytes() if cupsd_conf.exists() else None) == cups_before
    assert "SHA256SUMS OK" in proc.stdout
    somat = prefix / "bin" / "somat"
    version = (bundle / "VERSION").read_text().strip()
    env = offline_env(home)

    proc = run(isolation, [somat, "--version"], env)
    assert proc.returncode == 0 and version in proc.stdout
    desktop = (prefix / "share" / "applications" / "somat.desktop").read_text(encoding="utf-8")
    assert f'Exec="{somat}" gui' in desktop and (prefix / "share" / "somat.png").is_file()

    # `somat check --root` on a tiny fixture machine
    root = tmp_path / "machine"
    for folder in ("etc", "var/log", "home/vanthu", "root"):
        (root / folder).mkdir(parents=True)
    (root / "etc" / "machine-id").write_text("5b2f6d0e9c8a4e1f8d7c6b5a49382716\n")
    (root / "etc" / "hostname").write_text("may-soan-thao\n")
    proc = run(isolation, [somat, "check", "--root", root, "--json"], env)
    assert proc.returncode in (0, 1), proc.stderr
    assert isinstance(json.loads(proc.stdout), (dict, list))

    # The GUI from the installed copy, offscreen: Qt and its plugins load from the venv.
    python = prefix / "current" / "venv" / "bin" / "python"
    qt_probe = ("from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication, QLabel;"
                "import app.ui.app; a = QApplication(['somat']); w = QLabel('Sổ Mật'); w.show();"
                "QTimer.singleShot(0, a.quit); raise SystemExit(a.exec())")
    proc = run(isolation, [python, "-I", "-c", qt_probe], env)
    assert proc.returncode == 0, proc.stderr
    proc = run(isolation, [somat, "gui", "--smoke-test"], env, timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert "Kiểm tra khởi động: đạt" in proc.stdout

    # Printing from this clean install (no test extras): the preview renders with the bundled
    # pypdfium2 and the PDF goes to a real CUPS queue (a private cupsd, reached by its Unix socket
    # from inside the network namespace) through `lp` on standard input.
    from tests.gui.cupsd import start_private_cups, stop_private_cups

    cups = start_private_cups(tmp_path / "cups")
    try:
        print_probe = (
            "import io; from PySide6.QtGui import QGuiApplication; a = QGuiApplication(['somat']);"
            "from reportlab.pdfgen import canvas; buf = io.BytesIO(); c = canvas.Canvas(buf); c.drawString(72, 720, 'In thử');"
            "c.showPage(); c.save(); pdf = buf.getvalue();"
            "from app.ui.dialogs import pdf_pages; assert pdf_pages.renderer() == 'pdfium', pdf_pages.renderer();"
            "images = pdf_pages.render_pages(pdf); assert len(images) == 1 and not images[0].isNull();"
            "import pypdfium2, app.services.print_queue as q; print('pdfium', pypdfium2.__file__);"
            "print('job', q.submit(pdf, 'somat-test').job_id)")
        proc = run(isolation, [python, "-I", "-c", print_probe], {**env, "CUPS_SERVER": cups.socket})
        assert proc.returncode == 0, proc.stderr
        assert str(prefix) in proc.stdout.split("pdfium ", 1)[1]  # the installed copy, not the dev venv
        job = proc.stdout.split("job ", 1)[1].split()[0]
        cups.wait_completed(job)
    finally:
        stop_private_cups(cups)


def test_tampered_bundle_is_refused(isolation, bundle, tmp_path):
    copy = tmp_path / "bundle"
    shutil.copytree(bundle, copy)
    wheel = next((copy / "wheels").glob("somat-*.whl"))
    with wheel.open("ab") as fh:
        fh.write(b"\0")
    proc = install(isolation, copy, tmp_path / "opt", tmp_path / "home")
    assert proc.returncode == 1 and "checksum mismatch" in proc.stderr
    assert not (tmp_path / "opt" / "current").exists()

    copy2 = tmp_path / "bundle2"
    shutil.copytree(bundle, copy2)
    (copy2 / "wheels" / "evil-1.0-py3-none-any.whl").write_bytes(b"PK")
    proc = install(isolation, copy2, tmp_path / "opt2", tmp_path / "home")
    assert proc.returncode == 1 and "unexpected files" in proc.stderr


def test_upgrade_keeps_registry_and_downgrade_is_refused(isolation, bundle, newer_bundle, tmp_path):
    prefix, home = tmp_path / "opt", tmp_path / "home"
    env = offline_env(home) | {"SOMAT_USER": FIXTURE_ADMIN, "SOMAT_PASSWORD": FIXTURE_PASSWORD}
    somat = prefix / "bin" / "somat"
    old = (bundle / "VERSION").read_text().strip()

    assert install(isolation, bundle, prefix, home).returncode == 0
    data = home / "data"
    data.mkdir(parents=True)
    db = data / "so-mat.somat"
    fixture = FIXTURES / f"release-{PREVIOUS_RELEASE}.somat"
    assert fixture.is_file(), f"no registry fixture of the previous release ({fixture.name})"
    shutil.copyfile(fixture, db)
    shutil.copyfile(fixture.with_name(fixture.name + ".keys"), db.with_name(db.name + ".keys"))
    assert run(isolation, [somat, "audit", "verify", "--db", db], env).returncode == 0

    # upgrade: the installer copies the (encrypted) registry, keeps the old version for rollback
    proc = install(isolation, newer_bundle, prefix, home)
    assert proc.returncode == 0, proc.stderr
    assert os.readlink(prefix / "current") == NEWER and os.readlink(prefix / "previous") == old
    copies = sorted((data / "backups").glob(f"truoc-nang-cap-{old}-len-{NEWER}-*"))
    assert {p.suffix for p in copies} >= {".somat", ".keys"}
    assert NEWER in run(isolation, [somat, "--version"], env).stdout

    # first real open by the new version: app backup + migration, data intact
    before = set((data / "backups").iterdir())
    proc = run(isolation, [somat, "backup", "--db", db], env)
    assert proc.returncode == 0, proc.stderr
    assert len(set((data / "backups").iterdir()) - before) >= 2  # pre-migration backup + this one
    assert run(isolation, [somat, "audit", "verify", "--db", db], env).returncode == 0

    # downgrade refused by the installer; nothing changes
    proc = install(isolation, bundle, prefix, home)
    assert proc.returncode == 1 and "downgrade refused" in proc.stderr
    assert os.readlink(prefix / "current") == NEWER

    # forced downgrade: the old app refuses the newer registry (DatabaseTooNew), no traceback
    proc = install(isolation, bundle, prefix, home, "--allow-downgrade")
    assert proc.returncode == 0, proc.stderr
    proc = run(isolation, [somat, "audit", "verify", "--db", db], env)
    assert proc.returncode in (1, 2) and "Traceback" not in proc.stderr

    # uninstall removes the program and never the registry
    proc = run(isolation, ["bash", prefix / "uninstall.sh", "--yes"], offline_env(home))
    assert proc.returncode == 0 and not prefix.exists()
    assert db.is_file() and db.with_name(db.name + ".keys").is_file() and copies[0].is_file()
    assert str(data) in proc.stdout
