import datetime as dt
import io
import json

import openpyxl
import pytest

from app.cli import import_cmd, list_cmd
from app.cli.main import main
from app.services import documents
from app.services.actor import Actor

PASSWORD = "mat-khau-thu-123"
ACTOR = Actor(username="vanthu", role="van_thu")
HEADER = ["Số đến", "Ngày đến", "Cơ quan ban hành", "Số ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung",
          "Độ mật", "Đơn vị và ký nhận", "Ghi chú"]


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _good_file(tmp_path):
    return _xlsx(tmp_path / "so-den.xlsx", [
        HEADER,
        [1, "04/03/2025", "Đảng ủy tỉnh", "12/KH-ĐU", "01/03/2025", "Kế hoạch đại hội Đảng ủy", "Tuyệt mật", None, None],
        [2, "05/03/2025", "UBND tỉnh", "13/BC-UBND", "02/03/2025", "Báo cáo an ninh", "Mật", None, None],
    ])


def test_import_then_list_json_through_the_core_functions(sessionmaker_, tmp_path):
    out, err = io.StringIO(), io.StringIO()
    assert import_cmd.import_file(sessionmaker_.begin, ACTOR, "den", _good_file(tmp_path), out=out, err=err) == 0
    assert "Đã nhập 2 dòng" in out.getvalue()
    # a 2026 Tuyệt mật row registered through the documents service has no summary
    with sessionmaker_.begin() as s:
        doc = documents.register_incoming(s, ACTOR, documents.IncomingInput(
            ngay_den=dt.date(2025, 6, 1), co_quan_ban_hanh="Bộ Công an", do_mat="mat", so_ky_hieu="9/BCA",
            trich_yeu="Về việc Đảng ủy khối"))
        assert doc.number == 3
    buf = io.StringIO()
    assert list_cmd.list_rows(sessionmaker_, "den", text="dang uy", as_json=True, out=buf) == 0
    rows = json.loads(buf.getvalue())
    assert [r["number"] for r in rows] == [1, 3]  # Vietnamese order: "Kế hoạch…" < "Về việc…"
    assert rows[0]["trich_yeu"] == "đại hội Đảng ủy" and rows[0]["do_mat"] == "tuyet_mat"  # 2018 regime kept it
    assert rows[0]["ngay"] == "2025-03-04" and rows[0]["so_ky_hieu"] == "12/KH-ĐU" and rows[0]["book"] == "den"
    table = io.StringIO()
    list_cmd.list_rows(sessionmaker_, "den", level="Mật", out=table)
    assert "13/BC-UBND" in table.getvalue() and "12/KH-ĐU" not in table.getvalue()
    assert "Có 2 tài liệu." in table.getvalue()


def test_import_refused_lists_rows_and_writes_nothing(sessionmaker_, tmp_path):
    bad = _xlsx(tmp_path / "sai.xlsx", [
        HEADER,
        [1, "04/03/2025", "Tỉnh ủy", "1/TU", None, "Công văn A", "Mật", None, None],
        [2, "hôm qua", "Tỉnh ủy", "2/TU", None, "Công văn B", "XYZ", None, None],
    ])
    out, err = io.StringIO(), io.StringIO()
    assert import_cmd.import_file(sessionmaker_.begin, ACTOR, "den", bad, out=out, err=err) == 1
    assert "Dòng 3:" in err.getvalue() and "chưa nhập dòng nào" in err.getvalue()
    buf = io.StringIO()
    list_cmd.list_rows(sessionmaker_, "den", as_json=True, out=buf)
    assert json.loads(buf.getvalue()) == []


@pytest.fixture
def registry_file(tmp_path, monkeypatch):
    from app.services.registry import create_registry

    path = tmp_path / "so.somat"
    registry, _code = create_registry(path, agency_name="Sở Khoa học và Công nghệ", superior_body="UBND tỉnh Đồng Nai",
                                      admin_username="quantri", admin_full_name="Nguyễn Thị A", password=PASSWORD)
    registry.close()
    monkeypatch.setenv("SOMAT_USER", "quantri")
    monkeypatch.delenv("SOMAT_PASSWORD", raising=False)
    return path


def test_main_import_and_list_with_exit_codes(registry_file, tmp_path, monkeypatch, capsys):
    pwfile = tmp_path / "pw.txt"
    pwfile.write_text(PASSWORD + "\n", encoding="utf-8")
    good = _good_file(tmp_path)
    db = str(registry_file)
    assert main(["import", "--db", db, "--book", "den", "--password-file", str(pwfile), str(good)]) == 0
    monkeypatch.setenv("SOMAT_PASSWORD", PASSWORD)
    # the same numbers again: refused, nothing imported
    assert main(["import", "--db", db, "--book", "den", str(good)]) == 1
    assert "đã có trong sổ" in capsys.readouterr().err
    assert main(["list", "--db", db, "--book", "den", "--search", "ĐẢNG UY", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["do_mat"]) for r in rows] == [(1, "tuyet_mat")]
    assert main(["list", "--db", db, "--book", "den", "--year", "2025", "--level", "C"]) == 0
    assert "13/BC-UBND" in capsys.readouterr().out
    # refused: wrong password, missing file
    monkeypatch.setenv("SOMAT_PASSWORD", "sai-mat-khau-1")
    assert main(["list", "--db", db, "--book", "den", "--json"]) == 1
    assert "Lỗi" in capsys.readouterr().err
    assert main(["list", "--db", str(tmp_path / "khong-co.somat"), "--book", "den"]) == 1
    assert main(["import", "--db", db, "--book", "den", str(tmp_path / "a.txt")]) == 1
    # usage errors: exit 2
    assert main(["list", "--db", db, "--book", "den", "--level", "rất mật"]) == 2
    monkeypatch.delenv("SOMAT_PASSWORD")
    assert main(["list", "--db", db, "--book", "den"]) == 2  # no password and no terminal
    with pytest.raises(SystemExit) as info:
        main(["list", "--db", db, "--book", "xx"])
    assert info.value.code == 2
