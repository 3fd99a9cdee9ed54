"""``somat gui --smoke-test``: start the whole GUI offscreen on a throw-away demo registry, open every
page, render the print preview of a register (the PDF renderer, pypdfium2, is part of the install), and
quit. Used by the installer's tests to prove an installed copy really starts.

Exit code 0 when every page was built; 1 otherwise (the broken pages are named).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path


def run_smoke_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = None
    if not os.environ.get("SOMAT_HOME"):
        home = tempfile.mkdtemp(prefix="somat-smoke-")
        os.environ["SOMAT_HOME"] = home
    try:
        return _run()
    finally:
        if home:
            shutil.rmtree(home, ignore_errors=True)


def _run() -> int:
    from app import paths
    from app.services.demo import populate_demo
    from app.services.registry import create_registry
    from app.ui.app import init_logging, make_application, shutdown_application
    from app.ui.main_window import PAGES, PlaceholderPage
    from app.ui.qt import QTimer
    from app.ui.session import AppSession

    init_logging()
    app = make_application()
    path = Path(paths.data_dir()) / "smoke-test.somat"
    registry, _code = create_registry(path, agency_name="Cơ quan thử khởi động", superior_body=None,
                                      admin_username="quantri", admin_full_name="Người thử",
                                      password="kiem-tra-khoi-dong")
    with registry.begin() as session:
        populate_demo(session, registry.actor, max(dt.date.today(), dt.date(2026, 11, 25)))
    app_session = AppSession(path)
    app_session.tasks.synchronous = True
    window = app_session.open_main(registry, start_services=False)
    broken: list[str] = []
    preview_pages: list[int] = []

    def visit_pages():
        for key, title, _module, _cls in PAGES:
            page = window.show_page(key)
            if isinstance(page, PlaceholderPage):
                broken.append(title)
        try:
            preview_pages.append(_render_preview(registry))
        except Exception as exc:  # noqa: BLE001 - reported below
            broken.append(f"xem trước bản in ({exc})")
        app.quit()

    QTimer.singleShot(0, visit_pages)
    app.exec()
    registry.close()
    shutdown_application(app, app_session)
    if broken:
        print("Kiểm tra khởi động: LỖI — không dựng được trang: " + ", ".join(broken), file=sys.stderr)
        return 1
    print(f"Kiểm tra khởi động: đạt ({len(PAGES)} trang; xem trước bản in {preview_pages[0]} trang).")
    return 0


def _render_preview(registry) -> int:
    """The register's PDF rendered to page images in memory, as the print preview does."""
    from app.ui.dialogs import pdf_pages
    from app.ui.dialogs.print_preview_dialog import register_pdf

    with registry.begin() as session:
        pdf = register_pdf(session, registry.pack, "den", dt.date.today().year)
    if pdf_pages.renderer() is None:
        raise RuntimeError("không có bộ hiển thị PDF (pypdfium2)")
    images = pdf_pages.render_pages(pdf, pages=range(1))
    if not images or images[0].isNull():
        raise RuntimeError("trang trống")
    return pdf_pages.page_count(pdf)
