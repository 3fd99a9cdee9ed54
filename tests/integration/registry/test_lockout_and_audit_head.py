import pytest
from sqlalchemy import select, text

from app.models import AuditEvent
from app.services import audit, keystore, login_guard
from app.services.registry import TooManyAttempts, WrongPassword, open_registry
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD


@pytest.fixture
def clock(monkeypatch):
    now = [1_800_000_000.0]
    monkeypatch.setattr(login_guard, "_clock", lambda: now[0])
    return now


def _try(path, password):
    open_registry(path, REGISTRY_ADMIN, password).close()


def test_delays_grow_persist_and_failures_reach_the_audit_log(registry_path, clock):
    for _ in range(5):
        with pytest.raises(WrongPassword):
            _try(registry_path, "sai mật khẩu")
    # persisted in the sidecar: a restarted app reads the same state
    assert keystore.load_keyfile(registry_path).data["login_guard"]["failures"] == 5
    with pytest.raises(TooManyAttempts) as info:
        _try(registry_path, REGISTRY_PASSWORD)  # even the right password waits
    assert info.value.wait_seconds == 30
    clock[0] += 30
    with pytest.raises(WrongPassword):
        _try(registry_path, "sai lần sáu")
    with pytest.raises(TooManyAttempts) as info:
        _try(registry_path, REGISTRY_PASSWORD)
    assert info.value.wait_seconds == 60
    clock[0] += 60
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        with reg.session() as s:
            failed = s.scalars(select(AuditEvent).where(AuditEvent.action == "login.failed")).all()
        assert len(failed) == 6 and all(e.actor == REGISTRY_ADMIN for e in failed)
        assert reg.verify_audit().ok
    finally:
        reg.close()
    assert keystore.load_keyfile(registry_path).data["login_guard"] == {"seq": 6}


def test_head_is_updated_after_each_commit_with_audit_rows(registry, registry_path):
    before = keystore.load_keyfile(registry_path).data["audit_head"]["count"]
    with registry.begin() as s:
        audit.record(s, "test.event", actor="quantri")
    after = keystore.load_keyfile(registry_path).data["audit_head"]
    assert after["count"] == before + 1
    with registry.session() as s:
        assert after["hash"] == audit.chain_head(s).hash


def test_truncation_detected_against_external_head(registry):
    with registry.begin() as s:
        for i in range(3):
            audit.record(s, "test.event", actor="quantri", n=i)
    assert registry.verify_audit().ok
    with registry.session() as s:  # bypasses the hook: an attacker with the key, no sidecar update
        s.execute(text("DROP TRIGGER audit_event_no_delete"))
        s.execute(text("DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)"))
        s.commit()
    result = registry.verify_audit()
    assert not result.ok and "cắt bớt" in result.reason


def test_forged_head_is_detected(registry, registry_path):
    kf = registry.keyfile
    kf.data["audit_head"]["count"] -= 1
    result = registry.verify_audit()
    assert not result.ok and "bên ngoài" in result.reason
