"""Profiles made at test time by the installed browsers and mail client (Chromium, Firefox ESR,
Thunderbird, Epiphany, Falkon), offline: every Internet name is answered by a loopback server or no
connection can be made. Browsed and cleared profiles fail naming the sites or the mail server; the profile
of one offline launch passes. Each program is killed after a bounded time."""
import sys
from pathlib import Path

import pytest

from app.hwcheck import Policy, run_check
from tests.tooling import require_tool

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures/hwcheck/browsers"))
import make_browser_profiles as maker

pytestmark = pytest.mark.slow  # each test runs a real browser for 10-30 s

PROBES = ["browsers_chromium", "browsers_firefox", "browser_chromium_traces", "browser_firefox_traces"]


def verdict_for(root: Path):
    verdict = run_check(root, Policy(), only=PROBES)
    return verdict, [f for f in verdict.findings if f.severity == "block"]


def hosts(found) -> set[str]:
    return {h for f in found for h in f.evidence.get("hosts", [])}


def test_real_chromium_browsed_cleared_and_clean(tmp_path, system_root):
    binary = require_tool("chromium")
    with maker.LoopbackSites() as sites:
        maker.chromium(binary, tmp_path / "browsed", sites.port, seconds=40)
    maker.chromium(binary, tmp_path / "clean", None, seconds=20)
    assert (tmp_path / "browsed/Default/History").is_file(), "Chromium made no profile"
    home = system_root / "home/an"

    (home / ".config").mkdir(parents=True)
    (tmp_path / "browsed").rename(home / ".config/chromium")
    verdict, found = verdict_for(system_root)
    assert {f.evidence.get("visits") for f in found if "visits" in f.evidence} == {len(maker.SITES)}
    assert hosts(found) == set(maker.SITES)

    maker.clear_chromium(home / ".config/chromium/Default")
    verdict, found = verdict_for(system_root)
    assert [f.evidence["artifacts"] for f in found] and hosts(found) == set(maker.SITES)

    (home / ".config/chromium").rename(tmp_path / "browsed-cleared")
    (tmp_path / "clean").rename(home / ".config/chromium")
    verdict, found = verdict_for(system_root)
    assert found == [] and verdict.passed


def test_real_firefox_browsed_cleared_and_clean(tmp_path, system_root):
    binary = require_tool("firefox-esr", "firefox-esr")
    base = system_root / "home/an/.mozilla/firefox"
    with maker.LoopbackSites() as sites:
        maker.firefox(binary, base / "b.default-esr", tmp_path / "cache-b", sites.port, seconds=40)
    assert (base / "b.default-esr/places.sqlite").is_file(), "Firefox made no profile"
    verdict, found = verdict_for(system_root)
    assert hosts(found) == set(maker.SITES)
    assert any(f.evidence.get("visits") for f in found)

    maker.clear_firefox(base / "b.default-esr")
    verdict, found = verdict_for(system_root)
    assert found and all(f.evidence.get("artifacts") for f in found) and hosts(found) == set(maker.SITES)

    (base / "b.default-esr").rename(tmp_path / "cleared")
    maker.firefox(binary, base / "c.default-esr", tmp_path / "cache-c", None, seconds=20)
    assert (base / "c.default-esr/cookies.sqlite").is_file(), "Firefox made no profile"
    verdict, found = verdict_for(system_root)
    assert found == [] and verdict.passed


def test_real_thunderbird_account_and_clean(tmp_path, system_root):
    binary = require_tool("thunderbird")
    base = system_root / "home/an/.thunderbird"
    maker.thunderbird(binary, base / "a.default-release", tmp_path / "cache-a", True, seconds=30)
    assert (base / "a.default-release/prefs.js").is_file(), "Thunderbird made no profile"
    verdict, found = verdict_for_mail(system_root)
    assert {f.evidence["hostname"] for f in found} == {"imap.gmail.com", "smtp.gmail.com"}

    (base / "a.default-release").rename(tmp_path / "with-account")
    maker.thunderbird(binary, base / "c.default-release", tmp_path / "cache-c", False, seconds=30)
    assert (base / "c.default-release/prefs.js").is_file()
    verdict, found = verdict_for_mail(system_root)
    assert found == [] and verdict.passed


def verdict_for_mail(root: Path):
    verdict = run_check(root, Policy(), only=["mail_thunderbird", "thunderbird_traces"])
    return verdict, [f for f in verdict.findings if f.severity == "block"]


def test_real_epiphany_browsed_and_clean(tmp_path, system_root):
    binary = require_tool("epiphany", "epiphany-browser")
    require_tool("xvfb-run", "xvfb")
    require_tool("dbus-run-session", "dbus-daemon")
    base = system_root / "home/an/.local/share/epiphany"
    with maker.LoopbackSites() as sites:
        maker.epiphany(binary, base, sites.port, seconds=30)
    assert (base / "cookies.sqlite").is_file(), "Epiphany made no profile"
    verdict = run_check(system_root, Policy(), only=["webkit_browsers"])
    found = [f for f in verdict.findings if f.severity == "block"]
    assert hosts(found) == set(maker.SITES)

    base.rename(tmp_path / "browsed")
    maker.epiphany(binary, base, None, seconds=30)
    assert (base / "cookies.sqlite").is_file()
    verdict = run_check(system_root, Policy(), only=["webkit_browsers"])
    assert [f for f in verdict.findings if f.severity == "block"] == [] and verdict.passed


def test_real_falkon_browsed_and_clean(tmp_path, system_root):
    binary = require_tool("falkon")
    require_tool("xvfb-run", "xvfb")
    require_tool("dbus-run-session", "dbus-daemon")
    home = system_root / "home/an"
    with maker.LoopbackSites() as sites:
        maker.falkon(binary, home, sites.port, seconds=30)
    assert (home / ".config/falkon/profiles/default/browsedata.db").is_file(), "Falkon made no profile"
    verdict = run_check(system_root, Policy(), only=["webkit_browsers"])
    assert hosts([f for f in verdict.findings if f.severity == "block"]) == {maker.SITES[-1]}

    for folder in (".config", ".cache", ".local"):
        if (home / folder).exists():
            (home / folder).rename(tmp_path / folder)
    maker.falkon(binary, home, None, seconds=30)
    assert (home / ".config/falkon/profiles/default/browsedata.db").is_file()
    verdict = run_check(system_root, Policy(), only=["webkit_browsers"])
    assert [f for f in verdict.findings if f.severity == "block"] == [] and verdict.passed
