"""installer/bundle/cups-no-job-files.sh: cupsd keeps no copy of a printed paper (PreserveJobFiles No).
Its effect on a real cupsd is checked by tests/gui/registers/test_registers_print_cups.py (private cupsd
whose configuration went through this script: no d* file left in the spool)."""
import os
import stat
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "installer" / "bundle" / "cups-no-job-files.sh"
DEBIAN_CONF = """LogLevel warn
MaxLogSize 0
PreserveJobFiles 86400
Listen localhost:631
<Location />
  Order allow,deny
</Location>
  preservejobfiles yes
"""


def _run(conf):
    return subprocess.run(["sh", str(SCRIPT), str(conf)], capture_output=True, text=True, check=True).stdout.strip()


def test_sets_no_once_and_keeps_the_rest(tmp_path):
    conf = tmp_path / "cupsd.conf"
    conf.write_text(DEBIAN_CONF)
    os.chmod(conf, 0o640)
    assert _run(conf) == "changed"
    lines = conf.read_text().splitlines()
    directives = [line for line in lines if "preservejobfiles" in line.lower() and not line.startswith("#")]
    assert directives == ["PreserveJobFiles No"]
    assert "Listen localhost:631" in lines and "</Location>" in lines and "MaxLogSize 0" in lines
    assert lines[-1] == "PreserveJobFiles No"  # appended at top level, after every block
    assert stat.S_IMODE(conf.stat().st_mode) == 0o640
    assert _run(conf) == "unchanged"
    assert [p.name for p in tmp_path.iterdir()] == ["cupsd.conf"]  # no temporary file left


def test_no_cups_configuration(tmp_path):
    assert _run(tmp_path / "missing.conf") == "absent"
