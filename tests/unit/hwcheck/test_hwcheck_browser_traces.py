"""Browsing cleared, traces left: profiles made by the real Chromium 156 and Firefox ESR 153 (see
tests/fixtures/hwcheck/browsers/MANIFEST.md) placed on a fake system disk.

Each failing case has a clean twin: the same artifact from a profile made by one offline launch."""
import shutil
from pathlib import Path

import pytest

from app.hwcheck import Policy, run_check
from tests.hwcheck_fixtures import BROWSED_SITES, BROWSER_PROBES

SITES, PROBES = BROWSED_SITES, BROWSER_PROBES  # the profiles and ``made`` fixture: tests/hwcheck_fixtures.py


def check(root: Path):
    verdict = run_check(root, Policy(), only=PROBES)
    blocks = [f for f in verdict.findings if f.severity == "block"]
    return verdict, blocks


def place_chromium(made: Path, state: str, target: Path, only: str | None = None) -> Path:
    source = made / "chromium" / state / "Default"
    target.mkdir(parents=True, exist_ok=True)
    if only is None:
        shutil.copytree(source, target / "Default")
    else:
        (target / "Default").mkdir()
        src = source / only
        (shutil.copytree if src.is_dir() else shutil.copyfile)(src, target / "Default" / only)
    return target / "Default"


def place_firefox(made: Path, state: str, base: Path, name: str = "abcd1234.default-esr") -> Path:
    shutil.copytree(made / "firefox" / state / "profile", base / name)
    (base / "profiles.ini").write_text(f"[Profile0]\nName=default-esr\nIsRelative=1\nPath={name}\nDefault=1\n",
                                       encoding="utf-8")
    return base / name


def traces_of(blocks):
    return [f for f in blocks if f.evidence.get("artifacts")]


def test_the_archive_holds_what_the_browsers_wrote(made):
    """The fixture is meaningful: the cleared profiles have no history file, the browsed ones do."""
    assert (made / "chromium/browsed/Default/History").is_file()
    assert not (made / "chromium/cleared/Default/History").exists()
    assert (made / "firefox/browsed/profile/places.sqlite").is_file()
    assert not (made / "firefox/cleared/profile/places.sqlite").exists()


def test_chromium_history_deleted_still_fails_naming_the_sites(system_root, made):
    place_chromium(made, "cleared", system_root / "home/an/.config/chromium")
    # the history probes alone see nothing any more: this is the gap the trace probe closes
    assert run_check(system_root, Policy(), only=["browsers_chromium"]).passed
    verdict, blocks = check(system_root)
    assert not verdict.passed
    [finding] = traces_of(blocks)
    assert finding.rule == "internet.browser_history"
    assert set(finding.evidence["hosts"]) == SITES
    assert finding.evidence["browser"] == "Chromium" and finding.evidence["user"] == "an"
    for artifact in ("Cookies", "Sessions", "Cache", "IndexedDB", "Local Storage", "Preferences", "Favicons"):
        assert set(finding.evidence["by_artifact"][artifact]) == SITES, artifact
    assert "vnexpress.net" in finding.summary and "Xóa lịch sử" in finding.summary


def test_chromium_offline_launch_is_clean(system_root, made):
    place_chromium(made, "clean", system_root / "home/an/.config/chromium")
    verdict, blocks = check(system_root)
    assert blocks == [] and verdict.passed


@pytest.mark.parametrize("artifact", ["Cookies", "Sessions", "Cache/Cache_Data", "IndexedDB", "Local Storage",
                                      "Preferences", "Favicons"])
def test_each_chromium_artifact_alone_names_the_sites(system_root, made, artifact):
    place_chromium(made, "cleared", system_root / "home/an/.config/chromium", only=artifact)
    _verdict, blocks = check(system_root)
    [finding] = traces_of(blocks)
    assert SITES <= set(finding.evidence["hosts"])


@pytest.mark.parametrize("artifact", ["Cookies", "Sessions", "Cache/Cache_Data", "Local Storage", "Preferences",
                                      "Favicons", "Top Sites", "Network Persistent State", "Login Data", "Web Data"])
def test_each_chromium_artifact_of_an_offline_launch_is_clean(system_root, made, artifact):
    if not (made / "chromium/clean/Default" / artifact).exists():
        pytest.fail(f"the offline launch made no {artifact}")
    place_chromium(made, "clean", system_root / "home/an/.config/chromium", only=artifact)
    _verdict, blocks = check(system_root)
    assert blocks == []


def test_chromium_cache_under_xdg_cache_home(system_root, made):
    """Linux Chromium keeps its HTTP cache in ~/.cache/chromium/<profile>, not in the profile."""
    place_chromium(made, "clean", system_root / "home/an/.config/chromium", only="Preferences")
    cache = system_root / "home/an/.cache/chromium/Default/Cache"
    shutil.copytree(made / "chromium/cleared/Default/Cache", cache)
    _verdict, blocks = check(system_root)
    [finding] = traces_of(blocks)
    assert set(finding.evidence["by_artifact"]) == {"Cache"} and SITES <= set(finding.evidence["hosts"])


