"""A journal or log that cannot be read is not an empty one (issue 9 §6): journals written by the real
systemd-journal-remote and read back by the real journalctl; a flipped incompatible header flag, a
truncated file, a file too large to read whole, fstab/crypttab partitions not mounted under --root —
each blocks with probe.failed; each has a clean twin made the same way."""
import datetime as dt
import os
import shutil
import struct
import subprocess
from pathlib import Path


from app.hwcheck import Policy, run_check
from app.hwcheck.probes import common, journal
from tests.tooling import require_tool

UTC = dt.timezone.utc
FIX = Path(__file__).resolve().parents[2] / "fixtures/hwcheck/usb"
MID = "5b2f6d0e9c8a4e1f8d7c6b5a49382716"


def check(root, only=("kernel_logs",)):
    return run_check(root, Policy(), only=list(only))


def blocks(verdict, rule="probe.failed"):
    return [f for f in verdict.findings if f.rule == rule and f.severity == "block"]


def journal_remote() -> str:
    for path in ("/lib/systemd/systemd-journal-remote", "/usr/lib/systemd/systemd-journal-remote"):
        if os.access(path, os.X_OK):
            return path
    return require_tool("systemd-journal-remote")


def make_journal(root: Path, export: str, name="system.journal") -> Path:
    """A journal file written by systemd-journal-remote from journal export format."""
    require_tool("journalctl", "systemd")
    folder = root / "var/log/journal" / MID
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / name
    with open(FIX / export, "rb") as fh:
        subprocess.run([journal_remote(), f"--output={out}", "-"], stdin=fh, check=True, capture_output=True,
                       timeout=60)
    return out


def flip_incompatible_flag(path: Path, bit=0x80000000) -> int:
    data = bytearray(path.read_bytes())
    flags = struct.unpack_from("<I", data, 12)[0]
    struct.pack_into("<I", data, 12, flags | bit)
    path.write_bytes(bytes(data))
    return flags


def test_real_journal_is_read_with_times_and_mtp_probe_lines(system_root):
    make_journal(system_root, "journal_usb.export")
    verdict = check(system_root)
    usb = {f.evidence.get("serial"): f for f in verdict.findings if f.rule == "usb.unapproved_history"}
    assert usb["4C530001230523117582"].evidence["first_seen"] == "2025-06-03T09:30:01Z"
    assert "mtp-probe" in usb["28031FDH2004ZK"].evidence["traces"]  # the Pixel, from a non-kernel line
    assert blocks(verdict) == []


def test_clean_real_journal_passes(system_root):
    make_journal(system_root, "journal_clean.export")
    verdict = check(system_root)
    assert verdict.passed and [f for f in verdict.findings if f.severity != "info"] == []


def test_unknown_incompatible_flag_fails_closed(system_root):
    """journalctl -D would skip this file and say "No entries"; the check must block instead."""
    path = make_journal(system_root, "journal_usb.export")
    flip_incompatible_flag(path)
    proc = subprocess.run(["journalctl", "-D", str(path.parent.parent), "-q"], capture_output=True, timeout=60)
    assert proc.returncode == 0 and b"USB" not in proc.stdout  # the silent skip this guards against
    verdict = check(system_root)
    [f] = blocks(verdict)
    assert f.source == str(path) and "0x80000000" in f.summary and not verdict.passed


def test_flagged_file_beside_a_good_one_keeps_the_good_ones_evidence(system_root):
    make_journal(system_root, "journal_usb.export", "system@0001.journal")
    bad = make_journal(system_root, "journal_clean.export", "user-1000.journal")
    flip_incompatible_flag(bad, 0x40)
    verdict = check(system_root)
    assert [f.source for f in blocks(verdict)] == [str(bad)]
    assert any(f.evidence.get("serial") == "4C530001230523117582" for f in verdict.findings)


def test_truncated_journal_refused_by_journalctl_fails_closed(system_root):
    path = make_journal(system_root, "journal_usb.export")
    data = path.read_bytes()
    path.write_bytes(data[:100_000])  # header intact, objects cut off
    verdict = check(system_root)
    [f] = blocks(verdict)
    assert f.source == str(path) and "journalctl" in f.summary


def test_not_a_journal_fails_closed(system_root):
    folder = system_root / "var/log/journal" / MID
    folder.mkdir(parents=True)
    (folder / "system.journal").write_bytes(b"\0" * 4096)
    [f] = blocks(check(system_root))
    assert "chữ ký" in f.summary


def test_journal_without_journalctl_is_scanned(system_root, monkeypatch, tmp_path):
    make_journal(system_root, "journal_usb.export")
    empty = tmp_path / "nopath"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    verdict = check(system_root)
    assert any(f.evidence.get("serial") == "4C530001230523117582" for f in verdict.findings)


def test_log_larger_than_the_bound_fails_closed_not_empty(system_root, monkeypatch):
    """Bound memory, never coverage: past the limit the file was not read whole, so it blocks."""
    log = system_root / "var/log/kern.log"
    log.write_text("Jun  3 09:12:40 may-soan-thao kernel: [    1.9] clean line\n" * 2000)
    assert check(system_root).passed
    monkeypatch.setattr(common.iter_chunks, "__defaults__", (common.CHUNK, 50_000))
    [f] = blocks(check(system_root))
    assert f.source == str(log) and "quá lớn" in f.summary


def test_gzip_bomb_is_bounded(system_root, monkeypatch):
    import gzip

    (system_root / "var/log/kern.log.1.gz").write_bytes(gzip.compress(b"\n" * 3_000_000))
    monkeypatch.setattr(common.iter_chunks, "__defaults__", (1 << 20, 2_000_000))
    [f] = blocks(check(system_root))
    assert "quá lớn" in f.summary


