"""A PDF written by ``somat logbook`` / ``somat report … --out`` leaves the registry.

Attacks (a clerk with their own login): write the register in plaintext to any folder; write it to a
USB stick that ``somat export`` would refuse; write it to a network share; leave no trace of it.
Every case runs the real command on a real registry and reads back the real PDF.
"""
import io
import json
import os
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf.errors import FileNotDecryptedError
from pypdf import PdfReader
from sqlalchemy import select

from app.cli.main import main
from app.export import mounts, target
from app.models import ApprovedUsb, AuditEvent
from app.services.demo import populate_demo
from tests.registry_fixtures import REGISTRY_PASSWORD

PDF_PASSWORD = "Mật khẩu PDF 2026"
TODAY = __import__("datetime").date(2026, 11, 25)


@pytest.fixture
def db(registry, monkeypatch):
    with registry.begin() as s:
        populate_demo(s, registry.actor, TODAY)
    monkeypatch.setenv("SOMAT_PASSWORD", REGISTRY_PASSWORD)
    monkeypatch.delenv("SOMAT_PDF_PASSWORD", raising=False)
    path = registry.path
    registry.close()
    return path


def logbook(db, out, *extra):
    return main(["logbook", "--db", str(db), "--book", "den", "--year", "2026", "--out", str(out), *extra])


def pdf_events(open_registry_factory, db):
    reg = open_registry_factory(path=db)
    with reg.session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == "pdf.output")).all()
        events = [json.loads(e.details) | {"entity": e.entity} for e in rows]
    reg.close()
    return events


@pytest.fixture
def outdir(tmp_path):
    path = tmp_path / "ra"
    path.mkdir()
    return path


def test_no_pdf_password_means_no_file(db, outdir, capsys):
    out = outdir / "so-den.pdf"
    assert logbook(db, out) == 2
    assert os.listdir(outdir) == []
    assert "mã hóa" in capsys.readouterr().err


def test_logbook_is_aes256_encrypted_and_audited(db, tmp_path, monkeypatch, open_registry_factory):
    monkeypatch.setenv("SOMAT_PDF_PASSWORD", PDF_PASSWORD)
    out = tmp_path / "so-den.pdf"
    assert logbook(db, out) == 0
    data = out.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)                    # AES-256 (PDF 2.0)
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert not PdfReader(io.BytesIO(data)).decrypt("sai mật khẩu")
    assert reader.decrypt(PDF_PASSWORD)
    text = unicodedata.normalize("NFC", reader.pages[0].extract_text())
    assert "SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐẾN" in text
    assert "SỔ ĐĂNG KÝ".encode() not in data
    [event] = pdf_events(open_registry_factory, db)
    assert event["entity"] == "logbook" and event["book"] == "den" and event["year"] == 2026
    assert event["file"] == "so-den.pdf" and event["encryption"] == "AES-256"
    import hashlib
    assert event["sha256"] == hashlib.sha256(data).hexdigest()


def test_annual_report_with_password_file(db, tmp_path, open_registry_factory):
    pw = tmp_path / "pdf-pw.txt"
    pw.write_text(PDF_PASSWORD + "\n", encoding="utf-8")
    out = tmp_path / "bao-cao.pdf"
    assert main(["report", "annual", "--db", str(db), "--year", "2026", "--out", str(out),
                 "--pdf-password-file", str(pw)]) == 0
    reader = PdfReader(str(out))
    assert reader.is_encrypted and reader.decrypt(PDF_PASSWORD)
    assert [e["kind"] for e in pdf_events(open_registry_factory, db)] == ["annual"]


def test_short_pdf_password_is_refused(db, outdir, monkeypatch):
    monkeypatch.setenv("SOMAT_PDF_PASSWORD", "1234")
    assert logbook(db, outdir / "x.pdf") == 1
    assert os.listdir(outdir) == []


def _usb_at(monkeypatch, where: Path, serial: str):
    stick = SimpleNamespace(vendor_id="0951", product_id="1666", serial=serial)
    monkeypatch.setattr(target, "_default_identify",
                        lambda path: stick if Path(path).is_relative_to(where) else None)


