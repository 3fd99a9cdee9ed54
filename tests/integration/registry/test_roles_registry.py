"""The role table's key and registry actions, every column, on a real SQLCipher registry with real key
slots; and the insider attacks of issue 10 (a clerk's own login), each refused before anything is written.

A refused cell leaves the key sidecar byte for byte, every table's row count and the audit log as they
were; an allowed cell does the work. The acting user is ``registry.actor``, as after a real unlock.
"""
from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from app.cli.main import main
from app.models import AuditEvent, User
from app.models.base import Base
from app.services import backup, people
from app.services.actor import Actor
from app.services.errors import PermissionDenied, SomatError
from app.services.registry import (
    add_login,
    add_person_with_login,
    change_password,
    open_registry,
    open_with_recovery,
    rekey,
    remove_login,
    reset_password,
)
from app.services.role_table import BM, COLUMNS, HEAD, LD, QT, SYSTEM, TABLE, VT
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD

PW = "mat-khau-cua-{}-2026"
NEW_PW = "mat-khau-moi-2026!"
# username and role of the user acting in each column (the head of the agency is a leader who heads it)
USERS = {VT: ("vt", VT), BM: ("bm", BM), LD: ("ld", LD), QT: ("qt", QT), HEAD: ("dd", LD)}


def _counts(reg) -> dict[str, int]:
    with reg.session() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def _allowed(actor: Actor, action: str) -> bool:
    cols = {actor.role} | ({HEAD} if actor.is_head else set())
    return bool(cols & set(TABLE[action][1]))


@pytest.fixture
def staffed(registry):
    """The template registry (admin ``quantri`` heads the agency) with one login per column, a clerk
    ``other`` whose password is known, and ``newbie`` who has no login yet."""
    for name, role in USERS.values():
        add_person_with_login(registry, name, PW.format(name), full_name=name.upper(), role=role)
    add_person_with_login(registry, "other", PW.format("other"), full_name="Người Khác")
    with registry.begin() as s:
        dd = s.scalar(select(User).where(User.username == "dd"))
        people.update_user(s, registry.actor, dd.id, is_head=True)
        people.add_user(s, registry.actor, username="newbie", full_name="Người Mới")
    return registry


def _actor(reg, column) -> Actor:
    if column == SYSTEM:
        return Actor.system()
    name, _ = USERS[column]
    with reg.session() as s:
        u = s.scalar(select(User).where(User.username == name))
        return Actor(u.username, u.id, u.full_name, role=u.role, is_head=u.is_head)


CALLS = {
    "logins.grant": lambda reg, tmp: add_login(reg, "newbie", NEW_PW),
    "logins.revoke": lambda reg, tmp: remove_login(reg, "other"),
    "logins.reset": lambda reg, tmp: reset_password(reg, "other", NEW_PW),
    "password.change_own": lambda reg, tmp: change_password(reg, reg.actor.username,
                                                            PW.format(reg.actor.username), NEW_PW),
    "password.change_other": lambda reg, tmp: change_password(reg, "other", PW.format("other"), NEW_PW),
    "registry.rekey": lambda reg, tmp: rekey(reg, new_recovery_code=True),
    "registry.backup": lambda reg, tmp: backup.backup_now(reg, tmp / "sao-luu"),
}
CELLS = [(a, c) for a in CALLS for c in COLUMNS]


@pytest.mark.parametrize(("action", "column"), CELLS, ids=[f"{a}-{c}" for a, c in CELLS])
def test_cell(staffed, tmp_path, action, column):
    reg = staffed
    reg.actor = _actor(reg, column)
    keys_before, counts_before = reg.keyfile.path.read_bytes(), _counts(reg)
    if _allowed(reg.actor, action):
        CALLS[action](reg, tmp_path)
        if action == "registry.backup":
            assert len(list((tmp_path / "sao-luu").glob("*.somatbak"))) == 1
        else:
            assert _counts(reg)["audit_event"] > counts_before["audit_event"]
            assert reg.keyfile.path.read_bytes() != keys_before
    else:
        with pytest.raises(PermissionDenied):
            CALLS[action](reg, tmp_path)
        assert reg.keyfile.path.read_bytes() == keys_before
        assert _counts(reg) == counts_before
        assert not (tmp_path / "sao-luu").exists()


