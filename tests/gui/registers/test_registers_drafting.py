"""Secure drafting: gate on the hardware check, autosave to the DB, closing on a live-monitor event."""
import datetime as dt

import pytest
from sqlalchemy import select

from app.hwcheck.model import Finding, Verdict
from app.models import Document, Draft
from app.ui.dialogs.catalogue_picker import CatalogueChoice
from app.ui.drafting.finish_dialog import draft_pdf
from app.ui.pages.drafting_page import DraftingPage

BASIS = "Điều 5 Luật 117/2025/QH15"


def _finding(summary="Cáp mạng vừa được cắm (eth0).", severity="block"):
    return Finding(rule="network.interface_active", severity=severity, summary=summary, source="eth0",
                   evidence={"iface": "eth0"}, legal_basis=BASIS)


def _verdict(*findings):
    return Verdict(root="/", checked_at=dt.datetime(2026, 11, 25, 8, 0), findings=tuple(findings), live_probes=True)


@pytest.fixture
def page(qtbot, ctx):
    ctx.last_verdict = _verdict()
    p = DraftingPage(ctx)
    qtbot.addWidget(p)
    p.show()
    return p


def test_blocked_machine_shows_findings_with_legal_basis(qtbot, ctx):
    ctx.last_verdict = _verdict(_finding("Máy đang kết nối Wi-Fi."))
    page = DraftingPage(ctx)
    qtbot.addWidget(page)
    assert not page.is_open
    assert "Máy đang kết nối Wi-Fi." in page.findings.text()
    assert BASIS in page.findings.text()
    page.new_draft()
    assert not page.editor_open
    with qtbot.waitSignal(page.gate_changed) as blocker:
        ctx.signals.machine_status.emit(_verdict())
    assert blocker.args == [True] and page.is_open


def test_monitor_event_saves_draft_closes_editor_and_says_why(qtbot, ctx, registry, page):
    page.new_draft()
    assert page.editor_open
    page.editor.title.setText("Kế hoạch bảo vệ")
    page.editor.body.setPlainText("Nội dung tuyệt mật đang soạn")
    page.editor.level.setCurrentIndex(page.editor.level.findData("toi_mat"))
    with qtbot.waitSignal(page.closed_by_monitor, timeout=1000) as blocker:
        ctx.signals.monitor_event.emit([_finding()])
    assert "Cáp mạng vừa được cắm" in blocker.args[0]
    assert not page.editor_open and not page.is_open
    assert page.editor.body.toPlainText() == ""
    assert not page.editor.body.document().isUndoAvailable()
    assert "Cáp mạng vừa được cắm" in page.banner.text()
    with registry.session() as s:
        drafts = s.scalars(select(Draft)).all()
    assert len(drafts) == 1
    assert drafts[0].title == "Kế hoạch bảo vệ" and drafts[0].do_mat == "toi_mat"
    assert "Nội dung tuyệt mật đang soạn" in drafts[0].body_html


def test_info_event_does_not_close(qtbot, ctx, page):
    page.new_draft()
    ctx.signals.monitor_event.emit([_finding(severity="info")])
    assert page.editor_open


def test_autosave_and_reopen(qtbot, ctx, registry, page):
    page.new_draft()
    page.editor.title.setText("Báo cáo năm")
    page.editor.body.setPlainText("Đoạn một")
    with qtbot.waitSignal(page.saved):
        page.autosave.timeout.emit()
    draft_id = page.editor.draft_id
    assert draft_id is not None
    page.editor.body.setPlainText("Đoạn hai")
    with qtbot.waitSignal(page.saved):
        page.close_draft()  # saving on close
    assert not page.editor_open
    assert page.drafts.count() == 1
    page.open_draft(draft_id)
    assert page.editor.body.toPlainText() == "Đoạn hai"


def test_finish_registers_outgoing_entry_with_level_and_basis(qtbot, ctx, registry, page, catalogue_item):
    page.new_draft()
    page.editor.title.setText("Công văn gửi Công an tỉnh")
    page.editor.body.setPlainText("Nội dung")
    page.editor.level.setCurrentIndex(page.editor.level.findData("toi_mat"))
    page.editor.basis.set_choice(CatalogueChoice(catalogue_item, "Điều 1", "Kế hoạch"))
    page.finish()
    dialog = page._dialog
    qtbot.addWidget(dialog)
    assert dialog.form.value("do_mat") == "toi_mat"
    dialog.form.set_value("so_ky_hieu", "9/CV-VP")
    dialog.form.set_value("nguoi_ky", "Chánh Văn phòng")
    with qtbot.waitSignal(page.finished):
        dialog.submit()
    with registry.session() as s:
        doc = s.scalars(select(Document)).one()
        draft = s.scalars(select(Draft)).one()
    assert doc.book == "di" and doc.do_mat == "toi_mat" and doc.catalogue_item_id == catalogue_item
    assert draft.status == "da_dang_ky" and draft.document_id == doc.id
    assert not page.editor_open


def test_draft_prints_with_level_stamp(qtbot, ctx, page):
    page.new_draft()
    page.editor.body.setPlainText("Nội dung in")
    pdf = draft_pdf(ctx.pack, page.editor.body.document(), "mat")
    assert pdf.startswith(b"%PDF")
    from pypdf import PdfReader
    import io

    assert "MẬT" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
