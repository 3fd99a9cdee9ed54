"""The GUI prints a register through the services' logbook (``paperwork.logbook_pdf``): a Tuyệt mật line
keeps its tên loại, a back-dated entry stored as "ghi bổ sung" prints as such, each row under its regime."""
import datetime as dt
import io
import unicodedata

from pypdf import PdfReader

from app.services import documents
from app.ui.dialogs.print_preview_dialog import register_pdf


def _text(pdf: bytes) -> str:
    pages = [unicodedata.normalize("NFC", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]
    return "".join("\n".join(pages).split())


def test_gui_register_print_keeps_the_tuyet_mat_type_and_ghi_bo_sung(qtbot, ctx, registry, actor):
    with registry.begin() as s:
        documents.register_incoming(s, actor, documents.IncomingInput(
            ngay_den=dt.date(2026, 3, 10), co_quan_ban_hanh="Bộ Công an", so_ky_hieu="31/KH-BCA",
            loai_van_ban="Kế hoạch", do_mat="tuyet_mat"))
        documents.register_incoming(s, actor, documents.IncomingInput(
            ngay_den=dt.date(2026, 2, 20), co_quan_ban_hanh="Tỉnh ủy", so_ky_hieu="9/CV-TU",
            loai_van_ban="Công văn", trich_yeu="Về công tác tổ chức", do_mat="mat", ghi_bo_sung=True))
    with registry.session() as s:
        text = _text(register_pdf(s, ctx.pack, "den", 2026))
    assert "31/KH-BCA" in text and "Kếhoạch" in text          # the type stays on the Tuyệt mật line
    assert "9/CV-TU" in text and "Ghibổsung" in text
    # the February row is printed on the 2018 form, the March row on the 2025 form: both căn cứ
    assert "29/2018/QH14" in text and "117/2025/QH15" in text
    # the 2018 part's cover starts with its own (ghi bổ sung) row, never after its end
    assert "Bắtđầusửdụng:ngày20tháng02năm2026Kếtthúc:ngày28tháng02năm2026" in text
