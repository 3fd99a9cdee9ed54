"""User and package traces (issue 9 §4): apt lists fetched by real ``apt-get update`` (through a
loopback proxy standing in for the mirror), apt history, AnyDesk/TeamViewer records, known_hosts
(plain and hashed by ``ssh-keygen -H``), shell histories, ``.wget-hsts``; LAN hosts by policy."""
import pytest
from netlogs_helpers import FIX, check, put

from app.hwcheck.model import LanHost, Policy
from app.hwcheck.probes.shell_traces import history_commands, hosts_in_command


def text(verdict, severity="block"):
    return "\n".join(f.summary for f in verdict.findings if f.severity == severity)


def lists(root, name):
    for f in (FIX / "apt" / name).iterdir():
        put(root, f"var/lib/apt/lists/{f.name}", f"apt/{name}/{f.name}")


def test_apt_lists_from_network_mirror(system_root):
    lists(system_root, "internet")
    put(system_root, "var/log/apt/history.log.1.gz", "apt/history.log.1.gz")
    verdict = check(system_root, ["apt_history"])
    assert "deb.debian.org" in text(verdict) and "03 Jun 2024" in text(verdict)
    assert "Commandline" not in text(verdict, "info") and "apt" in text(verdict, "info")


def test_apt_local_repository_and_registered_lan_mirror(system_root):
    lists(system_root, "local")  # file: repository → names start with "_"
    lists(system_root, "lan")
    verdict = check(system_root, ["apt_history"])
    assert "kho.sotttt.dongnai.gov.vn" in text(verdict) and "_tmp" not in text(verdict)
    allowed = check(system_root, ["apt_history"], allowed_lan_hosts=["kho.sotttt.dongnai.gov.vn"])
    assert allowed.passed and "kho.sotttt.dongnai.gov.vn" in text(allowed, "info")


def test_remote_support_tools(system_root):
    put(system_root, "home/an/.anydesk/connection_trace.txt", "remote/connection_trace.txt")
    put(system_root, "var/log/anydesk.trace", "remote/anydesk.trace")
    put(system_root, "var/log/teamviewer15/connections_incoming.txt", "remote/connections_incoming.txt")
    verdict = check(system_root, ["remote_support"])
    found = text(verdict)
    assert "512345678" in found and "612345678" in found
    assert "relay-5c8f1b2e.net.anydesk.com" in found and "116.98.7.77" in found
    assert len(verdict.blocking) == 3


def test_shell_traces_dirty(system_root):
    home = system_root / "home/an"
    for name in (".bash_history", ".zsh_history", ".wget-hsts", ".ssh/known_hosts"):
        put(system_root, f"home/an/{name}", f"home/dirty/{name}")
    verdict = check(system_root, ["shell_traces"])
    hosts = {h for f in verdict.blocking for h in f.evidence["hosts"]}
    assert hosts == {"raw.githubusercontent.com", "vps.example.com", "8.8.8.8", "github.com", "files.example.org",
                     "download.example.com", "dongnai.gov.vn", "140.82.112.3"}
    assert "raw.githubusercontent.com" in text(verdict) and "download.example.com" in text(verdict)
    assert all(f.evidence["user"] == "an" for f in verdict.findings)
    assert home.is_dir()


def test_shell_traces_clean_twin(system_root):
    for name in (".bash_history", ".ssh/known_hosts"):
        put(system_root, f"home/an/{name}", f"home/clean/{name}")
    assert check(system_root, ["shell_traces"]).findings == ()


def test_hashed_known_hosts_need_the_lan_registered(system_root):
    put(system_root, "home/an/.ssh/known_hosts", "home/hashed/.ssh/known_hosts")
    unknown = check(system_root, ["shell_traces"])
    assert not unknown.passed and "băm" in text(unknown)
    assert check(system_root, ["shell_traces"], allowed_lan_hosts=["10.10.0.0/24"]).passed
    assert check(system_root, ["shell_traces"], allowed_lan_hosts=["10.10.0.5"]).passed
    assert not check(system_root, ["shell_traces"], allowed_lan_hosts=["10.10.1.0/24"]).passed


def test_lan_host_by_exact_name(system_root):
    (system_root / "home/an").mkdir(parents=True)
    (system_root / "home/an/.bash_history").write_text("ssh canbo@vanthu.sotttt.dongnai.gov.vn\n")
    assert not check(system_root, ["shell_traces"]).passed
    assert check(system_root, ["shell_traces"], allowed_lan_hosts=["vanthu.sotttt.dongnai.gov.vn"]).passed
    assert not check(system_root, ["shell_traces"], allowed_lan_hosts=["khac.sotttt.dongnai.gov.vn"]).passed


@pytest.mark.parametrize("value", ["*.gov.vn", ".gov.vn", "gov.vn", "8.8.8.0/24", "1.1.1.1", "0.0.0.0/0", "x y"])
def test_lan_host_refuses_wildcards_public_suffixes_and_public_ranges(value):
    with pytest.raises(ValueError) as err:
        LanHost.parse(value)
    assert str(err.value)[0].isupper()


@pytest.mark.parametrize("kwargs", [
    {"allowed_lan_interfaces": ["eth0"]},                 # an interface name alone identifies nothing
    {"allowed_lan_interfaces": ["eth0@8.8.8.0/24"]},
    {"allowed_lan_dhcp_servers": ["10.10.0.0/24"]},
    {"allowed_lan_dhcp_servers": ["8.8.8.8"]},
    {"allowed_lan_uuids": ["not-a-uuid"]},
])
def test_policy_refuses_weak_lan_allowances(kwargs):
    with pytest.raises(ValueError):
        Policy.from_strings(**kwargs)


def test_command_parsing():
    assert hosts_in_command("curl -fsSL https://a.example.com/x | sh") == ["a.example.com"]
    assert hosts_in_command("curl -fsSL https://a.example.com/i.sh -o install.sh") == ["a.example.com"]
    assert hosts_in_command("wget -O out.html example.org/page") == ["example.org"]
    assert hosts_in_command("git clone git@github.com:x/y.git") == ["github.com"]
    assert hosts_in_command("ping -c 3 8.8.8.8") == ["8.8.8.8"]
    assert hosts_in_command("git status") == [] and hosts_in_command("ls /etc") == []
    assert history_commands(": 1717402000:0;wget x\n") == [("wget x", 1717402000)]
    assert history_commands("- cmd: ssh h.example.com\n  when: 1717402000\n") == [("ssh h.example.com", 1717402000)]


def test_remote_support_installed_but_never_connected(system_root):
    put(system_root, "home/an/.anydesk/connection_trace.txt", "remote/clean/connection_trace.txt")
    put(system_root, "var/log/anydesk.trace", "remote/clean/anydesk.trace")
    assert check(system_root, ["remote_support"]).findings == ()


def test_gnome_online_accounts(system_root):
    put(system_root, "home/an/.config/goa-1.0/accounts.conf", "goa/accounts.dirty.conf")
    verdict = check(system_root, ["online_accounts"])
    assert [f.evidence["identity"] for f in verdict.blocking] == ["nguyenvanan.dn@gmail.com"]
    assert "google" in verdict.blocking[0].summary
    assert "mail.vanphong.lan" in text(verdict, "info")  # a .lan mail server is not Internet
    put(system_root, "home/an/.config/goa-1.0/accounts.conf", "goa/accounts.clean.conf")
    assert check(system_root, ["online_accounts"]).passed
