"""Tampering by an insider who holds the database key (every user does) and edits the real registry
files behind the application — sqlcipher on the .somat file, a text editor on the .keys sidecar.
Each case fails on release 0.2 (the tampering went unnoticed) and is detected now."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from app.models.db import connect_raw
from app.services import audit, documents, keystore, settings, signing
from app.services.errors import PermissionDenied
from app.services.registry import add_person_with_login, open_registry
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD

CLERK, CLERK_PASSWORD = "vanthu", "Mật khẩu văn thư 1"


@pytest.fixture
def setup(registry_path):
    """A registry with a head/admin and a clerk, a document and a setting; closed. Returns the key."""
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        add_person_with_login(reg, CLERK, CLERK_PASSWORD, full_name="Lê Văn Thư", role="van_thu")
        with reg.begin() as s:
            documents.register_incoming(s, reg.actor, documents.IncomingInput(
                ngay_den=dt.date(2026, 3, 2), co_quan_ban_hanh="UBND tỉnh", do_mat="mat", so_ky_hieu="1/UBND",
                trich_yeu="Kế hoạch kiểm tra"))
            settings.set_setting(s, reg.actor, "alerts.report_days_before", 40)
        assert reg.verify_audit().ok, reg.verify_audit().problems
        return reg.key
    finally:
        reg.close()


def _sql(path, key, *statements):
    """What an insider does with sqlcipher and the key."""
    conn = connect_raw(path, key)
    try:
        for st in statements:
            conn.execute(st)
        conn.commit()
    finally:
        conn.close()


def _rows(path, key, query):
    conn = connect_raw(path, key)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def _verify(path, user=REGISTRY_ADMIN, password=REGISTRY_PASSWORD, **anchors):
    reg = open_registry(path, user, password, read_only=True)
    try:
        return reg.verify_audit(**anchors)
    finally:
        reg.close()


def _edit_sidecar(path, change):
    kf = keystore.load_keyfile(path)
    change(kf)
    kf.save()


def _clerk_signer(path):
    _key, seed = keystore.unlock_slot_keys(keystore.load_keyfile(path), "user", CLERK, CLERK_PASSWORD.encode())
    return signing.Signer.from_seed(CLERK, seed)


def test_healthy_registry_verifies(registry_path, setup):
    result = _verify(registry_path)
    assert result.ok, result.problems
    assert _verify(registry_path, CLERK, CLERK_PASSWORD).ok


def test_recomputed_chain_is_caught_by_signatures(registry_path, setup):
    """Edit an admin's entry, recompute every hash after it, re-sign what the clerk can and fix the
    stored head (its HMAC key derives from the database key)."""
    key = setup
    rows = _rows(registry_path, key, "SELECT id, at, actor, action, entity, entity_id, details FROM audit_event ORDER BY id")
    target = next(r for r in rows if r[3] == "document.register")
    clerk = _clerk_signer(registry_path)
    statements = ["DROP TRIGGER audit_event_no_update"]
    prev = _rows(registry_path, key, f"SELECT prev_hash FROM audit_event WHERE id = {target[0]}")[0][0]
    for r in rows[target[0] - 1:]:
        details = r[6].replace("Kế hoạch", "Kế") if r[0] == target[0] else r[6]
        at = dt.datetime.fromisoformat(r[1])
        h = audit._row_hash(prev, id=r[0], at=at, actor=r[2], action=r[3], entity=r[4], entity_id=r[5],
                            details=details)
        sig = clerk.sign(audit.signed_message(h, CLERK, clerk.key_id))
        quoted = details.replace("'", "''")
        statements.append(f"UPDATE audit_event SET details = '{quoted}', prev_hash = '{prev}', hash = '{h}', "
                          f"signer = '{CLERK}', key_id = '{clerk.key_id}', signature = '{sig}' WHERE id = {r[0]}")
        prev = h
    _sql(registry_path, key, *statements)
    _edit_sidecar(registry_path, lambda kf: keystore.store_audit_head(kf, key, len(rows), prev, clerk))
    result = _verify(registry_path)
    assert not result.ok
    assert any("do «vanthu» ký" in p for p in result.problems)


def test_tail_deleted_then_normal_login_raises_an_alarm(registry_path, setup):
    key = setup
    _sql(registry_path, key, "DROP TRIGGER audit_event_no_delete",
         "DELETE FROM audit_event WHERE id > (SELECT max(id) - 3 FROM audit_event)",
         "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN SELECT RAISE(ABORT, 'x'); END")
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)  # a normal login afterwards
    try:
        assert [a.code for a in reg.alarms] == ["audit.head_mismatch"]
        assert "CẢNH BÁO" in reg.alarms[0].message
    finally:
        reg.close()
    result = _verify(registry_path)  # never silently re-anchored: the alarm stays in the log
    assert not result.ok and any("audit.head_mismatch" in p for p in result.problems)


def test_head_set_to_null_is_an_alarm(registry_path, setup):
    _edit_sidecar(registry_path, lambda kf: kf.data.update(audit_head=None))
    reg = open_registry(registry_path, CLERK, CLERK_PASSWORD)
    try:
        assert [a.code for a in reg.alarms] == ["audit.head_mismatch"]
    finally:
        reg.close()
    assert not _verify(registry_path).ok


def test_dropped_triggers_are_reported(registry_path, setup):
    _sql(registry_path, setup, "DROP TRIGGER audit_event_no_update", "DROP TRIGGER document_no_delete")
    result = _verify(registry_path)
    assert not result.ok and any("audit_event_no_update" in p and "document_no_delete" in p for p in result.problems)


def test_document_row_deleted_behind_the_app(registry_path, setup):
    _sql(registry_path, setup, "DROP TRIGGER document_no_delete", "DELETE FROM document",
         "CREATE TRIGGER document_no_delete BEFORE DELETE ON document BEGIN SELECT RAISE(ABORT, 'x'); END")
    result = _verify(registry_path)
    assert not result.ok and any("«document» bị xóa" in p for p in result.problems)


def test_document_and_setting_rows_edited_or_added_behind_the_app(registry_path, setup):
    _sql(registry_path, setup, "UPDATE document SET so_ky_hieu = '2/UBND'",
         "UPDATE setting SET value = '99' WHERE key = 'alerts.report_days_before'",
         "INSERT INTO user (username, full_name, full_name_fold, role, is_head, can_login, active) "
         "VALUES ('ma', 'Ma', 'ma', 'quan_tri', 0, 0, 1)")
    problems = _verify(registry_path).problems
    assert any("«document» bị sửa" in p for p in problems)
    assert any("«setting» bị sửa" in p for p in problems)
    assert any("«user» không được ghi" in p for p in problems)


def test_database_and_sidecar_rolled_back_together_caught_by_the_head_on_paper(registry_path, setup, tmp_path):
    shutil.copyfile(registry_path, tmp_path / "old.somat")
    shutil.copyfile(keystore.sidecar_path(registry_path), tmp_path / "old.somat.keys")
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    with reg.begin() as s:
        settings.set_setting(s, reg.actor, "alerts.report_days_before", 45)
    with reg.session() as s:
        printed = audit.chain_head(s).hash[:20]  # the head as copied from a printed page
    reg.close()
    assert _verify(registry_path, paper_head=printed).ok
    shutil.copyfile(tmp_path / "old.somat", registry_path)
    shutil.copyfile(tmp_path / "old.somat.keys", keystore.sidecar_path(registry_path))
    assert _verify(registry_path).ok  # consistent with itself: only paper can tell
    result = _verify(registry_path, paper_head=printed)
    assert not result.ok and any("từ giấy" in p for p in result.problems)


def test_role_column_changed_changes_nothing_and_is_reported(registry_path, setup):
    _sql(registry_path, setup, f"UPDATE user SET role = 'quan_tri', is_head = 1 WHERE username = '{CLERK}'")
    reg = open_registry(registry_path, CLERK, CLERK_PASSWORD)
    try:
        assert reg.actor.role == "van_thu" and not reg.actor.is_head  # the certificate, not the column
        assert [a.code for a in reg.alarms] == ["audit.role_mismatch"]
        with pytest.raises(PermissionDenied):
            from app.services.registry import reset_password
            reset_password(reg, REGISTRY_ADMIN, "mật khẩu chiếm quyền")
    finally:
        reg.close()
    result = _verify(registry_path)
    assert not result.ok and any("khác chứng thư" in p for p in result.problems)


def test_swapped_slot_opens_nothing(registry_path, setup):
    """The clerk replaces the admin's slot by one made with his own password (and a key of his own)."""
    key = setup
    _edit_sidecar(registry_path, lambda kf: keystore.set_slot(
        kf, "user", REGISTRY_ADMIN, CLERK_PASSWORD.encode(), key, signing_seed=signing.new_seed()))
    with pytest.raises(PermissionDenied) as info:
        open_registry(registry_path, REGISTRY_ADMIN, CLERK_PASSWORD)
    assert info.value.code == "audit.no_certificate"
    # the clerk's own key sealed in the admin's slot: still not the admin's certified key
    _edit_sidecar(registry_path, lambda kf: keystore.set_slot(
        kf, "user", REGISTRY_ADMIN, CLERK_PASSWORD.encode(), key,
        signing_seed=_clerk_signer(registry_path).private.private_bytes_raw()))
    with pytest.raises(PermissionDenied):
        open_registry(registry_path, REGISTRY_ADMIN, CLERK_PASSWORD)


