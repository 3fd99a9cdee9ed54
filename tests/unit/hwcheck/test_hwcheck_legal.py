"""The legal basis printed with each finding is the text in force on the day of the check: the 2018
law ("đã kết nối hoặc đang kết nối") until 28/02/2026, then Luật 117/2025 for a live connection and
Chỉ thị 32/CT-TTg, Chỉ thị 17/CT-UBND and the province's 2025 plan for a machine's past."""
import datetime as dt

import pytest

import hwcheck_builders as hb
from app.hwcheck import Policy, run_check
from app.hwcheck import policy as policy_mod
from app.hwcheck.model import Observation

DAY = dt.timedelta(days=1)
SWITCH = dt.date(2026, 3, 1)


def _browsed(root):
    profile = root / "home/an/.config/google-chrome/Default"
    hb.make_chromium_history(profile / "History", [("https://vnexpress.net/", dt.datetime(2024, 3, 5, 8, 0))])
    return root


@pytest.mark.parametrize("day, expected, absent", [
    (dt.datetime(2025, 12, 1, 9, tzinfo=dt.timezone.utc), "29/2018/QH14", "32/CT-TTg"),
    (dt.datetime(2026, 2, 28, 23, tzinfo=dt.timezone.utc), "29/2018/QH14", "32/CT-TTg"),
    (dt.datetime(2026, 3, 1, 0, 30, tzinfo=dt.timezone.utc), "32/CT-TTg", "29/2018/QH14"),
    (dt.datetime(2026, 11, 29, 9, tzinfo=dt.timezone.utc), "32/CT-TTg", "29/2018/QH14"),
])
def test_history_finding_cites_the_text_in_force_on_the_day_of_the_check(system_root, day, expected, absent):
    verdict = run_check(_browsed(system_root), Policy(), now=day, only=["browsers_chromium"])
    found = [f for f in verdict.findings if f.rule == "internet.browser_history" and f.severity == "block"]
    assert found, verdict.findings
    assert expected in found[0].legal_basis and absent not in found[0].legal_basis
    assert "17/CT-UBND" in found[0].legal_basis


def test_a_live_connection_cites_the_law_that_forbids_it_today():
    obs = [Observation("interface", "live:eth0", {"name": "eth0", "kind": "wired", "up": True,
                                                  "addresses": ["10.1.2.3"], "mac": "52:54:00:12:34:56"})]
    today = policy_mod.evaluate(obs, Policy(), on=dt.date(2026, 11, 29))[0]
    assert "Khoản 2 Điều 5" in today.legal_basis and "117/2025/QH15" in today.legal_basis
    assert "đang kết nối" in today.legal_basis
    before = policy_mod.evaluate(obs, Policy(), on=dt.date(2025, 11, 29))[0]
    assert "29/2018/QH14" in before.legal_basis and "đã kết nối hoặc đang kết nối" in before.legal_basis


def test_every_legal_basis_has_exactly_one_text_on_every_day():
    """No gap and no overlap between versions, from the 2018 regime to well after the switch."""
    table = policy_mod.rules()["legal"]
    days = [dt.date(2020, 7, 1), SWITCH - DAY, SWITCH, SWITCH + DAY, dt.date(2030, 1, 1)]
    for key, entry in table.items():
        versions = entry if isinstance(entry, list) else [entry]
        for day in days:
            live = [v for v in versions if isinstance(v, str)
                    or v.get("from", dt.date.min) <= day <= v.get("until", dt.date.max)]
            assert len(live) == 1, (key, day)
            assert policy_mod.legal_text(key, day)


def test_printed_citations_carry_no_internal_notes():
    """Verification status is a field of the rule file, never part of the printed text."""
    table = policy_mod.rules()["legal"]
    for key, entry in table.items():
        for version in entry if isinstance(entry, list) else [entry]:
            text = version if isinstance(version, str) else version["text"]
            assert "đối chiếu" not in text and "verify" not in text.lower(), key
            if not isinstance(version, str):
                assert version.get("source"), f"{key}: every dated text says where it was checked"
