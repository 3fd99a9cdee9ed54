"""Benchmark: the registry's search at 1,000,000 documents, SQLCipher against plain SQLite.

Builds two identical registries under /tmp in the same run — the real encrypted one
(``make_engine(path, key)``) and a plain-SQLite baseline (``make_engine(path, key, plain=True)``),
same schema (``create_schema``: tables, triggers, FTS5 index) — and fills both with the same
generated documents (realistic Vietnamese agencies, ký hiệu and trích yếu; ``search_fold`` and
``sort_key`` computed as ``app.services.documents`` does) with ``executemany`` on a raw DB-API
connection inside one transaction. Then, on each, with ``app.services.search``:

* cold open → first 100 rows (new engine, ``search_documents(book, limit=100)``);
* ~50 diacritic-insensitive queries (words, "dang uy", ký hiệu fragments, numbers): the first page
  (``search_documents(limit=100)``) — median and p95;
* the GUI pattern: ``document_ids`` for the search + ``rows_for_ids`` for the first 100 — median, p95;
* process RSS.

Targets: search median < 50 ms at 1,000,000 rows; SQLCipher / SQLite ratio ≤ 1.5; GUI pattern < 200 ms.
Temporary databases are deleted at the end.

Run: ``.venv/bin/python bench/bench_registry.py [--rows N] [--repeat K]``
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil

from app import textnorm
from app.models.db import connect_raw, make_engine, make_sessionmaker
from app.models.schema import create_schema, sync_rule_tables
from app.rules import pack_for_date
from app.services import search

KEY = bytes(range(32))
CHUNK = 20_000

ISSUERS = [
    "Tỉnh ủy Đồng Nai", "Ủy ban nhân dân tỉnh Đồng Nai", "Đảng ủy Ủy ban nhân dân tỉnh", "Công an tỉnh Đồng Nai",
    "Bộ Chỉ huy Quân sự tỉnh", "Sở Nội vụ", "Sở Tài chính", "Sở Khoa học và Công nghệ", "Sở Y tế",
    "Ban Tổ chức Tỉnh ủy", "Văn phòng Ủy ban nhân dân tỉnh", "Đảng ủy xã Long Phước", "Ủy ban nhân dân phường Trảng Dài",
    "Đảng ủy phường Bình Phước", "Ủy ban nhân dân xã Phú Riềng", "Bộ Công an", "Văn phòng Chính phủ",
    "Ban Cơ yếu Chính phủ", "Bộ Quốc phòng", "Ủy ban Kiểm tra Tỉnh ủy", "Sở Tư pháp", "Sở Xây dựng",
    "Ban Dân vận Tỉnh ủy", "Thanh tra tỉnh", "Sở Nông nghiệp và Môi trường", "Biên phòng tỉnh",
]
ABBR = ["TU", "UBND", "ĐU", "CAT", "BCH", "SNV", "STC", "SKHCN", "SYT", "BTCTU", "VP", "ĐU", "UBND", "ĐU", "UBND",
        "BCA", "VPCP", "BCY", "BQP", "UBKT", "STP", "SXD", "BDV", "TTr", "SNNMT", "BP"]
TYPES = [("Công văn", "CV"), ("Báo cáo", "BC"), ("Kế hoạch", "KH"), ("Quyết định", "QĐ"), ("Tờ trình", "TTr"),
         ("Thông báo", "TB"), ("Chỉ thị", "CT"), ("Nghị quyết", "NQ"), ("Hướng dẫn", "HD"), ("Biên bản", "BB"),
         ("Phương án", "PA"), ("Công điện", "CĐ")]
VERBS = ["về việc triển khai", "về việc tăng cường", "kết quả thực hiện", "về việc tổ chức", "về công tác",
         "về việc kiểm tra", "tổng kết", "sơ kết 6 tháng", "về việc phân công", "về việc bảo đảm",
         "về việc rà soát", "hướng dẫn thực hiện", "về việc chuẩn bị", "đánh giá", "về việc điều chỉnh"]
TOPICS = ["công tác bảo vệ bí mật nhà nước", "phòng chống tội phạm", "an ninh chính trị nội bộ",
          "đại hội Đảng bộ", "Đảng ủy các cấp", "tuyển chọn và gọi công dân nhập ngũ", "diễn tập khu vực phòng thủ",
          "phòng cháy chữa cháy", "kiểm tra máy tính soạn thảo văn bản mật", "quy hoạch cán bộ",
          "nhân sự cấp ủy", "bảo vệ biên giới", "an toàn thông tin mạng", "công tác dân vận",
          "phòng chống thiên tai", "quản lý vật liệu nổ", "tình hình tôn giáo", "đấu tranh chống diễn biến hòa bình",
          "phương án bảo vệ mục tiêu", "bảo vệ hội nghị", "tiếp công dân", "thanh tra công vụ",
          "xử lý đơn thư khiếu nại", "kinh phí quốc phòng", "đất quốc phòng", "công tác cơ yếu",
          "chuyển đổi số", "sắp xếp đơn vị hành chính", "chính quyền địa phương hai cấp", "thủy lợi",
          "dịch bệnh", "trật tự an toàn giao thông", "phòng chống ma túy", "công tác đối ngoại",
          "đoàn công tác nước ngoài", "quản lý người nước ngoài", "vũ khí quân dụng", "lực lượng dân quân",
          "công tác tổ chức cán bộ", "bầu cử đại biểu Hội đồng nhân dân"]
SCOPES = ["trên địa bàn tỉnh", "tại các xã, phường", "trong toàn Đảng bộ", "tại Sở", "ở khu vực biên giới",
          "tại cơ quan", "của lực lượng vũ trang", "tại các đơn vị", "trong tình hình mới", "của Đảng ủy xã"]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Đức", "Võ Thị Hạnh",
         "Đặng Văn Khoa", "Bùi Thị Lan", "Đỗ Văn Minh", "Huỳnh Thị Ngọc", "Ngô Văn Phúc", "Dương Thị Quỳnh"]
UNITS = ["Văn phòng", "Phòng Tổng hợp", "Phòng Tổ chức cán bộ", "Phòng Nội chính", "Phòng Kế hoạch",
         "Ban Chỉ huy", "Phòng An ninh", "Phòng Hành chính"]
LEVELS = ["mat"] * 6 + ["toi_mat"] * 3 + ["tuyet_mat"]

QUERIES = [
    "dang uy", "Đảng ủy", "DANG UY XA", "bao cao", "ke hoach", "bi mat nha nuoc", "an ninh", "phong chay",
    "dai hoi dang bo", "cong an tinh", "uy ban nhan dan", "so noi vu", "nguyen van", "tran thi binh",
    "phòng chống ma túy", "thuy loi", "bien gioi", "chuyen doi so", "dan quan", "ton giao", "quoc phong",
    "doan cong tac nuoc ngoai", "vat lieu no", "co yeu", "khieu nai", "dong n", "quan l", "tang cuong",
    "12/UBND", "125/BC", "KH-ĐU", "qd-ubnd", "ubnd", "bca", "tb-vp", "3/cv", "4711/", "cđ-bqp",
    "125", "4711", "9", "2025", "30", "88/TTr",
    "sap xep don vi hanh chinh", "trat tu an toan giao thong", "hoi dong nhan dan", "phu rieng",
    "trang dai", "long phuoc",
]


@functools.lru_cache(maxsize=None)
def _fold(text: str) -> str:
    return textnorm.fold(text)


@functools.lru_cache(maxsize=None)
def _sort_key(text: str) -> str:
    return textnorm.sort_key_str(text)


COLUMNS = ("book", "year", "number", "volume", "regime", "so_ky_hieu", "ngay_van_ban", "loai_van_ban", "trich_yeu",
           "do_mat", "ghi_chu", "ngay_den", "co_quan_ban_hanh", "don_vi_ky_nhan", "nguoi_ky", "noi_nhan",
           "don_vi_luu", "so_luong", "classified_on", "expires_on", "status", "recall_required", "search_fold",
           "sort_key", "created_at")
INSERT = "INSERT INTO document (%s) VALUES (%s)" % (", ".join(COLUMNS), ", ".join("?" * len(COLUMNS)))
YEARS = list(range(2016, 2027))
PACKS = {y: pack_for_date(dt.date(y, 6, 1)) for y in YEARS}


def generate(n: int, seed: int = 20260301):
    """Yield chunks of rows; deterministic. Numbers restart every year in each book."""
    rng = random.Random(seed)
    counters: dict[tuple[str, int], int] = {}
    chunk = []
    for i in range(n):
        book = "den" if i % 2 == 0 else "di"
        year = YEARS[min(len(YEARS) - 1, int(len(YEARS) * i / n))]
        number = counters[(book, year)] = counters.get((book, year), 0) + 1
        day = dt.date(year, 1, 1) + dt.timedelta(days=min(364, number * 365 // max(1, n // (2 * len(YEARS)) + 1)))
        if year == 2026 and day < dt.date(2026, 3, 1) and number % 3:
            day = dt.date(2026, 3, 1) + dt.timedelta(days=number % 200)
        regime = pack_for_date(day).id
        level = rng.choice(LEVELS)
        t_name, t_abbr = rng.choice(TYPES)
        k = rng.randrange(len(ISSUERS))
        issuer = ISSUERS[k] if book == "den" else None
        ky_hieu = f"{rng.randint(1, 5000) if book == 'den' else number}/{t_abbr}-{ABBR[k]}"
        summary = f"{rng.choice(VERBS)} {rng.choice(TOPICS)} {rng.choice(SCOPES)}"
        summary = summary[0].upper() + summary[1:]
        if level == "tuyet_mat" and PACKS[year].summary_forbidden(level) and regime == "2025":
            summary = None
        signer = rng.choice(NAMES) if book == "di" else None
        recipients = f"{rng.choice(ISSUERS)}; {rng.choice(ISSUERS)}" if book == "di" else None
        fold = " ".join(p for p in (str(number), _fold(ky_hieu), _fold(issuer or ""), _fold(signer or ""),
                                    _fold(recipients or ""), _fold(t_name), _fold(summary or "")) if p)
        key_text = f"{t_name} {summary}" if summary else f"{t_name} {issuer}" if issuer else t_name
        expires = f"{day.year + PACKS[year].protection_years(level)}{day.isoformat()[4:]}".replace("-02-29", "-02-28")
        chunk.append((
            book, year, number, 1, regime, ky_hieu, day.isoformat(), t_name, summary, level, None,
            day.isoformat() if book == "den" else None, issuer, rng.choice(UNITS) if book == "den" else None,
            signer, recipients, rng.choice(UNITS) if book == "di" else None, rng.randint(1, 5) if book == "di" else None,
            day.isoformat(), expires, "dang_quan_ly", 0, fold, _sort_key(key_text), f"{day.isoformat()} 08:00:00.000000",
        ))
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def raw_connection(path: Path, plain: bool):
    if plain:
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
    else:
        conn = connect_raw(path, KEY)
    conn.execute("PRAGMA cache_size = -262144")  # bulk load: 256 MiB page cache for the random index inserts
    return conn


def build(dbs: dict[str, Path], rows: int) -> dict[str, float]:
    for kind, path in dbs.items():
        engine = make_engine(path, KEY, plain=(kind == "sqlite"))
        create_schema(engine)
        with make_sessionmaker(engine).begin() as s:
            sync_rule_tables(s)
        engine.dispose()
    conns = {kind: raw_connection(path, kind == "sqlite") for kind, path in dbs.items()}
    spent = {kind: 0.0 for kind in dbs}
    for conn in conns.values():
        conn.execute("BEGIN")
    for chunk in generate(rows):
        for kind, conn in conns.items():
            t = time.perf_counter()
            conn.executemany(INSERT, chunk)
            spent[kind] += time.perf_counter() - t
    for kind, conn in conns.items():
        t = time.perf_counter()
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ANALYZE")
        spent[kind] += time.perf_counter() - t
        conn.close()
    return {kind: rows / spent[kind] for kind in dbs}


def _ms(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return statistics.median(values) * 1000, values[min(len(values) - 1, int(0.95 * len(values)))] * 1000


def _same_library_plain_engine(path: Path):
    """The plain-SQLite file opened through sqlcipher3's own SQLite build, without a key: isolates
    the cost of encryption from the difference between two SQLite builds."""
    import sqlcipher3
    from sqlalchemy import create_engine
    from sqlalchemy.pool import QueuePool

    def creator():
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA cache_size = -262144")
        return conn

    return create_engine("sqlite://", creator=creator, module=sqlcipher3, poolclass=QueuePool)


def measure(path: Path, plain: bool, repeat: int, same_library: bool = False) -> dict:
    t = time.perf_counter()
    engine = _same_library_plain_engine(path) if same_library else make_engine(path, KEY, plain=plain)
    sm = make_sessionmaker(engine)
    with sm() as s:
        first = search.search_documents(s, "den", limit=100)
    cold = time.perf_counter() - t
    assert len(first) == 100
    page, gui, hits = [], [], []
    with sm() as s:
        for q in QUERIES:  # warm-up pass, as a user's session would be
            search.search_documents(s, "den", q, limit=100)
        for _ in range(repeat):
            for q in QUERIES:
                t = time.perf_counter()
                search.search_documents(s, "den", q, limit=100)
                page.append(time.perf_counter() - t)
                t = time.perf_counter()
                ids = search.document_ids(s, "den", q)
                search.rows_for_ids(s, ids[:100])
                gui.append(time.perf_counter() - t)
                hits.append(len(ids))
        t = time.perf_counter()
        browse = search.document_ids(s, "den")
        search.rows_for_ids(s, browse[:100])
        browse_t = time.perf_counter() - t
    engine.dispose()
    return {"cold": cold, "page": _ms(page), "gui": _ms(gui), "hits": hits[:len(QUERIES)],
            "browse": (browse_t, len(browse)), "rss": psutil.Process().memory_info().rss / 2**20}


def main(argv: list[str] | None = None) -> int:  # noqa: C901
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3, help="passes over the query mix")
    ap.add_argument("--keep", default=None, help=argparse.SUPPRESS)  # development: reuse DBs in this folder
    args = ap.parse_args(argv)
    if args.keep:
        tmp = Path(args.keep)
        tmp.mkdir(parents=True, exist_ok=True)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="somat-bench-", dir="/tmp"))
    dbs = {"sqlcipher": tmp / "bench.somat", "sqlite": tmp / "bench-plain.sqlite"}
    try:
        print(f"Tạo {args.rows:,} tài liệu (SQLCipher và SQLite thường, cùng lược đồ) …", flush=True)
        t = time.perf_counter()
        if args.keep and all(p.exists() for p in dbs.values()):
            rate = {k: float("nan") for k in dbs}
        else:
            rate = build(dbs, args.rows)
        print(f"  xong sau {time.perf_counter() - t:.1f} s; kích thước: "
              + ", ".join(f"{k} {p.stat().st_size / 2**20:.0f} MiB" for k, p in dbs.items()))
        results = {kind: measure(path, kind == "sqlite", args.repeat) for kind, path in dbs.items()}
        results["same"] = measure(dbs["sqlite"], True, args.repeat, same_library=True)
        c, p, q = results["sqlcipher"], results["sqlite"], results["same"]
        print(f"\nRows: {args.rows:,}   queries: {len(QUERIES)} × {args.repeat}")
        print(f"{'':34}{'SQLCipher':>12}{'SQLite':>12}{'ratio':>8}")
        print(f"{'insert throughput (rows/s)':34}{rate['sqlcipher']:>12,.0f}{rate['sqlite']:>12,.0f}"
              f"{rate['sqlite'] / rate['sqlcipher']:>8.2f}")
        print(f"{'cold open → first 100 rows (ms)':34}{c['cold'] * 1000:>12.1f}{p['cold'] * 1000:>12.1f}"
              f"{c['cold'] / p['cold']:>8.2f}")
        for label, key, idx in (("search page median (ms)", "page", 0), ("search page p95 (ms)", "page", 1),
                                ("GUI ids+100 rows median (ms)", "gui", 0), ("GUI ids+100 rows p95 (ms)", "gui", 1)):
            print(f"{label:34}{c[key][idx]:>12.1f}{p[key][idx]:>12.1f}{c[key][idx] / p[key][idx]:>8.2f}")
        print(f"{'browse: all ids + 100 rows (ms)':34}{c['browse'][0] * 1000:>12.1f}{p['browse'][0] * 1000:>12.1f}"
              f"{c['browse'][0] / p['browse'][0]:>8.2f}   ({c['browse'][1]:,} ids)")
        print("\nSame SQLite build (sqlcipher3's SQLite, plain file, no key) — the cost of encryption alone:")
        for label, key, idx in (("search page median (ms)", "page", 0), ("search page p95 (ms)", "page", 1),
                                ("GUI ids+100 rows median (ms)", "gui", 0)):
            print(f"{label:34}{c[key][idx]:>12.1f}{q[key][idx]:>12.1f}{c[key][idx] / q[key][idx]:>8.2f}")
        print(f"{'RSS after run (MiB)':34}{c['rss']:>12.0f}{p['rss']:>12.0f}")
        hits = sorted(c["hits"])
        print(f"hits per query (sổ đến): min {hits[0]:,}, median {statistics.median(hits):,.0f}, max {hits[-1]:,}")
        ok = c["page"][0] < 50 and c["page"][0] / q["page"][0] <= 1.5 and c["gui"][0] < 200
        print("Targets (median < 50 ms, encryption ratio ≤ 1.5, GUI < 200 ms):", "ĐẠT" if ok else "CHƯA ĐẠT")
        print(f"(Against Python's own SQLite {sqlite3.sqlite_version} the ratio is "
              f"{c['page'][0] / p['page'][0]:.2f}: the two SQLite builds differ, not only the encryption.)")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
