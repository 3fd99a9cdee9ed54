"""GUI paths of the stored paper facts: a commitment is signed only with its paper confirmed; a transfer
names the authoriser's title, checked against the rule pack."""
import datetime as dt

from sqlalchemy import select

from app.models import Commitment, Transfer
from app.services import documents
from app.services.actor import Actor
from app.ui.dialogs.document_detail_dialog import DocumentDetailDialog
from app.ui.pages.staff_page import StaffPage

D = dt.date


def test_commitment_from_the_staff_page_is_pending_unless_the_paper_is_confirmed(qtbot, ctx, registry, make_user):
    registry.actor = Actor(username="quantri", user_id=None, full_name="Lê Văn Quản Trị", role="quan_tri")
    uid = make_user("Phạm Văn Cam")
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    def rows():
        with registry.session() as s:
            return s.execute(select(Commitment.paper_confirmed_by, Commitment.paper_confirmed_on)
                             .order_by(Commitment.id)).all()

    expected = {None: [(None, None)], "Lê Văn Bảo Mật": [("Lê Văn Bảo Mật", D(2026, 5, 4))]}
    for confirmer in (None, "Lê Văn Bảo Mật"):   # pending first; the same commitment with its paper confirms it
        page.select_person(uid)
        dialog = page.start("commit")
        qtbot.addWidget(dialog)
        dialog.form.set_value("signed_on", D(2026, 5, 4))
        if confirmer:
            dialog.form.set_value("paper_confirmed_by", confirmer)
        with qtbot.waitSignal(dialog.succeeded):
            dialog.submit()
        assert rows() == expected[confirmer]


def test_transfer_with_an_explicit_title_is_checked_and_stored(qtbot, ctx, registry, actor):
    with registry.begin() as s:
        doc_id = documents.register_incoming(s, actor, documents.IncomingInput(
            ngay_den=D(2026, 4, 2), co_quan_ban_hanh="Công an tỉnh", so_ky_hieu="12/CV-PA03",
            loai_van_ban="Công văn", trich_yeu="Về an ninh", do_mat="mat")).id
    detail = DocumentDetailDialog(ctx, doc_id)
    qtbot.addWidget(detail)
    tr = detail.start("transfer")
    qtbot.addWidget(tr)
    tr.form.set_value("recipient", "Đại sứ quán X")
    tr.form.set_value("party", "nuoc_ngoai")
    tr.form.set_value("request_ref", "Công hàm 5")
    tr.form.set_value("authorised_by", "Trần Văn Giám Đốc")
    tr.form.set_value("authoriser_title", "lanh_dao_so")
    with qtbot.waitSignal(tr.failed) as blocker:   # a department head may not give BMNN to a foreign party
        tr.submit()
    assert "nước ngoài" in blocker.args[0] and "Điều 16" in blocker.args[0]
    tr.form.set_value("authoriser_title", "lanh_dao_tinh")
    with qtbot.waitSignal(detail.action_done):
        tr.submit()
    with registry.session() as s:
        assert s.scalar(select(Transfer.authoriser_title)) == "lanh_dao_tinh"
