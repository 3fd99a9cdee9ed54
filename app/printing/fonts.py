"""The embedded Times-compatible font family (Liberation Serif, SIL OFL) — never a system font."""
from __future__ import annotations

import functools

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import paths

REGULAR = "SoMatSerif"
BOLD = "SoMatSerif-Bold"
ITALIC = "SoMatSerif-Italic"
BOLD_ITALIC = "SoMatSerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


@functools.cache
def register() -> str:
    """Register the family once (by path from :func:`app.paths.fonts_dir`); returns its name."""
    folder = paths.fonts_dir()
    for name, filename in _FILES.items():
        path = folder / filename
        if not path.is_file():
            raise FileNotFoundError(f"Thiếu phông chữ nhúng: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)
