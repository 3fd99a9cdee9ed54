"""Where browsers and mail clients keep their profiles on Linux (native, Snap, Flatpak) and on a
mounted Windows disk, relative to a user's home. One table per engine family; the probes walk them.

Sources: the browsers' own packaging (``~/.config/<name>`` for Chromium builds, ``~/.<name>`` for
Firefox forks), Flatpak (``~/.var/app/<app id>/``) and Snap (``~/snap/<name>/common/``) conventions.
Cốc Cốc is found in three places in the wild: ``~/.config/coccoc-browser`` (the official .deb),
``~/.config/coccoc`` and ``~/.config/coccoc/Browser``.
"""
from __future__ import annotations

# (browser, user-data folder). Each holds profiles "Default", "Profile N" (or is itself a profile).
CHROMIUM_DIRS: tuple[tuple[str, str], ...] = (
    ("Chromium", ".config/chromium"),
    ("Chromium", "snap/chromium/common/chromium"),
    ("Chromium", ".var/app/org.chromium.Chromium/config/chromium"),
    ("Ungoogled Chromium", ".var/app/io.github.ungoogled_software.ungoogled_chromium/config/chromium"),
    ("Google Chrome", ".config/google-chrome"),
    ("Google Chrome Beta", ".config/google-chrome-beta"),
    ("Google Chrome Dev", ".config/google-chrome-unstable"),
    ("Google Chrome", ".var/app/com.google.Chrome/config/google-chrome"),
    ("Microsoft Edge", ".config/microsoft-edge"),
    ("Microsoft Edge Beta", ".config/microsoft-edge-beta"),
    ("Microsoft Edge Dev", ".config/microsoft-edge-dev"),
    ("Microsoft Edge", ".var/app/com.microsoft.Edge/config/microsoft-edge"),
    ("Brave", ".config/BraveSoftware/Brave-Browser"),
    ("Brave", "snap/brave/current/.config/BraveSoftware/Brave-Browser"),
    ("Brave", "snap/brave/common/.config/BraveSoftware/Brave-Browser"),
    ("Brave", ".var/app/com.brave.Browser/config/BraveSoftware/Brave-Browser"),
    ("Opera", ".config/opera"),
    ("Opera Beta", ".config/opera-beta"),
    ("Opera", "snap/opera/current/.config/opera"),
    ("Opera", ".var/app/com.opera.Opera/config/opera"),
    ("Vivaldi", ".config/vivaldi"),
    ("Vivaldi", ".config/vivaldi-snapshot"),
    ("Vivaldi", "snap/vivaldi/current/.config/vivaldi"),
    ("Vivaldi", ".var/app/com.vivaldi.Vivaldi/config/vivaldi"),
    ("Yandex", ".config/yandex-browser"),
    ("Yandex", ".config/yandex-browser-beta"),
    ("Yandex", ".var/app/ru.yandex.Browser/config/yandex-browser"),
    ("Cốc Cốc", ".config/coccoc-browser"),
    ("Cốc Cốc", ".config/coccoc-browser-beta"),
    ("Cốc Cốc", ".config/coccoc"),
    ("Cốc Cốc", ".config/coccoc/Browser"),
    ("Cốc Cốc", ".config/CocCoc/Browser"),
    ("Chromium", "AppData/Local/Chromium/User Data"),
    ("Google Chrome", "AppData/Local/Google/Chrome/User Data"),
    ("Microsoft Edge", "AppData/Local/Microsoft/Edge/User Data"),
    ("Brave", "AppData/Local/BraveSoftware/Brave-Browser/User Data"),
    ("Opera", "AppData/Roaming/Opera Software/Opera Stable"),
    ("Vivaldi", "AppData/Local/Vivaldi/User Data"),
    ("Yandex", "AppData/Local/Yandex/YandexBrowser/User Data"),
    ("Cốc Cốc", "AppData/Local/CocCoc/Browser/User Data"),
)

