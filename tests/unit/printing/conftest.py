import datetime as dt
import io
import unicodedata

import pytest
from pypdf import PdfReader

from app.printing.data import AuditSeal, Heading
from app.rules import pack as get_pack

HEAD = "9f3c" * 16


def squash(value: str) -> str:
    """NFC, no whitespace: wrapped lines compare equal to the unwrapped text."""
    return "".join(unicodedata.normalize("NFC", value).split())


class Pdf:
    def __init__(self, data: bytes):
        self.data = data
        self.reader = PdfReader(io.BytesIO(data))
        self.pages = [unicodedata.normalize("NFC", p.extract_text() or "") for p in self.reader.pages]
        self.text = "\n".join(self.pages)
        self.flat = squash(self.text)

    def has(self, *needles: str) -> bool:
        missing = [n for n in needles if squash(n) not in self.flat]
        assert not missing, f"not in PDF text: {missing}"
        return True

    def lacks(self, *needles: str) -> bool:
        present = [n for n in needles if squash(n) in self.flat]
        assert not present, f"unexpectedly in PDF text: {present}"
        return True


@pytest.fixture
def pack():
    return get_pack("2025")


@pytest.fixture
def seal():
    return AuditSeal(1234, HEAD)


@pytest.fixture
def heading():
    return Heading("UBND TỈNH ĐỒNG NAI", "Sở Khoa học và Công nghệ", "15/BB-SKHCN", "Đồng Nai",
                   dt.date(2026, 2, 5))


@pytest.fixture
def parse():
    return Pdf


def red_pixels(pdf_bytes: bytes, page: int = 0, box=None, scale: float = 2.0,
               password: str | None = None) -> int:
    """Count clearly red pixels on a rendered page (box = (x0, y0, x1, y1) in PDF points from the
    top-left corner)."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes, password=password)
    try:
        image = doc[page].render(scale=scale).to_pil().convert("RGB")
    finally:
        doc.close()
    if box:
        image = image.crop(tuple(int(v * scale) for v in box))
    from PIL import ImageChops
    r, g, b = image.split()
    mask = ImageChops.multiply(r.point(lambda v: 255 if v > 150 else 0),
                               g.point(lambda v: 255 if v < 90 else 0))
    mask = ImageChops.multiply(mask, b.point(lambda v: 255 if v < 90 else 0))
    return mask.histogram()[255]


@pytest.fixture
def count_red():
    return red_pixels
