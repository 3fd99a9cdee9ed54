"""Signed audit entries in normal use: creation, the upgrade from 0.2, logins added and reset, role
changes, recovery sessions, and ``somat audit verify`` after sequences of CLI commands."""
from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.cli.main import main
from app.models import AuditEvent, User, UserCertificate
from app.services import people, signing
from app.services.registry import (add_person_with_login, change_password, open_registry, open_with_recovery,
                                   reset_password)
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD, copy_registry

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "registry"
FIXTURE_PASSWORD = "Sổ Mật fixture 2026"


def _events(reg):
    with reg.session() as s:
        return s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()


def test_every_entry_of_a_new_registry_is_signed_by_its_actor(registry):
    events = _events(registry)
    assert events[0].action == "audit.signing_start"
    assert all(e.signature and e.signer == REGISTRY_ADMIN for e in events)
    kf = registry.keyfile
    assert all("signing" in slot for slot in kf.slots)  # user's key and the root key, sealed
    assert "audit.signing_start" in json.dumps([e.action for e in events])
    assert registry.verify_audit().ok
    assert registry.root_fingerprint.replace(" ", "").lower() == registry.verify_audit().root_fingerprint


def test_upgrade_from_0_2_signs_a_boundary_over_the_unsigned_chain(tmp_path):
    path = copy_registry(FIXTURES / "release-0.2.0.somat", tmp_path / "r.somat")
    reg = open_registry(path, "quantri", FIXTURE_PASSWORD)
    try:
        events = _events(reg)
        boundary = next(e for e in events if e.action == "audit.signing_start")
        before = [e for e in events if e.id < boundary.id]
        assert before and all(e.signature is None for e in before)
        details = json.loads(boundary.details)
        assert details["unsigned_count"] == len(before) and details["unsigned_head"] == before[-1].hash
        assert all(e.signature for e in events if e.id >= boundary.id)
        with reg.session() as s:
            certified = sorted(c.username for c in s.scalars(select(UserCertificate)))
        assert certified == ["quantri", "vanthu"]
        result = reg.verify_audit()
        assert result.ok, result.problems
    finally:
        reg.close()
    clerk = open_registry(path, "vanthu", FIXTURE_PASSWORD)  # given its key by the upgrade
    try:
        assert clerk.actor.role == "van_thu" and clerk.signer.username == "vanthu"
        assert clerk.verify_audit().ok
    finally:
        clerk.close()


def test_reset_issues_a_new_certified_key_and_old_entries_still_verify(registry, registry_path):
    add_person_with_login(registry, "vanthu", "Mật khẩu văn thư 1", full_name="Lê Văn Thư")
    registry.close()
    clerk = open_registry(registry_path, "vanthu", "Mật khẩu văn thư 1")
    old_key = clerk.signer.key_id
    change_password(clerk, "vanthu", "Mật khẩu văn thư 1", "Mật khẩu văn thư 2")  # keeps the key
    clerk.close()
    clerk = open_registry(registry_path, "vanthu", "Mật khẩu văn thư 2")
    assert clerk.signer.key_id == old_key
    clerk.close()
    admin = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    reset_password(admin, "vanthu", "Mật khẩu văn thư 3")
    admin.close()
    clerk = open_registry(registry_path, "vanthu", "Mật khẩu văn thư 3")
    try:
        assert clerk.signer.key_id != old_key
        with clerk.session() as s:
            signers = {e.key_id for e in s.scalars(select(AuditEvent).where(AuditEvent.signer == "vanthu"))}
        assert old_key in signers and clerk.signer.key_id in signers
        assert clerk.verify_audit().ok, clerk.verify_audit().problems
    finally:
        clerk.close()


def test_role_change_through_the_service_is_certified(registry, registry_path):
    add_person_with_login(registry, "vanthu", "Mật khẩu văn thư 1", full_name="Lê Văn Thư")
    with registry.begin() as s:
        uid = s.scalar(select(User.id).where(User.username == "vanthu"))
        people.update_user(s, registry.actor, uid, role="can_bo_bao_mat")
    assert registry.verify_audit().ok, registry.verify_audit().problems
    registry.close()
    clerk = open_registry(registry_path, "vanthu", "Mật khẩu văn thư 1")
    try:
        assert clerk.actor.role == "can_bo_bao_mat" and not clerk.alarms
    finally:
        clerk.close()


def test_recovery_session_signs_with_the_root_key(registry_path, recovery_code):
    reg = open_with_recovery(registry_path, recovery_code)
    try:
        assert reg.signer.username == signing.ROOT and reg.actor.username == REGISTRY_ADMIN
        reset_password(reg, REGISTRY_ADMIN, "Mật khẩu mới của quản trị")
        assert reg.verify_audit().ok, reg.verify_audit().problems
    finally:
        reg.close()
    reg = open_registry(registry_path, REGISTRY_ADMIN, "Mật khẩu mới của quản trị")
    try:
        assert reg.actor.role == "quan_tri" and reg.verify_audit().ok
    finally:
        reg.close()


