"""Benchmark of the network-configuration and log probes (issue 9 §3-4) on top of the root of
``bench_hwcheck.py``: 60 MB of syslog/auth.log (rsyslog format, NetworkManager, wpa_supplicant,
timesyncd and sshd lines among ordinary daemon noise; rotated as .gz, .xz and .zst), a 30,000-entry
journal written by systemd-journal-remote, 100,000 wtmp records, 2,000 hashed known_hosts entries,
a 20,000-line bash history, NetworkManager profiles, netplan, apt lists, Bluetooth pairings.
Prints the full check's time and its ratio to reading and decompressing the same bytes.

Run: ``.venv/bin/python bench/bench_netlogs.py``
"""
from __future__ import annotations

import base64
import bz2  # noqa: F401 - decompressors used by read_all_decompressed through open_log
import gzip
import hashlib
import hmac
import lzma
import os
import random
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_hwcheck as base  # noqa: E402

from app.hwcheck import Policy, run_check  # noqa: E402
from app.hwcheck.probes.common import open_log  # noqa: E402

FIX = REPO / "tests/fixtures/hwcheck/netlogs"
NOISE = ("CRON[{n}]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)",
         "systemd[1]: Started session-{n}.scope - Session {n} of User an.",
         "dbus-daemon[612]: [system] Successfully activated service 'org.freedesktop.hostname1'",
         "rsyslogd: [origin software=\"rsyslogd\" swVersion=\"8.2302.0\"] rsyslogd was HUPed",
         "gnome-shell[1402]: Window manager warning: Overwriting existing binding of keysym 31",
         "kernel: [ {n}.123456] audit: type=1400 apparmor=\"STATUS\" operation=\"profile_replace\"")
EVENTS = ("NetworkManager[611]: <info>  [1719800001.1021] device (wlp2s0): Activation: starting connection "
          "'Wifi-{k}' (3d9a1c2e-5b6f-4a70-8e91-0f2b3c4d{k:04d})",
          "wpa_supplicant[700]: wlp2s0: Trying to associate with a4:2b:b0:11:22:33 (SSID='Wifi-{k}' freq=2437 MHz)",
          "wpa_supplicant[700]: wlp2s0: CTRL-EVENT-CONNECTED - Connection to a4:2b:b0:11:22:33 completed [id=0 id_str=]",
          "systemd-timesyncd[510]: Contacted time server 185.125.190.56:123 (ntp.ubuntu.com).",
          "sshd[1200]: Accepted publickey for an from 10.10.0.{k} port 40222 ssh2")


def syslog(n_bytes: int, seed: int) -> bytes:
    rng = random.Random(seed)
    out, size, n = [], 0, 0
    while size < n_bytes:
        n += 1
        msg = rng.choice(EVENTS).format(k=n % 200) if n % 50 == 0 else rng.choice(NOISE).format(n=n)
        line = f"Jun {1 + n % 28:2d} {n % 24:02d}:{n % 60:02d}:{n % 60:02d} maysoan {msg}\n"
        out.append(line)
        size += len(line)
    return "".join(out).encode()


