"""Official paper from a real registry: logbooks, the annual report, export to an approved drive,
and consolidation of signed bundles — through the services and the ``somat`` command line."""
import datetime as dt
import io
import json
import os
import subprocess
import unicodedata

import pytest
from pypdf.errors import FileNotDecryptedError
from pypdf import PdfReader
from sqlalchemy import select

from app.cli.main import main
from app.export import ExportRefused
from app.models import ApprovedUsb, AuditEvent, Document
from app.services import audit, paperwork
from app.services.demo import populate_demo
from tests.registry_fixtures import REGISTRY_PASSWORD

TODAY = dt.date(2026, 11, 25)


PDF_PASSWORD = "mat-khau-pdf-2026"


def _text(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:  # a PDF written by --out is always encrypted
        assert reader.is_encrypted and reader.decrypt(password)
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def demo_registry(registry):
    with registry.begin() as s:
        populate_demo(s, registry.actor, TODAY)
    return registry


@pytest.fixture
def cli_env(monkeypatch, demo_registry):
    monkeypatch.setenv("SOMAT_PASSWORD", REGISTRY_PASSWORD)
    monkeypatch.setenv("SOMAT_PDF_PASSWORD", PDF_PASSWORD)
    path = demo_registry.path
    demo_registry.close()  # one running instance per registry: the CLI opens it itself
    return path


def test_logbook_cli_prints_the_incoming_register(cli_env, tmp_path, open_registry_factory):
    out = tmp_path / "so-den.pdf"
    assert main(["logbook", "--db", str(cli_env), "--book", "den", "--year", "2026", "--out", str(out)]) == 0
    text = _text(out.read_bytes(), PDF_PASSWORD)
    assert "SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐẾN" in text
    assert "Cơ quan ban hành" in text and "Đơn vị và ký nhận" in text
    reg = open_registry_factory(path=cli_env)
    with reg.session() as s:
        docs = s.scalars(select(Document).where(Document.book == "den", Document.year == 2026)).all()
        with_ref = [d for d in docs if d.so_ky_hieu and d.do_mat != "tuyet_mat"]
        assert with_ref, "demo data has incoming items"
        assert with_ref[0].so_ky_hieu in text.replace("\n", "")
        old_secret = s.scalars(select(Document).where(Document.do_mat == "tuyet_mat",
                                                      Document.trich_yeu.is_not(None))).all()
    for doc in old_secret:  # Tuyệt mật summaries never reach paper
        assert doc.trich_yeu not in text


def test_annual_report_cli_has_statistics_and_sections(cli_env, tmp_path):
    out = tmp_path / "bao-cao.pdf"
    assert main(["report", "annual", "--db", str(cli_env), "--year", "2026", "--out", str(out)]) == 0
    text = _text(out.read_bytes(), PDF_PASSWORD)
    assert "BÁO CÁO" in text and "15/12/2025" in text and "14/12/2026" in text


def test_export_to_a_plain_folder_is_refused(cli_env, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOMAT_EXPORT_PASSWORD", "mat-khau-xuat-2026")
    target = tmp_path / "khong-phai-usb"
    target.mkdir()
    code = main(["export", "--db", str(cli_env), "--report", "annual", "--year", "2026", "--to", str(target)])
    assert code == 1
    assert list(target.iterdir()) == []
    assert "USB" in capsys.readouterr().err


@pytest.fixture
def approved_mount(tmp_path, demo_registry):
    """A real (tmpfs) filesystem mounted as the approved drive; identity injected (no USB here)."""
    mnt = tmp_path / "usb"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cần quyền root để gắn một hệ thống tệp tmpfs làm ổ thử")
    with demo_registry.session() as s:
        drive = s.scalars(select(ApprovedUsb)).first()
        ident = type("Ident", (), {"vendor_id": drive.vendor_id, "product_id": drive.product_id,
                                   "serial": drive.serial})()
    yield mnt, (lambda mountpoint: ident)
    subprocess.run(["umount", str(mnt)], check=False)


def test_export_to_approved_drive_is_encrypted_signed_and_audited(demo_registry, approved_mount):
    from app.export.bundle import open_bundle

    mnt, identify = approved_mount
    with demo_registry.begin() as s:
        outcome = paperwork.export_annual(s, demo_registry.actor, 2026, str(mnt), "mat-khau-xuat-2026",
                                          identify=identify)
    names = sorted(p.name for p in mnt.iterdir())
    assert names == sorted(n for n, _ in outcome.result.files)
    pdf_path = next(mnt.glob("*.pdf"))
    reader = PdfReader(str(pdf_path))
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert reader.decrypt("mat-khau-xuat-2026")
    assert "BÁO CÁO" in unicodedata.normalize("NFC", reader.pages[0].extract_text())
    bundle = open_bundle(next(mnt.glob("*.somat.json")).read_bytes())
    assert bundle.year == 2026 and bundle.agency
    with demo_registry.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "report.export")).one()
        files = json.loads(event.details)["files"]
    assert {f["sha256"] for f in files} == {h for _, h in outcome.result.files}


def test_export_refuses_an_unapproved_drive(demo_registry, approved_mount):
    mnt, _ = approved_mount
    stranger = type("Ident", (), {"vendor_id": "0781", "product_id": "5581", "serial": "KHONG-DUYET"})()
    with pytest.raises(ExportRefused):
        with demo_registry.begin() as s:
            paperwork.export_annual(s, demo_registry.actor, 2026, str(mnt), "mat-khau-xuat-2026",
                                    identify=lambda _m: stranger)
    assert list(mnt.iterdir()) == []


def test_consolidation_refuses_duplicates_and_bad_signatures(demo_registry, tmp_path, monkeypatch):
    monkeypatch.setenv("SOMAT_PDF_PASSWORD", PDF_PASSWORD)
    with demo_registry.session() as s:
        bundle = paperwork.annual_bundle(s, 2026)
        head = audit.chain_head(s)
    assert json.loads(bundle)["payload"]["audit_head"] == {"count": head.count, "hash": head.hash}
    good = tmp_path / "a.somat.json"
    good.write_bytes(bundle)
    dup = tmp_path / "b.somat.json"
    dup.write_bytes(bundle)
    forged = json.loads(bundle)
    forged["payload"]["statistics"]["copies"] = 999
    bad = tmp_path / "c.somat.json"
    bad.write_text(json.dumps(forged), encoding="utf-8")
    out = tmp_path / "tong-hop.pdf"
    code = main(["report", "consolidate", str(good), str(dup), str(bad), "--year", "2026",
                 "--agency", "Công an tỉnh Thử Nghiệm", "--out", str(out)])
    assert code == 1  # some bundles were refused
    text = _text(out.read_bytes(), PDF_PASSWORD)
    assert "Trùng" in text and "b.somat.json" in text and "c.somat.json" in text