def test_unapproved_usb_stick_is_refused(db, small_fs, monkeypatch, capsys, open_registry_factory):
    """A real mounted filesystem identified as an unapproved USB stick (no USB hardware here)."""
    monkeypatch.setenv("SOMAT_PDF_PASSWORD", PDF_PASSWORD)
    _usb_at(monkeypatch, small_fs, "KHONG-DUYET-01")
    assert logbook(db, small_fs / "so-den.pdf") == 1
    assert os.listdir(small_fs) == []
    assert "ổ di động chưa được phê duyệt" in capsys.readouterr().err
    assert pdf_events(open_registry_factory, db) == []


def test_approved_usb_stick_is_accepted_still_encrypted(db, small_fs, monkeypatch, open_registry_factory):
    monkeypatch.setenv("SOMAT_PDF_PASSWORD", PDF_PASSWORD)
    reg = open_registry_factory(path=db)
    with reg.session() as s:
        drive = s.scalars(select(ApprovedUsb).where(ApprovedUsb.active.is_(True))).first()
        serial = drive.serial
    reg.close()
    stick = SimpleNamespace(vendor_id=drive.vendor_id, product_id=drive.product_id, serial=serial)
    monkeypatch.setattr(target, "_default_identify", lambda path: stick)
    assert logbook(db, small_fs / "so-den.pdf") == 0
    assert PdfReader(str(small_fs / "so-den.pdf")).is_encrypted


def test_network_filesystem_is_refused(db, small_fs, monkeypatch, capsys):
    """The mount table says the directory's device is NFS (no NFS server here: the table is the real
    one with that entry's type changed; the directory, its descriptor and device number are real)."""
    monkeypatch.setenv("SOMAT_PDF_PASSWORD", PDF_PASSWORD)
    dev = os.stat(small_fs).st_dev
    key = f" {os.major(dev)}:{os.minor(dev)} "
    real = mounts.read_mountinfo()
    assert key in real
    faked = "\n".join(line.replace(" - tmpfs ", " - nfs4 ") if key in line else line
                      for line in real.splitlines())
    monkeypatch.setattr(mounts, "read_mountinfo", lambda: faked)
    assert logbook(db, small_fs / "so-den.pdf") == 1
    assert os.listdir(small_fs) == []
    assert "ổ mạng (nfs4)" in capsys.readouterr().err


@pytest.mark.parametrize("fstype,network", [("nfs", True), ("cifs", True), ("smb3", True),
                                            ("fuse.sshfs", True), ("fuse.gvfsd-fuse", True), ("fuse", True),
                                            ("9p", True), ("fuseblk", False), ("ext4", False),
                                            ("vfat", False), ("tmpfs", False)])
def test_filesystem_types(fstype, network):
    assert mounts.is_network(fstype) is network


def test_consolidated_report_is_encrypted_too(outdir, monkeypatch):
    import datetime as dt

    from app.export.bundle import generate_signing_key, make_payload, sign_bundle
    from app.printing.data import Statistics

    payload = make_payload("Sở Thử", 2026, (dt.date(2025, 12, 15), dt.date(2026, 12, 14)),
                           Statistics(in_by_level={"mat": 4}))
    bundle = outdir / "so-thu.somat.json"
    bundle.write_bytes(sign_bundle(payload, generate_signing_key()))
    out = outdir / "tong-hop.pdf"
    args = ["report", "consolidate", str(bundle), "--year", "2026", "--agency", "Công an tỉnh Thử", "--out", str(out)]
    assert main(args) == 2 and not out.exists()          # no PDF password: nothing written
    monkeypatch.setenv("SOMAT_PDF_PASSWORD", PDF_PASSWORD)
    assert main(args) == 0
    reader = PdfReader(str(out))
    assert reader.is_encrypted and reader.decrypt(PDF_PASSWORD)
    assert "Sở Thử" in unicodedata.normalize("NFC", "".join(p.extract_text() for p in reader.pages))


def test_register_xlsx_save_refuses_an_unapproved_stick(registry, small_fs, monkeypatch):
    """The encrypted Excel export of a register view obeys the same destination rule."""
    from app.export import ExportRefused
    from app.services.register_xlsx import save_register_xlsx

    with registry.begin() as s:
        populate_demo(s, registry.actor, TODAY)
    _usb_at(monkeypatch, small_fs, "KHONG-DUYET-02")
    with pytest.raises(ExportRefused, match="ổ di động chưa được phê duyệt"):
        with registry.begin() as s:
            save_register_xlsx(s, registry.actor, "den", small_fs / "so-den.xlsx", PDF_PASSWORD, year=2026)
    assert os.listdir(small_fs) == []
