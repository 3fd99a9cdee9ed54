"""``somat check`` end to end on built system disks (real browser databases, real log formats)."""
import datetime as dt
import json
import os
import subprocess
import sys

import hwcheck_builders as hb

from app.cli.main import main
from app.hwcheck.model import RULE_IDS

UTC = dt.timezone.utc
T = dt.datetime(2025, 2, 3, 4, 5, 6, tzinfo=UTC)


def clean_disk(tmp_path):
    root = hb.minimal_system(tmp_path / "clean")
    hb.write_log(root, "kern.log", hb.syslog_format(hb.keyboard_lines(), dt.datetime(2025, 2, 1)))
    profile = root / "home/an/.mozilla/firefox/new00000.default-esr"
    hb.write_profiles_ini(profile.parent, ["new00000.default-esr"])
    hb.make_firefox_places(profile / "places.sqlite")
    return root


def dirty_disk(tmp_path):
    root = hb.minimal_system(tmp_path / "dirty")
    hb.write_log(root, "kern.log.1", hb.syslog_format(hb.usb_storage_lines() + hb.usb_tether_lines(),
                                                      dt.datetime(2025, 1, 10)))
    hb.make_chromium_history(root / "home/an/.config/google-chrome/Default/History",
                             [("https://mail.google.com/", T)])
    return root


def run_cli(*args):
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    return subprocess.run([sys.executable, "-m", "app.cli.main", "check", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_clean_disk_passes_with_text_report(tmp_path, capsys):
    root = clean_disk(tmp_path)
    assert main(["check", "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "Bỏ qua kiểm tra trực tiếp (thư mục gốc không phải /)" in out
    assert "KẾT LUẬN: ĐẠT" in out and "Mã băm chứng cứ (SHA-256)" in out


def test_dirty_disk_fails_with_contract_json(tmp_path, capsys):
    root = dirty_disk(tmp_path)
    code = main(["check", "--root", str(root), "--json", "--approved-usb", "0951:1666:E0D55EA574B1F4C0C8AB0123"])
    assert code == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["verdict"] == "fail" and doc["root"] == str(root.resolve())
    dt.datetime.fromisoformat(doc["checked_at"])
    assert doc["live_probes"] == "skipped"
    rules = {f["rule"] for f in doc["findings"]}
    assert {"internet.browser_history", "usb.unapproved_history", "network.tethering_history"} <= rules
    for f in doc["findings"]:
        assert set(f) == {"rule", "severity", "summary", "source", "evidence", "legal_basis"}
        assert f["rule"] in RULE_IDS and f["severity"] in ("block", "warn", "info")
    chrome = next(f for f in doc["findings"] if f["rule"] == "internet.browser_history")
    assert chrome["evidence"]["hosts"] == ["mail.google.com"]
    assert chrome["evidence"]["last_visit"] == "2025-02-03T04:05:06Z"


def test_approving_the_drive_by_full_identity(tmp_path, capsys):
    root = hb.minimal_system(tmp_path / "usb")
    hb.write_log(root, "kern.log", hb.syslog_format(hb.usb_storage_lines(), dt.datetime(2025, 1, 10)))
    assert main(["check", "--root", str(root), "--json"]) == 1
    capsys.readouterr()
    assert main(["check", "--root", str(root), "--json", "--approved-usb", "0781:5567:4C530001230523117582"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [f["severity"] for f in doc["findings"] if f["rule"] == "usb.unapproved_history"] == ["info"]


def test_corrupt_database_exit_1_without_traceback(tmp_path):
    root = clean_disk(tmp_path)
    bad = root / "home/an/.config/BraveSoftware/Brave-Browser/Default/History"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 3000)
    proc = run_cli("--root", str(root), "--json")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    doc = json.loads(proc.stdout)
    failed = [f for f in doc["findings"] if f["rule"] == "probe.failed" and f["severity"] == "block"]
    assert failed and failed[0]["source"] == str(bad)


def test_usage_errors_exit_2(tmp_path):
    proc = run_cli("--root", str(tmp_path / "missing"))
    assert proc.returncode == 2 and "Lỗi" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli("--root", str(tmp_path), "--allow-lan-mac", "not-a-mac")
    assert proc.returncode == 2 and "MAC" in proc.stderr
    proc = run_cli("--approved-usb", "0781:5567:")
    assert proc.returncode == 2


def test_same_evidence_same_hash(tmp_path, capsys):
    root = dirty_disk(tmp_path)
    main(["check", "--root", str(root), "--json"])
    first = json.loads(capsys.readouterr().out)
    main(["check", "--root", str(root), "--json"])
    second = json.loads(capsys.readouterr().out)
    assert first["evidence_sha256"] == second["evidence_sha256"]
