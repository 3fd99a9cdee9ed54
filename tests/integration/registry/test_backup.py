import zipfile

import pytest
from sqlalchemy import select

from app.models import AuditEvent, Document
from app.services import backup, keystore
from app.services.backup import BadBackup, backup_now, list_backups, restore
from app.services.registry import DamagedFile, RegistryInUse, WrongPassword, open_registry
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD


def _add_doc(registry, number):
    with registry.begin() as s:
        s.add(Document(book="den", year=2026, number=number, regime="2025", do_mat="mat",
                       trich_yeu=f"Văn bản {number}", search_fold=f"van ban {number}", sort_key=""))


def test_backup_is_encrypted_and_roundtrips(registry, registry_path, tmp_path):
    _add_doc(registry, 1)
    dest = tmp_path / "backups"
    bak = backup_now(registry, dest)
    assert bak.suffix == ".somatbak" and bak.parent == dest
    with zipfile.ZipFile(bak) as zf:
        assert set(zf.namelist()) == {"registry.somat", "registry.somat.keys", "manifest.json"}
        db = zf.read("registry.somat")
    assert not db.startswith(b"SQLite format 3")
    assert "Văn bản 1".encode() not in db and b"van ban 1" not in db
    _add_doc(registry, 2)  # made after the backup: gone after restore
    registry.close()
    restore(bak, registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    assert registry_path.with_name(registry_path.name + ".before-restore").exists()
    assert keystore.sidecar_path(registry_path.with_name(registry_path.name + ".before-restore")).exists()
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        with reg.session() as s:
            assert s.scalars(select(Document.number)).all() == [1]
            actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert "registry.restore" in actions
        assert reg.verify_audit().ok
    finally:
        reg.close()


def test_rotation_keeps_the_newest(registry, tmp_path):
    dest = tmp_path / "backups"
    made = [backup_now(registry, dest, keep=3) for _ in range(5)]
    assert list_backups(dest, registry.path.stem) == made[-3:]


def test_restore_refuses_corrupt_backup_and_replaces_nothing(registry, registry_path, tmp_path):
    bak = backup_now(registry, tmp_path)
    registry.close()
    with zipfile.ZipFile(bak) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    db = bytearray(members["registry.somat"])
    for i in range(len(db) // 2, len(db) // 2 + 32):
        db[i] ^= 0x55
    members["registry.somat"] = bytes(db)
    bad = tmp_path / "hong.somatbak"
    with zipfile.ZipFile(bad, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    original = registry_path.read_bytes()
    with pytest.raises(DamagedFile):
        restore(bad, registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    with pytest.raises(WrongPassword):
        restore(bak, registry_path, REGISTRY_ADMIN, "không phải mật khẩu")
    garbage = tmp_path / "rac.somatbak"
    garbage.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(BadBackup):
        restore(garbage, registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    assert registry_path.read_bytes() == original
    assert not registry_path.with_name(registry_path.name + ".before-restore").exists()
    assert sorted(p.name for p in registry_path.parent.iterdir() if p.name.startswith(".somat")) == []


def test_restore_refuses_backup_with_broken_audit_chain(registry, registry_path, tmp_path):
    from sqlalchemy import text

    with registry.begin() as s:
        s.execute(text("DROP TRIGGER audit_event_no_update"))
        s.execute(text("UPDATE audit_event SET actor='ke_gian' WHERE id=2"))
    bak = backup_now(registry, tmp_path)
    registry.close()
    with pytest.raises(DamagedFile, match="Nhật ký kiểm toán"):
        restore(bak, registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)


def test_restore_refused_while_registry_open(registry, registry_path, tmp_path):
    bak = backup_now(registry, tmp_path)
    with pytest.raises(RegistryInUse):
        backup.restore(bak, registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)


def test_wrong_password_at_restore_is_recorded_in_the_signed_log(registry, registry_path, tmp_path):
    bak = backup_now(registry, tmp_path / "backups")
    registry.close()
    with pytest.raises(WrongPassword):
        restore(bak, registry_path, REGISTRY_ADMIN, "đoán mật khẩu khôi phục")
    guard = keystore.load_keyfile(registry_path).data["login_guard"]
    assert guard["failures"] == 1 and guard["pending"][0]["via"] == "khoi_phuc"
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        with reg.session() as s:
            failed = s.scalars(select(AuditEvent).where(AuditEvent.action == "login.failed")).all()
        assert len(failed) == 1 and '"via":"khoi_phuc"' in failed[0].details and failed[0].signature
        assert reg.verify_audit().ok
    finally:
        reg.close()


def test_restoring_a_backup_of_release_0_2(tmp_path):
    """A .somatbak made by 0.2 restores (schema upgraded on the way) and gets its signed boundary at
    the next unlock."""
    import json
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[2] / "fixtures" / "registry"
    bak = tmp_path / "cu.somatbak"
    with zipfile.ZipFile(bak, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": backup.FORMAT, "version": 1, "app_version": "0.2.0"}))
        zf.write(fixtures / "release-0.2.0.somat.keys", "registry.somat.keys")
        zf.write(fixtures / "release-0.2.0.somat", "registry.somat")
    target = tmp_path / "so.somat"
    restore(bak, target, "quantri", "Sổ Mật fixture 2026")
    reg = open_registry(target, "quantri", "Sổ Mật fixture 2026")
    try:
        result = reg.verify_audit()
        assert result.ok, result.problems
    finally:
        reg.close()
