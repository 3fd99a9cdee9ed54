"""User home folders under the root: ``/home/*``, domain users' ``/home/<domain>/<user>`` (sssd's
``/home/%d/%u``, winbind's ``/home/%D/%U``), ``/root``, homes named in ``/etc/passwd``, and Windows
``/Users/*`` (an inspector may mount a Windows disk)."""
from __future__ import annotations

from pathlib import Path

from app.hwcheck.probes.common import ProbeContext, list_dir

_SKIP_WINDOWS = {"All Users", "Default", "Default User", "Public", "desktop.ini"}
# A folder holding any of these is somebody's home, not a folder of domain users' homes.
_HOME_MARKERS = (".profile", ".bashrc", ".bash_history", ".config", ".cache", ".local", ".mozilla", ".ssh",
                 ".thunderbird", ".var", "snap", ".xsession-errors", ".zshrc")


def _looks_like_home(path: Path) -> bool:
    return any((path / name).exists() or (path / name).is_symlink() for name in _HOME_MARKERS)


def user_homes(ctx: ProbeContext) -> list[tuple[str, Path]]:
    """``(user name, real path)`` for each home folder that exists, without duplicates."""
    return [(user, real) for user, _inside, real in user_homes_inside(ctx)]


def user_homes_inside(ctx: ProbeContext) -> list[tuple[str, str, Path]]:
    """``(user name, path on the inspected system, real path)`` for each home folder (found once per
    check: every browser probe asks)."""
    if "user_homes" not in ctx.extra:
        ctx.extra["user_homes"] = _find_homes(ctx)
    return list(ctx.extra["user_homes"])


def _find_homes(ctx: ProbeContext) -> list[tuple[str, str, Path]]:
    found: dict[Path, tuple[str, str]] = {}

    def add(user: str, inside: str) -> None:
        try:
            real = ctx.path(inside)
        except OSError:
            return
        if real.is_dir() and real not in found:
            found[real] = (user, inside)

    for child in list_dir(ctx.path("/home")):
        add(child.name, f"/home/{child.name}")
        try:
            real_child = ctx.path(f"/home/{child.name}")  # links resolved inside the root
        except OSError:
            continue
        if real_child.is_dir() and not _looks_like_home(real_child):  # /home/<domain>/<user>
            for grand in list_dir(real_child):
                inside = f"/home/{child.name}/{grand.name}"
                try:
                    real_grand = ctx.path(inside)
                except OSError:
                    continue
                if real_grand.is_dir() and _looks_like_home(real_grand):
                    add(f"{grand.name}@{child.name}", inside)
    add("root", "/root")
    try:
        passwd_path = ctx.path("/etc/passwd")  # a FIFO or device here must not hang the check
        passwd = passwd_path.read_text(encoding="utf-8", errors="replace") if passwd_path.is_file() else ""
    except OSError:
        passwd = ""
    for line in passwd.splitlines():
        fields = line.split(":")
        if len(fields) >= 7 and fields[5].startswith("/") and fields[5] not in ("/", "/nonexistent"):
            if fields[6].endswith(("nologin", "false")) and not fields[5].startswith("/home/"):
                continue  # system accounts: /var/lib/..., /usr/sbin, ...
            add(fields[0], fields[5])
    for child in list_dir(ctx.path("/Users")):
        if child.name not in _SKIP_WINDOWS and child.is_dir():
            add(child.name, f"/Users/{child.name}")
    return [(user, inside, path) for path, (user, inside) in found.items()]
