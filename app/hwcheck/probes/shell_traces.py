"""Traces users leave when they reach other hosts: ``~/.ssh/known_hosts`` (plain or hashed names),
shell histories (bash, zsh, fish, sh) with network commands, and GNU Wget's ``~/.wget-hsts``.

Hashed ``known_hosts`` entries (``|1|salt|HMAC-SHA1(host)``, OpenSSH ``HashKnownHosts``) cannot be
read back; each is tested against ``localhost``, the loopback addresses and the LAN hosts the policy
registers (``ctx.extra['lan_hosts']``: exact names and the addresses of small private ranges). An
entry that matches none of them is an unknown host and is reported as such."""
from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import re
import shlex

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure
from app.hwcheck.probes.filereads import read_small
from app.hwcheck.probes.homes import user_homes

NAME = "shell_traces"
MAX_BYTES = 64 << 20
HISTORIES = (".bash_history", ".zsh_history", ".histfile", ".history", ".sh_history", ".ash_history",
             ".local/share/fish/fish_history", ".config/fish/fish_history")
NET_COMMANDS = {"ssh", "scp", "sftp", "rsync", "curl", "wget", "ping", "ping6", "git", "telnet", "ftp",
                "nc", "ncat", "netcat", "nslookup", "dig", "host", "traceroute", "tracepath", "mtr",
                "whois", "lftp", "aria2c", "youtube-dl", "yt-dlp", "mosh", "rdesktop", "xfreerdp"}
HOST_ARG = {"ping", "ping6", "nslookup", "dig", "host", "traceroute", "tracepath", "mtr", "whois",
            "telnet", "ftp", "nc", "ncat", "netcat", "mosh", "ssh"}
_URL = re.compile(r"\b(?:https?|ftps?|git|ssh|rsync)://(?:[^@/\s]+@)?(\[[0-9a-fA-F:]+\]|[^/:\s?#'\"]+)")
_SCP = re.compile(r"^(?:[^@\s/]+@)?([A-Za-z0-9.-]+\.[A-Za-z]{2,}|\d+\.\d+\.\d+\.\d+):")
_NAME = re.compile(r"^(?:[^@\s]+@)?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}|\d{1,3}(?:\.\d{1,3}){3})$")
LOOPBACK = ("localhost", "127.0.0.1", "::1", "ip6-localhost")


_NET_WORD = re.compile(r"(?:^|[\s/;|&(])(?:" + "|".join(sorted(NET_COMMANDS)) + r")(?:\s|$)")


def hosts_in_command(command: str) -> list[str]:
    """Host names and addresses a network command line reaches. Never raises."""
    if not _NET_WORD.search(command) and "://" not in command:
        return []
    if "'" in command or '"' in command or "\\" in command:
        try:
            words = shlex.split(command, comments=False)
        except ValueError:
            words = command.split()
    else:
        words = command.split()
    hosts: list[str] = []
    programs = [i for i, w in enumerate(words) if w.rsplit("/", 1)[-1] in NET_COMMANDS]
    if not programs:
        return []
    start = programs[0]
    program = words[start].rsplit("/", 1)[-1]
    for m in _URL.finditer(command):
        hosts.append(m.group(1).strip("[]"))
    if program == "git" and not any(w in ("clone", "fetch", "pull", "push", "ls-remote") for w in words[start:]):
        return []
    takes_value = {"-o", "-O", "--output", "--output-document", "-P", "--directory-prefix", "-H", "--header",
                   "-d", "--data", "-u", "--user", "-A", "--user-agent", "-e", "-T", "--upload-file", "-i", "-l",
                   "-p", "-F", "-b", "-c", "-w", "-x", "--proxy"}
    has_url = "://" in command
    skip = False
    for word in words[start + 1:]:
        if skip:
            skip = False
            continue
        if word in ("|", ";", "&&", "||"):
            break
        if word.startswith("-"):
            skip = word in takes_value
            continue
        if "://" in word:
            continue
        if m := _SCP.match(word):
            hosts.append(m.group(1))
        elif program in HOST_ARG and (m := _NAME.match(word)):
            hosts.append(m.group(1))
        elif program in ("curl", "wget") and not has_url and (m := _NAME.match(word.split("/", 1)[0])):
            hosts.append(m.group(1))
    return list(dict.fromkeys(h.lower().rstrip(".") for h in hosts if h))


