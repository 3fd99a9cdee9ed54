"""The live interface probe on real kernel interfaces, inside a throw-away network namespace."""
import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.root
REPO = Path(__file__).resolve().parents[3]
PROBE = (
    "import json; from app.hwcheck import run_check, Policy; "
    "v = run_check('/', Policy(), only=['interfaces']); "
    "print(json.dumps([f.to_dict() for f in v.findings if f.rule == 'network.interface_active']))"
)


def sh(*args, check=True):
    return subprocess.run(list(args), capture_output=True, text=True, timeout=30, check=check)


@pytest.fixture
def netns():
    if os.geteuid() != 0:
        pytest.skip("cần quyền root để tạo network namespace (ip netns add)")
    if shutil.which("ip") is None:
        pytest.skip("không có lệnh ip (iproute2)")
    name = f"somat-{uuid.uuid4().hex[:8]}"
    proc = sh("ip", "netns", "add", name, check=False)
    if proc.returncode != 0:
        pytest.skip(f"không tạo được network namespace: {proc.stderr.strip()}")
    try:
        yield name
    finally:
        sh("ip", "netns", "delete", name, check=False)


def probe_in(name):
    proc = subprocess.run(["ip", "netns", "exec", name, sys.executable, "-c", PROBE], capture_output=True,
                          text=True, timeout=60, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_loopback_only_passes_then_veth_with_route_is_found(netns):
    assert probe_in(netns) == []
    sh("ip", "netns", "exec", netns, "ip", "link", "set", "lo", "up")
    assert probe_in(netns) == []  # loopback up is not a network
    sh("ip", "-n", netns, "link", "add", "veth-a", "type", "veth", "peer", "name", "veth-b")
    sh("ip", "-n", netns, "addr", "add", "10.231.0.2/24", "dev", "veth-a")
    sh("ip", "-n", netns, "link", "set", "veth-a", "up")
    sh("ip", "-n", netns, "link", "set", "veth-b", "up")
    sh("ip", "-n", netns, "route", "add", "default", "via", "10.231.0.1")
    findings = probe_in(netns)
    names = {f["evidence"].get("name") for f in findings}
    assert {"veth-a", "veth-b"} <= names
    veth = next(f for f in findings if f["evidence"].get("name") == "veth-a")
    assert "10.231.0.2" in veth["evidence"]["addresses"] and veth["severity"] == "block"
    routes = [f for f in findings if "gateway" in f["evidence"]]
    assert routes and routes[0]["evidence"] == {"family": "ipv4", "gateway": "10.231.0.1", "interface": "veth-a"}
