"""Reading a rendered paper back (pypdf): its text with whitespace folded, and its title."""
import io
import re

from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def pdf_title(pdf: bytes) -> str:
    return str((PdfReader(io.BytesIO(pdf)).metadata or {}).get("/Title", ""))


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