def test_firefox_places_deleted_still_fails_naming_the_sites(system_root, made):
    place_firefox(made, "cleared", system_root / "home/an/.mozilla/firefox")
    assert run_check(system_root, Policy(), only=["browsers_firefox"]).passed
    _verdict, blocks = check(system_root)
    [finding] = traces_of(blocks)
    assert set(finding.evidence["hosts"]) == SITES and finding.evidence["browser"] == "Firefox"
    for artifact in ("cookies.sqlite", "sessionstore", "storage/default", "cache2", "permissions.sqlite"):
        assert set(finding.evidence["by_artifact"][artifact]) == SITES, artifact


def test_firefox_offline_launch_is_clean(system_root, made):
    place_firefox(made, "clean", system_root / "home/an/.mozilla/firefox")
    verdict, blocks = check(system_root)
    assert blocks == [] and verdict.passed


@pytest.mark.parametrize("keep", ["cookies.sqlite", "sessionstore-backups", "storage", "cache2", "permissions.sqlite"])
def test_each_firefox_artifact_alone_names_the_sites(system_root, made, keep):
    profile = place_firefox(made, "cleared", system_root / "home/an/.mozilla/firefox")
    for child in list(profile.iterdir()):
        if not child.name.startswith(keep):
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    _verdict, blocks = check(system_root)
    [finding] = traces_of(blocks)
    assert SITES <= set(finding.evidence["hosts"])


def test_firefox_cache_in_xdg_cache_home_is_read(system_root, made):
    profile = place_firefox(made, "clean", system_root / "home/an/.mozilla/firefox")
    target = system_root / "home/an/.cache/mozilla/firefox" / profile.name / "cache2"
    shutil.copytree(made / "firefox/cleared/profile/cache2", target)
    _verdict, blocks = check(system_root)
    [finding] = traces_of(blocks)
    assert set(finding.evidence["by_artifact"]) == {"cache2"} and set(finding.evidence["hosts"]) == SITES


def test_firefox_session_store_written_at_quit_is_read(system_root, made):
    """``sessionstore.jsonlz4`` (clean quit) has the same mozLz4 format as ``recovery.jsonlz4``."""
    profile = place_firefox(made, "cleared", system_root / "home/an/.mozilla/firefox")
    backups = profile / "sessionstore-backups"
    shutil.move(backups / "recovery.jsonlz4", profile / "sessionstore.jsonlz4")
    shutil.rmtree(backups)
    for name in ("cookies.sqlite", "cookies.sqlite-wal", "permissions.sqlite", "webappsstore.sqlite",
                 "webappsstore.sqlite-wal"):
        (profile / name).unlink(missing_ok=True)
    shutil.rmtree(profile / "storage")
    shutil.rmtree(profile / "cache2")
    _verdict, blocks = check(system_root)
    [finding] = traces_of(blocks)
    assert set(finding.evidence["by_artifact"]) == {"sessionstore"}


def test_wal_mode_database_without_wal_is_read_in_memory(tmp_path, monkeypatch):
    """After a clean quit a WAL-mode database has no -wal: it is read in memory, no temporary copy."""
    import sqlite3

    from app.hwcheck.probes import sqlite_copy

    db = tmp_path / "cookies.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE moz_cookies(host TEXT)")
    con.execute("INSERT INTO moz_cookies VALUES ('.vnexpress.net')")
    con.commit()
    con.close()
    assert db.read_bytes()[18:20] == b"\x02\x02" and not Path(f"{db}-wal").exists()
    copies = []
    monkeypatch.setattr(sqlite_copy, "PrivateCopy", lambda p: copies.append(p))
    assert sqlite_copy.query_copy(db, "SELECT host FROM moz_cookies") == [(".vnexpress.net",)]
    assert copies == []


def test_chromium_cache_folder_of_each_packaging():
    from app.hwcheck.probes.browser_paths import chromium_cache_dir

    assert chromium_cache_dir(".config/google-chrome") == ".cache/google-chrome"
    assert chromium_cache_dir(".var/app/com.brave.Browser/config/BraveSoftware/Brave-Browser") == \
        ".var/app/com.brave.Browser/cache/BraveSoftware/Brave-Browser"
    assert chromium_cache_dir("snap/chromium/common/chromium") == "snap/chromium/common/.cache/chromium"
    assert chromium_cache_dir("snap/brave/current/.config/BraveSoftware/Brave-Browser") == \
        "snap/brave/common/.cache/BraveSoftware/Brave-Browser"
    assert chromium_cache_dir("AppData/Local/Google/Chrome/User Data") is None
