"""The registry commands end to end through ``app.cli.main.main``."""
import re

import pytest
from sqlalchemy import text

from app.cli.main import main
from app.services.registry import open_registry, open_with_recovery
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("SOMAT_PASSWORD", REGISTRY_PASSWORD)
    monkeypatch.delenv("SOMAT_USER", raising=False)
    monkeypatch.delenv("SOMAT_NEW_PASSWORD", raising=False)


def test_init_prints_recovery_code_once_and_creates_registry(tmp_path, env, capsys):
    db = tmp_path / "moi.somat"
    assert main(["init", "--db", str(db), "--org", "Sở Thử", "--admin", "quantri", "--full-name", "Trần Văn A",
                 "--superior-body", "UBND tỉnh"]) == 0
    out = capsys.readouterr().out
    assert "MÃ KHÔI PHỤC" in out and REGISTRY_PASSWORD not in out
    code = re.search(r"([0-9A-Z]{5}-){8}[0-9A-Z]{5}", out).group(0)
    open_with_recovery(db, code).close()
    open_registry(db, "quantri", REGISTRY_PASSWORD).close()
    assert main(["init", "--db", str(db), "--org", "X", "--admin", "quantri"]) == 1  # exists: refused
    assert "đã tồn tại" in capsys.readouterr().err


def test_init_refuses_short_password(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOMAT_PASSWORD", "ngan")
    assert main(["init", "--db", str(tmp_path / "a.somat"), "--org", "X", "--admin", "qt"]) == 1
    assert "ít nhất 8 ký tự" in capsys.readouterr().err


def test_audit_verify_exit_codes(registry_path, env, capsys, tmp_path):
    assert main(["audit", "verify", "--db", str(registry_path)]) == 0
    assert "toàn vẹn" in capsys.readouterr().out
    # wrong password: refused, exit 1, no traceback
    pw = tmp_path / "pw"
    pw.write_text("sai mật khẩu\n", encoding="utf-8")
    assert main(["audit", "verify", "--db", str(registry_path), "--password-file", str(pw)]) == 1
    assert "Mật khẩu không đúng" in capsys.readouterr().err
    # tamper with row 2
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    with reg.session() as s:
        s.execute(text("DROP TRIGGER audit_event_no_update"))
        s.execute(text("UPDATE audit_event SET actor = 'ke_gian' WHERE id = 2"))
        s.commit()
    reg.close()
    assert main(["audit", "verify", "--db", str(registry_path)]) == 1
    assert "số 2" in capsys.readouterr().out


def test_audit_verify_detects_truncation_via_external_head(registry_path, env, capsys):
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    with reg.session() as s:
        last = s.execute(text("SELECT max(id) FROM audit_event")).scalar()
        s.execute(text("DROP TRIGGER audit_event_no_delete"))
        s.execute(text("DELETE FROM audit_event WHERE id = :i"), {"i": last})
        s.commit()
    reg.close()
    assert main(["audit", "verify", "--db", str(registry_path)]) == 1
    out = capsys.readouterr().out
    assert "cắt bớt" in out and f"số {last}" in out


def test_audit_verify_on_non_somat_file(tmp_path, env, capsys):
    bogus = tmp_path / "x.somat"
    bogus.write_bytes(b"hello")
    assert main(["audit", "verify", "--db", str(bogus), "--user", "a"]) == 1
    assert "không phải là sổ" in capsys.readouterr().err


def test_backup_and_restore_commands(registry_path, env, capsys, tmp_path):
    dest = tmp_path / "bak"
    assert main(["backup", "--db", str(registry_path), "--to", str(dest)]) == 0
    (bak,) = dest.glob("*.somatbak")
    assert main(["restore", "--from", str(bak), "--db", str(registry_path)]) == 0
    assert registry_path.with_name(registry_path.name + ".before-restore").exists()
    bad = tmp_path / "bad.somatbak"
    bad.write_bytes(b"nonsense")
    capsys.readouterr()
    assert main(["restore", "--from", str(bad), "--db", str(registry_path)]) == 1
    assert "sao lưu" in capsys.readouterr().err


def test_user_commands(registry_path, env, monkeypatch, capsys):
    monkeypatch.setenv("SOMAT_NEW_PASSWORD", "mật khẩu văn thư")
    assert main(["user", "add", "--db", str(registry_path), "--login", "vanthu", "--full-name", "Lê Văn Thư"]) == 0
    open_registry(registry_path, "vanthu", "mật khẩu văn thư").close()
    # two logins now: --user is needed
    assert main(["audit", "verify", "--db", str(registry_path)]) == 2
    monkeypatch.setenv("SOMAT_USER", REGISTRY_ADMIN)
    monkeypatch.setenv("SOMAT_NEW_PASSWORD", "mật khẩu quản trị mới")
    assert main(["user", "passwd", "--db", str(registry_path)]) == 0
    monkeypatch.setenv("SOMAT_PASSWORD", "mật khẩu quản trị mới")
    assert main(["user", "remove", "--db", str(registry_path), "--login", "vanthu"]) == 0
    capsys.readouterr()
    assert main(["user", "rekey", "--db", str(registry_path), "--new-recovery-code"]) == 0
    out = capsys.readouterr().out
    code = re.search(r"([0-9A-Z]{5}-){8}[0-9A-Z]{5}", out).group(0)
    assert "Dấu vân tay khóa gốc" in out
    open_with_recovery(registry_path, code).close()
    monkeypatch.setenv("SOMAT_USER", "vanthu")
    monkeypatch.setenv("SOMAT_PASSWORD", "mật khẩu văn thư")
    assert main(["audit", "verify", "--db", str(registry_path)]) == 1
