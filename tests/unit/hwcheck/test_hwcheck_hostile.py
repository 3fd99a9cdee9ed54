"""Inspecting a disk safely: the real ``somat check --root`` CLI on hostile roots (FIFOs, device nodes,
sockets, sparse huge files, link loops, links out of the root, unreadable files). Each run must end
(a timeout catches a hang), print no traceback, and report the hostile file as a blocking
``probe.failed`` finding with a Vietnamese summary; links are resolved inside the root (twins show
the same link read when its target is inside)."""
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import hwcheck_builders as hb
import pytest

REPO = Path(__file__).resolve().parents[3]
FIX = REPO / "tests/fixtures/hwcheck/usb"
TIMEOUT = 120  # a hang, not a speed limit


def somat_check(root: Path, *args: str, user: str | None = None) -> tuple[int, dict, str]:
    cmd = [sys.executable, "-m", "app", "check", "--root", str(root), "--json", *args]
    if user:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
    env = {**os.environ, "PYTHONPATH": str(REPO), "CI": os.environ.get("CI", "")}
    proc = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, env=env, cwd=REPO)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert proc.returncode in (0, 1), stderr
    return proc.returncode, json.loads(proc.stdout), stderr


class _Failures(dict):
    """The blocking failures for one source. Several probes may read the same log (kernel lines,
    service lines); ``summary`` is what *every* one of them says, so ``"socket" in f["summary"]``
    holds only when each failure says it."""

    def __init__(self, found: list[dict]):
        super().__init__(found[0])
        self["summary"] = _Common([f["summary"] for f in found])


class _Common(str):
    def __new__(cls, summaries: list[str]):
        obj = super().__new__(cls, " | ".join(summaries))
        obj.summaries = summaries
        return obj

    def __contains__(self, part: str) -> bool:
        return all(part in s for s in self.summaries)


def failed(report: dict, source: Path) -> dict:
    found = [f for f in report["findings"] if f["rule"] == "probe.failed" and f["source"] == str(source)]
    assert found and all(f["severity"] == "block" for f in found), report["findings"]
    return _Failures(found)


def usb_serials(report: dict) -> set:
    return {f["evidence"].get("serial") for f in report["findings"] if f["rule"].startswith("usb.")}


@pytest.fixture
def root(system_root):
    return system_root


def test_fifo_log_does_not_hang(root):
    fifo = root / "var/log/kern.log"
    os.mkfifo(fifo)
    code, report, _ = somat_check(root)
    f = failed(report, fifo)
    assert code == 1 and "FIFO" in f["summary"] and f["summary"].startswith("Không đọc được")


def test_fifo_machine_id_and_timezone_do_not_hang(root):
    (root / "etc/machine-id").unlink()
    os.mkfifo(root / "etc/machine-id")
    os.mkfifo(root / "etc/localtime")
    code, report, _ = somat_check(root)
    assert "FIFO" in failed(report, root / "etc/machine-id")["summary"] and code == 1


def test_socket_log(root):
    path = root / "var/log/messages"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        code, report, _ = somat_check(root)
    assert "socket" in failed(report, path)["summary"]


def test_device_node_log_is_never_opened(root):
    path = root / "var/log/syslog"
    try:
        os.mknod(path, stat.S_IFCHR | 0o644, os.makedev(1, 5))  # /dev/zero: endless bytes
    except PermissionError:
        pytest.skip("mknod needs CAP_MKNOD (root)")
    code, report, _ = somat_check(root)
    assert "thiết bị ký tự" in failed(report, path)["summary"] and code == 1


def test_sparse_huge_log_is_not_read_and_fails_closed(root):
    path = root / "var/log/kern.log"
    with open(path, "wb") as fh:
        fh.truncate(6 * 1024 ** 3)  # 6 GiB of holes: no disk used
    code, report, _ = somat_check(root)
    assert "quá lớn" in failed(report, path)["summary"] and code == 1