def add_netlogs(root: Path) -> None:
    log = root / "var/log"
    log.mkdir(parents=True, exist_ok=True)
    (log / "syslog").write_bytes(syslog(20 << 20, 1))
    (log / "syslog.1.gz").write_bytes(gzip.compress(syslog(15 << 20, 2), 6))
    (log / "daemon.log.1.xz").write_bytes(lzma.compress(syslog(10 << 20, 3), preset=1))
    zst = subprocess.run(["zstd", "-q", "-3", "-c"], input=syslog(15 << 20, 4), check=True, capture_output=True)
    (log / "auth.log.2.zst").write_bytes(zst.stdout)
    export = "".join(f"__REALTIME_TIMESTAMP={(1719800000 + i) * 1_000_000}\n__MONOTONIC_TIMESTAMP={i + 1}\n"
                     f"_BOOT_ID=0a1b2c3d4e5f60718293a4b5c6d7e8f9\n_HOSTNAME=maysoan\nSYSLOG_IDENTIFIER="
                     f"{'sshd' if i % 3 == 0 else 'gnome-shell'}\nMESSAGE=Accepted publickey for an from "
                     f"10.10.0.{i % 200} port 4022 ssh2\n\n" for i in range(30_000))
    jdir = root / "var/log/journal/5b2f6d0e9c8a4e1f8d7c6b5a49382716"
    jdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["/lib/systemd/systemd-journal-remote", f"--output={jdir / 'system.journal'}", "-"],
                   input=export.encode(), check=True, capture_output=True)
    record = struct.Struct("<hhi32s4s32s256shhiii4i20s")
    wtmp = b"".join(record.pack(7, 0, i, b"pts/0", b"ts/0", b"an", b"10.10.0.5", 0, 0, 0, 1719800000 + i, 0,
                                0, 0, 0, 0, b"") for i in range(100_000))
    (log / "wtmp").write_bytes(wtmp)
    home = root / "home/an"
    (home / ".ssh").mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(2000):
        salt = os.urandom(20)
        digest = hmac.new(salt, f"10.10.{i // 250}.{i % 250}".encode(), hashlib.sha1).digest()
        lines.append(f"|1|{base64.b64encode(salt).decode()}|{base64.b64encode(digest).decode()} ssh-ed25519 AAAA\n")
    (home / ".ssh/known_hosts").write_text("".join(lines))
    (home / ".bash_history").write_text("".join(f"ls -la /srv/{i}\ncd /tmp\nping -c1 10.10.0.{i % 200}\n"
                                                for i in range(7000)))
    for src, dst in (("netplan/dirty", "etc/netplan"), ("bluetooth/dirty", "var/lib/bluetooth"),
                     ("apt/internet", "var/lib/apt/lists")):
        shutil.copytree(FIX / src, root / dst, dirs_exist_ok=True)
    for f in (FIX / "nm").iterdir():
        folder = "var/lib/NetworkManager" if f.suffix != ".nmconnection" else "etc/NetworkManager/system-connections"
        (root / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(f, root / folder / f.name)


def read_all_decompressed(root: Path) -> int:
    total = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            with open_log(Path(folder, name)) as fh:
                while chunk := fh.read(1 << 20):
                    total += len(chunk)
    return total


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="somat-bench-netlogs-"))
    try:
        root = base.build_root(tmp)
        add_netlogs(root)
        base.read_all(root)
        policy = Policy(allowed_lan_hosts=("10.10.0.0/16",))
        verdict = run_check(root, policy)
        print(f"Kết quả: {'đạt' if verdict.passed else 'không đạt'}; {len(verdict.findings)} phát hiện")
        read_t = base.timed(lambda: base.read_all(root), 3)
        dec_t = base.timed(lambda: read_all_decompressed(root), 3)
        check_t = base.timed(lambda: run_check(root, policy), 3)
        mine = ["netplan", "networkd", "vpn", "bluetooth", "service_logs", "logins", "apt_history",
                "remote_support", "shell_traces", "network_profiles", "leases"]
        part_t = base.timed(lambda: run_check(root, policy, only=mine), 3)
        r, d, c, p = (statistics.median(t) for t in (read_t, dec_t, check_t, part_t))
        import resource

        def cpu() -> float:  # this process and its children (journalctl): robust to a loaded machine
            own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

        before = cpu()
        run_check(root, policy)
        check_cpu = cpu() - before
        before = cpu()
        read_all_decompressed(root)
        dec_cpu = cpu() - before
        print(f"Thời gian CPU: kiểm tra đầy đủ {check_cpu * 1000:.0f} ms; đọc + giải nén {dec_cpu * 1000:.0f} ms "
              f"(tỉ lệ {check_cpu / dec_cpu:.2f})")
        print(f"Đọc toàn bộ byte: {r * 1000:.0f} ms; đọc + giải nén: {d * 1000:.0f} ms")
        print(f"Kiểm tra đầy đủ: {c * 1000:.0f} ms (mục tiêu < 2000); riêng mạng + nhật ký: {p * 1000:.0f} ms")
        print(f"Tỉ lệ kiểm tra / (đọc + giải nén): {c / d:.2f} (mục tiêu ≤ 5)")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
