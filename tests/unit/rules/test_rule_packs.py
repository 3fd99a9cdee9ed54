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


INTERNAL_NOTES = ("cần đối chiếu", "verify", "(cần", "đối chiếu", "chưa")


@pytest.mark.parametrize("regime", ["2018", "2025"])
def test_printed_citations_are_legal_text_alone(regime):
    """Verification status lives in ``verified``/``source``; the citation is what goes on paper."""
    p = pack(regime)
    entries = p.verification_entries()
    assert len(entries) > 20
    printed = [p.legal_basis] + [citation for _, citation, _, _ in entries]
    for text in printed:
        for note in INTERNAL_NOTES:
            assert note not in text.lower(), (text, note)
    for where, citation, verified, source in entries:
        assert source.strip(), f"{where}: no source recorded"
        if not verified:
            # an unverified rule never carries an article number we could not find, except where
            # the source names the article
            assert "Điều" not in citation or "Điều" in source or "điều" in source or \
                "DOMAIN" in source or "tóm tắt" in source, where


def test_2026_texts_are_cited_directly():
    p = pack("2025")
    assert p.citation("report") == "Nghị định số 63/2026/NĐ-CP"
    assert "26/2020" not in p.citation("report")
    # the Tuyệt mật no-summary rule: no article found, so the decree alone, marked unverified
    assert p.citation("summary") == "Nghị định số 63/2026/NĐ-CP"
    assert p.verification("summary")[0] is False
    # the 10-column 2026 register layout is known only from a third-party source
    assert p.raw["registers"]["di"]["verified"] is False
    assert len(p.register("di").columns) == 10
    # recall and envelopes cite the delivery rules, not Điều 15 of the law
    for section in ("recall", "envelopes"):
        assert "Điều 15" not in p.citation(section)
        assert "Điều 15" not in pack("2018").citation(section)
    assert pack("2018").citation("recall") == "Điều 4 Nghị định số 26/2020/NĐ-CP"


def test_2018_sổ_đi_is_mẫu_14_with_nine_columns():
    form = pack("2018").register("di")
    assert form.template == "Mẫu số 14" and "Mẫu số 14" in form.citation
    assert len(form.columns) == 9
    assert form.date_key == "ngay_thang"


def test_2018_pack_follows_the_two_tier_government_from_july_2025():
    old = pack("2018")
    before, after = dt.date(2025, 6, 30), dt.date(2025, 7, 1)
    assert old.may_authorise_copy("toi_mat", "lanh_dao_huyen", on=before)
    assert not old.may_authorise_copy("toi_mat", "lanh_dao_huyen", on=after)
    assert old.may_authorise_copy("toi_mat", "lanh_dao_xa", on=after)
    assert not old.may_authorise_copy("toi_mat", "lanh_dao_xa", on=before)
    assert old.district_level_until == before


def test_2025_commune_copy_authority_lists_the_titles_the_law_names():
    new = pack("2025")
    titles = new.titles
    for code in ("truong_co_quan_dang_uy_xa", "truong_ban_hdnd_xa", "truong_phong_ubnd_xa"):
        assert new.may_authorise_copy("mat", code) and not new.may_authorise_copy("toi_mat", code)
        assert code in titles
    assert "lanh_dao_huyen" not in titles
    assert new.verification("copy")[0] is True and "dantri" in new.verification("copy")[1]


def test_province_deadline_and_report_sections():
    for regime in ("2018", "2025"):
        p = pack(regime)
        assert p.province_due(2026) == dt.date(2026, 12, 10)
        keys = [k for k, _ in p.report_sections()]
        assert keys == ["situation", "results", "leaks", "proposals"]
        assert "Dự báo tình hình" in p.report_sections()[3][1]


def test_numbering_restart_is_a_pack_field():
    assert pack("2025").numbering_restarts is False
    assert "numbering_restarts" in pack("2025").raw["registers"]
