import datetime as dt

import pytest

from app.rules import all_packs, pack, pack_for_date


def test_two_regimes_with_contiguous_effective_dates():
    packs = all_packs()
    assert [p.id for p in packs] == ["2018", "2025"]
    old, new = packs
    assert old.effective_from == dt.date(2020, 7, 1)
    assert old.effective_to == dt.date(2026, 2, 28)
    assert new.effective_from == dt.date(2026, 3, 1) and new.effective_to is None
    assert pack_for_date(dt.date(2026, 2, 28)).id == "2018"
    assert pack_for_date(dt.date(2026, 3, 1)).id == "2025"


@pytest.mark.parametrize("regime", ["2018", "2025"])
def test_every_rule_section_has_a_citation(regime):
    p = pack(regime)
    for section in ("classification", "summary", "extension", "level_change", "declassification",
                    "recall", "copy", "report", "stamps"):
        assert p.citation(section).strip(), section
    assert p.raw["copy"]["authority"]["citation"]
    for level in p.levels:
        assert level.citation
    for key in ("di", "den", "sao_chup", "chuyen_giao"):
        assert p.register(key).citation


def test_levels_letters_and_periods():
    p = pack("2025")
    assert [(lv.name, lv.letter, lv.protection_years) for lv in p.levels] == [
        ("Tuyệt mật", "A", 30), ("Tối mật", "B", 20), ("Mật", "C", 10)]


def test_2025_rules_differ_from_2018_where_the_law_changed():
    old, new = pack("2018"), pack("2025")
    assert new.requires_catalogue_basis and not old.requires_catalogue_basis
    assert new.summary_forbidden("tuyet_mat") and not old.summary_forbidden("tuyet_mat")
    assert not new.summary_forbidden("toi_mat")
    # commune leaders may authorise Tối mật copies only since 2025
    assert new.may_authorise_copy("toi_mat", "lanh_dao_xa")
    assert not old.may_authorise_copy("toi_mat", "lanh_dao_xa")
    assert not new.may_authorise_copy("tuyet_mat", "truong_phong")
    assert not new.may_authorise_copy("mat", None)


def test_register_columns_follow_the_forms():
    p = pack("2025")
    assert [c.label for c in p.register("di").columns] == [
        "Số thứ tự", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Độ mật",
        "Người ký", "Nơi nhận và ký nhận", "Đơn vị lưu", "Số lượng", "Ghi chú"]
    assert [c.label for c in p.register("den").columns] == [
        "Số thứ tự", "Ngày đến", "Số đến", "Cơ quan ban hành", "Số, ký hiệu", "Ngày tháng",
        "Tên loại và trích yếu nội dung", "Độ mật", "Đơn vị và ký nhận", "Ghi chú"]
    assert p.register("den").column("trich_yeu").number == 7


def test_report_period_and_deadlines():
    p = pack("2025")
    assert p.report_period(2026) == (dt.date(2025, 12, 15), dt.date(2026, 12, 14))
    assert p.report_due(2026) == dt.date(2026, 12, 20)
    assert p.plan_due(2027) == dt.date(2027, 2, 15)
