"""Every browser family's folders, domain users' homes, mail accounts, WebKit/Qt browsers, and traces
that cannot be read (fail closed). Profiles are the real-browser ones of profiles.tar.xz placed at each
family's path; formats the browsers here cannot make (prefs.js, ephy-history.db, konq_history) are
written byte-exact to the programs' formats."""
import os
import shutil
import sqlite3
import struct
from pathlib import Path

import pytest

from app.hwcheck import Policy, run_check
from tests.hwcheck_fixtures import BROWSED_SITES, BROWSER_PROBES
from app.hwcheck.probes import browser_traces
from app.hwcheck.probes.browser_paths import (
    CHROMIUM_DIRS,
    FIREFOX_DIRS,
    THUNDERBIRD_DIRS,
)

SITES, PROBES = BROWSED_SITES, BROWSER_PROBES  # the profiles and ``made`` fixture: tests/hwcheck_fixtures.py


def blocks(root: Path):
    verdict = run_check(root, Policy(), only=PROBES)
    return verdict, [f for f in verdict.findings if f.severity == "block"]


def home_of(root: Path, rel: str) -> Path:
    return root / ("Users/Lan" if rel.startswith("AppData") else "home/an")


@pytest.mark.parametrize("browser,rel", CHROMIUM_DIRS, ids=[r for _, r in CHROMIUM_DIRS])
@pytest.mark.parametrize("state", ["cleared", "clean"])
def test_chromium_family_paths(system_root, made, browser, rel, state):
    target = home_of(system_root, rel) / rel / "Default"
    shutil.copytree(made / "chromium" / state / "Default", target)
    _verdict, found = blocks(system_root)
    if state == "clean":
        assert found == []
        return
    [finding] = found
    assert finding.evidence["browser"] == browser and set(finding.evidence["hosts"]) == SITES


@pytest.mark.parametrize("browser,rel,cache", FIREFOX_DIRS + THUNDERBIRD_DIRS,
                         ids=[r for _, r, _ in FIREFOX_DIRS + THUNDERBIRD_DIRS])
@pytest.mark.parametrize("state", ["cleared", "clean"])
def test_firefox_family_paths(system_root, made, browser, rel, cache, state):
    base = home_of(system_root, rel) / rel
    shutil.copytree(made / "firefox" / state / "profile", base / "Profiles/x1.default")
    (base / "profiles.ini").write_text("[Profile0]\nName=default\nIsRelative=1\nPath=Profiles/x1.default\n",
                                       encoding="utf-8")
    (base / "Profiles/x1.default/prefs.js").unlink()  # a browser's prefs.js names no mail account anyway
    _verdict, found = blocks(system_root)
    if state == "clean":
        assert found == []
        return
    [finding] = found
    assert finding.evidence["browser"] == browser and set(finding.evidence["hosts"]) == SITES


def test_domain_users_homes_are_found(system_root, made):
    """sssd's /home/<domain>/<user>: the user is in no /etc/passwd on the disk."""
    home = system_root / "home/so.tnmt.dongnai/binh"
    (home / ".bashrc").parent.mkdir(parents=True)
    (home / ".bashrc").write_text("# bash\n", encoding="utf-8")
    shutil.copytree(made / "chromium/cleared/Default", home / ".config/google-chrome/Default")
    _verdict, [finding] = blocks(system_root)
    assert finding.evidence["user"] == "binh@so.tnmt.dongnai"
    assert finding.evidence["browser"] == "Google Chrome"


def test_home_named_only_in_passwd(system_root, made):
    (system_root / "etc/passwd").write_text("root:x:0:0:root:/root:/bin/bash\n"
                                            "chi:x:1001:1001::/srv/nguoidung/chi:/bin/bash\n", encoding="utf-8")
    shutil.copytree(made / "chromium/cleared/Default", system_root / "srv/nguoidung/chi/.config/chromium/Default")
    _verdict, [finding] = blocks(system_root)
    assert finding.evidence["user"] == "chi"


PREFS_JS = '''// Mozilla User Preferences
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.accountmanager.accounts", "account1,account2");
user_pref("mail.identity.id1.useremail", "vanthu@sotnmt.dongnai.gov.vn");
user_pref("mail.server.server1.hostname", "Local Folders");
user_pref("mail.server.server1.type", "none");
user_pref("mail.server.server1.userName", "nobody");
'''
LAN_ACCOUNT = '''user_pref("mail.server.server2.hostname", "192.168.10.5");
user_pref("mail.server.server2.type", "imap");
user_pref("mail.server.server2.userName", "vanthu");
'''


