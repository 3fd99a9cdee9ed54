"""``somat gui [--db PATH] [--demo]`` — start the graphical application (also ``somat`` alone).

With no registry at the path, the first-run wizard opens. ``--demo`` first creates a demonstration
registry filled with sample records (only when none exists at the path) and prints its password.
"""
from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from app.services.demo_marker import DEMO_PASSWORD, DEMO_USERNAME  # noqa: F401 - also used by scripts/


def register(subparsers) -> None:
    p = subparsers.add_parser("gui", help="mở giao diện đồ họa (mặc định)",
                              description="Mở giao diện đồ họa Sổ Mật.")
    p.add_argument("--db", type=Path, default=None, metavar="TỆP",
                   help="tệp sổ (mặc định: sổ trong thư mục dữ liệu của người dùng)")
    p.add_argument("--demo", action="store_true",
                   help="tạo sổ mẫu với dữ liệu minh họa nếu chưa có (mật khẩu mẫu in ra màn hình)")
    p.add_argument("--smoke-test", action="store_true",
                   help="kiểm tra khởi động: dựng mọi trang trên một sổ mẫu tạm rồi thoát (không cần màn hình)")
    p.set_defaults(func=run)


def create_demo(path: Path) -> None:
    from app.services.demo import populate_demo
    from app.services.registry import create_registry

    path.parent.mkdir(parents=True, exist_ok=True)
    registry, _code = create_registry(
        path, agency_name="Sở Khoa học và Công nghệ (sổ mẫu)", superior_body="Ủy ban nhân dân tỉnh Đồng Nai",
        admin_username=DEMO_USERNAME, admin_full_name="Nguyễn Thị Minh Anh", password=DEMO_PASSWORD,
        place="Đồng Nai")
    try:
        with registry.begin() as session:
            populate_demo(session, registry.actor, dt.date.today())
    finally:
        registry.close()
    from app.services import demo_marker

    demo_marker.mark(path, DEMO_USERNAME)  # the unlock window shows the demo login; a watermark says "SỔ MẪU"


def run(args: argparse.Namespace) -> int:
    if getattr(args, "smoke_test", False):
        from app.ui.smoke import run_smoke_test

        return run_smoke_test()
    from app import paths

    path = Path(args.db) if args.db else paths.default_registry()
    if getattr(args, "demo", False):
        if not path.exists():
            print(f"Đang tạo sổ mẫu tại {path} …")
            started = time.monotonic()
            create_demo(path)
            print(f"Đã tạo sổ mẫu sau {time.monotonic() - started:.1f} giây.")
        print(f"Sổ mẫu: {path}\nTên đăng nhập: {DEMO_USERNAME}\nMật khẩu mẫu: {DEMO_PASSWORD}\n"
              "(Chỉ dùng để thử chương trình; không ghi dữ liệu mật thật vào sổ mẫu.)")
    from app.ui.app import run as run_gui

    return run_gui(path)
