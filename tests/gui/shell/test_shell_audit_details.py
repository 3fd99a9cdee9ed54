"""The audit log's "Chi tiết" column reads as a short Vietnamese list: labels for known keys, names for codes,
dates dd/mm/yyyy, short hashes, and internal ids only when there is nothing else."""
import json

from app.ui.pages.audit_details import describe
from app.ui.pages.audit_table_model import AuditTableModel


def d(**details):
    return describe(json.dumps(details, ensure_ascii=False))


def test_register_event_reads_as_a_sentence():
    assert d(book="den", year=2026, number=15, so_ky_hieu="12/CV-PA03", do_mat="toi_mat", regime="2025",
             catalogue_item_id=3) == "Sổ đến; năm 2026; số 15; ký hiệu 12/CV-PA03; độ mật Tối mật; chế độ 2025"


def test_codes_are_named_and_ids_dropped():
    assert d(kind="bi_boc", document_id=4, occurred_on="2025-08-12", reported_on="2025-08-13") == \
        "Loại: Bì có dấu hiệu bị bóc, mở; ngày xảy ra 12/08/2025; ngày báo cáo 13/08/2025"
    assert d(old_level="toi_mat", new_level="mat", level_change_id=2, notice_due="2026-05-01") == \
        "Độ mật cũ Tối mật; độ mật mới Mật; hạn thông báo 01/05/2026"
    assert d(form="sao_y", quantity=2, copy_numbers=[3, 4], authorised_by_id=7) == \
        "Hình thức: Sao y bản chính; 2 bản; bản sao số 3–4"
    assert d(kind="chuyen_giao", party="nuoc_ngoai", recipient="Sứ quán X") == \
        "Loại: Chuyển giao; bên nhận: Cơ quan, tổ chức, cá nhân nước ngoài; nơi nhận: Sứ quán X"
    assert d(reason="thoi_viec", record_number="01/BB", document_ids=[1, 2, 3], usb_ids=[]) == \
        "3 tài liệu; 0 USB; biên bản số 01/BB; lý do: Thôi việc"


def test_lists_hashes_changes_and_members():
    assert d(files=[{"name": "bao_cao.pdf", "sha256": "0123456789abcdef" * 4}], directory="/media/usb/somat") == \
        "Tệp: bao_cao.pdf (SHA-256 0123456789ab…); thư mục /media/usb/somat"
    assert d(changes=[{"field": "trich_yeu", "old": "Cũ", "new": None}]) == "Đã sửa: trích yếu “Cũ” → (trống)"
    assert d(members=[{"name": "Nguyễn A", "role": "chu_tich"}, {"name": "Trần B", "role": "thanh_vien"}]) == \
        "Thành viên: Nguyễn A (chủ tịch), Trần B (thành viên)"
    assert d(evidence_sha256="f" * 64, verdict="pass", purpose="tu_kiem_tra") == \
        "Kết quả: đạt; mục đích: tự kiểm tra; SHA-256 ffffffffffff…"


def test_only_ids_are_shown_when_nothing_else_and_unknown_keys_keep_their_name():
    assert d(document_id=4) == "Văn bản #4"
    assert d(some_new_key="x", active=True) == "Còn hiệu lực: có; some new key: x"
    assert d() == ""
    assert describe("not json") == "not json"


def test_audit_model_shows_readable_details_and_raw_tooltip(qtmodeltester, ctx):
    from app.services import audit
    from app.ui.qt import Qt

    with ctx.registry.begin() as s:
        audit.record(s, "document.register", actor="vanthu", entity="document", entity_id=1, book="di",
                     year=2026, number=1, so_ky_hieu="01/BC", do_mat="tuyet_mat")
    model = AuditTableModel(ctx.tasks.run_db)
    model.reload()
    while model.canFetchMore():
        model.fetchMore()
    index = model.index(0, 5)
    assert index.data() == "Sổ đi; năm 2026; số 1; ký hiệu 01/BC; độ mật Tuyệt mật"
    assert '"so_ky_hieu":"01/BC"' in index.data(Qt.ToolTipRole)
    assert model.index(0, 3).data() == "Vào sổ văn bản"
    qtmodeltester.check(model, force_py=True)