@pytest.mark.parametrize("rel", [r for _, r, _ in THUNDERBIRD_DIRS])
@pytest.mark.parametrize("state", ["account", "clean"])
def test_real_thunderbird_profile_names_server_and_account(system_root, made, rel, state):
    """prefs.js written by Thunderbird 153 (see MANIFEST.md): an IMAP and an SMTP server of gmail.com;
    its clean twin is a profile of one offline launch without an account."""
    base = home_of(system_root, rel) / rel
    shutil.copytree(made / "thunderbird" / state / "profile", base / "abc.default-release")
    (base / "profiles.ini").write_text("[Profile0]\nIsRelative=1\nPath=abc.default-release\n", encoding="utf-8")
    verdict, found = blocks(system_root)
    if state == "clean":
        assert found == [] and verdict.passed
        return
    assert {f.rule for f in found} == {"internet.mail_account"}
    assert {f.evidence["hostname"] for f in found} == {"imap.gmail.com", "smtp.gmail.com"}
    imap = next(f for f in found if f.evidence["hostname"] == "imap.gmail.com")
    assert "vanthu.dongnai@gmail.com" in imap.summary and "imap.gmail.com" in imap.summary


def test_thunderbird_account_removed_from_prefs_but_its_mail_folder_remains(system_root, made):
    profile = system_root / "home/an/.thunderbird/abc.default-release"
    shutil.copytree(made / "thunderbird/account/profile", profile)
    prefs = profile / "prefs.js"
    prefs.write_text("".join(line for line in prefs.read_text(encoding="utf-8").splitlines(keepends=True)
                             if "mail.server.server1." not in line and "mail.smtpserver" not in line),
                     encoding="utf-8")
    _, [finding] = blocks(system_root)
    assert finding.evidence["hostname"] == "imap.gmail.com" and finding.evidence["server_id"] == "folder:imap.gmail.com"


def test_thunderbird_clean_twins_local_folders_and_lan_server(system_root):
    base = system_root / "home/an/.thunderbird"
    (base / "abc.default-release").mkdir(parents=True)
    (base / "abc.default-release/prefs.js").write_text(PREFS_JS, encoding="utf-8")
    verdict, found = blocks(system_root)
    assert verdict.passed and not [f for f in verdict.findings if f.rule == "internet.mail_account"]
    (base / "abc.default-release/prefs.js").write_text(PREFS_JS + LAN_ACCOUNT, encoding="utf-8")
    verdict, _found = blocks(system_root)
    assert verdict.passed
    [info] = [f for f in verdict.findings if f.rule == "internet.mail_account"]
    assert info.severity == "info" and info.evidence["hostname"] == "192.168.10.5"


def test_thunderbird_cache_names_the_sites(system_root, made):
    base = system_root / "home/an/.thunderbird"
    (base / "abc.default").mkdir(parents=True)
    (base / "abc.default/prefs.js").write_text(PREFS_JS, encoding="utf-8")
    shutil.copytree(made / "firefox/cleared/profile/cache2", system_root / "home/an/.cache/thunderbird/abc.default/cache2")
    _verdict, [finding] = blocks(system_root)
    assert finding.evidence["browser"] == "Thunderbird" and set(finding.evidence["hosts"]) == SITES


# --- Epiphany, Falkon, Konqueror (formats written byte-exact) -----------------------------------------

EPHY_SCHEMA = """CREATE TABLE hosts (id INTEGER PRIMARY KEY,url LONGVARCAR,title LONGVARCAR,visit_count INTEGER DEFAULT 0 NOT NULL,zoom_level REAL DEFAULT 0.0);
CREATE TABLE urls (id INTEGER PRIMARY KEY,host INTEGER NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,url LONGVARCAR,title LONGVARCAR,sync_id LONGVARCAR,visit_count INTEGER DEFAULT 0 NOT NULL,typed_count INTEGER DEFAULT 0 NOT NULL,last_visit_time INTEGER,thumbnail_update_time INTEGER DEFAULT 0,hidden_from_overview INTEGER DEFAULT 0);
CREATE TABLE visits (id INTEGER PRIMARY KEY,url INTEGER NOT NULL REFERENCES urls(id) ON DELETE CASCADE,visit_time INTEGER NOT NULL,visit_type INTEGER NOT NULL,referring_visit INTEGER);"""


