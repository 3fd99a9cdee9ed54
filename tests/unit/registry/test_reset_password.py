"""reset_password: a new password without the old one, only after opening with the recovery code or by the head
of the agency; replaces that user's key slot and is audited as login.reset."""
import json

import pytest
from sqlalchemy import select

from app.models import AuditEvent, User
from app.services import keystore
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.registry import WrongPassword, add_login, open_registry, open_with_recovery
from app.services.registry_keys import reset_password
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD

NEW = "Mật khẩu mới 2027"


def _slots(path):
    return {(s["kind"], s["name"]): s for s in keystore.load_keyfile(path).slots}


def _resets(registry):
    with registry.session() as s:
        return [json.loads(e.details) | {"actor": e.actor}
                for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "login.reset"))]


def test_after_recovery_the_head_gets_a_new_password(registry_path, recovery_code):
    before = _slots(registry_path)
    reg = open_with_recovery(registry_path, recovery_code.lower().replace("-", " "))
    try:
        assert reg.opened_with == keystore.RECOVERY_SLOT and reg.actor.username == REGISTRY_ADMIN
        reset_password(reg, REGISTRY_ADMIN, NEW)
        after = _slots(registry_path)
        assert {k for k in before if before[k] != after[k]} == {("user", REGISTRY_ADMIN)}
        events = _resets(reg)
        assert len(events) == 1 and events[0]["username"] == REGISTRY_ADMIN and events[0]["via"] == "recovery"
        assert NEW not in json.dumps(events)
    finally:
        reg.close()
    with pytest.raises(WrongPassword):
        open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    reg = open_registry(registry_path, REGISTRY_ADMIN, NEW)
    assert reg.opened_with == "user"
    reg.close()
    open_with_recovery(registry_path, recovery_code).close()  # the printed code keeps working


def test_head_may_reset_someone_elses_password(registry, registry_path):
    with registry.begin() as s:
        s.add(User(username="vanthu", full_name="Cán bộ văn thư", role="van_thu", can_login=False))
    add_login(registry, "vanthu", "mật khẩu văn thư cũ")
    reset_password(registry, "vanthu", NEW)
    assert _resets(registry)[0]["via"] == "head"
    registry.close()
    open_registry(registry_path, "vanthu", NEW).close()


def test_anyone_else_is_refused(registry, registry_path):
    with registry.begin() as s:
        s.add(User(username="quantri2", full_name="Quản trị hai", role="quan_tri", can_login=False))
    add_login(registry, "quantri2", "mật khẩu quản trị 2")
    registry.close()
    admin2 = open_registry(registry_path, "quantri2", "mật khẩu quản trị 2")
    try:
        assert admin2.opened_with == "user"
        before = _slots(registry_path)
        with pytest.raises(PermissionDenied):
            reset_password(admin2, REGISTRY_ADMIN, NEW)
        assert _slots(registry_path) == before and _resets(admin2) == []
    finally:
        admin2.close()


def test_short_password_and_unknown_user(registry_path, recovery_code):
    reg = open_with_recovery(registry_path, recovery_code)
    try:
        before = _slots(registry_path)
        with pytest.raises(ValidationError):
            reset_password(reg, REGISTRY_ADMIN, "ngắn")
        with pytest.raises(NotFound):
            reset_password(reg, "khong-co", NEW)
        assert _slots(registry_path) == before
    finally:
        reg.close()