@pytest.mark.parametrize("column", COLUMNS)
def test_restore_cell(staffed, registry_path, tmp_path, column):
    """``restore`` replaces the live registry: an administrator's action, judged before the target is touched."""
    reg = staffed
    made = backup.backup_now(reg, tmp_path / "sao-luu")
    reg.close()
    live = registry_path.read_bytes()
    name = "he_thong" if column == SYSTEM else USERS[column][0]
    role = SYSTEM if column == SYSTEM else USERS[column][1]
    if column != SYSTEM and _allowed(Actor(name, role=role, is_head=column == HEAD), "registry.restore"):
        backup.restore(made, registry_path, name, PW.format(name))
        again = open_registry(registry_path, name, PW.format(name))
        with again.session() as s:
            ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "registry.restore")).one()
            assert ev.actor == name
        again.close()
    else:
        with pytest.raises(SomatError) as refused:  # the system has no password: it cannot even unlock
            backup.restore(made, registry_path, name, PW.format(name))
        assert column == SYSTEM or isinstance(refused.value, PermissionDenied)
        assert registry_path.read_bytes() == live
        assert not registry_path.with_name(registry_path.name + backup.BEFORE_RESTORE).exists()


def test_registry_scenarios_and_session_scenarios_cover_the_table():
    from tests.unit.services.test_roles_table import PAST_ROLE_CHECK, SCENARIOS

    assert set(CALLS) | {"registry.restore"} | set(SCENARIOS) | set(PAST_ROLE_CHECK) == set(TABLE)


# --- the insider attacks of issue 10, with a clerk's own login ---------------------------------------

@pytest.fixture
def clerk(staffed, registry_path):
    """The registry as the clerk ``vt`` opens it (a real unlock)."""
    staffed.close()
    reg = open_registry(registry_path, "vt", PW.format("vt"))
    yield reg
    reg.close()


def test_clerk_cannot_raise_own_role_or_make_themselves_head(clerk):
    keys, counts = clerk.keyfile.path.read_bytes(), _counts(clerk)
    for change in ({"role": "quan_tri"}, {"is_head": True}):
        with clerk.begin() as s, pytest.raises(PermissionDenied):
            people.update_user(s, clerk.actor, clerk.actor.user_id, **change)
    with clerk.session() as s:
        me = s.get(User, clerk.actor.user_id)
        assert (me.role, me.is_head) == ("van_thu", False)
    assert _counts(clerk) == counts and clerk.keyfile.path.read_bytes() == keys


def test_nobody_changes_their_own_role_not_even_an_administrator(staffed):
    staffed.actor = _actor(staffed, QT)
    with staffed.begin() as s, pytest.raises(PermissionDenied) as refused:
        people.update_user(s, staffed.actor, staffed.actor.user_id, role="van_thu")
    assert refused.value.code == "roles.self_role"


def test_clerk_cannot_reset_the_admins_password_by_any_door(clerk, registry_path):
    keys = clerk.keyfile.path.read_bytes()
    with pytest.raises(PermissionDenied):
        reset_password(clerk, REGISTRY_ADMIN, NEW_PW)
    with pytest.raises(PermissionDenied):  # granting a login over an existing slot is a reset too
        add_login(clerk, REGISTRY_ADMIN, NEW_PW)
    with pytest.raises(PermissionDenied):
        change_password(clerk, REGISTRY_ADMIN, "đoán bừa", NEW_PW)
    assert clerk.keyfile.path.read_bytes() == keys
    clerk.close()
    open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD).close()  # the admin's password still opens


