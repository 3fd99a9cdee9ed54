"""Issue 12 #2 / issue 10: printing from the GUI streams the PDF to a real CUPS queue (a private cupsd, device
file:/dev/null) with no file of ours on disk, and cupsd keeps no job file once the job is done (the
installer's PreserveJobFiles No). Driven with real clicks and keys on the preview and print dialogs."""
import datetime as dt

from sqlalchemy import select

from app.models import AuditEvent
from app.services import documents
from app.ui.dialogs.print_preview_dialog import PrintPreviewDialog, register_pdf
from app.ui.qt import QTest, Qt
from tests.gui.cupsd import QUEUE


def _register_some(registry, actor, n):
    with registry.begin() as s:
        for i in range(n):
            documents.register_incoming(s, actor, documents.IncomingInput(
                ngay_den=dt.date(2025, 3, 1 + i % 28), co_quan_ban_hanh=f"Cơ quan {i}", so_ky_hieu=f"{i}/CV",
                loai_van_ban="Công văn", trich_yeu=f"Việc số {i}", do_mat="mat"))


def _pdf_files(folder):
    out = []
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as fh:
                if fh.read(5) == b"%PDF-" or path.suffix.lower() == ".pdf":
                    out.append(path)
    return out


def _preview(qtbot, ctx, registry, actor):
    _register_some(registry, actor, 3)
    with registry.session() as s:
        pdf = register_pdf(s, ctx.pack, "den", 2025)
    dialog = PrintPreviewDialog(ctx, "Sổ đăng ký đến năm 2025", pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _open_options(qtbot, dialog):
    QTest.mouseClick(dialog.print_button, Qt.LeftButton)
    options = dialog.options
    qtbot.waitUntil(lambda: options.isVisible() and options.print_button.isEnabled())
    return options


def test_print_streams_the_pdf_to_the_cups_queue(qtbot, ctx, registry, actor, cups, _somat_home, tmp_path):
    dialog = _preview(qtbot, ctx, registry, actor)
    assert dialog.pages_count >= 2 and len(dialog.images) == dialog.pages_count  # the preview renders (pypdfium2)
    options = _open_options(qtbot, dialog)
    assert options.queue == QUEUE  # the default queue is preselected
    QTest.keyClick(options.copies, Qt.Key_Up)  # two copies
    with qtbot.waitSignal(dialog.printed) as blocker:
        QTest.mouseClick(options.print_button, Qt.LeftButton)
    job = blocker.args[0]
    assert job.queue == QUEUE and job.copies == 2 and job.job_id.startswith(QUEUE + "-")
    listed = cups.jobs("all")
    assert job.job_id in listed
    size = int(listed.split(job.job_id, 1)[1].split()[1])  # id, user, size (bytes, rounded up to 1 KiB)
    assert len(dialog.pdf) <= size < len(dialog.pdf) + 1024
    cups.wait_completed(job.job_id)
    assert "Đã gửi tới máy in «somat-test»" in dialog.info.text()
    # no file of ours anywhere, and cupsd dropped its copy once the job was done (PreserveJobFiles No)
    assert list(cups.tmpdir.iterdir()) == []
    assert _pdf_files(_somat_home) == [] and _pdf_files(tmp_path) == []
    assert sorted(p.name for p in cups.spool.iterdir() if p.name.startswith("d")) == []
    with registry.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "print.submit")).one()
    assert job.job_id in event.details and "Sổ đăng ký đến năm 2025" in event.details


def test_page_range_is_checked_before_anything_is_sent(qtbot, ctx, registry, actor, cups):
    dialog = _preview(qtbot, ctx, registry, actor)
    before = cups.jobs("all")
    options = _open_options(qtbot, dialog)
    QTest.keyClicks(options.pages, "3-1")
    assert options.some_pages.isChecked()
    QTest.mouseClick(options.print_button, Qt.LeftButton)
    assert options.isVisible() and "Khoảng trang không hợp lệ" in options.note.text()
    options.pages.clear()
    QTest.keyClicks(options.pages, "1")
    with qtbot.waitSignal(dialog.printed) as blocker:
        QTest.keyClick(options.pages, Qt.Key_Return)  # Enter = the default button "In"
    assert blocker.args[0].pages == "1"
    assert cups.jobs("all") != before


def test_cancel_sends_nothing(qtbot, ctx, registry, actor, cups):
    dialog = _preview(qtbot, ctx, registry, actor)
    before = cups.jobs("all")
    options = _open_options(qtbot, dialog)
    QTest.keyClick(options, Qt.Key_Escape)
    assert not options.isVisible()
    assert dialog.last_job is None and cups.jobs("all") == before


def test_a_stopped_queue_gives_a_clear_sentence(qtbot, ctx, registry, actor, cups, answer):
    dialog = _preview(qtbot, ctx, registry, actor)
    options = _open_options(qtbot, dialog)
    cups.run("lpadmin", "-x", QUEUE)  # the printer was removed after the dialog listed it
    try:
        QTest.mouseClick(options.print_button, Qt.LeftButton)
        assert dialog.last_job is None
        title, text, info = answer.shown[-1]
        assert "không nhận lệnh in" in text + info and "Traceback" not in text + info
    finally:
        cups.run("lpadmin", "-p", QUEUE, "-E", "-v", "file:/dev/null")
        cups.run("lpadmin", "-d", QUEUE)