def test_journal_output_too_large_fails_closed(system_root, monkeypatch):
    make_journal(system_root, "journal_usb.export")
    monkeypatch.setattr(journal.stream, "__defaults__", (journal.MATCHES, 100))
    [f] = blocks(check(system_root))
    assert "quá lớn" in f.summary


# -- fstab / crypttab --------------------------------------------------------------------------------

FSTAB = """# /etc/fstab: static file system information.
# <file system> <mount point>   <type>  <options>       <dump>  <pass>
UUID=0b6a3c2e-7d41-4f7e-9a3b-51c2d8e4f6a7 /               ext4    errors=remount-ro 0       1
UUID=3F2A-1B4C  /boot/efi       vfat    umask=0077      0       1
UUID=9e8d7c6b-5a49-4382-a716-5b2f6d0e9c8a /home           ext4    defaults        0       2
/swapfile                                 none            swap    sw              0       0
tmpfs /tmp tmpfs defaults,nosuid 0 0
"""


def test_home_partition_not_mounted_blocks(system_root):
    (system_root / "etc/fstab").write_text(FSTAB)
    verdict = check(system_root, only=("mounts",))
    [f] = blocks(verdict)
    assert f.evidence["mountpoint"] == "/home" and "UUID=9e8d7c6b" in f.summary and "trống" in f.summary


def test_home_partition_mounted_is_clean(system_root):
    (system_root / "etc/fstab").write_text(FSTAB)
    (system_root / "home/an").mkdir()
    assert check(system_root, only=("mounts",)).findings == ()


def test_var_on_lvm_in_luks_not_unlocked_blocks(system_root):
    (system_root / "etc/fstab").write_text("/dev/mapper/vg0-root / ext4 defaults 0 1\n"
                                           "/dev/mapper/vg0-var /var ext4 defaults 0 2\n"
                                           "/dev/mapper/home_crypt /home ext4 defaults 0 2\n")
    (system_root / "etc/crypttab").write_text(
        "# <target name> <source device> <key file> <options>\n"
        "home_crypt UUID=5d1f0a9e-2b3c-4d5e-8f70-a1b2c3d4e5f6 none luks,discard\n")
    shutil.rmtree(system_root / "var")
    verdict = check(system_root, only=("mounts",))
    found = {f.evidence["mountpoint"]: f for f in blocks(verdict)}
    assert set(found) == {"/var", "/home"}
    assert "home_crypt" in found["/home"].summary and "mở khóa" in found["/home"].summary
    assert found["/var"].evidence["state"] == "không tồn tại"


def test_ecryptfs_home_locked_blocks_and_unlocked_passes(system_root):
    private = system_root / "home/.ecryptfs/an/.Private"
    private.mkdir(parents=True)
    (private / "ECRYPTFS_FNEK_ENCRYPTED.FWaL4Ej1ZY6m4EY-dQv1").write_bytes(os.urandom(8192))
    home = system_root / "home/an"
    home.mkdir()
    (home / ".ecryptfs").symlink_to("/home/.ecryptfs/an/.ecryptfs")
    (home / ".Private").symlink_to("/home/.ecryptfs/an/.Private")
    (home / "Access-Your-Private-Data.desktop").symlink_to("/usr/share/ecryptfs-utils/ecryptfs-mount-private.desktop")
    [f] = blocks(check(system_root, only=("mounts",)))
    assert f.evidence["user"] == "an" and "eCryptfs" in f.summary
    (home / ".bash_history").write_text("ls\n")
    assert check(system_root, only=("mounts",)).findings == ()


def test_mounts_probe_is_part_of_the_full_check(system_root):
    (system_root / "etc/fstab").write_text(FSTAB)
    verdict = run_check(system_root, Policy())
    assert any(f.evidence.get("mountpoint") == "/home" for f in blocks(verdict))


def _compressors():
    import bz2
    import gzip
    import lzma

    import zstandard
    return {"gz": gzip.compress, "xz": lzma.compress, "bz2": bz2.compress,
            "zst": lambda b: zstandard.ZstdCompressor().compress(b)}


def test_rotated_logs_in_every_compression_are_read_and_cut_ones_fail_closed(system_root):
    import hwcheck_builders as hb

    for i, (ext, compress) in enumerate(_compressors().items(), start=2):
        text = hb.syslog_format(hb.usb_storage_lines(serial=f"ROT{ext.upper()}0001"), dt.datetime(2025, 1, i))
        (system_root / f"var/log/kern.log.{i}.{ext}").write_bytes(compress(text.encode()))
    verdict = check(system_root)
    serials = {f.evidence.get("serial") for f in verdict.findings if f.rule == "usb.unapproved_history"}
    assert serials == {"ROTGZ0001", "ROTXZ0001", "ROTBZ20001", "ROTZST0001"} and blocks(verdict) == []
    for path in sorted((system_root / "var/log").glob("kern.log.*.*")):  # cut each file in half
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    verdict = check(system_root)
    assert {f.source for f in blocks(verdict)} == {str(p) for p in (system_root / "var/log").glob("kern.log.*.*")}


def test_open_log_iterates_lines_of_compressed_files(tmp_path):
    for ext, compress in _compressors().items():
        path = tmp_path / f"syslog.1.{ext}"
        path.write_bytes(compress(b"a\nb\nc\n"))
        with common.open_log(path) as fh:
            assert list(fh) == [b"a\n", b"b\n", b"c\n"]