def test_link_loops(root):
    (root / "var/log/kern.log").symlink_to("kern.log")
    (root / "var/log/journal").symlink_to("/var/log/journal")  # a folder link to itself, absolute
    code, report, _ = somat_check(root)
    assert "vòng lặp" in failed(report, root / "var/log/kern.log")["summary"]
    assert "vòng lặp" in failed(report, root / "var/log/journal")["summary"]
    assert code == 1


def test_absolute_link_out_of_the_root_is_resolved_inside(root, tmp_path):
    """A log linked to an absolute path: the inspector's own file at that path must not be read."""
    outside = Path(tempfile.mkdtemp(prefix="somat-outside-", dir=tmp_path))
    shutil.copyfile(FIX / "disk_no_serial.kern.log", outside / "kern.log")
    hb.write_log(outside, "x", hb.syslog_format(hb.usb_storage_lines(serial="OUTSIDE0001"), hb.dt.datetime(2025, 1, 2)))
    (root / "var/log/kern.log").symlink_to(outside / "var/log/x")
    code, report, _ = somat_check(root)
    assert "OUTSIDE0001" not in usb_serials(report)
    assert "không tồn tại" in failed(report, root / "var/log/kern.log")["summary"]
    # twin: the same absolute link, its target present inside the root → read
    inside = root / str(outside / "var/log/x").lstrip("/")
    inside.parent.mkdir(parents=True)
    shutil.copyfile(outside / "var/log/x", inside)
    code, report, _ = somat_check(root)
    assert "OUTSIDE0001" in usb_serials(report) and code == 1


def test_dotdot_link_cannot_climb_out_of_the_root(root, tmp_path):
    hb.write_log(tmp_path, "syslog", hb.syslog_format(hb.usb_storage_lines(serial="CLIMB0001"), hb.dt.datetime(2025, 1, 2)))
    depth = len(root.relative_to("/").parts) + 2
    (root / "var/log/syslog").symlink_to("../" * depth + str(tmp_path / "var/log/syslog").lstrip("/"))
    code, report, _ = somat_check(root)
    assert "CLIMB0001" not in usb_serials(report)
    failed(report, root / "var/log/syslog")


def test_browser_profile_link_out_of_the_root(root, tmp_path):
    """A History file linked to an absolute path outside: never the inspector's file."""
    outside = tmp_path / "outside-history"
    hb.make_chromium_history(outside, visits=[("https://outside-leak.example.vn/", hb.dt.datetime(2025, 1, 2))])
    profile = root / "home/an/.config/chromium/Default"
    profile.mkdir(parents=True)
    (profile / "History").symlink_to(outside)
    code, report, _ = somat_check(root)
    assert "outside-leak.example.vn" not in json.dumps(report)
    # twin: the link's target inside the root is read
    inside = root / str(outside).lstrip("/")
    inside.parent.mkdir(parents=True)
    shutil.copyfile(outside, inside)
    code, report, _ = somat_check(root)
    assert "outside-leak.example.vn" in json.dumps(report, ensure_ascii=False) and code == 1


def test_unreadable_log_as_an_unprivileged_inspector(tmp_path):
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root to drop to an unprivileged user")
    base = Path(tempfile.mkdtemp(prefix="somat-unreadable-"))
    try:
        root = hb.minimal_system(base / "disk")
        for folder, _, _ in os.walk(base):
            os.chmod(folder, 0o755)
        for f in (root / "etc").iterdir():
            os.chmod(f, 0o644)
        log = root / "var/log/kern.log"
        log.write_text(hb.syslog_format(hb.usb_storage_lines(), hb.dt.datetime(2025, 1, 2)))
        os.chmod(log, 0o600)
        code, report, _ = somat_check(root, user="65534")
        f = failed(report, log)
        assert "quyền" in f["summary"] and code == 1
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_clean_twin_root_passes(root):
    """The same skeleton with a readable clean log passes: the failures above come from the hostile files."""
    shutil.copyfile(FIX / "emmc_system.kern.log", root / "var/log/kern.log")
    (root / "etc/localtime").symlink_to("/usr/share/zoneinfo/Asia/Ho_Chi_Minh")
    code, report, _ = somat_check(root)
    assert [f for f in report["findings"] if f["severity"] == "block"] == []
    assert code == 0


