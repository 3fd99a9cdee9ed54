import subprocess
import sys

import pytest

from app.services.instance_lock import InstanceLock, RegistryInUse


def test_second_lock_refused_until_released(tmp_path):
    first = InstanceLock(tmp_path / "r.somat").acquire()
    with pytest.raises(RegistryInUse, match="đang được mở"):
        InstanceLock(tmp_path / "r.somat").acquire()
    first.release()
    with InstanceLock(tmp_path / "r.somat") as again:
        assert again.held


def test_stale_lock_file_after_a_crash_does_not_block(tmp_path):
    # a process takes the lock and dies without releasing it
    code = ("import os; from app.services.instance_lock import InstanceLock; "
            f"InstanceLock({str(tmp_path / 'r.somat')!r}).acquire(); os._exit(9)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 9
    assert (tmp_path / "r.somat.lock").exists()
    InstanceLock(tmp_path / "r.somat").acquire().release()


def test_registry_file_itself_is_locked_through_any_path(tmp_path):
    """Deleting the .lock file or opening the registry through a symlink does not bypass the lock."""
    db = tmp_path / "r.somat"
    db.write_bytes(b"x" * 16)
    link = tmp_path / "khac.somat"
    link.symlink_to(db)
    first = InstanceLock(db).acquire()
    with pytest.raises(RegistryInUse):
        InstanceLock(link).acquire()  # another .lock file, the same inode
    (tmp_path / "r.somat.lock").unlink()
    with pytest.raises(RegistryInUse):
        InstanceLock(db).acquire()
    # another process is refused as well (flock is per open file, shared by every path to the inode)
    code = ("import sys; from app.services.instance_lock import InstanceLock, RegistryInUse\n"
            f"try:\n    InstanceLock({str(link)!r}).acquire()\nexcept RegistryInUse:\n    sys.exit(3)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 3
    first.release()
    InstanceLock(link).acquire().release()


def test_open_registry_through_a_symlink_is_refused_while_open(registry, registry_path, tmp_path):
    from app.services.registry import open_registry
    from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD

    link = tmp_path / "duong-khac.somat"
    link.symlink_to(registry_path)
    (tmp_path / "duong-khac.somat.keys").symlink_to(registry_path.with_name(registry_path.name + ".keys"))
    with pytest.raises(RegistryInUse):
        open_registry(link, REGISTRY_ADMIN, REGISTRY_PASSWORD)