HEADER = ["Số đến", "Ngày đến", "Cơ quan ban hành", "Số ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung",
          "Độ mật", "Đơn vị và ký nhận", "Ghi chú"]


@pytest.fixture
def cli_env(monkeypatch):
    monkeypatch.setenv("SOMAT_PASSWORD", REGISTRY_PASSWORD)
    monkeypatch.setenv("SOMAT_USER", "quantri")
    monkeypatch.delenv("SOMAT_NEW_PASSWORD", raising=False)


def test_audit_verify_exits_0_after_cli_commands_and_leaves_no_temp_files(tmp_path, cli_env, capsys, monkeypatch):
    db = tmp_path / "so.somat"
    assert main(["init", "--db", str(db), "--org", "Sở Thử", "--admin", "quantri", "--full-name", "Trần Văn A"]) == 0
    out = capsys.readouterr().out
    printed = re.search(r"Dấu vân tay khóa gốc.*\n\n\s+([0-9A-F ]{79})", out).group(1)
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    wb.active.append([1, "04/03/2025", "Đảng ủy tỉnh", "12/KH-ĐU", "01/03/2025", "Kế hoạch", "Mật", None, None])
    wb.save(tmp_path / "den.xlsx")
    steps = [
        ["import", "--db", str(db), "--book", "den", str(tmp_path / "den.xlsx")],
        ["audit", "verify", "--db", str(db)],
        ["user", "add", "--db", str(db), "--login", "vanthu", "--full-name", "Lê Văn Thư"],
        ["audit", "verify", "--db", str(db)],
        ["backup", "--db", str(db), "--to", str(tmp_path / "bak")],
        ["audit", "verify", "--db", str(db), "--root-key", printed],
    ]
    for argv in steps:
        if argv[:2] == ["user", "add"]:
            monkeypatch.setenv("SOMAT_NEW_PASSWORD", "Mật khẩu văn thư 1")
        code = main(argv)
        captured = capsys.readouterr()
        assert code == 0, (argv, captured.out, captured.err)
    more = [
        (["user", "passwd", "--db", str(db)], {"SOMAT_NEW_PASSWORD": "Mật khẩu quản trị 2"}),
        (["audit", "verify", "--db", str(db)], {"SOMAT_PASSWORD": "Mật khẩu quản trị 2"}),
        (["user", "rekey", "--db", str(db), "--new-recovery-code"], {}),
        (["audit", "verify", "--db", str(db)], {}),
        (["user", "remove", "--db", str(db), "--login", "vanthu"], {}),
        (["audit", "verify", "--db", str(db)], {}),
        (["restore", "--from", str(next((tmp_path / "bak").glob("*.somatbak"))), "--db", str(db)],
         {"SOMAT_PASSWORD": REGISTRY_PASSWORD}),  # the backup still has the first password
        (["audit", "verify", "--db", str(db), "--root-key", printed], {}),
    ]
    for argv, env in more:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        code = main(argv)
        captured = capsys.readouterr()
        assert code == 0, (argv, captured.out, captured.err)
    head = re.search(r"Đầu chuỗi: ([0-9a-f]{64})", captured.out).group(1)
    assert main(["audit", "verify", "--db", str(db), "--head", head[:16]]) == 0
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))
    assert main(["audit", "verify", "--db", str(db), "--root-key", "0" * 64]) == 1
    assert "dấu vân tay" in capsys.readouterr().out


def test_new_recovery_code_from_the_heads_login_keeps_recovery_signing(registry, registry_path):
    from app.services.registry import rekey

    code = rekey(registry, new_recovery_code=True)
    assert registry.verify_audit().ok, registry.verify_audit().problems
    registry.close()
    reg = open_with_recovery(registry_path, code)
    try:
        assert reg.signer.username == signing.ROOT and reg.actor.is_head
        reset_password(reg, REGISTRY_ADMIN, "Mật khẩu mới sau khôi phục")
        result = reg.verify_audit()
        assert result.ok, result.problems
    finally:
        reg.close()


def test_cli_verify_of_a_0_2_registry_before_and_after_its_upgrade(tmp_path, monkeypatch, capsys):
    path = copy_registry(FIXTURES / "release-0.2.0.somat", tmp_path / "r.somat")
    monkeypatch.setenv("SOMAT_USER", "quantri")
    monkeypatch.setenv("SOMAT_PASSWORD", FIXTURE_PASSWORD)
    assert main(["audit", "verify", "--db", str(path)]) == 0  # read-only: nothing upgraded, no traceback
    assert "chưa có chữ ký" in capsys.readouterr().out
    open_registry(path, "quantri", FIXTURE_PASSWORD).close()  # the upgrade and its signed boundary
    assert main(["audit", "verify", "--db", str(path)]) == 0
    assert "đủ chữ ký" in capsys.readouterr().out
