import pytest

from app.services import login_guard
from app.services.login_guard import TooManyAttempts


def test_delays_start_after_five_failures_and_grow():
    assert [login_guard.delay_after(n) for n in range(1, 10)] == [0, 0, 0, 0, 30, 60, 120, 240, 480]
    assert login_guard.delay_after(30) == login_guard.MAX_DELAY


def test_check_and_pending_failures():
    state = {}
    for _ in range(5):
        login_guard.check(state, now=1000.0)
        login_guard.record_failure(state, "an", now=1000.0)
    with pytest.raises(TooManyAttempts) as info:
        login_guard.check(state, now=1010.0)
    assert info.value.wait_seconds == 20 and "20 giây" in info.value.message
    login_guard.check(state, now=1030.0)
    login_guard.record_failure(state, "an", now=1030.0)
    with pytest.raises(TooManyAttempts) as info:
        login_guard.check(state, now=1031.0)
    assert info.value.wait_seconds == 59
    # a clock set far back never makes the wait longer than the delay itself
    with pytest.raises(TooManyAttempts) as info:
        login_guard.check(state, now=0.0)
    assert info.value.wait_seconds == 60
    pending, dropped = login_guard.take_pending(state)
    assert len(pending) == 6 and dropped == 0 and pending[0]["username"] == "an"
    assert state == {"seq": 6}  # the lifetime count stays, so a rolled-back file shows
