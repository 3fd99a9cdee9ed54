"""A clerk exports a filtered register view to Excel: the file is encrypted (AES-256), opens with the
password only, keeps each regime's printed columns, never holds a forbidden Tuyệt mật summary, keeps
formula-like text as text, leaves no plaintext in temporary files, and is an audit event."""
import datetime as dt
import io
import json
import tempfile

import msoffcrypto
import openpyxl
import pytest
from msoffcrypto.exceptions import InvalidKeyError
from sqlalchemy import select

from app.export.errors import ExportError
from app.models import AuditEvent
from app.services import documents as docs
from app.services.register_xlsx import register_xlsx, save_register_xlsx

D = dt.date
PASSWORD = "Xuất sổ 2026!"
SECRET_WORDS = "phương án bố trí lực lượng bảo vệ"
FORMULA = '=HYPERLINK("http://evil.example/x","Bấm vào đây")'


def _out(**kw):
    base = dict(do_mat="mat", so_ky_hieu="12/UBND-VP", ngay_van_ban=D(2025, 5, 6), loai_van_ban="Công văn",
                trich_yeu="Về việc bảo đảm an ninh", nguoi_ky="Lê Văn Ký", noi_nhan="Công an tỉnh",
                don_vi_luu="VP", so_luong=3)
    base.update(kw)
    return docs.OutgoingInput(**base)


@pytest.fixture
def outgoing(session, actor, item):
    docs.register_outgoing(session, actor, _out())
    # Under the 2018 regime a Tuyệt mật summary could be kept in the registry (classifier's consent);
    # it is still never printed nor exported.
    docs.register_outgoing(session, actor, _out(so_ky_hieu="3/KH-UBND", ngay_van_ban=D(2025, 6, 1),
                                                loai_van_ban="Kế hoạch", trich_yeu=SECRET_WORDS,
                                                do_mat="tuyet_mat"))
    docs.register_outgoing(session, actor, _out(so_ky_hieu="7/KH-UBND", ngay_van_ban=D(2026, 3, 2),
                                                loai_van_ban="Kế hoạch", trich_yeu=None,
                                                do_mat="tuyet_mat", catalogue_item_id=item.id))
    docs.register_outgoing(session, actor, _out(so_ky_hieu="8/UBND-VP", ngay_van_ban=D(2026, 3, 3),
                                                noi_nhan=FORMULA, catalogue_item_id=item.id))
    return session


def _open(data: bytes, password: str = PASSWORD) -> openpyxl.Workbook:
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    assert office.is_encrypted()
    office.load_key(password=password)
    plain = io.BytesIO()
    office.decrypt(plain)
    return openpyxl.load_workbook(plain)


def _rows(ws):
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_export_is_encrypted_and_keeps_each_regimes_columns(outgoing, actor):
    export = register_xlsx(outgoing, actor, "di", PASSWORD)
    assert export.rows == 4
    assert SECRET_WORDS.encode() not in export.data and b"UBND-VP" not in export.data
    wb = _open(export.data)
    assert wb.sheetnames == ["Sổ đi (2020)", "Sổ đi (2026)"]
    old, new = (_rows(wb[name]) for name in wb.sheetnames)
    assert "Tên loại và trích yếu nội dung" in old[0] and "Tên loại và trích yếu nội dung" in new[0]
    assert len(old[0]) == 9 and len(new[0]) == 10  # TT 24/2020 Mẫu 14 vs the 2026 layout
    ky_hieu = old[0].index("Số, ký hiệu")
    assert [r[ky_hieu] for r in old[2:]] == ["3/KH-UBND", "12/UBND-VP"]  # the view's order: newest first and "Mật" in old[2]
    assert [r[new[0].index("Số, ký hiệu")] for r in new[2:]] == ["8/UBND-VP", "7/KH-UBND"]
    assert new[1] == [str(i) for i in range(1, len(new[0]) + 1)]  # the printed column numbers


def test_tuyet_mat_summary_is_never_written_but_the_document_type_is(outgoing, actor):
    wb = _open(register_xlsx(outgoing, actor, "di", PASSWORD).data)
    cells = [str(v) for ws in wb for row in _rows(ws) for v in row if v]
    assert not any(SECRET_WORDS in c for c in cells)
    assert any(c.startswith("Kế hoạch") for c in cells)
    assert any(c == "Tuyệt mật" for c in cells)


def test_formula_text_stays_text(outgoing, actor):
    wb = _open(register_xlsx(outgoing, actor, "di", PASSWORD).data)
    found = [c for ws in wb for row in ws.iter_rows() for c in row if c.value and "HYPERLINK" in str(c.value)]
    assert [c.value for c in found] == [FORMULA]  # the whole cell, leading "=" included
    assert found[0].data_type == "s"


def test_the_wrong_password_opens_nothing(outgoing, actor):
    data = register_xlsx(outgoing, actor, "di", PASSWORD).data
    with pytest.raises(InvalidKeyError):
        _open(data, "sai mật khẩu")


def test_filters_of_the_view_apply_and_the_export_is_audited(outgoing, actor, tmp_path):
    export = save_register_xlsx(outgoing, actor, "di", tmp_path / "so-di.xlsx", PASSWORD, year=2026)
    assert export.rows == 2
    assert (tmp_path / "so-di.xlsx").read_bytes() == export.data
    event = outgoing.scalars(select(AuditEvent).where(AuditEvent.action == "register.export_xlsx")).one()
    details = json.loads(event.details)
    assert details == {"book": "di", "filters": {"year": 2026}, "rows": 2, "sha256": export.sha256}
    assert event.actor == actor.username


def test_no_temporary_file_is_written(outgoing, actor, tmp_path, monkeypatch):
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    monkeypatch.setenv("TMPDIR", str(spool))
    register_xlsx(outgoing, actor, "di", PASSWORD)
    assert list(spool.iterdir()) == []


def test_a_short_password_is_refused_before_anything_is_recorded(outgoing, actor):
    with pytest.raises(ExportError):
        register_xlsx(outgoing, actor, "di", "ngắn")
    assert outgoing.scalars(select(AuditEvent).where(AuditEvent.action == "register.export_xlsx")).all() == []
