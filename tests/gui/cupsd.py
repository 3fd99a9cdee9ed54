"""A private CUPS scheduler for printing tests: its own configuration and spool under a temporary folder,
listening on a free port of 127.0.0.1 only, with one raw queue ``somat-test`` whose device is
``file:/dev/null`` (``FileDevice Yes``). Its cupsd.conf goes through the installer's
``cups-no-job-files.sh`` first, so the tests also prove that setting leaves no job file in the spool.

Clients (``lp``, ``lpstat``) find it through ``CUPS_SERVER``: ``server`` (TCP on loopback) or ``socket``
(a Unix socket, reachable from a process in another network namespace, e.g. the offline-install test).
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.tooling import require_tool

REPO = Path(__file__).resolve().parents[2]
NO_JOB_FILES = REPO / "installer" / "bundle" / "cups-no-job-files.sh"
QUEUE = "somat-test"

CUPSD_CONF = """\
Listen 127.0.0.1:{port}
Listen {root}/cups.sock
LogLevel warn
Browsing No
WebInterface No
DefaultAuthType None
PreserveJobFiles Yes
<Location />
  Order allow,deny
  Allow 127.0.0.1
</Location>
<Policy default>
  JobPrivateAccess default
  JobPrivateValues none
  SubscriptionPrivateAccess default
  SubscriptionPrivateValues none
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """\
ServerRoot {root}
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
FileDevice Yes
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PrivateCups:
    root: Path
    server: str
    process: subprocess.Popen

    @property
    def socket(self) -> str:
        return str(self.root / "cups.sock")

    @property
    def spool(self) -> Path:
        return self.root / "spool"

    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": self.server, "LC_ALL": "C"}

    def run(self, *args: str) -> str:
        return subprocess.run(list(args), env=self.env(), capture_output=True, text=True, check=True,
                              timeout=30).stdout

    def jobs(self, which: str = "all") -> str:
        """``lpstat -W which -o QUEUE``: one line per job (id, user, size in bytes, date)."""
        return self.run("lpstat", "-W", which, "-o", QUEUE)

    def wait_completed(self, job_id: str, deadline_s: float = 30) -> None:
        end = time.monotonic() + deadline_s
        while job_id not in self.jobs("completed"):
            if time.monotonic() > end or self.process.poll() is not None:
                raise AssertionError(f"job {job_id} not completed: {self.jobs('all')}\n{self.log()}")
            time.sleep(0.1)

    def log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text(errors="replace") if path.exists() else ""


def start_private_cups(root: Path) -> PrivateCups:
    cupsd = require_tool("cupsd", "cups")
    require_tool("lp", "cups-client")
    require_tool("lpadmin", "cups-client")
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o755)  # cupsd drops to the lp user for backends
    for sub in ("spool", "cache", "state", "log"):
        (root / sub).mkdir(exist_ok=True)
    (root / "spool" / "tmp").mkdir(exist_ok=True)
    (root / "spool" / "tmp").chmod(0o1777)
    port = _free_port()
    conf = root / "cupsd.conf"
    conf.write_text(CUPSD_CONF.format(port=port, root=root))
    changed = subprocess.run(["sh", str(NO_JOB_FILES), str(conf)], capture_output=True, text=True, check=True)
    assert changed.stdout.strip() == "changed"
    (root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    process = subprocess.Popen([cupsd, "-f", "-c", str(conf), "-s", str(root / "cups-files.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    cups = PrivateCups(root=root, server=f"127.0.0.1:{port}", process=process)
    end = time.monotonic() + 20
    while True:  # ready when the scheduler answers
        probe = subprocess.run(["lpstat", "-r"], env=cups.env(), capture_output=True, text=True, timeout=10)
        if "scheduler is running" in probe.stdout:
            break
        if process.poll() is not None or time.monotonic() > end:
            stop_private_cups(cups)
            raise AssertionError(f"private cupsd did not start: {process.stderr.read().decode(errors='replace') if process.stderr else ''}"
                                 f"\n{cups.log()}")
        time.sleep(0.1)
    cups.run("lpadmin", "-p", QUEUE, "-E", "-v", "file:/dev/null")
    cups.run("lpadmin", "-d", QUEUE)
    return cups


def stop_private_cups(cups: PrivateCups) -> None:
    if cups.process.poll() is None:
        cups.process.terminate()
        try:
            cups.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            cups.process.kill()
            cups.process.wait()
    if cups.process.stderr:
        cups.process.stderr.close()


@pytest.fixture(scope="module")
def _private_cups(tmp_path_factory):
    cups = start_private_cups(tmp_path_factory.mktemp("cups"))
    yield cups
    stop_private_cups(cups)


@pytest.fixture
def cups(_private_cups, monkeypatch, tmp_path):
    """The private CUPS server for this test's ``lp`` calls, and an empty $TMPDIR to check afterwards."""
    import tempfile

    monkeypatch.setenv("CUPS_SERVER", _private_cups.server)
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", None)
    _private_cups.tmpdir = tmpdir
    return _private_cups