# (browser, profiles folder holding profiles.ini, cache folder). On Linux Firefox keeps its HTTP
# cache outside the profile: <cache folder>/<profile folder name>/cache2.
FIREFOX_DIRS: tuple[tuple[str, str, str], ...] = (
    ("Firefox", ".mozilla/firefox", ".cache/mozilla/firefox"),
    ("Firefox", ".mozilla/firefox-esr", ".cache/mozilla/firefox-esr"),
    ("Firefox (Snap)", "snap/firefox/common/.mozilla/firefox", "snap/firefox/common/.cache/mozilla/firefox"),
    ("Firefox (Flatpak)", ".var/app/org.mozilla.firefox/.mozilla/firefox",
     ".var/app/org.mozilla.firefox/cache/mozilla/firefox"),
    ("Firefox (Flatpak)", ".var/app/org.mozilla.firefox/config/mozilla/firefox",
     ".var/app/org.mozilla.firefox/cache/mozilla/firefox"),
    ("Firefox ESR (Flatpak)", ".var/app/org.mozilla.firefox_esr/.mozilla/firefox",
     ".var/app/org.mozilla.firefox_esr/cache/mozilla/firefox"),
    ("LibreWolf", ".librewolf", ".cache/librewolf"),
    ("LibreWolf (Flatpak)", ".var/app/io.gitlab.librewolf-community/.librewolf",
     ".var/app/io.gitlab.librewolf-community/cache/librewolf"),
    ("LibreWolf (Snap)", "snap/librewolf/common/.librewolf", "snap/librewolf/common/.cache/librewolf"),
    ("Waterfox", ".waterfox", ".cache/waterfox"),
    ("Waterfox (Flatpak)", ".var/app/net.waterfox.waterfox/.waterfox", ".var/app/net.waterfox.waterfox/cache/waterfox"),
    ("Waterfox (Snap)", "snap/waterfox/common/.waterfox", "snap/waterfox/common/.cache/waterfox"),
    ("Floorp", ".floorp", ".cache/floorp"),
    ("Floorp (Flatpak)", ".var/app/one.ablaze.floorp/.floorp", ".var/app/one.ablaze.floorp/cache/floorp"),
    ("Floorp (Snap)", "snap/floorp/common/.floorp", "snap/floorp/common/.cache/floorp"),
    ("Pale Moon", ".moonchild productions/pale moon", ".cache/moonchild productions/pale moon"),
    ("Pale Moon (Flatpak)", ".var/app/org.palemoon.PaleMoon/.moonchild productions/pale moon",
     ".var/app/org.palemoon.PaleMoon/cache/moonchild productions/pale moon"),
    ("Pale Moon (Snap)", "snap/palemoon/common/.moonchild productions/pale moon",
     "snap/palemoon/common/.cache/moonchild productions/pale moon"),
    ("SeaMonkey", ".mozilla/seamonkey", ".cache/mozilla/seamonkey"),
    ("SeaMonkey (Flatpak)", ".var/app/org.mozilla.SeaMonkey/.mozilla/seamonkey",
     ".var/app/org.mozilla.SeaMonkey/cache/mozilla/seamonkey"),
    ("Firefox", "AppData/Roaming/Mozilla/Firefox", "AppData/Local/Mozilla/Firefox"),
    ("LibreWolf", "AppData/Roaming/librewolf", "AppData/Local/librewolf"),
    ("Waterfox", "AppData/Roaming/Waterfox", "AppData/Local/Waterfox"),
    ("Floorp", "AppData/Roaming/Floorp", "AppData/Local/Floorp"),
    ("Pale Moon", "AppData/Roaming/Moonchild Productions/Pale Moon", "AppData/Local/Moonchild Productions/Pale Moon"),
    ("SeaMonkey", "AppData/Roaming/Mozilla/SeaMonkey", "AppData/Local/Mozilla/SeaMonkey"),
)

# Thunderbird (and Debian's old rebrand Icedove): same profile layout as Firefox.
THUNDERBIRD_DIRS: tuple[tuple[str, str, str], ...] = (
    ("Thunderbird", ".thunderbird", ".cache/thunderbird"),
    ("Thunderbird (Snap)", "snap/thunderbird/common/.thunderbird", "snap/thunderbird/common/.cache/thunderbird"),
    ("Thunderbird (Flatpak)", ".var/app/org.mozilla.Thunderbird/.thunderbird",
     ".var/app/org.mozilla.Thunderbird/cache/thunderbird"),
    ("Icedove", ".icedove", ".cache/icedove"),
    ("Thunderbird", "AppData/Roaming/Thunderbird", "AppData/Local/Thunderbird"),
)


def chromium_cache_dir(rel: str) -> str | None:
    """Linux Chromium builds keep the HTTP cache under the XDG cache folder, not in the profile:
    ``.config/X`` → ``.cache/X``; Flatpak ``.var/app/ID/config/X`` → ``.var/app/ID/cache/X``;
    Snap ``snap/N/(common|current)/...`` → ``snap/N/common/.cache/...``. Windows keeps it in the profile (None)."""
    if rel.startswith(".config/"):
        return ".cache/" + rel[len(".config/"):]
    if rel.startswith(".var/app/"):
        head, sep, tail = rel.partition("/config/")
        return f"{head}/cache/{tail}" if sep else None
    if rel.startswith("snap/"):  # snapd sets XDG_CACHE_HOME=$SNAP_USER_COMMON/.cache
        parts = rel.split("/")
        rest = "/".join(parts[3:]).removeprefix(".config/")
        return f"snap/{parts[1]}/common/.cache/{rest}"
    return None
