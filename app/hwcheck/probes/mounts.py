"""Partitions the inspected system mounts that are not there under ``--root``.

``/etc/fstab`` names the partitions of ``/home`` and ``/var`` (and anything below them); when an
inspector mounts only the root partition, those folders are empty and every history kept there —
browsers, logs, leases — would look absent. ``/etc/crypttab`` says which of them are encrypted
(LUKS): still locked, they cannot be read. Home folders encrypted per user (eCryptfs
``/home/.ecryptfs/<user>``, systemd-homed ``/home/<user>.home``) are looked for too. Each is a
blocking observation: evidence that was not read is not evidence of a clean machine.
"""
from __future__ import annotations

from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, list_dir, read_text

NAME = "mounts"
FSTAB = "/etc/fstab"
CRYPTTAB = "/etc/crypttab"
WATCHED = ("/home", "/var")
NOT_ON_DISK = {"tmpfs", "ramfs", "swap", "none", "proc", "sysfs", "devpts", "devtmpfs", "cgroup", "cgroup2",
               "efivarfs", "securityfs", "debugfs", "tracefs", "nfs", "nfs4", "cifs", "smb3", "sshfs",
               "fuse.sshfs", "autofs", "overlay", "squashfs", "iso9660", "udf", "vfat"}
# eCryptfs leaves these in a locked home (ecryptfs-setup-private).
ECRYPTFS_LOCKED_NAMES = {".ecryptfs", ".Private", "Access-Your-Private-Data.desktop", "README.txt"}


def _unescape(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def parse_table(text: str, columns: int) -> list[list[str]]:
    rows = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [_unescape(f) for f in line.split()]
        if len(fields) >= columns:
            rows.append(fields)
    return rows


def _state(path: Path) -> str | None:
    """Why ``path`` holds nothing (Vietnamese), or None when it has content."""
    if path.is_symlink() and not path.exists():
        return "là liên kết trỏ tới chỗ không có"
    if not path.exists():
        return "không tồn tại"
    if not path.is_dir():
        return "không phải thư mục"
    if not [c for c in list_dir(path) if c.name != "lost+found"]:
        return "trống"
    return None


def _watched(mountpoint: str) -> bool:
    return any(mountpoint == w or mountpoint.startswith(w + "/") for w in WATCHED)


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    crypt: dict[str, dict] = {}
    crypttab = ctx.path(CRYPTTAB)
    if crypttab.exists() or crypttab.is_symlink():
        try:
            for row in parse_table(read_text(crypttab), 2):
                crypt[row[0]] = {"name": row[0], "crypt_device": row[1], "crypttab": str(crypttab)}
        except Exception as exc:  # noqa: BLE001 - unreadable crypttab: fail closed
            out.append(failure(NAME, str(crypttab), exc))
    fstab = ctx.path(FSTAB)
    if fstab.exists() or fstab.is_symlink():
        try:
            rows = parse_table(read_text(fstab), 3)
        except Exception as exc:  # noqa: BLE001
            out.append(failure(NAME, str(fstab), exc))
            rows = []
        for device, mountpoint, fstype, *rest in rows:
            mountpoint = mountpoint.rstrip("/") or "/"
            if not _watched(mountpoint) or fstype.lower() in NOT_ON_DISK or "bind" in (rest[0] if rest else ""):
                continue
            path = ctx.path(mountpoint)
            state = _state(path)
            if state is None:
                continue
            data = {"fstab": str(fstab), "mountpoint": mountpoint, "device": device, "fstype": fstype,
                    "options": rest[0] if rest else "", "path": str(path), "state": state}
            mapper = device.removeprefix("/dev/mapper/")
            entry = crypt.get(mapper) if device.startswith("/dev/mapper/") else None
            if entry is None and device.startswith("/dev/mapper/"):
                # LVM inside LUKS: vg-home on a crypttab volume; name the crypttab entries
                entry = next(iter(crypt.values()), None) if crypt else None
            if entry is not None:
                out.append(Observation("crypt_home_locked", str(fstab), {**data, **entry}))
            else:
                out.append(Observation("fstab_not_mounted", str(fstab), data))
    out += _locked_user_homes(ctx)
    return out


def _locked_user_homes(ctx: ProbeContext) -> list[Observation]:
    out = []
    home = ctx.path("/home")
    ecryptfs = home / ".ecryptfs"
    for user_dir in list_dir(ecryptfs):
        private = user_dir / ".Private"
        if not private.is_dir() or not list_dir(private):
            continue  # set up but never used
        own = home / user_dir.name
        names = {c.name for c in list_dir(own)}
        if names <= ECRYPTFS_LOCKED_NAMES:
            out.append(Observation("home_encrypted_locked", str(private), {
                "user": user_dir.name, "method": "eCryptfs", "path": str(own)}))
    for entry in list_dir(home):
        if entry.name.endswith(".home") and entry.name != ".home":
            user = entry.name[:-5]
            if not [c for c in list_dir(home / user)]:
                out.append(Observation("home_encrypted_locked", str(entry), {
                    "user": user, "method": "systemd-homed (LUKS)", "path": str(entry)}))
    return out