def test_an_administrator_who_is_not_head_cannot_reset_by_regranting(staffed):
    staffed.actor = _actor(staffed, QT)
    with pytest.raises(PermissionDenied):
        add_login(staffed, "other", NEW_PW)
    add_login(staffed, "newbie", NEW_PW)  # a first login is the administrator's to grant


def test_clerk_cannot_rekey_or_invalidate_the_heads_recovery_code(clerk, registry_path, recovery_code):
    keys = clerk.keyfile.path.read_bytes()
    for new_code in (False, True):
        with pytest.raises(PermissionDenied):
            rekey(clerk, new_recovery_code=new_code)
    assert clerk.keyfile.path.read_bytes() == keys
    clerk.close()
    open_with_recovery(registry_path, recovery_code).close()


def test_actor_has_no_default_role():
    with pytest.raises(TypeError):
        Actor("ai_do")  # the point: without a role it does not construct
    assert "role" not in {f.name for f in dataclasses.fields(Actor) if f.default is not dataclasses.MISSING}


@pytest.fixture
def cli_env(monkeypatch, tmp_path):
    monkeypatch.delenv("SOMAT_USER", raising=False)
    monkeypatch.delenv("SOMAT_PASSWORD", raising=False)
    monkeypatch.setenv("SOMAT_NEW_PASSWORD", NEW_PW)

    def pw(name):
        path = tmp_path / f"pw-{name}"
        path.write_text(PW.format(name) + "\n", encoding="utf-8")
        return str(path)
    return pw


def test_cli_clerk_adding_an_admin_is_refused_and_leaves_nothing(staffed, registry_path, cli_env, capsys):
    staffed.close()
    keys = registry_path.with_name(registry_path.name + ".keys").read_bytes()
    code = main(["user", "add", "--db", str(registry_path), "--user", "vt", "--password-file", cli_env("vt"),
                 "--login", "ke_gian", "--role", "quan_tri"])
    assert code == 1
    err = capsys.readouterr().err
    assert "không được phép" in err and "Traceback" not in err
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        with reg.session() as s:
            assert s.scalar(select(User).where(User.username == "ke_gian")) is None
            assert not s.scalars(select(AuditEvent).where(AuditEvent.details.contains("ke_gian"))).all()
        assert reg.keyfile.slot("user", "ke_gian") is None
    finally:
        reg.close()
    # the sidecar changed only by the two unlocks' bookkeeping, never by a slot for ke_gian
    assert b"ke_gian" not in registry_path.with_name(registry_path.name + ".keys").read_bytes()
    assert keys  # read before: the file existed


def test_cli_admin_adding_with_a_short_password_leaves_no_person(staffed, registry_path, cli_env, monkeypatch,
                                                                capsys):
    staffed.close()
    monkeypatch.setenv("SOMAT_NEW_PASSWORD", "ngan")
    assert main(["user", "add", "--db", str(registry_path), "--user", "qt", "--password-file", cli_env("qt"),
                 "--login", "moi2", "--role", "van_thu"]) == 1
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        with reg.session() as s:
            assert s.scalar(select(User).where(User.username == "moi2")) is None
    finally:
        reg.close()


def test_cli_restore_by_a_clerk_is_refused_and_by_the_admin_is_audited(staffed, registry_path, cli_env, tmp_path,
                                                                       capsys):
    made = backup.backup_now(staffed, tmp_path / "sao-luu")
    staffed.close()
    live = registry_path.read_bytes()
    assert main(["restore", "--from", str(made), "--db", str(registry_path), "--user", "vt",
                 "--password-file", cli_env("vt")]) == 1
    assert "không được phép" in capsys.readouterr().err and registry_path.read_bytes() == live
    assert main(["restore", "--from", str(made), "--db", str(registry_path), "--user", "qt",
                 "--password-file", cli_env("qt")]) == 0
    reg = open_registry(registry_path, "qt", PW.format("qt"))
    try:
        with reg.session() as s:
            assert [e.actor for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "registry.restore"))] \
                == ["qt"]
    finally:
        reg.close()
