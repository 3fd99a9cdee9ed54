"""Import preview (mapping + row errors, nothing written), print preview from memory, table models."""
import datetime as dt

from app.services import documents, search
from app.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from app.ui.dialogs.print_preview_dialog import PrintPreviewDialog, marks_pdf, register_pdf
from app.ui.models.document_table_model import PAGE_SIZE, DocumentTableModel
from app.ui.models.rows_table_model import Column, RowsTableModel
from app.ui.qt import Qt

HEADER = "Số thứ tự;Ngày đến;Số đến;Cơ quan ban hành;Số, ký hiệu;Ngày tháng;Tên loại và trích yếu nội dung;Độ mật;Đơn vị và ký nhận;Ghi chú\n"


def _csv(tmp_path, lines):
    path = tmp_path / "so_den_cu.csv"
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def _count(registry):
    with registry.session() as s:
        return len(search.document_ids(s, "den"))


def test_import_preview_shows_mapping_and_row_errors_and_writes_nothing(qtbot, ctx, registry, tmp_path):
    path = _csv(tmp_path, [
        "1;05/03/2025;1;UBND tỉnh;10/UBND;01/03/2025;Công văn về an ninh;Mật;Văn phòng;\n",
        "2;32/13/2025;2;Công an tỉnh;11/CA;01/03/2025;Báo cáo tình hình;Tối mật;Văn phòng;\n",
    ])
    dialog = ImportPreviewDialog(ctx, "den", path)
    qtbot.addWidget(dialog)
    assert dialog.preview is not None
    mapped = {dialog.mapping_model.index(r, 0).data(): dialog.mapping_model.index(r, 1).data()
              for r in range(dialog.mapping_model.rowCount())}
    assert mapped["Số, ký hiệu"] == "(5) Số, ký hiệu"
    assert mapped["Cơ quan ban hành"] == "(4) Cơ quan ban hành"
    assert dialog.errors.count() >= 1
    assert dialog.errors.item(0).text().startswith("Dòng 3")
    assert not dialog.import_button.isEnabled()
    assert _count(registry) == 0


def test_import_after_clean_preview(qtbot, ctx, registry, tmp_path, answer):
    path = _csv(tmp_path, ["1;05/03/2025;1;UBND tỉnh;10/UBND;01/03/2025;Công văn về an ninh;Mật;Văn phòng;\n"])
    dialog = ImportPreviewDialog(ctx, "den", path)
    qtbot.addWidget(dialog)
    assert dialog.rows_model.rowCount() == 1 and dialog.errors.count() == 0
    assert _count(registry) == 0  # the preview wrote nothing
    assert dialog.import_button.isEnabled()
    answer.yes = False
    dialog.run_import()
    assert _count(registry) == 0
    answer.yes = True
    with qtbot.waitSignal(dialog.imported) as blocker:
        dialog.run_import()
    assert blocker.args == [1] and _count(registry) == 1


def _register_some(registry, actor, n):
    with registry.begin() as s:
        for i in range(n):
            documents.register_incoming(s, actor, documents.IncomingInput(
                ngay_den=dt.date(2025, 3, 1 + i % 28), co_quan_ban_hanh=f"Cơ quan {i}", so_ky_hieu=f"{i}/CV",
                loai_van_ban="Công văn", trich_yeu=f"Việc số {i}", do_mat="mat"))


def test_print_preview_renders_in_memory(qtbot, ctx, registry, actor):
    """Printing itself goes through a real CUPS queue: test_registers_print_cups.py."""
    _register_some(registry, actor, 3)
    with registry.session() as s:
        pdf = register_pdf(s, ctx.pack, "den", 2025)
    assert pdf.startswith(b"%PDF")
    dialog = PrintPreviewDialog(ctx, "Sổ đến 2025", pdf)
    qtbot.addWidget(dialog)
    assert dialog.pages_count >= 2 and len(dialog.images) == dialog.pages_count
    assert dialog.images[0].width() > 500 and not dialog.images[0].isNull()


def test_document_marks_sheet(qtbot, ctx, registry):
    with registry.session() as s:
        pdf = marks_pdf(s, ctx.pack, {"do_mat": "tuyet_mat", "expires_on": dt.date(2056, 1, 1),
                                      "recall_required": True, "recall_deadline": dt.date(2027, 1, 1)})
    assert pdf.startswith(b"%PDF")


def test_document_table_model_lazy_pages(qtbot, qtmodeltester, ctx, registry, actor):
    _register_some(registry, actor, 5)
    calls = []

    def fetch(ids, done):
        calls.append(list(ids))
        with registry.session() as s:
            done(search.rows_for_ids(s, ids))

    model = DocumentTableModel(ctx.pack, "den", fetch)
    with registry.session() as s:
        ids = search.document_ids(s, "den")
    model.set_ids(ids)
    assert model.headerData(4, Qt.Horizontal) == "(5) Số, ký hiệu"
    assert model.index(0, 4).data() == "…"  # not fetched yet
    qtbot.waitUntil(lambda: model.is_loaded(0))
    assert model.index(0, 4).data() == "4/CV"  # newest first
    assert len(calls) == 1
    qtmodeltester.check(model)


def test_document_table_model_big_id_list_fetches_only_visible_pages(qtbot, qtmodeltester, ctx):
    fetched = []

    class Row:
        def __init__(self, i):
            self.id, self.number, self.so_ky_hieu, self.do_mat, self.status = i, i, f"{i}/X", "mat", "dang_quan_ly"

    def fetch(ids, done):
        fetched.append((ids[0], len(ids)))
        done([Row(i) for i in ids])

    model = DocumentTableModel(ctx.pack, "di", fetch)
    model.set_ids(range(1, 1_000_001))
    assert model.rowCount() == 1_000_000
    model.index(999_999, 1).data()
    qtbot.waitUntil(lambda: model.is_loaded(999_999))
    assert fetched == [(1_000_000 - (1_000_000 % PAGE_SIZE or PAGE_SIZE) + 1, 1_000_000 % PAGE_SIZE or PAGE_SIZE)]
    assert model.index(999_999, 1).data() == "1000000/X"
    stale = []
    model.set_fetcher(lambda ids, done: stale.append(done))
    model.set_ids(range(1, 11))
    model.index(0, 1).data()
    qtbot.waitUntil(lambda: bool(stale))
    model.set_ids(range(100, 110))  # a newer list arrives before the old page
    stale[0]([Row(i) for i in range(1, 11)])
    assert not model.is_loaded(0)


def test_rows_model_sorts_in_vietnamese_order(qtmodeltester):
    model = RowsTableModel([Column("Tên", "name")], [{"name": n} for n in ("Đào", "Anh", "Dung", "Ân", "Bình")])
    qtmodeltester.check(model)
    model.sort(0)
    assert [model.index(r, 0).data() for r in range(5)] == ["Anh", "Ân", "Bình", "Dung", "Đào"]
