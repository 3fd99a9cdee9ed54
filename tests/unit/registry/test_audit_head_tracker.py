"""The explicit audit API: the chain head kept outside the database follows commits that appended
events (``audit.HeadTracker``), ignores rolled-back ones and dry runs (``audit.dry_run``)."""
from app.services import audit, keystore, settings


def _stored(reg):
    return tuple(keystore.read_audit_head(reg.keyfile, reg.key))


def _chain(reg):
    with reg.session() as s:
        head = audit.chain_head(s)
    return (head.count, head.hash)


def test_commit_with_events_stores_the_head(registry):
    with registry.begin() as s:
        settings.set_setting(s, registry.actor, "alerts.report_days_before", 40)
        assert audit.appended(s)
    assert _stored(registry) == _chain(registry)


def test_rollback_and_dry_run_leave_the_stored_head_alone(registry):
    keys = registry.keyfile.path.read_bytes()
    with registry.session() as s:
        settings.set_setting(s, registry.actor, "alerts.report_days_before", 41)
        s.rollback()
        assert not audit.appended(s)
    with registry.begin() as s:
        with audit.dry_run(s):
            settings.set_setting(s, registry.actor, "alerts.report_days_before", 42)
            assert audit.appended(s)
        assert not audit.appended(s)
    assert registry.keyfile.path.read_bytes() == keys
    assert _stored(registry) == _chain(registry)


def test_a_dry_run_inside_real_work_keeps_the_work_marked(registry):
    with registry.begin() as s:
        settings.set_setting(s, registry.actor, "alerts.report_days_before", 43)
        with audit.dry_run(s):
            settings.set_setting(s, registry.actor, "alerts.report_days_before", 44)
        assert audit.appended(s)
    assert _stored(registry) == _chain(registry)
    assert registry.verify_audit().ok