@pytest.mark.parametrize("rel", [".local/share/epiphany", ".var/app/org.gnome.Epiphany/data/epiphany"])
@pytest.mark.parametrize("state", ["browsed", "cleared", "clean"])
def test_real_epiphany_profile(system_root, made, rel, state):
    """Files written by Epiphany 43 (WebKitGTK) under Xvfb: history in microseconds, libsoup's cookie
    jar, the session of open tabs. "cleared" is the browsed profile without ephy-history.db."""
    base = system_root / "home/an" / rel
    shutil.copytree(made / "epiphany" / ("clean" if state == "clean" else "browsed") / "profile", base)
    if state == "cleared":
        for side in ("", "-wal", "-shm"):
            (base / f"ephy-history.db{side}").unlink()
    verdict, found = blocks(system_root)
    if state == "clean":
        assert found == [] and verdict.passed
        return
    traces = [f for f in found if f.evidence.get("artifacts")]
    assert [set(f.evidence["hosts"]) for f in traces] == [SITES]
    assert set(traces[0].evidence["by_artifact"]) == {"cookies.sqlite", "session_state.xml"}
    history = [f for f in found if "visits" in f.evidence]
    if state == "browsed":
        [visits] = history
        assert set(visits.evidence["hosts"]) <= SITES and visits.evidence["first_visit"].startswith("20")
    else:
        assert history == []


def test_epiphany_history_and_cookies(system_root):
    """Older Epiphany releases stored visit times in seconds (schema written byte-exact)."""
    base = system_root / "home/an/.local/share/epiphany"
    base.mkdir(parents=True)
    con = sqlite3.connect(base / "ephy-history.db")
    con.executescript(EPHY_SCHEMA)
    con.execute("INSERT INTO hosts(id, url) VALUES (1, 'https://vnexpress.net')")
    con.execute("INSERT INTO urls(id, host, url, visit_count, last_visit_time) VALUES (1, 1, 'https://vnexpress.net/a', 1, 1717000000)")
    con.execute("INSERT INTO visits(url, visit_time, visit_type) VALUES (1, 1717000000, 1)")
    con.commit()
    con.close()
    _verdict, [finding] = blocks(system_root)
    assert finding.evidence["browser"] == "Epiphany (GNOME Web)" and finding.evidence["hosts"] == ["vnexpress.net"]
    assert finding.evidence["first_visit"] == "2024-05-29T16:26:40Z"


@pytest.mark.parametrize("state", ["browsed", "cleared", "clean"])
def test_real_falkon_profile(system_root, made, state):
    """Files written by Falkon 22.12 (Qt WebEngine) under Xvfb: browsedata.db, session.dat, Chromium-layout
    storage in the profile and the HTTP cache in ~/.cache/falkon. "cleared": browsedata.db deleted."""
    home = system_root / "home/an"
    shutil.copytree(made / "falkon" / ("clean" if state == "clean" else "browsed") / "home", home,
                    dirs_exist_ok=True)
    if state == "cleared":
        (home / ".config/falkon/profiles/default/browsedata.db").unlink()
    verdict, found = blocks(system_root)
    if state == "clean":
        assert found == [] and verdict.passed
        return
    [traces] = [f for f in found if f.evidence.get("artifacts")]
    assert traces.evidence["browser"] == "Falkon" and traces.evidence["hosts"] == ["tuoitre.vn"]
    assert {"Cache", "IndexedDB", "Local Storage", "session.dat"} <= set(traces.evidence["by_artifact"])
    history = [f for f in found if "visits" in f.evidence]
    assert [f.evidence["hosts"] for f in history] == ([["tuoitre.vn"]] if state == "browsed" else [])


def test_falkon_history(system_root):
    """A Falkon history written byte-exact (one row per URL), with a local page beside it."""
    profile = system_root / "home/an/.config/falkon/profiles/default"
    profile.mkdir(parents=True)
    con = sqlite3.connect(profile / "browsedata.db")
    con.execute("CREATE TABLE history (id INTEGER PRIMARY KEY, url TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', "
                "date INTEGER NOT NULL DEFAULT 0, count INTEGER NOT NULL DEFAULT 0)")
    con.execute("INSERT INTO history(url, title, date, count) VALUES ('https://tuoitre.vn/', 't', 1717000000000, 2)")
    con.execute("INSERT INTO history(url, title, date, count) VALUES ('file:///home/an/a.html', 'a', 1717000000000, 1)")
    con.commit()
    con.close()
    _verdict, found = blocks(system_root)
    assert [f.evidence["hosts"] for f in found] == [["tuoitre.vn"]]


def qstring(text: str) -> bytes:
    data = text.encode("utf-16-be")
    return struct.pack(">I", len(data)) + data


