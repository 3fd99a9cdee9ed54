"""Listing services the GUI calls: drafts being written and destruction cases, as plain dataclasses that
stay usable after the session has closed."""
import dataclasses
import datetime as dt

from app.models import CatalogueItem
from app.services import destruction, documents, drafts
from app.services.actor import Actor

D = dt.date
ACTOR = Actor(username="vanthu", user_id=None, full_name="Nguyễn Thị Văn Thư", role="van_thu")


def _incoming(s, ref, level="mat"):
    return documents.register_incoming(s, ACTOR, documents.IncomingInput(
        ngay_den=D(2026, 3, 2), co_quan_ban_hanh="Sở Nội vụ", so_ky_hieu=ref, loai_van_ban="Công văn",
        trich_yeu="Việc cần làm", do_mat=level)).id


def test_list_drafts_only_those_being_written_newest_first(sessionmaker_):
    with sessionmaker_.begin() as s:
        first = drafts.save_draft(s, ACTOR, None, "Kế hoạch", "<p>một</p>", "mat", None).id
        second = drafts.save_draft(s, ACTOR, None, "Báo cáo", "<p>hai</p>", "toi_mat", None).id
        basis = CatalogueItem(decision="Quyết định số 1722/QĐ-TTg", decision_date=D(2020, 11, 3), dieu="1",
                              level="mat", text="Kế hoạch bảo đảm an ninh")
        s.add(basis)
        s.flush()
        done = drafts.save_draft(s, ACTOR, None, "Đã xong", "<p>ba</p>", "mat", basis.id).id
        drafts.finish_draft(s, ACTOR, done, documents.OutgoingInput(
            ngay_van_ban=D(2026, 3, 3), so_ky_hieu="5/CV", loai_van_ban="Công văn", trich_yeu="Xong",
            nguoi_ky="Chánh Văn phòng", noi_nhan="Sở Nội vụ"))
    with sessionmaker_.begin() as s:
        drafts.save_draft(s, ACTOR, first, "Kế hoạch (sửa)", "<p>một</p>", "mat", None)  # saved last
    with sessionmaker_() as s:
        rows = drafts.list_drafts(s)
    assert [r.id for r in rows] == [first, second]
    assert rows[0] == drafts.DraftSummary(first, "Kế hoạch (sửa)", "mat", rows[0].updated_at)
    assert rows[1].do_mat == "toi_mat"
    assert all(dataclasses.is_dataclass(r) and not hasattr(r, "body_html") for r in rows)


def test_list_drafts_empty(sessionmaker_):
    with sessionmaker_() as s:
        assert drafts.list_drafts(s) == []


def test_list_cases_newest_first_with_items(sessionmaker_):
    with sessionmaker_.begin() as s:
        a, b, c = _incoming(s, "1/SNV"), _incoming(s, "2/SNV"), _incoming(s, "3/SNV")
        older = destruction.propose(s, ACTOR, [a, b], proposed_on=D(2026, 4, 1), proposed_by="Văn thư",
                                    reason="Hết giá trị").id
        urgent = destruction.emergency_destruction(s, ACTOR, [c], destroyed_on=D(2026, 4, 2),
                                                   destroyed_by="Trần Giữ", reason="Cháy kho",
                                                   report_ref="Báo cáo 7/BC ngày 02/4/2026").id
    with sessionmaker_() as s:
        cases = destruction.list_cases(s)
    assert [x.id for x in cases] == [urgent, older]
    new, old = cases
    assert isinstance(new, destruction.CaseSummary)
    assert new.emergency and new.stage == "da_tieu_huy" and new.count == 1
    assert new.stage_name == "Đã tiêu hủy (khẩn cấp)" and new.report_ref == "Báo cáo 7/BC ngày 02/4/2026"
    assert old.stage == "de_xuat" and old.count == 2 and old.proposed_on == D(2026, 4, 1)
    assert "1/SNV" in old.items and "2/SNV" in old.items and old.reason == "Hết giá trị"


def test_destroyable_documents_leave_out_open_cases_and_destroyed(sessionmaker_):
    with sessionmaker_.begin() as s:
        a, b, c = _incoming(s, "1/SNV"), _incoming(s, "2/SNV"), _incoming(s, "3/SNV", "toi_mat")
        destruction.propose(s, ACTOR, [a], proposed_on=D(2026, 4, 1), proposed_by="Văn thư", reason="Hết giá trị")
        destruction.emergency_destruction(s, ACTOR, [b], destroyed_on=D(2026, 4, 2), destroyed_by="Trần Giữ",
                                          reason="Cháy kho", report_ref="7/BC")
    with sessionmaker_() as s:
        rows = destruction.destroyable_documents(s)
    assert [(r.id, r.do_mat) for r in rows] == [(c, "toi_mat")]
    assert "3/SNV" in rows[0].reference
