import datetime as dt
import os
import sqlite3
import tempfile
from pathlib import Path

import hwcheck_builders as hb

from app.hwcheck import Policy, run_check
from app.hwcheck.probes import browsers_chromium
from app.hwcheck.probes.browsers_chromium import chromium_time
from app.hwcheck.probes.browsers_firefox import firefox_time
from app.hwcheck.probes.common import ProbeContext

UTC = dt.timezone.utc
T1 = dt.datetime(2024, 3, 5, 8, 15, 30, tzinfo=UTC)
T2 = dt.datetime(2025, 1, 20, 14, 0, 0, tzinfo=UTC)


def ctx(root: Path) -> ProbeContext:
    return ProbeContext(root=root, live=False, now=dt.datetime(2026, 1, 1, tzinfo=UTC))


def findings(root, rule="internet.browser_history"):
    verdict = run_check(root, Policy(), only=["browsers_chromium", "browsers_firefox"])
    return verdict, [f for f in verdict.findings if f.rule == rule]


def test_epochs_are_converted_both_ways():
    assert chromium_time(hb.chromium_us(T1)) == T1
    assert firefox_time(hb.firefox_us(T1)) == T1
    assert chromium_time(13_000_000_000_000_000).year == 2012  # 1601-based, not 1970-based
    assert chromium_time(0) is None and firefox_time(0) is None and firefox_time(None) is None


def test_chrome_all_profiles_with_times_and_hosts(system_root):
    base = system_root / "home/an/.config/google-chrome"
    hb.make_chromium_history(base / "Default/History", [("https://www.google.com/search?q=x", T1),
                                                        ("https://vnexpress.net/", T2),
                                                        ("https://vnexpress.net/a", T2 - dt.timedelta(days=1))])
    hb.make_chromium_history(base / "Profile 1/History", [("http://example.org/", T1)])
    verdict, found = findings(system_root)
    assert not verdict.passed
    by_profile = {f.evidence["profile"]: f for f in found}
    assert set(by_profile) == {"Default", "Profile 1"}
    default = by_profile["Default"]
    assert default.severity == "block"
    assert default.evidence["browser"] == "Google Chrome"
    assert default.evidence["user"] == "an"
    assert default.evidence["visits"] == 3
    assert default.evidence["first_visit"] == "2024-03-05T08:15:30Z"
    assert default.evidence["last_visit"] == "2025-01-20T14:00:00Z"
    assert default.evidence["hosts"] == ["vnexpress.net", "www.google.com"]
    assert "05/03/2024" in default.summary and "20/01/2025" in default.summary
    assert "32/CT-TTg" in default.legal_basis and "17/CT-UBND" in default.legal_basis
    assert default.source.endswith("google-chrome/Default/History")


def test_every_chromium_browser_is_found(system_root):
    for _browser, rel in browsers_chromium.DATA_DIRS:
        if rel.startswith("AppData"):
            continue
        hb.make_chromium_history(system_root / "home/an" / rel / "Default/History", [("https://a.vn/", T1)])
    names = {found[1] for found in browsers_chromium.history_files(ctx(system_root))}
    assert {"Chromium", "Google Chrome", "Microsoft Edge", "Brave", "Opera", "Vivaldi", "Cốc Cốc"} <= names


def test_typed_but_never_visited_url_is_not_a_visit(system_root):
    hb.make_chromium_history(system_root / "home/an/.config/chromium/Default/History",
                             visits=[], unvisited_urls=["https://never-opened.example.com/"])
    verdict, found = findings(system_root)
    assert found == [] and verdict.passed


def test_local_visits_are_info_not_internet(system_root):
    hb.make_chromium_history(system_root / "home/an/.config/chromium/Default/History", [
        ("file:///home/an/tai-lieu.html", T1), ("http://127.0.0.1:8080/", T1), ("http://192.168.1.10/", T1),
        ("http://[::1]/", T1), ("http://localhost/x", T2), ("http://intranet/", T2)])
    verdict, found = findings(system_root)
    assert verdict.passed
    assert [f.severity for f in found] == ["info"]
    assert found[0].evidence["visits"] == 6
    assert found[0].evidence["scope"] == "local"