def test_linked_profile_folder_is_followed_inside_the_root(root, tmp_path):
    """A whole browser folder linked to an absolute path (an intermediate link, not the file itself)."""
    outside = tmp_path / "outside-config/chromium"
    hb.make_chromium_history(outside / "Default/History",
                             visits=[("https://folder-leak.example.vn/", hb.dt.datetime(2025, 1, 2))])
    (root / "home/an/.config/chromium").mkdir(parents=True)
    (root / "home/an/.config/chromium/Default").symlink_to(outside / "Default")  # a listed profile folder
    code, report, _ = somat_check(root)
    assert "folder-leak.example.vn" not in json.dumps(report)
    inside = root / str(outside).lstrip("/")
    shutil.copytree(outside, inside)
    code, report, _ = somat_check(root)
    assert "folder-leak.example.vn" in json.dumps(report, ensure_ascii=False) and code == 1


def test_home_linked_elsewhere_on_the_disk_is_read(root):
    """``/home -> /data/home`` (absolute): the disk's own /data/home, with its kernel-log-free user."""
    shutil.rmtree(root / "home")
    (root / "data/home/an").mkdir(parents=True)
    (root / "home").symlink_to("/data/home")
    (root / "etc/fstab").write_text("UUID=9e8d7c6b-5a49-4382-a716-5b2f6d0e9c8a /data ext4 defaults 0 2\n")
    shutil.copyfile(FIX / "emmc_system.kern.log", root / "var/log/kern.log")
    code, report, _ = somat_check(root)
    assert [f for f in report["findings"] if f["severity"] == "block"] == [] and code == 0
    shutil.rmtree(root / "data/home/an")  # the /home partition not mounted under the root: blocks
    (root / "etc/fstab").write_text("UUID=9e8d7c6b-5a49-4382-a716-5b2f6d0e9c8a /home ext4 defaults 0 2\n")
    code, report, _ = somat_check(root)
    assert any(f["rule"] == "probe.failed" and f["evidence"].get("mountpoint") == "/home"
               for f in report["findings"]) and code == 1


def test_probe_error_prints_no_traceback(root):
    """``/home`` linked to itself: the probes that need it fail closed, stderr stays clean."""
    shutil.rmtree(root / "home")
    (root / "home").symlink_to("/home")
    code, report, stderr = somat_check(root)
    loops = [f for f in report["findings"] if f["rule"] == "probe.failed" and "vòng lặp" in f["summary"]]
    assert loops and all(f["severity"] == "block" for f in loops) and code == 1
    assert stderr == ""


def test_fifo_passwd_does_not_hang_the_check(root, monkeypatch):
    """A FIFO as /etc/passwd (read by the home finder): the check still ends, without a traceback."""
    os.unlink(root / "etc/passwd")
    os.mkfifo(root / "etc/passwd")
    monkeypatch.setenv("SOMAT_HWCHECK_PROBE_TIMEOUT", "3")
    code, report, _ = somat_check(root)
    assert code in (0, 1) and report["findings"]


def test_watchdog_reports_a_probe_blocked_on_a_special_file(root, monkeypatch):
    """Safety net for readers outside safe_io: a probe blocked in ``open()`` on a FIFO is reported as
    probe.failed after SOMAT_HWCHECK_PROBE_TIMEOUT and the check goes on."""
    from app.hwcheck import Policy, run_check

    fifo = root / "var/log/trap"
    os.mkfifo(fifo)

    def careless(ctx):
        with open(fifo, "rb") as fh:  # blocks until a writer opens the FIFO
            fh.read()
        return []
    monkeypatch.setenv("SOMAT_HWCHECK_PROBE_TIMEOUT", "1")
    try:
        verdict = run_check(root, Policy(), only=["identity", "mounts"], probes={"mounts": careless})
    finally:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # release the blocked reader thread
        os.close(fd)
    [f] = [f for f in verdict.findings if f.rule == "probe.failed"]
    assert f.severity == "block" and "không đọc xong" in f.summary and f.evidence["probe"] == "mounts"
    assert any(f.rule == "tag.missing" for f in verdict.findings)  # the other probe still ran
