import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.models import AuditEvent, Draft
from app.services import catalogue, devices, drafts, incidents, people, settings
from app.services import documents as docs
from app.services.errors import RuleViolation, ValidationError


@pytest.fixture
def actor(admin):
    """This module's work (people, devices, settings, catalogue, handover, demo data) is an administrator's."""
    return admin


D = dt.date

CSV = """Quyết định;Ngày quyết định;Lĩnh vực;Điều;Khoản;Điểm;Độ mật;Nội dung
Quyết định số 1722/QĐ-TTg;03/11/2020;Quốc phòng;1;1;a;Tuyệt mật;Kế hoạch phòng thủ dân sự
Quyết định số 1722/QĐ-TTg;03/11/2020;Quốc phòng;1;2;;Tối mật;Số liệu về lực lượng dân quân tự vệ
Quyết định số 970/QĐ-TTg;;Đất đai;2;;;Mật;Hồ sơ quy hoạch sử dụng đất chưa công bố
"""


def test_catalogue_import_search_all_or_nothing(session, actor, tmp_path):
    path = tmp_path / "danh_muc.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    res = catalogue.import_csv(session, actor, path)
    assert (res.added, res.updated) == (3, 0)
    assert catalogue.import_csv(session, actor, path) == catalogue.CatalogueImportResult(0, 3)
    hits = catalogue.search_catalogue(session, "dan quan")
    assert [h.text for h in hits] == ["Số liệu về lực lượng dân quân tự vệ"]
    assert hits[0].level == "toi_mat" and hits[0].citation() == "khoản 2, Điều 1 Quyết định số 1722/QĐ-TTg"
    assert len(catalogue.search_catalogue(session, "1722")) == 2
    assert len(catalogue.search_catalogue(session, "QUY HOẠCH đất")) == 1
    assert len(catalogue.search_catalogue(session, "")) == 3
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV.replace("Tuyệt mật", "Rất mật").replace("970", "971"), encoding="utf-8")
    with pytest.raises(ValidationError) as e:
        catalogue.import_csv(session, actor, bad)
    assert "Dòng 2" in e.value.message
    assert len(catalogue.search_catalogue(session, "", active_only=False)) == 3  # nothing from the bad file
    item = hits[0]
    catalogue.set_active(session, actor, item.id, False)
    with pytest.raises(RuleViolation):
        docs.register_outgoing(session, actor, docs.OutgoingInput(
            do_mat="toi_mat", ngay_van_ban=D(2026, 4, 1), catalogue_item_id=item.id))


def test_devices_policy_and_check_record(session, actor):
    from app.hwcheck.model import Finding, Policy, Verdict

    m = devices.register_machine(session, actor, devices.MachineInput(
        name="Máy soạn thảo 01", tag_number="CAT-0123", inspected_on=D(2025, 3, 1),
        inspecting_unit="Phòng PA05 Công an tỉnh", machine_id="ABCDEF0123456789abcdef0123456789",
        allowed_lan_macs="00-11-22-33-44-55"))
    devices.approve_usb(session, actor, devices.UsbInput(vendor_id="0781", product_id="5581",
                                                        serial="4C530001230101109173", vendor="SanDisk",
                                                        capacity_bytes=16 * 2**30,
                                                        allocation_decision="QĐ 15/QĐ-BCY"))
    with pytest.raises(ValidationError):
        devices.approve_usb(session, actor, devices.UsbInput(vendor_id="0781", product_id="5581", serial="000000"))
    with pytest.raises(ValidationError):
        devices.approve_usb(session, actor, devices.UsbInput(vendor_id="78", product_id="5581", serial="X1Y2Z3W4"))
    policy = devices.policy_for(session, m)
    assert isinstance(policy, Policy)
    assert policy.allowed_lan_macs == ("00:11:22:33:44:55",)
    assert str(policy.approved_usb[0]) == "0781:5581:4C530001230101109173"
    assert policy.registered_tag.machine_id == "abcdef0123456789abcdef0123456789"
    assert policy.registered_tag.label == "CAT-0123"
    assert devices.find_machine(session, machine_id="ABCDEF0123456789ABCDEF0123456789").id == m.id
    finding = Finding("usb.unapproved_connected", "block", "USB lạ", "live", {"serial": "X"}, "Điều 5")
    verdict = Verdict(root="/", checked_at=dt.datetime(2026, 3, 2, 8, 0), findings=(finding,), live_probes=True)
    run = devices.record_check(session, actor, m, verdict)
    assert run.verdict == "fail" and run.evidence_sha256 == verdict.evidence_sha256
    assert json.loads(run.findings_json)[0]["rule"] == "usb.unapproved_connected"
    assert devices.last_check(session, m).id == run.id
    with pytest.raises(RuleViolation):
        devices.retire_machine(session, actor, m.id, D(2026, 5, 1), "")


def test_people_incidents_settings(session, actor):
    with pytest.raises(ValidationError):
        people.add_user(session, actor, username="x", full_name="X", title_code="vua")
    u = people.add_user(session, actor, username="ct", full_name="Đỗ Văn Chủ", role="lanh_dao",
                        title_code="lanh_dao_xa")
    with pytest.raises(ValidationError):
        people.assign_staff(session, actor, u.id, kind="chuyen_trach", decision_number="", decision_date=D(2025, 1, 1))
    people.assign_staff(session, actor, u.id, kind="chuyen_trach", decision_number="3/QĐ", decision_date=D(2025, 1, 1))
    assert people.missing_commitments(session) == [u]
    c = people.record_commitment(session, actor, u.id, kind="nhan_nhiem_vu", signed_on=D(2025, 1, 2),
                                 paper_confirmed_by="Trần Văn Bảo Mật", paper_confirmed_on=D(2025, 1, 2))
    assert c.regime == "2018" and people.missing_commitments(session) == []
    assert [p.id for p in people.list_people(session, text="do van")] == [u.id]
    inc = incidents.report_incident(session, actor, kind="bi_boc", occurred_on=D(2025, 5, 1), reported_on=D(2025, 5, 1),
                                    description="Bì thư có dấu hiệu bị bóc")
    ev = session.scalars(select(AuditEvent).where(AuditEvent.action == "incident.report")).one()
    assert "bóc" not in ev.details and inc.id
    assert settings.get_setting(session, "alerts.report_days_before") == 30
    settings.set_setting(session, actor, "alerts.report_days_before", 45)
    assert settings.get_setting(session, "alerts.report_days_before") == 45


def test_drafts_body_never_in_audit_and_finish_registers(session, actor, item):
    d = drafts.save_draft(session, actor, None, "Kế hoạch A", "<p>Nội dung tuyệt mật XYZ</p>", "toi_mat", item.id)
    drafts.save_draft(session, actor, d.id, "Kế hoạch A", "<p>Nội dung tuyệt mật XYZ 2</p>", "toi_mat", item.id)
    doc = drafts.finish_draft(session, actor, d.id, docs.OutgoingInput(
        ngay_van_ban=D(2026, 4, 2), so_ky_hieu="9/KH-UBND", loai_van_ban="Kế hoạch", trich_yeu="Kế hoạch A"))
    assert doc.do_mat == "toi_mat" and doc.catalogue_item_id == item.id and doc.regime == "2025"
    assert session.get(Draft, d.id).document_id == doc.id
    for ev in session.scalars(select(AuditEvent)):
        assert "XYZ" not in ev.details
    with pytest.raises(RuleViolation):
        drafts.save_draft(session, actor, d.id, "x", "y", "mat", None)