def test_firefox_visit_only_in_wal_is_found(system_root):
    profile = system_root / "home/an/.mozilla/firefox/abcd1234.default-release"
    hb.write_profiles_ini(profile.parent, ["abcd1234.default-release"])
    hb.make_firefox_places(profile / "places.sqlite", visits=[],
                           wal_visits=[("https://facebook.com/", T2)])
    # The fixture is meaningful: without its -wal the main file has no visit.
    con = sqlite3.connect(f"file:{profile / 'places.sqlite'}?immutable=1", uri=True)
    assert con.execute("SELECT COUNT(*) FROM moz_historyvisits").fetchone()[0] == 0
    con.close()
    assert (profile / "places.sqlite-wal").stat().st_size > 0
    verdict, found = findings(system_root)
    assert len(found) == 1 and found[0].severity == "block"
    assert found[0].evidence["hosts"] == ["facebook.com"]
    assert found[0].evidence["last_visit"] == "2025-01-20T14:00:00Z"
    # The browser's files are untouched: still a -wal beside it, main file still without the visit.
    assert (profile / "places.sqlite-wal").stat().st_size > 0


def test_never_used_firefox_profile_with_default_bookmarks_passes(system_root):
    profile = system_root / "home/an/.mozilla/firefox/new00000.default"
    hb.write_profiles_ini(profile.parent, ["new00000.default"])
    hb.make_firefox_places(profile / "places.sqlite")
    verdict, found = findings(system_root)
    assert found == [] and verdict.passed


def test_firefox_snap_flatpak_and_unlisted_profiles(system_root):
    home = system_root / "home/an"
    hb.make_firefox_places(home / "snap/firefox/common/.mozilla/firefox/s1.default/places.sqlite",
                           visits=[("https://snap.example.com/", T1)])
    hb.make_firefox_places(home / ".var/app/org.mozilla.firefox/.mozilla/firefox/f1.default/places.sqlite",
                           visits=[("https://flatpak.example.com/", T1)])
    # listed in profiles.ini outside the usual folder name, and one on disk but not listed
    base = home / ".mozilla/firefox"
    hb.write_profiles_ini(base, ["Profiles/listed.esr"])
    hb.make_firefox_places(base / "Profiles/listed.esr/places.sqlite", visits=[("https://esr.example.com/", T1)])
    hb.make_firefox_places(base / "unlisted.default/places.sqlite", visits=[("https://un.example.com/", T1)])
    verdict, found = findings(system_root)
    hosts = sorted(h for f in found for h in f.evidence["hosts"])
    assert hosts == ["esr.example.com", "flatpak.example.com", "snap.example.com", "un.example.com"]
    assert {f.evidence["browser"] for f in found} == {"Firefox", "Firefox (Snap)", "Firefox (Flatpak)"}


def test_running_browser_with_exclusive_lock_is_read_and_not_disturbed(system_root):
    profile = system_root / "home/an/.mozilla/firefox/run.default"
    hb.make_firefox_places(profile / "places.sqlite", visits=[("https://old.example.com/", T1)])
    browser = sqlite3.connect(profile / "places.sqlite")
    browser.execute("PRAGMA locking_mode=EXCLUSIVE")
    browser.execute("INSERT INTO moz_places(url, guid) VALUES('https://live.example.com/', 'live')")
    browser.execute("INSERT INTO moz_historyvisits(place_id, visit_date, visit_type) "
                    "VALUES(last_insert_rowid(), ?, 1)", (hb.firefox_us(T2),))
    browser.commit()
    try:
        verdict, found = findings(system_root)
        assert sorted(found[0].evidence["hosts"]) == ["live.example.com", "old.example.com"]
        browser.execute("INSERT INTO moz_places(url, guid) VALUES('https://after.example.com/', 'aft')")
        browser.commit()  # the browser can still write: we took no lock
    finally:
        browser.close()


