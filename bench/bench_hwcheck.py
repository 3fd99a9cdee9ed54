"""Benchmark of the hardware check on a built system disk.

Root: a 100,000-visit Chromium history, a 50,000-visit Firefox history (WAL mode) and 50 MB of
kernel logs (syslog format, part rotated and gzipped) with USB events among ordinary kernel noise.
Prints the time of the full check (``run_check`` on the root) and its ratio to simply reading the
same files' bytes (warm page cache). Target: under 2 s, ratio at most 5.

Run: ``.venv/bin/python bench/bench_hwcheck.py``
"""
from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "fixtures" / "hwcheck"))

import hwcheck_builders as hb  # noqa: E402

from app.hwcheck import Policy, run_check  # noqa: E402

UTC = dt.timezone.utc
LOG_BYTES = 50 * 1024 * 1024
NOISE = (
    "[UFW BLOCK] IN=enp3s0 OUT= MAC=01:00:5e:00:00:01:52:54:00:12:34:56:08:00 SRC=192.168.1.1 "
    "DST=224.0.0.1 LEN=36 TOS=0x00 PREC=0xC0 TTL=1 ID=0 DF PROTO=2",
    "audit: type=1400 audit({t}.123:{n}): apparmor=\"DENIED\" operation=\"open\" profile=\"snap.cups\" "
    "name=\"/etc/ssl/openssl.cnf\" pid={n} comm=\"cupsd\" requested_mask=\"r\" denied_mask=\"r\"",
    "EXT4-fs (sda2): mounted filesystem with ordered data mode. Opts: errors=remount-ro. Quota mode: none.",
    "perf: interrupt took too long (2503 > 2500), lowering kernel.perf_event_max_sample_rate to 79750",
    "e1000e 0000:00:1f.6 enp3s0: NIC Link is Down",
    "ACPI: \\_SB_.PCI0.LPCB.EC0_: Interrupt pending",
    "thermal thermal_zone2: failed to read out thermal zone (-61)",
    "usb 1-3: reset high-speed USB device number 2 using xhci_hcd",
    "input: Logitech USB Optical Mouse as /devices/pci0000:00/0000:00:14.0/usb1/1-4/1-4:1.0/input/input{n}",
)


def build_logs(root: Path) -> int:
    rng = random.Random(7)
    start = dt.datetime(2025, 1, 1)
    files = [("kern.log.4.gz", 0.15), ("kern.log.3.gz", 0.15), ("kern.log.2.gz", 0.2), ("kern.log.1", 0.25),
             ("kern.log", 0.25)]
    total = 0
    n = 0
    for name, share in files:
        target = int(LOG_BYTES * share)
        chunks, size = [], 0
        while size < target:
            lines = []
            for _ in range(200):
                n += 1
                lines.append(rng.choice(NOISE).format(t=1735689600 + n, n=n))
            if n % 20000 < 200:  # now and then a USB drive or a phone
                lines += hb.usb_storage_lines(serial=f"SER{n:010d}", devnum=n % 120 + 2)
                if n % 60000 < 200:
                    lines += hb.usb_tether_lines(devnum=n % 120 + 3)
            text = hb.syslog_format(lines, start + dt.timedelta(seconds=n * 10))
            chunks.append(text)
            size += len(text.encode())
        hb.write_log(root, name, "".join(chunks), mtime=dt.datetime(2025, 12, 31, tzinfo=UTC))
        total += size
    return total


def build_root(base: Path) -> Path:
    root = hb.minimal_system(base / "disk")
    rng = random.Random(1)
    hosts = [f"site{i}.example.com" for i in range(2000)]
    t0 = dt.datetime(2024, 1, 1, tzinfo=UTC)
    chrome = [(f"https://{rng.choice(hosts)}/page/{rng.randrange(20000)}", t0 + dt.timedelta(seconds=i * 97))
              for i in range(100_000)]
    hb.make_chromium_history(root / "home/an/.config/google-chrome/Default/History", chrome)
    firefox = [(f"https://{rng.choice(hosts)}/p/{rng.randrange(15000)}", t0 + dt.timedelta(seconds=i * 131))
               for i in range(50_000)]
    profile = root / "home/an/.mozilla/firefox/abcd.default-esr"
    hb.write_profiles_ini(profile.parent, ["abcd.default-esr"])
    hb.make_firefox_places(profile / "places.sqlite", visits=firefox)
    build_logs(root)
    return root


def read_all(root: Path) -> int:
    total = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            with open(os.path.join(folder, name), "rb") as fh:
                total += len(fh.read())
    return total


def read_all_gunzipped(root: Path) -> int:
    """Reading plus decompressing the rotated ``.gz`` logs: the least any reader of the logs must do."""
    import gzip

    total = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            with (gzip.open(path, "rb") if name.endswith(".gz") else open(path, "rb")) as fh:
                total += len(fh.read())
    return total


def timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    base = Path(tempfile.mkdtemp(prefix="somat-bench-hwcheck-"))
    try:
        started = time.perf_counter()
        root = build_root(base)
        print(f"Dựng thư mục gốc: {time.perf_counter() - started:.1f} s ({root})")
        size = read_all(root)  # warm the page cache
        verdict = run_check(root, Policy())
        rules = sorted({f.rule for f in verdict.findings})
        chrome = next(f for f in verdict.findings if f.evidence.get("browser") == "Google Chrome")
        fox = next(f for f in verdict.findings if f.evidence.get("browser") == "Firefox")
        usb = [f for f in verdict.findings if f.rule == "usb.unapproved_history"]
        print(f"Kết quả: {'đạt' if verdict.passed else 'không đạt'}; quy tắc: {', '.join(rules)}")
        print(f"  Chrome: {chrome.evidence['visits']} lượt; Firefox: {fox.evidence['visits']} lượt; "
              f"USB lưu trữ trong nhật ký: {len(usb)}")
        read_times = timed(lambda: read_all(root), 5)
        gunzip_times = timed(lambda: read_all_gunzipped(root), 5)
        check_times = timed(lambda: run_check(root, Policy()), 5)
        read_s, check_s = statistics.median(read_times), statistics.median(check_times)
        gunzip_s = statistics.median(gunzip_times)
        print(f"Dữ liệu trên đĩa: {size / 1e6:.1f} MB (nhật ký 50 MB chưa nén, một phần .gz)")
        print(f"Đọc toàn bộ byte:      trung vị {read_s * 1000:7.1f} ms (tốt nhất {min(read_times) * 1000:.1f} ms)")
        print(f"Đọc và giải nén .gz:   trung vị {gunzip_s * 1000:7.1f} ms")
        print(f"Kiểm tra đầy đủ:       trung vị {check_s * 1000:7.1f} ms (tốt nhất {min(check_times) * 1000:.1f} ms)")
        print(f"Tỉ lệ kiểm tra / đọc:  {check_s / read_s:.1f}; so với đọc + giải nén: {check_s / gunzip_s:.1f}"
              "  (mục tiêu < 2 s, tỉ lệ ≤ 5)")
        return 0
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
