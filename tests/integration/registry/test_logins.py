import pytest
from sqlalchemy import select

from app.models import AuditEvent, User
from app.services import keystore
from app.services.errors import PermissionDenied
from app.services.registry import (
    WrongPassword,
    add_login,
    change_password,
    open_registry,
    open_with_recovery,
    rekey,
    remove_login,
)
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD


def _add_person(registry, username, role="van_thu"):
    with registry.begin() as s:
        s.add(User(username=username, full_name=f"Cán bộ {username}", role=role, can_login=False))


def _slots(path):
    return {(s["kind"], s["name"]): s for s in keystore.load_keyfile(path).slots}


def test_add_login_and_password_change_rewraps_one_slot(registry, registry_path):
    _add_person(registry, "vanthu")
    add_login(registry, "vanthu", "mật khẩu văn thư")
    before = _slots(registry_path)
    change_password(registry, "vanthu", "mật khẩu văn thư", "mật khẩu mới 1")
    after = _slots(registry_path)
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {("user", "vanthu")}
    with pytest.raises(WrongPassword):
        change_password(registry, "vanthu", "sai", "mật khẩu mới 2")
    registry.close()
    with pytest.raises(WrongPassword):
        open_registry(registry_path, "vanthu", "mật khẩu văn thư")
    reg = open_registry(registry_path, "vanthu", "mật khẩu mới 1")
    assert reg.actor.username == "vanthu" and reg.actor.role == "van_thu"
    reg.close()


def test_removed_user_cannot_open(registry, registry_path):
    _add_person(registry, "canbo")
    add_login(registry, "canbo", "mật khẩu cán bộ")
    remove_login(registry, "canbo")
    assert ("user", "canbo") not in _slots(registry_path)
    with registry.session() as s:
        assert s.scalar(select(User.can_login).where(User.username == "canbo")) is False
    registry.close()
    with pytest.raises(WrongPassword):
        open_registry(registry_path, "canbo", "mật khẩu cán bộ")


def test_clerk_cannot_manage_logins_or_rekey(registry, registry_path):
    _add_person(registry, "vanthu")
    add_login(registry, "vanthu", "mật khẩu văn thư")
    registry.close()
    clerk = open_registry(registry_path, "vanthu", "mật khẩu văn thư")
    try:
        with pytest.raises(PermissionDenied):
            remove_login(clerk, REGISTRY_ADMIN)
        with pytest.raises(PermissionDenied):
            rekey(clerk)
    finally:
        clerk.close()


def test_recovery_code_opens_as_head(registry_path, recovery_code):
    reg = open_with_recovery(registry_path, recovery_code)
    assert reg.actor.username == REGISTRY_ADMIN
    with reg.session() as s:
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)) == "login.recovery"
    reg.close()
    other = keystore.new_recovery_code()
    with pytest.raises(WrongPassword, match="Mã khôi phục"):
        open_with_recovery(registry_path, other)


def test_rekey_changes_file_and_old_key_no_longer_opens(registry, registry_path, recovery_code):
    from app.models.db import DatabaseOpenError, connect_raw

    _add_person(registry, "vanthu")
    add_login(registry, "vanthu", "mật khẩu văn thư")
    old_key = registry.key
    with registry.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw_before = registry_path.read_bytes()
    assert rekey(registry) is None
    with registry.begin() as s:  # still usable after the rekey
        assert s.scalar(select(User.id).where(User.username == "vanthu"))
    assert registry.verify_audit().ok
    new_key = registry.key
    registry.close()
    raw_after = registry_path.read_bytes()
    assert raw_before[16:4096] != raw_after[16:4096]
    with pytest.raises(DatabaseOpenError):
        connect_raw(registry_path, old_key)
    connect_raw(registry_path, new_key).close()
    # every slot still works: other users' passwords and the old recovery code
    open_registry(registry_path, "vanthu", "mật khẩu văn thư").close()
    open_with_recovery(registry_path, recovery_code).close()


def test_rekey_with_new_recovery_code(registry, registry_path, recovery_code):
    code = rekey(registry, new_recovery_code=True)
    registry.close()
    assert code and code != recovery_code
    with pytest.raises(WrongPassword):
        open_with_recovery(registry_path, recovery_code)
    open_with_recovery(registry_path, code).close()
    open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD).close()


def test_interrupted_rekey_still_opens(registry, registry_path):
    """Crash after the sidecar got the new envelopes but before/after PRAGMA rekey."""
    import secrets

    from app.models.db import connect_raw

    kf = registry.keyfile
    new_key = secrets.token_bytes(32)
    keystore.seal_next(kf, new_key)
    kf.save()
    old_key = registry.key
    registry.close()
    open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD).close()  # before PRAGMA rekey
    assert not keystore.has_next(keystore.load_keyfile(registry_path))
    # now crash after PRAGMA rekey
    kf = keystore.load_keyfile(registry_path)
    keystore.seal_next(kf, new_key)
    kf.save()
    conn = connect_raw(registry_path, old_key)
    conn.execute("PRAGMA rekey = \"x'%s'\"" % new_key.hex())
    conn.close()
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    assert reg.key == new_key and reg.verify_audit().ok
    reg.close()
