import os
import subprocess
import sys


def test_gui_smoke_test_builds_every_page(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOMAT_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-m", "app", "gui", "--smoke-test"], env=env,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr[-3000:])
    assert "Kiểm tra khởi động: đạt" in result.stdout