def test_forged_certificate_and_entry_signed_as_the_admin(registry_path, setup):
    key = setup
    clerk = _clerk_signer(registry_path)
    body = signing.canonical({"username": CLERK, "role": "quan_tri", "is_head": True,
                              "public_key": clerk.public.hex(), "key_id": clerk.key_id,
                              "not_before": "2026-01-01T00:00:00.000000", "issuer": CLERK,
                              "issuer_key": clerk.key_id}).decode()
    _sql(registry_path, key, "INSERT INTO user_certificate (username, key_id, body, signature) VALUES "
         f"('{CLERK}', '{clerk.key_id}', '{body}', '{clerk.sign(body.encode())}')")
    reg = open_registry(registry_path, CLERK, CLERK_PASSWORD)
    try:
        assert reg.actor.role == "van_thu"  # the self-signed certificate is not trusted
        with reg.begin() as s:  # an entry naming the admin, signed by the clerk's session
            audit.record(s, "document.destroy", actor=REGISTRY_ADMIN, entity="document", entity_id=1)
    finally:
        reg.close()
    problems = _verify(registry_path).problems
    assert any("Chứng thư số" in p and "không hợp lệ" in p for p in problems)
    assert any(f"ghi tên «{REGISTRY_ADMIN}» nhưng do «{CLERK}» ký" in p for p in problems)


