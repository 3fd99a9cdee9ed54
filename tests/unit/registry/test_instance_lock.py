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
