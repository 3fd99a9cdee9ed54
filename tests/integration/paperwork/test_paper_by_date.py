"""Paper from a real (SQLCipher) demo registry, read back as an inspector would: each output under the
law of its own date, no internal notes, whole ký hiệu, titles of the people who authorise."""
import datetime as dt
import io
import re
import unicodedata

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.models import CopyRecord, DestructionCase, Document, Handover
from app.printing import notices, records
from app.rules import pack as get_pack
from app.services import paperwork
from app.services import printing_adapters as adapt
from app.services.demo import populate_demo
from app.services.importer import IMPORT_NOTE

TODAY = dt.date(2026, 11, 25)
OLD = "Căn cứ Luật Bảo vệ bí mật nhà nước số 29/2018/QH14, Nghị định số 26/2020/NĐ-CP và Thông tư số 24/2020/TT-BCA"
NEW = "Căn cứ Luật Bảo vệ bí mật nhà nước số 117/2025/QH15 và Nghị định số 63/2026/NĐ-CP"
NOTES = ("cần đối chiếu", IMPORT_NOTE)


def pages(pdf: bytes) -> list[str]:
    return [unicodedata.normalize("NFC", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def printed(_registry_template, tmp_path_factory):
    """Every output built once from one demo registry (keeps the module fast)."""
    from app.services.registry import open_registry
    from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD, copy_registry
    path = copy_registry(_registry_template[0], tmp_path_factory.mktemp("paper") / "so.somat")
    reg = open_registry(path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    with reg.begin() as s:
        populate_demo(s, reg.actor, TODAY)
        doc = s.scalars(select(Document).where(Document.book == "di", Document.year == 2026)
                        .order_by(Document.number)).first()
        doc.ghi_chu = f"Bản lưu tại VT; {IMPORT_NOTE}"
        from app.services import lifecycle
        from app.models import User
        chief = s.scalar(select(User).where(User.username == "demo_chanh_vp"))
        target = s.scalars(select(Document).where(Document.book == "di", Document.status == "dang_quan_ly",
                                                  Document.do_mat == "mat").order_by(Document.id)).first()
        ext = lifecycle.extend(s, reg.actor, target.id, decided_on=dt.date(2026, 4, 6),
                               decided_by=chief.full_name, years=5, decision_number="21/QĐ-VP")
        ext_id, chief_name = ext.id, chief.full_name
    out = {}
    with reg.session() as s:
        out["di_2026"] = paperwork.logbook_pdf(s, "di", 2026, get_pack("2025"))
        out["den_2025"] = paperwork.logbook_pdf(s, "den", 2025, get_pack("2025"))
        out["sao_chup_2025"] = paperwork.logbook_pdf(s, "sao-chup", 2025)
        out["chuyen_giao_2026"] = paperwork.logbook_pdf(s, "chuyen-giao", 2026)
        out["report_2025"] = paperwork.annual_report_pdf(s, 2025, get_pack("2025"))
        out["report_2026"] = paperwork.annual_report_pdf(s, 2026, get_pack("2018"))
        case = s.scalars(select(DestructionCase).where(DestructionCase.stage == "da_tieu_huy")).first()
        out["destruction_2025"] = records.destruction_record(get_pack("2025"),
                                                             adapt.destruction_record(s, case.id),
                                                             adapt.audit_seal(s))
        h = s.scalars(select(Handover)).first()
        out["handover_2025"] = records.handover_record(get_pack("2025"), adapt.handover_record(s, h.id),
                                                       adapt.audit_seal(s))
        out["notice"] = notices.change_notice(get_pack("2018"), adapt.change_notice(s, "gia_han", ext_id),
                                              adapt.audit_seal(s))
        out["chief"] = chief_name
        photo = s.scalars(select(CopyRecord).where(CopyRecord.form == "chup")).first()
        out["photo"] = notices.copy_record(get_pack("2025"), adapt.copy_record_form(s, photo.id),
                                           adapt.audit_seal(s))
        out["photo_regime"] = photo.regime
        out["late_2025"] = len(s.scalars(select(Document).where(Document.book == "den", Document.year == 2025,
                                                                 Document.ghi_bo_sung.is_(True))).all())
        out["codes_2026"] = [d.so_ky_hieu for d in s.scalars(select(Document).where(
            Document.book == "di", Document.year == 2026)) if d.so_ky_hieu]
        out["copy_authoriser"] = [(r.authorised_by.position, r.authorised_by.full_name)
                                  for r in s.scalars(select(CopyRecord).where(CopyRecord.year == 2025))]
    reg.close()
    return out


def test_2026_outgoing_book_prints_both_regimes(printed):
    text = pages(printed["di_2026"])
    old = [i for i, p in enumerate(text) if flat(OLD) in flat(p)]
    new = [i for i, p in enumerate(text) if flat(NEW) in flat(p)]
    assert old and new and max(old) < min(new), "2018 part first, then the 2025 part"
    assert "Mẫu số 14" in text[0] and "(9)" in text[1] and "(10)" not in text[1]
    assert "(10)" in text[new[1]]
    assert not any(flat(OLD) in flat(p) and flat(NEW) in flat(p) for p in text)


def test_2026_book_has_whole_codes_and_no_internal_notes(printed):
    text = "\n".join(pages(printed["di_2026"]))
    lines = [line.strip() for line in text.splitlines()]
    for code in printed["codes_2026"]:
        assert any(code in line for line in lines), code
    for note in NOTES:
        assert note not in text
    assert "Bản lưu tại VT" in text
    # Tuyệt mật rows keep their type; lines read "Công văn triển khai …", never "Công văn. …"
    assert ". Về" not in text and "Báo cáo. " not in text


def test_a_2025_book_prints_only_2018_law(printed):
    text = "\n".join(pages(printed["den_2025"]))
    assert flat(OLD) in flat(text) and "117/2025" not in text and "63/2026" not in text


def test_only_entries_stored_as_ghi_bo_sung_print_as_such(printed):
    """The demo's two archive items entered late (dated 17/02/2025) were stored as ghi bổ sung."""
    assert flat("\n".join(pages(printed["den_2025"]))).count("Ghibổsung") == printed["late_2025"] == 2
    assert "Ghibổsung" not in flat("\n".join(pages(printed["di_2026"])))


def test_transfer_book_names_the_authoriser_by_title(printed):
    text = flat("\n".join(pages(printed["chuyen_giao_2026"])))
    assert flat(f"Chánh Văn phòng {printed['chief']}") in text
    assert flat(NEW) in text and "29/2018" not in text


def test_copy_book_names_the_authoriser_by_title(printed):
    text = flat("\n".join(pages(printed["sao_chup_2025"])))
    assert printed["copy_authoriser"]
    for position, name in printed["copy_authoriser"]:
        assert flat(f"{position} {name}") in text


@pytest.mark.parametrize("year,basis,absent,citation", [
    (2025, OLD, "117/2025", "Khoản 1, khoản 2 Điều 8 Nghị định số 26/2020/NĐ-CP"),
    (2026, NEW, "29/2018", "Nghị định số 63/2026/NĐ-CP"),
])
def test_annual_report_cites_the_law_of_its_period(printed, year, basis, absent, citation):
    text = "\n".join(pages(printed[f"report_{year}"]))
    assert flat(basis) in flat(text) and flat(citation) in flat(text)
    assert absent not in text and "cần đối chiếu" not in text
    assert "d) Dự báo tình hình" in text
    assert "Số bản sao, chụp BMNN đã làm" in text and "Số lượt sao, chụp BMNN" in text


def test_2025_records_cite_2018_law_with_date_place_and_decider_title(printed):
    destruction = "\n".join(pages(printed["destruction_2025"]))
    assert flat(OLD) in flat(destruction) and "117/2025" not in destruction
    assert flat("vào hồi 09 giờ 30 phút, ngày 20 tháng 10 năm 2025, tại Phòng Văn thư") in flat(destruction)
    assert flat("ngày 16/10/2025 của Chánh Văn phòng") in flat(destruction)
    handover = "\n".join(pages(printed["handover_2025"]))
    assert flat(OLD) in flat(handover) and "117/2025" not in handover
    assert flat("vào hồi 14 giờ 00 phút, ngày 02 tháng 6 năm 2025, tại Văn phòng UBND tỉnh Thử Nghiệm") \
        in flat(handover)


def test_extension_notice_from_the_registry(printed):
    text = "\n".join(pages(printed["notice"]))
    assert flat(NEW) in flat(text) and "29/2018" not in text       # decided 06/4/2026
    assert flat("Quyết định số 21/QĐ-VP ngày 06/04/2026 của Chánh Văn phòng") in flat(text)
    assert "V/v thông báo gia hạn thời hạn bảo vệ bí mật nhà nước" in text


def test_photo_copy_record_from_the_registry(printed):
    text = "\n".join(pages(printed["photo"]))
    assert "VĂN BẢN GHI NHẬN" in text and "Chánh Văn phòng" in text
    basis = OLD if printed["photo_regime"] == "2018" else NEW
    assert flat(basis) in flat(text)
    if printed["photo_regime"] == "2018":
        assert "Mẫu số 13" in text
