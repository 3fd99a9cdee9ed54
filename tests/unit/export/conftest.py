import contextlib
import os
import subprocess
import uuid

import pytest


@contextlib.contextmanager
def tmpfs(path, size="256k"):
    """A real small filesystem mounted at ``path`` (needs root); skips the test otherwise."""
    os.makedirs(path, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("cần quyền root để gắn tmpfs")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", f"somat-{uuid.uuid4().hex[:6]}",
                             str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"không gắn được tmpfs: {result.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def small_fs(tmp_path):
    with tmpfs(tmp_path / "usb") as path:
        yield path


@pytest.fixture
def sample_pdf():
    import io
    from reportlab.pdfgen.canvas import Canvas
    from app.printing import fonts
    fonts.register()
    buf = io.BytesIO()
    c = Canvas(buf, initialFontName=fonts.REGULAR)
    c.setFont(fonts.REGULAR, 14)
    c.drawString(72, 700, "Báo cáo công tác bảo vệ bí mật nhà nước năm 2026")
    c.showPage()
    c.save()
    return buf.getvalue()
