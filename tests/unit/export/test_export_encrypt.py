import io

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from app.export.encrypt import encrypt_pdf
from app.export.errors import ExportError

PASSWORD = "Mật-khẩu-2026"


def test_opens_with_the_password_and_not_without(sample_pdf):
    data = encrypt_pdf(sample_pdf, PASSWORD)
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6          # AES-256
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert not PdfReader(io.BytesIO(data)).decrypt("sai-mat-khau")
    ok = PdfReader(io.BytesIO(data))
    assert ok.decrypt(PASSWORD)
    assert "Báo cáo công tác bảo vệ bí mật nhà nước năm 2026" in ok.pages[0].extract_text()
    # a second, independent reader (PDFium, as in Chrome) agrees
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data)
    doc = pdfium.PdfDocument(data, password=PASSWORD)
    assert len(doc) == 1
    doc.close()


@pytest.mark.parametrize("password", ["", "   ", "ngan", None])
def test_refuses_missing_or_short_password(sample_pdf, password):
    with pytest.raises(ExportError, match="[Mm]ật khẩu"):
        encrypt_pdf(sample_pdf, password)