def test_konqueror_history_utf16_and_kcookiejar(system_root):
    share = system_root / "home/an/.local/share"
    (share / "konqueror").mkdir(parents=True)
    # konq_history: version, count, then per entry QUrl (as QString), typed URL, title, counts, dates
    (share / "konqueror/konq_history").write_bytes(struct.pack(">I", 4) + struct.pack(">I", 1)
                                                   + qstring("https://thanhnien.vn/thoi-su") + qstring("thanhnien.vn")
                                                   + qstring("Thời sự") + struct.pack(">I", 1))
    _verdict, [finding] = blocks(system_root)
    assert finding.evidence["browser"] == "Konqueror" and finding.evidence["hosts"] == ["thanhnien.vn"]


def test_konqueror_clean_twin_local_pages_only(system_root):
    (system_root / "home/an/.local/share/konqueror").mkdir(parents=True)
    (system_root / "home/an/.local/share/konqueror/konq_history").write_bytes(
        struct.pack(">II", 4, 1) + qstring("file:///home/an/tai-lieu.html") + qstring("http://192.168.1.2/"))
    verdict, found = blocks(system_root)
    assert found == [] and verdict.passed


# --- fail closed ------------------------------------------------------------------------------------

def failed(root: Path):
    verdict = run_check(root, Policy(), only=PROBES)
    return verdict, [f for f in verdict.findings if f.rule == "probe.failed"]


def test_corrupt_cookies_and_preferences_fail_closed(system_root):
    profile = system_root / "home/an/.config/chromium/Default"
    profile.mkdir(parents=True)
    (profile / "Cookies").write_bytes(b"SQLite format 3\x00" + os.urandom(2048))
    (profile / "Preferences").write_text('{"profile": {', encoding="utf-8")
    verdict, found = failed(system_root)
    assert not verdict.passed
    assert {Path(f.source).name for f in found} == {"Cookies", "Preferences"}
    assert all(f.severity == "block" for f in found)


def test_corrupt_session_store_fails_closed(system_root, made):
    profile = system_root / "home/an/.mozilla/firefox/p.default"
    profile.mkdir(parents=True)
    (profile / "sessionstore.jsonlz4").write_bytes(b"mozLz40\x00" + struct.pack("<I", 100) + b"\xff" * 20)
    _verdict, [finding] = failed(system_root)
    assert finding.source.endswith("sessionstore.jsonlz4")


def test_fifo_in_a_profile_fails_closed_without_hanging(system_root):
    profile = system_root / "home/an/.config/chromium/Default"
    profile.mkdir(parents=True)
    os.mkfifo(profile / "Preferences")
    os.mkfifo(profile / "Cookies")
    _verdict, found = failed(system_root)
    assert {Path(f.source).name for f in found} == {"Preferences", "Cookies"}


def test_oversized_session_file_fails_closed(system_root, made, monkeypatch):
    monkeypatch.setattr(browser_traces, "MAX_SCAN", 100)
    profile = system_root / "home/an/.config/chromium/Default"
    shutil.copytree(made / "chromium/clean/Default/Sessions", profile / "Sessions")
    _verdict, found = failed(system_root)
    assert found and all("Sessions" in f.source for f in found)


def test_absolute_link_in_a_profile_stays_inside_the_root(system_root, made, tmp_path):
    """``Cookies -> /data/c`` on the inspected disk is ``<root>/data/c``, not the inspector's file."""
    outside = tmp_path / "inspector-own-cookies"
    shutil.copyfile(made / "chromium/cleared/Default/Cookies", outside)
    profile = system_root / "home/an/.config/chromium/Default"
    profile.mkdir(parents=True)
    (profile / "Cookies").symlink_to(outside)  # absolute path that exists only on the inspector's side
    verdict, found = blocks(system_root)
    assert found == []  # the link points nowhere inside the disk: nothing read from the inspector
    (system_root / str(outside).lstrip("/")).parent.mkdir(parents=True)
    shutil.copyfile(outside, system_root / str(outside).lstrip("/"))
    _verdict, [finding] = blocks(system_root)
    assert set(finding.evidence["hosts"]) == SITES


def test_opera_profile_is_the_data_folder_itself(system_root, made):
    """Opera on Linux keeps its profile directly in ~/.config/opera (no Default/ folder)."""
    shutil.copytree(made / "chromium/cleared/Default", system_root / "home/an/.config/opera")
    _, [finding] = blocks(system_root)
    assert finding.evidence["browser"] == "Opera" and finding.evidence["profile"] == "(gốc)"
    assert set(finding.evidence["hosts"]) == SITES