def history_commands(text: str) -> list[tuple[str, int | None]]:
    """``(command, Unix time or None)`` of a bash, zsh (extended) or fish history. Never raises."""
    out: list[tuple[str, int | None]] = []
    when: int | None = None
    for line in text.splitlines():
        if line.startswith("#") and line[1:].isdigit():  # bash HISTTIMEFORMAT
            when = int(line[1:])
            continue
        if m := re.match(r"^: (\d+):\d+;(.*)$", line):  # zsh EXTENDED_HISTORY
            out.append((m.group(2), int(m.group(1))))
        elif m := re.match(r"^- cmd: (.*)$", line):  # fish
            out.append((m.group(1), None))
        elif m := re.match(r"^\s+when: (\d+)$", line):
            if out:
                out[-1] = (out[-1][0], int(m.group(1)))
        else:
            out.append((line, when))
            when = None
    return out


def _hashed_match(entry: str, candidates: list[str]) -> str | None:
    try:
        _, _, salt, digest = entry.split("|", 3)
        key, want = base64.b64decode(salt), base64.b64decode(digest)
    except (ValueError, TypeError):
        return None
    for name in candidates:
        if hmac.compare_digest(hmac.new(key, name.encode(), hashlib.sha1).digest(), want):
            return name
    return None


def lan_candidates(ctx: ProbeContext) -> list[str]:
    names = list(LOOPBACK)
    for item in ctx.extra.get("lan_hosts", ()):
        try:
            net = ipaddress.ip_network(item, strict=False)
        except ValueError:
            names.append(item)
            continue
        if net.num_addresses <= 1024:
            names += [str(a) for a in (net if net.num_addresses <= 2 else net.hosts())]
    return names


def parse_known_hosts(text: str, candidates: list[str]) -> tuple[list[str], int]:
    """``(readable host names, number of hashed entries that match no candidate)``."""
    hosts, unknown = [], 0
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        field = line.split()[0]
        if field.startswith("@"):  # @cert-authority / @revoked marker
            parts = line.split()
            field = parts[1] if len(parts) > 1 else ""
        if field.startswith("|1|"):
            name = _hashed_match(field, candidates)
            if name:
                hosts.append(name)
            else:
                unknown += 1
            continue
        for name in field.split(","):
            name = name.strip()
            if name.startswith("[") and "]" in name:
                name = name[1:name.index("]")]
            if name and "*" not in name and "?" not in name:
                hosts.append(name.lower())
    return list(dict.fromkeys(hosts)), unknown


def parse_wget_hsts(text: str) -> list[str]:
    hosts = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        words = line.split("\t")[0].split()
        if words:
            hosts.append(words[0].lower())
    return list(dict.fromkeys(hosts))


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    candidates = lan_candidates(ctx)
    for user, home in user_homes(ctx):
        targets = [("known_hosts", home / ".ssh/known_hosts"), ("wget_hsts", home / ".wget-hsts")]
        targets += [("history", home / name) for name in HISTORIES]
        for what, path in targets:
            if not path.exists() and not path.is_symlink():
                continue
            try:
                text = read_small(ctx, path, MAX_BYTES).decode("utf-8", "replace")
            except Exception as exc:  # noqa: BLE001
                out.append(failure(NAME, str(path), exc))
                continue
            base = {"user": user, "file": path.name}
            if what == "known_hosts":
                hosts, unknown = parse_known_hosts(text, candidates)
                if hosts:
                    out.append(Observation("ssh_known_hosts", str(path), {
                        **base, "hosts": hosts[:50], "host_list": ", ".join(hosts[:5])}))
                if unknown:
                    out.append(Observation("ssh_known_hosts_hashed", str(path), {**base, "hashed": unknown}))
            elif what == "wget_hsts":
                hosts = parse_wget_hsts(text)
                if hosts:
                    out.append(Observation("wget_hsts", str(path), {
                        **base, "hosts": hosts[:50], "host_list": ", ".join(hosts[:5])}))
            else:
                found: dict[str, str] = {}
                for command, _when in history_commands(text):
                    for host in hosts_in_command(command):
                        found.setdefault(host, command[:200])
                if found:
                    hosts = list(found)
                    out.append(Observation("shell_history_network", str(path), {
                        **base, "hosts": hosts[:50], "host_list": ", ".join(hosts[:5]),
                        "commands": [found[h] for h in hosts[:10]]}))
    return out
