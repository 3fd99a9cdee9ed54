"""Benchmark: the clerk's speed targets of the GUI (issue "Desktop application").

* start → unlock window: a fresh process (``python -m app``-style imports, QApplication, the unlock
  dialog on screen, offscreen platform) — target < 1.5 s;
* unlock: ``open_registry`` with the real, calibrated Argon2id parameters (key derivation included)
  on a registry of N documents — target < 1.5 s;
* searching the register as the GUI does it (``document_ids`` for the typed text, then the first
  page of 200 rows for the lazy table) — target < 200 ms; and scrolling: fetching a page of 200 rows at
  random positions of the full register through ``DocumentTableModel``.

The registry is built with ``create_registry`` (real key slots) and filled with the generator of
``bench_registry`` through a raw keyed connection. Baseline for the ratios: the same GUI queries on a
plain-SQLite copy of the schema are in ``bench_registry``; here the figures are absolute targets.

Run: ``.venv/bin/python bench/bench_gui.py [--rows N]`` (default 1,000,000; building takes minutes).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "Mật khẩu đo tốc độ 2026"
STARTUP_PROBE = r"""
import sys, time, psutil
from pathlib import Path
from app.ui.app import make_application
from app.ui.tasks import TaskRunner
from app.ui.unlock_dialog import UnlockDialog
app = make_application()
dialog = UnlockDialog(TaskRunner(), Path(sys.argv[1]))
dialog.show()
app.processEvents()
print(time.time() - psutil.Process().create_time())
"""


def _ms(values):
    values = sorted(values)
    return statistics.median(values) * 1000, values[min(len(values) - 1, int(0.95 * len(values)))] * 1000


def build(path: Path, rows: int) -> float:
    from bench_registry import INSERT, generate

    from app.models.db import connect_raw
    from app.services.registry import create_registry

    registry, _code = create_registry(path, agency_name="Sở đo tốc độ", superior_body="UBND tỉnh",
                                      admin_username="quantri", admin_full_name="Người đo", password=PASSWORD)
    key = bytes(registry.key)
    registry.close()
    t = time.perf_counter()
    conn = connect_raw(path, key)
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("BEGIN")
    for chunk in generate(rows):
        conn.executemany(INSERT, chunk)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    return time.perf_counter() - t


def measure_startup(path: Path, runs: int = 3) -> list[float]:
    out = []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", STARTUP_PROBE, str(path)], capture_output=True, text=True,
                             cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120)
        out.append(float(res.stdout.strip().splitlines()[-1]))
    return out


def measure_unlock(path: Path, runs: int = 3) -> list[float]:
    from app.services.registry import open_registry

    out = []
    for _ in range(runs):
        t = time.perf_counter()
        reg = open_registry(path, "quantri", PASSWORD)
        out.append(time.perf_counter() - t)
        reg.close()
    return out


def measure_gui_queries(path: Path, repeat: int) -> dict:
    from bench_registry import QUERIES

    from app.services import search
    from app.services.registry import open_registry
    from app.ui.models.document_table_model import DocumentTableModel
    from app.ui.qt import QApplication

    _app = QApplication.instance() or QApplication([])  # models need a QApplication
    reg = open_registry(path, "quantri", PASSWORD)
    try:
        typed, scroll = [], []
        with reg.session() as s:
            for q in QUERIES:  # warm-up, as after a few minutes of use
                search.document_ids(s, "den", q)
            for _ in range(repeat):
                for q in QUERIES:
                    t = time.perf_counter()
                    ids = search.document_ids(s, "den", q)
                    search.rows_for_ids(s, ids[:200])
                    typed.append(time.perf_counter() - t)
            all_ids = search.document_ids(s, "den")
            model = DocumentTableModel(reg.pack, "den",
                                       fetch_rows=lambda ids, done: done(search.rows_for_ids(s, ids)))
            t = time.perf_counter()
            model.set_ids(all_ids)
            set_ids = time.perf_counter() - t
            rng = random.Random(7)
            for _ in range(40):
                row = rng.randrange(len(all_ids))
                t = time.perf_counter()
                model.ensure_loaded(row, min(len(all_ids) - 1, row + 40))
                model._flush()  # what the model's 0-ms timer does after a scroll  # noqa: SLF001
                assert model.is_loaded(row)
                model.data(model.index(row, 3))
                scroll.append(time.perf_counter() - t)
        return {"typed": _ms(typed), "scroll": _ms(scroll), "set_ids": set_ids, "rows": len(all_ids)}
    finally:
        reg.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="somat-bench-gui-", dir="/tmp"))
    os.environ["SOMAT_HOME"] = str(tmp / "home")
    path = tmp / "so-mat.somat"
    try:
        print(f"Tạo sổ thật (Argon2id đã hiệu chỉnh) với {args.rows:,} tài liệu …", flush=True)
        built = build(path, args.rows)
        print(f"  xong sau {built:.0f} s; {path.stat().st_size / 2**20:.0f} MiB")
        startup = measure_startup(path)
        unlock = measure_unlock(path)
        gui = measure_gui_queries(path, args.repeat)
        print(f"\nRows: {args.rows:,} (sổ đến: {gui['rows']:,})")
        print(f"{'start → unlock window (s)':40}{min(startup):>8.2f}  median {statistics.median(startup):.2f}"
              "   target < 1.5")
        print(f"{'unlock incl. key derivation (s)':40}{min(unlock):>8.2f}  median {statistics.median(unlock):.2f}"
              "   target < 1.5")
        print(f"{'search as typed: ids + 200 rows (ms)':40}{gui['typed'][0]:>8.1f}  p95 {gui['typed'][1]:.1f}"
              "   target < 200")
        print(f"{'scroll: page of rows at random row (ms)':40}{gui['scroll'][0]:>8.1f}  p95 {gui['scroll'][1]:.1f}")
        print(f"{'table model set_ids (all rows) (ms)':40}{gui['set_ids'] * 1000:>8.1f}")
        ok = (statistics.median(startup) < 1.5 and statistics.median(unlock) < 1.5 and gui["typed"][0] < 200)
        print("Targets:", "ĐẠT" if ok else "CHƯA ĐẠT")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