def test_corrupt_database_fails_closed(system_root):
    history = system_root / "home/an/.config/chromium/Default/History"
    history.parent.mkdir(parents=True)
    history.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    verdict, found = findings(system_root, rule="probe.failed")
    assert not verdict.passed
    assert found[0].severity == "block" and found[0].source == str(history)
    assert "browsers_chromium" == found[0].evidence["probe"]


def test_private_copies_are_removed(system_root):
    hb.make_chromium_history(system_root / "home/an/.config/chromium/Default/History", [("https://a.vn/", T1)])
    before = set(Path(tempfile.gettempdir()).glob("somat-hwcheck-*"))
    findings(system_root)
    assert set(Path(tempfile.gettempdir()).glob("somat-hwcheck-*")) == before


def test_windows_disk_profiles(tmp_path):
    root = tmp_path / "win"
    hb.make_chromium_history(root / "Users/Lan/AppData/Local/CocCoc/Browser/User Data/Default/History",
                             [("https://coccoc.com/search?q=a", T1)])
    hb.make_firefox_places(root / "Users/Lan/AppData/Roaming/Mozilla/Firefox/Profiles/x.default/places.sqlite",
                           visits=[("https://mozilla.org/", T1)])
    (root / "Windows/System32").mkdir(parents=True)
    verdict = run_check(root, Policy())
    browsers = {f.evidence.get("browser") for f in verdict.findings if f.rule == "internet.browser_history"}
    assert browsers == {"Cốc Cốc", "Firefox"}
    # no registry on this Windows disk: fails closed (the windows_* probes read SYSTEM and SOFTWARE)
    assert any(f.rule == "probe.failed" and "SYSTEM" in f.summary for f in verdict.findings)


def test_absolute_links_on_an_inspected_disk_stay_inside_it(tmp_path):
    root = hb.minimal_system(tmp_path / "disk")
    (root / "home/an").mkdir()
    hb.make_chromium_history(root / "data/an-config/chromium/Default/History", [("https://inside.example/", T1)])
    (root / "home/an/.config").symlink_to("/data/an-config")  # absolute: means <root>/data/an-config
    verdict, found = findings(root)
    assert [f.evidence["hosts"] for f in found] == [["inside.example"]]
    assert found[0].source.startswith(str(root))


def test_chromium_copied_mid_transaction_with_hot_journal(system_root, tmp_path, monkeypatch):
    """A browser killed inside a write leaves a hot ``-journal``: the copy is rolled back, not failed."""
    import shutil

    from app.hwcheck.probes import sqlite_copy

    modes = []
    real_run = sqlite_copy._run

    def spy(copy, sql, mode):
        modes.append(mode)
        return real_run(copy, sql, mode)
    monkeypatch.setattr(sqlite_copy, "_run", spy)

    work = tmp_path / "live"
    hb.make_chromium_history(work / "History", [("https://committed.example/", T1)])
    browser = sqlite3.connect(work / "History", isolation_level=None)
    browser.execute("PRAGMA cache_size=1")  # spill pages so the main file changes before commit
    browser.execute("BEGIN")
    for i in range(300):
        browser.execute("INSERT INTO urls(url, last_visit_time) VALUES(?, 0)", (f"https://u{i}.example/" + "x" * 500,))
    target = system_root / "home/an/.config/chromium/Default"
    target.mkdir(parents=True)
    shutil.copyfile(work / "History", target / "History")
    shutil.copyfile(work / "History-journal", target / "History-journal")
    browser.execute("ROLLBACK")
    browser.close()
    verdict, found = findings(system_root)
    assert [f.evidence["hosts"] for f in found] == [["committed.example"]]
    assert modes == ["ro", "rw"]  # read-only could not replay the journal; the private copy could
    assert (target / "History-journal").exists()  # the browser's files are left as they were
