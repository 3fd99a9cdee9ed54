"""What kind of filesystem an *open* directory is on (network, removable, local).

The answer comes from the descriptor's own device number (``fstat(fd).st_dev``) looked up in
``/proc/self/mountinfo`` and ``/sys/dev/block``, never from a path: a path can be re-pointed between
the check and the write, the descriptor cannot.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

# Filesystems whose data leaves the machine (or may: FUSE can be anything, e.g. sshfs, gvfs, rclone).
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre", "gfs2",
    "ocfs2", "davfs", "coda", "orangefs", "beegfs", "gpfs", "sshfs", "fuse", "virtiofs",
})
# FUSE drivers of local block devices (NTFS / exFAT on a stick): judged by the block device.
LOCAL_FUSE = frozenset({"fuseblk"})


@dataclass(frozen=True)
class Mount:
    major: int
    minor: int
    mountpoint: str
    fstype: str
    source: str

    @property
    def network(self) -> bool:
        return is_network(self.fstype)


def is_network(fstype: str) -> bool:
    if fstype in LOCAL_FUSE:
        return False
    return fstype in NETWORK_FS or fstype.startswith("fuse") or fstype == "unknown-network"


def _unescape(field: str) -> str:
    """mountinfo escapes space, tab, newline and backslash as ``\\ooo``."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if not sep or len(fields) < 5 or len(tail) < 2:
            continue
        try:
            major, minor = (int(x) for x in fields[2].split(":"))
        except ValueError:
            continue
        mounts.append(Mount(major, minor, _unescape(fields[4]), tail[0], _unescape(tail[1])))
    return mounts


def read_mountinfo() -> str:
    with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
        return fh.read()


def mount_of_fd(fd: int, mountinfo: str | None = None) -> Mount | None:
    """The mount holding the open file ``fd`` (the last mounted one with its device number)."""
    dev = os.fstat(fd).st_dev
    major, minor = os.major(dev), os.minor(dev)
    try:
        table = mountinfo if mountinfo is not None else read_mountinfo()
    except OSError:   # no /proc: we cannot tell a share from a disk, so it counts as a share
        return Mount(major, minor, "?", "unknown-network", "?")
    found = [m for m in parse_mountinfo(table) if (m.major, m.minor) == (major, minor)]
    return found[-1] if found else None


def block_is_removable(major: int, minor: int, sys_root: str = "/sys") -> bool:
    """True for a block device on USB, an SD/MMC card, or one the kernel marks removable."""
    link = os.path.join(sys_root, "dev", "block", f"{major}:{minor}")
    if not os.path.exists(link):
        return False   # not a block device (tmpfs, overlay…): judged by its filesystem type
    real = os.path.realpath(link)
    if "/usb" in real or "/mmc_host/" in real or "/memstick" in real or "/firewire" in real:
        return True
    disk = os.path.dirname(real) if os.path.exists(os.path.join(real, "partition")) else real
    try:
        with open(os.path.join(disk, "removable"), encoding="ascii") as fh:
            return fh.read().strip() == "1"
    except OSError:
        return False


def fd_is_mount_root(fd: int) -> bool:
    """Whether the open directory is the root of its filesystem (a mount point)."""
    here = os.fstat(fd)
    parent = os.stat("..", dir_fd=fd)
    return here.st_dev != parent.st_dev or here.st_ino == parent.st_ino
