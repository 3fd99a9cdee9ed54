"""app.services.papers: each paper by registry id, refusals in Vietnamese, and the handover papers joined
(the record, then the leaving commitment) — PDFs parsed back with pypdf."""
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from app.services import documents, handover, papers
from app.services.errors import ValidationError

D = dt.date


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def _outgoing(session, actor, noi_nhan):
    return documents.register_outgoing(session, actor, documents.OutgoingInput(
        ngay_van_ban=D(2025, 5, 6), so_ky_hieu="05/BC-UBND", loai_van_ban="Báo cáo", trich_yeu="Việc A",
        do_mat="mat", nguoi_ky="Lê Văn Ký", noi_nhan=noi_nhan)).id


def test_one_envelope_per_recipient(session, actor):
    doc_id = _outgoing(session, actor, "Công an tỉnh\nSở Tư pháp; Bộ Nội vụ")
    found = papers.dispatches(session, doc_id)
    assert [d.recipient for d in found] == ["Công an tỉnh", "Sở Tư pháp", "Bộ Nội vụ"]
    assert {d.sent_on for d in found} == {D(2025, 5, 6)} and {d.number for d in found} == {"05/BC-UBND"}
    pdf = papers.envelopes_pdf(session, doc_id)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 3  # Mật: outer envelopes only


def test_envelopes_refused_without_recipients_or_for_incoming(session, actor):
    with pytest.raises(ValidationError, match="nơi nhận"):
        papers.dispatches(session, _outgoing(session, actor, None))
    incoming = documents.register_incoming(session, actor, documents.IncomingInput(
        ngay_den=D(2025, 5, 2), co_quan_ban_hanh="UBND tỉnh", so_ky_hieu="3/UBND", do_mat="mat")).id
    with pytest.raises(ValidationError, match="Sổ đăng ký đi"):
        papers.dispatches(session, incoming)


def test_handover_papers_add_the_leaving_commitment(session, make_user):
    from app.services.actor import Actor

    officer = Actor(username="baomat", user_id=None, full_name="Bảo Mật", role="can_bo_bao_mat")
    leaving, staying = make_user("Trần Văn Đi"), make_user("Lê Thị Ở")
    reason = sorted(handover.LEAVING_REASONS)[0]
    h = handover.handover_all(session, officer, leaving.id, staying.id, D(2025, 6, 1), reason, "03/BB-BG")
    assert papers.leaving_commitment_id(session, h.id) is not None
    pdf = papers.handover_papers_pdf(session, h.id)
    text = _text(pdf)
    assert "Bàn giao tài liệu" in text and "BẢN CAM KẾT" in text
    assert PdfReader(io.BytesIO(pdf)).metadata["/Title"] == "Biên bản bàn giao BMNN"