def test_signer_column_swapped(registry_path, setup):
    _sql(registry_path, setup, "DROP TRIGGER audit_event_no_update",
         f"UPDATE audit_event SET signer = '{CLERK}' WHERE id = 3")
    assert any("Bản ghi số 3" in p for p in _verify(registry_path).problems)


def test_rebuilt_chain_of_trust_caught_by_the_root_fingerprint_on_paper(registry_path, setup):
    """The insider replaces the root key and re-signs every certificate with it."""
    key = setup
    paper = signing.fingerprint(keystore.root_public(keystore.load_keyfile(registry_path)))
    fake = signing.Signer.from_seed(signing.ROOT, signing.new_seed())
    statements = ["DROP TRIGGER user_certificate_no_update"]
    for cid, body in _rows(registry_path, key, "SELECT id, body FROM user_certificate ORDER BY id"):
        data = json.loads(body)
        if data["issuer"] == signing.ROOT:
            data["issuer_key"] = fake.key_id
            text = signing.canonical(data).decode()
            statements.append(f"UPDATE user_certificate SET body = '{text}', signature = "
                              f"'{fake.sign(text.encode())}' WHERE id = {cid}")
    _sql(registry_path, key, *statements)
    _edit_sidecar(registry_path, lambda kf: kf.data.update(root_public=fake.public.hex()))
    result = _verify(registry_path, root_fingerprint=paper)
    assert not result.ok and any("dấu vân tay" in p for p in result.problems)


