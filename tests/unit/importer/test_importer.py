import datetime as dt

import openpyxl
import pytest
from sqlalchemy import func, select

from app.models import AuditEvent, Document
from app.services import importer, search
from app.services.actor import Actor
from app.services.errors import ValidationError

ACTOR = Actor(username="vanthu", full_name="Văn thư", role="van_thu")
DEN_HEADER = ["Số đến", "Ngày đến", "Cơ quan ban hành", "Số ký hiệu", "Ngày tháng",
              "Tên loại và trích yếu nội dung", "Độ mật", "Đơn vị và ký nhận", "Ghi chú"]


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _csv(path, lines, *, bom=True, sep=";"):
    text = "\r\n".join(sep.join(cells) for cells in lines) + "\r\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def _counts(sm):
    with sm() as s:
        return s.scalar(select(func.count(Document.id))), s.scalar(select(func.count(AuditEvent.id)))


def test_xlsx_incoming_book_of_2025_imports_with_numbers_dates_and_levels(sessionmaker_, tmp_path):
    path = _xlsx(tmp_path / "so-den-2025.xlsx", [
        ["SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐẾN"],
        [],
        ["  SỐ ĐẾN ", "ngay  den", "Cơ quan ban hành", "Số, ký hiệu", "Ngày tháng",
         "Tên loại và trích yếu nội dung", "ĐỘ MẬT", "Đơn vị và ký nhận", "Ghi chú", "Cột riêng"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
        [7, dt.datetime(2025, 3, 4), "Đảng ủy tỉnh Đồng Nai", "12/KH-TU", dt.datetime(2025, 3, 1),
         "Kế hoạch tổ chức đại hội Đảng ủy", "Tuyệt mật", "Phòng TH", None, "x"],
        [8, "05/03/2025", "UBND tỉnh", "88/QĐ-UBND", "2025-03-02", "Báo cáo tình hình an ninh", "TỐI MẬT",
         None, "Bản gốc", None],
        [9, 45720, "Công an tỉnh", "3/CAT", None, "Về việc bảo vệ bí mật", "c", None, None, None],
        [None, None, None, None, None, None, None, None, None, None],
    ])
    with sessionmaker_() as s:
        preview = importer.preview_import(s, "den", path)
    assert ("Cột riêng", None) in preview.mapping and ("  SỐ ĐẾN ".strip(), "so_den") in preview.mapping
    assert preview.errors == [] and [r["_row"] for r in preview.rows] == [5, 6, 7]
    assert _counts(sessionmaker_) == (0, 0)  # the preview wrote nothing

    with sessionmaker_.begin() as s:
        assert importer.run_import(s, ACTOR, "den", path) == 3
    with sessionmaker_() as s:
        docs = {d.number: d for d in s.scalars(select(Document))}
        assert sorted(docs) == [7, 8, 9]
        assert docs[7].regime == "2018" and docs[7].do_mat == "tuyet_mat"
        assert docs[7].loai_van_ban == "Kế hoạch" and docs[7].trich_yeu == "tổ chức đại hội Đảng ủy"
        assert docs[8].ngay_den == dt.date(2025, 3, 5) and docs[8].ngay_van_ban == dt.date(2025, 3, 2)
        assert docs[8].ghi_chu == "Bản gốc; Nhập từ sổ cũ" and docs[8].do_mat == "toi_mat"
        assert docs[9].ngay_den == dt.date(2025, 3, 4) and docs[9].do_mat == "mat"  # Excel serial date
        assert docs[9].loai_van_ban is None and docs[9].trich_yeu == "Về việc bảo vệ bí mật"
        # the search index follows, with the kept numbers
        assert [r.number for r in search.search_documents(s, "den", "dang uy")] == [7]
        assert [r.number for r in search.search_documents(s, "den", "9")] == [9]
        actions = [a for (a,) in s.execute(select(AuditEvent.action))]
        assert actions.count("document.import") == 3 and actions[-1] == "register.import"


def test_csv_with_bom_and_semicolons_outgoing_book(sessionmaker_, tmp_path):
    path = _csv(tmp_path / "so-di.csv", [
        ["Số thứ tự", "Số ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Độ mật", "Người ký",
         "Nơi nhận", "Đơn vị lưu", "Số lượng", "Ghi chú"],
        ["1", "1/BC-VP", "02/01/2025", '"Báo cáo: kết quả; năm 2024"', "Mật", "Nguyễn Văn A",
         "Công an tỉnh", "VP", "2", ""],
        ["2", "2/KH-VP", "2025-01-15", "Kế hoạch", "tuyet mat", "Trần Thị B", "UBND tỉnh", "VP", "1", ""],
    ])
    with sessionmaker_.begin() as s:
        assert importer.run_import(s, ACTOR, "di", path) == 2
    with sessionmaker_() as s:
        rows = search.search_documents(s, "di")
        assert [r.number for r in rows] == [2, 1]
        assert rows[1].trich_yeu == "kết quả; năm 2024" and rows[1].loai_van_ban == "Báo cáo"
        assert rows[1].so_luong == 2 and rows[1].noi_nhan == "Công an tỉnh"
        assert rows[0].loai_van_ban == "Kế hoạch" and rows[0].trich_yeu is None


def test_csv_with_commas_and_no_bom(sessionmaker_, tmp_path):
    path = _csv(tmp_path / "den.csv", [
        ["Ngày đến", "Số đến", "Cơ quan ban hành", '"Số, ký hiệu"', "Độ mật"],
        ["3/1/2025", "1", "Tỉnh ủy", '"5/CV-TU, mật"', "B"],
    ], bom=False, sep=",")
    with sessionmaker_.begin() as s:
        assert importer.run_import(s, ACTOR, "den", path) == 1
    with sessionmaker_() as s:
        doc = s.scalars(select(Document)).one()
        assert (doc.so_ky_hieu, doc.do_mat, doc.ngay_den) == ("5/CV-TU, mật", "toi_mat", dt.date(2025, 1, 3))


def test_all_or_nothing_with_every_bad_row_listed_in_vietnamese(sessionmaker_, tmp_path):
    path = _xlsx(tmp_path / "sai.xlsx", [
        DEN_HEADER,
        [1, "04/03/2025", "Tỉnh ủy", "1/TU", "01/03/2025", "Công văn về việc A", "Mật", None, None],
        [2, "31/02/2025", "Tỉnh ủy", "2/TU", None, "Công văn B", "Mật", None, None],
        [3, "05/03/2025", None, "3/TU", None, "Công văn C", "rất mật", None, None],
        [1, "06/03/2025", "Tỉnh ủy", "4/TU", None, "Công văn D", "Mật", None, None],
        [5, "03/03/2026", "Tỉnh ủy", "5/TU", "02/03/2026", "Kế hoạch phòng thủ", "Tuyệt mật", None, None],
        ["năm", "07/03/2025", "Tỉnh ủy", "6/TU", None, "Công văn E", "Mật", None, None],
    ])
    with sessionmaker_() as s:
        preview = importer.preview_import(s, "den", path)
        # the forbidden summary is not shown on screen even in the preview
        assert preview.rows[4]["trich_yeu"] is None and preview.rows[4]["loai_van_ban"] == "Kế hoạch"
    with pytest.raises(importer.ImportRefused) as info:
        with sessionmaker_.begin() as s:
            importer.run_import(s, ACTOR, "den", path)
    errors = {e.row: e.message for e in info.value.errors}
    assert sorted(errors) == [3, 4, 5, 6, 7]
    assert "Ngày đến" in errors[3] and "dd/mm/yyyy" in errors[3]
    assert "độ mật" in errors[4].lower() and "thiếu Cơ quan ban hành" in errors[4]
    assert "trùng với dòng 2" in errors[5]
    assert "trích yếu" in errors[6] and "Tuyệt mật" in errors[6]
    assert "Số đến" in errors[7] and "số nguyên dương" in errors[7]
    assert "Dòng 3:" in info.value.message and "chưa nhập dòng nào" in info.value.message
    assert [e.row for e in preview.errors] == [3, 4, 5, 6, 7]
    assert _counts(sessionmaker_) == (0, 0)


def test_rows_refused_by_the_documents_service_roll_back_the_whole_file(sessionmaker_, tmp_path):
    # Sổ đi 2026: our own classification needs a catalogue basis (documents.py), which a file cannot carry.
    path = _csv(tmp_path / "di-2026.csv", [
        ["Số thứ tự", "Số ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Độ mật", "Người ký"],
        ["1", "1/BC-VP", "27/02/2026", "Báo cáo A", "Mật", "Nguyễn Văn A"],
        ["2", "2/BC-VP", "02/03/2026", "Báo cáo B", "Mật", "Nguyễn Văn A"],
    ])
    with pytest.raises(importer.ImportRefused) as info:
        with sessionmaker_.begin() as s:
            importer.run_import(s, ACTOR, "di", path)
    assert [e.row for e in info.value.errors] == [3]
    assert "danh mục" in info.value.errors[0].message
    assert _counts(sessionmaker_) == (0, 0)


def test_incoming_rows_of_2026_import_under_the_2025_regime(sessionmaker_, tmp_path):
    path = _xlsx(tmp_path / "den-2026.xlsx", [
        DEN_HEADER,
        [1, "04/03/2026", "Bộ Công an", "1/BCA", "02/03/2026", "Kế hoạch", "Tuyệt mật", None, None],
        [2, "05/03/2026", "Tỉnh ủy", "2/TU", "03/03/2026", "Công văn về việc B", "Mật", None, None],
    ])
    with sessionmaker_.begin() as s:
        assert importer.run_import(s, ACTOR, "den", path) == 2
    with sessionmaker_() as s:
        rows = search.search_documents(s, "den")
        assert [(r.number, r.regime, r.trich_yeu) for r in rows] == [(2, "2025", "về việc B"), (1, "2025", None)]


def test_numbers_already_in_the_registry_are_refused(sessionmaker_, tmp_path):
    path = _csv(tmp_path / "den.csv", [DEN_HEADER, ["1", "04/03/2025", "Tỉnh ủy", "1/TU", "", "Công văn A", "Mật", "", ""]])
    with sessionmaker_.begin() as s:
        importer.run_import(s, ACTOR, "den", path)
    with pytest.raises(importer.ImportRefused, match="đã có trong sổ"):
        with sessionmaker_.begin() as s:
            importer.run_import(s, ACTOR, "den", path)
    assert _counts(sessionmaker_)[0] == 1


def test_file_level_problems(sessionmaker_, tmp_path):
    with sessionmaker_() as s:
        with pytest.raises(ValidationError, match="xlsx hoặc .csv"):
            importer.preview_import(s, "den", tmp_path / "a.ods")
        bad = tmp_path / "bad.xlsx"
        bad.write_bytes(b"not a zip")
        with pytest.raises(ValidationError, match="bad.xlsx không hợp lệ"):
            importer.preview_import(s, "den", bad)
        latin = tmp_path / "latin.csv"
        latin.write_bytes("Ngày đến;Số đến".encode("cp1258", errors="replace") + b"\xff")
        with pytest.raises(ValidationError, match="UTF-8"):
            importer.preview_import(s, "den", latin)
        nohead = _csv(tmp_path / "x.csv", [["a", "b"], ["1", "2"]])
        with pytest.raises(ValidationError, match="tiêu đề"):
            importer.preview_import(s, "den", nohead)
        missing = _csv(tmp_path / "y.csv", [["Số đến", "Số ký hiệu", "Độ mật"], ["1", "2", "Mật"]])
        with pytest.raises(ValidationError, match="Ngày đến"):
            importer.preview_import(s, "den", missing)


def test_split_type_and_summary_and_dates():
    assert importer.split_type_and_summary("Báo cáo - tình hình") == ("Báo cáo", "tình hình")
    assert importer.split_type_and_summary("QUYẾT ĐỊNH") == ("QUYẾT ĐỊNH", None)
    assert importer.split_type_and_summary("Về việc X") == (None, "Về việc X")
    assert importer.parse_date("2026-03-01") == dt.date(2026, 3, 1)
    assert importer.parse_date("1.3.2026") == dt.date(2026, 3, 1)
    with pytest.raises(ValueError):
        importer.parse_date("03/01/26")


def test_back_dated_rows_of_a_legacy_book_are_marked_ghi_bo_sung_never_refused(sessionmaker_, tmp_path):
    from app.services import documents
    from app.services import printing_adapters as adapt
    with sessionmaker_.begin() as s:  # the registry already holds an entry of 20/03/2025
        documents.register_incoming(s, ACTOR, documents.IncomingInput(
            do_mat="mat", ngay_den=dt.date(2025, 3, 20), co_quan_ban_hanh="Công an tỉnh"))
    path = _csv(tmp_path / "so-den-cu.csv", [
        DEN_HEADER,
        ["11", "21/03/2025", "Tỉnh ủy", "5/CV-TU", "20/03/2025", "Công văn về công tác", "Mật", "", ""],
        ["12", "10/03/2025", "UBND tỉnh", "6/CV-UB", "08/03/2025", "Công văn về an ninh", "Mật", "", "Bản gốc"],
        ["13", "25/03/2025", "Công an tỉnh", "7/CV-CA", "24/03/2025", "Báo cáo tình hình", "Mật", "", ""],
        ["14", "22/03/2025", "Sở Nội vụ", "8/CV-SNV", "21/03/2025", "Công văn về tổ chức", "Mật", "", ""],
    ])
    with sessionmaker_() as s:
        preview = importer.preview_import(s, "den", path)
    assert preview.errors == []
    assert preview.supplement_rows == [3, 5]
    assert [bool(r.get("ghi_bo_sung")) for r in preview.rows] == [False, True, False, True]
    with sessionmaker_.begin() as s:
        assert importer.run_import(s, ACTOR, "den", path) == 4
    with sessionmaker_() as s:
        flags = dict(s.execute(select(Document.so_ky_hieu, Document.ghi_bo_sung)).all())
        assert flags == {None: False, "5/CV-TU": False, "6/CV-UB": True, "7/CV-CA": False, "8/CV-SNV": True}
        rows = {r["so_ky_hieu"]: r for r in adapt.register_rows(s, "den", 2025)}
        assert rows["6/CV-UB"]["_ghi_bo_sung"] and rows["6/CV-UB"]["ghi_chu"] == "Bản gốc"
        assert not rows["7/CV-CA"]["_ghi_bo_sung"]