@pytest.mark.parametrize("artifact,sql,expected", [
    ("Login Data", ("INSERT INTO logins(origin_url, action_url, username_element, username_value, password_element, "
     "password_value, submit_element, signon_realm, date_created, blacklisted_by_user, scheme) VALUES "
     "('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', '', 'u', 'vanthu', 'p', x'00', '', "
     "'https://dichvucong.gov.vn/', 0, 0, 0)"), "dichvucong.gov.vn"),
    ("Top Sites", "INSERT INTO top_sites(url, url_rank, title) VALUES ('https://zalo.me/', 1, 'Zalo')", "zalo.me"),
])
def test_rows_added_to_the_real_schemas_are_read(system_root, made, artifact, sql, expected):
    """Chromium made these databases empty (headless cannot save a password); a row in its own schema
    names the site. The clean twin (the same file without the row) passes: see the traces tests."""
    profile = system_root / "home/an/.config/chromium/Default"
    profile.mkdir(parents=True)
    shutil.copyfile(made / "chromium/clean/Default" / artifact, profile / artifact)
    con = sqlite3.connect(profile / artifact)
    con.execute(sql)
    con.commit()
    con.close()
    _, [finding] = blocks(system_root)
    assert finding.evidence["by_artifact"] == {artifact: [expected]}


@pytest.mark.parametrize("browser,rel", [("Konqueror", ".local/share/konqueror/QtWebEngine/Default"),
                                         ("Falkon", ".local/share/falkon/QtWebEngine/Default"),
                                         ("Falkon", ".config/falkon/profiles/default")])
@pytest.mark.parametrize("state", ["cleared", "clean"])
def test_qt_webengine_storage_has_chromium_layout(system_root, made, browser, rel, state):
    shutil.copytree(made / "chromium" / state / "Default", system_root / "home/an" / rel)
    _, found = blocks(system_root)
    if state == "clean":
        assert found == []
        return
    [finding] = found
    assert finding.evidence["browser"] == browser and set(finding.evidence["hosts"]) == SITES


def test_epiphany_cookie_jar(system_root, made):
    """libsoup's cookie jar has Firefox's ``moz_cookies`` table: the Firefox-made file stands in."""
    base = system_root / "home/an/.var/app/org.gnome.Epiphany/data/epiphany"
    base.mkdir(parents=True)
    for name in ("cookies.sqlite", "cookies.sqlite-wal"):
        shutil.copyfile(made / "firefox/cleared/profile" / name, base / name)
    _, [finding] = blocks(system_root)
    assert finding.evidence["browser"] == "Epiphany (GNOME Web)"
    assert finding.evidence["by_artifact"] == {"cookies.sqlite": sorted(SITES)}


def test_link_loop_in_a_profile_fails_closed_and_the_rest_is_still_read(system_root, made):
    profile = system_root / "home/an/.config/chromium/Default"
    shutil.copytree(made / "chromium/cleared/Default", profile)
    (profile / "Cookies").unlink()
    (profile / "Cookies").symlink_to("Cookies")  # a loop
    verdict = run_check(system_root, Policy(), only=PROBES)
    failed = [f for f in verdict.findings if f.rule == "probe.failed"]
    assert [Path(f.source).name for f in failed] == ["Cookies"]
    [traces] = [f for f in verdict.findings if f.evidence.get("artifacts")]
    assert "Cookies" not in traces.evidence["by_artifact"] and set(traces.evidence["hosts"]) == SITES


def test_registered_lan_hosts_are_not_internet_traces(system_root, made):
    """With the three sites registered as hosts of the mạng LAN độc lập, the same traces are info."""
    shutil.copytree(made / "chromium/cleared/Default", system_root / "home/an/.config/chromium/Default")
    policy = Policy(allowed_lan_hosts=tuple(sorted(SITES)))
    verdict = run_check(system_root, policy, only=PROBES)
    assert verdict.passed
    [info] = [f for f in verdict.findings if f.rule == "internet.browser_history"]
    assert info.severity == "info" and "tuoitre.vn" in info.summary
    partly = run_check(system_root, Policy(allowed_lan_hosts=("vnexpress.net",)), only=PROBES)
    [finding] = [f for f in partly.findings if f.severity == "block"]
    assert sorted(finding.evidence["hosts"]) == ["thanhnien.vn", "tuoitre.vn"]
    assert "vnexpress.net" not in finding.summary


def test_mail_server_registered_on_the_lan_is_info(system_root, made):
    shutil.copytree(made / "thunderbird/account/profile", system_root / "home/an/.thunderbird/a.default-release")
    policy = Policy(allowed_lan_hosts=("imap.gmail.com",))  # only to test the allowance: one exact name
    verdict = run_check(system_root, policy, only=PROBES)
    by_host = {f.evidence["hostname"]: f.severity for f in verdict.findings if f.rule == "internet.mail_account"}
    assert by_host == {"imap.gmail.com": "info", "smtp.gmail.com": "block"}