def test_failure_counter_rolled_back_is_an_alarm(registry_path, setup):
    from app.services.registry import WrongPassword

    for _ in range(2):
        with pytest.raises(WrongPassword):
            open_registry(registry_path, CLERK, "sai mật khẩu 1")
    open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD).close()  # logs them, seq = 2
    for _ in range(3):
        with pytest.raises(WrongPassword):
            open_registry(registry_path, REGISTRY_ADMIN, "đoán mật khẩu")
    _edit_sidecar(registry_path, lambda kf: kf.data.update(login_guard={}))  # erase the traces
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        assert [a.code for a in reg.alarms] == ["audit.guard_rollback"]
    finally:
        reg.close()
    assert any("audit.guard_rollback" in p for p in _verify(registry_path).problems)


def test_swapped_recovery_slot_opens_nothing(registry_path, setup):
    """The clerk makes a recovery slot of his own (his code, his own 'root' key) to act as the head."""
    key = setup
    own_code = keystore.new_recovery_code()
    _edit_sidecar(registry_path, lambda kf: keystore.set_slot(
        kf, keystore.RECOVERY_SLOT, keystore.RECOVERY_SLOT, own_code.encode("ascii"), key,
        signing_seed=signing.new_seed()))
    from app.services.registry import open_with_recovery

    with pytest.raises(PermissionDenied):
        open_with_recovery(registry_path, own_code)


def test_unsigned_head_written_with_the_database_key_is_an_alarm(registry_path, setup):
    """Append an entry with SQL and store a head carrying only the HMAC (any key holder can)."""
    key = setup
    rows = _rows(registry_path, key, "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")
    last_id, prev = rows[0]
    at = dt.datetime(2026, 5, 1, 8, 0)
    h = audit._row_hash(prev, id=last_id + 1, at=at, actor=REGISTRY_ADMIN, action="document.destroy",
                        entity=None, entity_id=None, details="{}")
    _sql(registry_path, key, "INSERT INTO audit_event (id, at, actor, action, details, prev_hash, hash) VALUES "
         f"({last_id + 1}, '{at.isoformat(sep=' ')}.000000', '{REGISTRY_ADMIN}', 'document.destroy', '{{}}', "
         f"'{prev}', '{h}')")
    _edit_sidecar(registry_path, lambda kf: keystore.store_audit_head(kf, key, last_id + 1, h))
    reg = open_registry(registry_path, CLERK, CLERK_PASSWORD)
    try:
        assert [a.code for a in reg.alarms] == ["audit.head_mismatch"]
    finally:
        reg.close()
    problems = _verify(registry_path).problems
    assert any(f"Bản ghi số {last_id + 1}: không có chữ ký" in p for p in problems)


def test_old_key_kept_after_a_reset_signs_nothing_new(registry_path, setup):
    """The clerk keeps his old signing key (old sidecar, old password); the head resets his password
    (new key pair). Entries signed later with the old key are reported."""
    key = setup
    old = _clerk_signer(registry_path)
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        from app.services.registry import reset_password
        reset_password(reg, CLERK, "Mật khẩu văn thư mới")
        reg.signer, saved = old, reg.signer  # what the clerk's own program would do with the old key
        with reg.begin() as s:
            audit.record(s, "document.view", actor=CLERK)
        reg.signer = saved
    finally:
        reg.close()
    assert key
    problems = _verify(registry_path).problems
    assert any("khóa cũ của «vanthu»" in p for p in problems)


@pytest.mark.parametrize("head", [{"count": [], "hash": 1, "sig": "zz", "signer": None, "key_id": 5}, "texte", 7])
def test_garbage_head_is_an_alarm_not_a_traceback(registry_path, setup, head):
    _edit_sidecar(registry_path, lambda kf: kf.data.update(audit_head=head))
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        assert [a.code for a in reg.alarms] == ["audit.head_mismatch"]
    finally:
        reg.close()
