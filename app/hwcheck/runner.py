"""``run_check``: run every probe on a root, apply the policy, return the verdict. Never raises for
evidence it cannot read — that becomes a blocking ``probe.failed`` finding (fail closed)."""
from __future__ import annotations

import contextvars
import datetime as dt
import logging
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from app.hwcheck import policy as policy_mod
from app.hwcheck.model import Observation, Policy, Verdict
from app.hwcheck.probes import (
    browser_chromium_traces, browser_firefox_traces, browsers_chromium, browsers_firefox, identity, interfaces,
    kernel_logs, leases, mail_thunderbird, network_profiles, root_layout, webkit_browsers,
)
from app.hwcheck.probes import usb_now as usb_now_probe
from app.hwcheck.probes import (
    apt_history, bluetooth, logins, mounts, netplan, networkd, online_accounts, remote_support, service_logs,
    shell_traces, vpn,
)
from app.hwcheck.probes import windows_network, windows_remote, windows_usb
from app.hwcheck.probes.common import ProbeContext, confined_to, failure, from_unix

log = logging.getLogger(__name__)

ProbeFn = Callable[[ProbeContext], list[Observation]]

# (name, function, live only). Live probes run only when the root is "/".
PROBES: tuple[tuple[str, ProbeFn, bool], ...] = (
    ("interfaces", interfaces.probe, True),
    ("usb_now", usb_now_probe.probe, True),
    ("root_layout", root_layout.probe, False),
    ("identity", identity.probe, False),
    ("browsers_chromium", browsers_chromium.probe, False),
    ("browsers_firefox", browsers_firefox.probe, False),
    ("network_profiles", network_profiles.probe, False),
    ("leases", leases.probe, False),
    ("kernel_logs", kernel_logs.probe, False),
    ("browser_chromium_traces", browser_chromium_traces.probe, False),
    ("browser_firefox_traces", browser_firefox_traces.probe, False),
    ("thunderbird_traces", browser_firefox_traces.thunderbird_probe, False),
    ("mail_thunderbird", mail_thunderbird.probe, False),
    ("webkit_browsers", webkit_browsers.probe, False),
    ("netplan", netplan.probe, False),
    ("networkd", networkd.probe, False),
    ("vpn", vpn.probe, False),
    ("bluetooth", bluetooth.probe, False),
    ("service_logs", service_logs.probe, False),
    ("logins", logins.probe, False),
    ("apt_history", apt_history.probe, False),
    ("remote_support", remote_support.probe, False),
    ("shell_traces", shell_traces.probe, False),
    ("online_accounts", online_accounts.probe, False),
    ("mounts", mounts.probe, False),
    ("windows_usb", windows_usb.probe, False),
    ("windows_network", windows_network.probe, False),
    ("windows_remote", windows_remote.probe, False),
)
LIVE_PROBES = tuple(name for name, _, live in PROBES if live)
NOT_LIVE = {"root_layout"}  # only for the disk of another machine
PROBE_TIMEOUT = 300.0  # seconds a probe may run; see _run_one


def _boot_time() -> dt.datetime | None:
    try:
        import psutil

        return from_unix(psutil.boot_time())
    except Exception:  # noqa: BLE001 - only used to judge log coverage
        return None


def _probe_timeout() -> float:
    """Seconds a probe may run before the check goes on without it (``SOMAT_HWCHECK_PROBE_TIMEOUT``)."""
    try:
        return max(1.0, float(os.environ.get("SOMAT_HWCHECK_PROBE_TIMEOUT", PROBE_TIMEOUT)))
    except ValueError:
        return PROBE_TIMEOUT


def _run_one(name: str, fn: ProbeFn, ctx: ProbeContext) -> list[Observation]:
    """The probe's observations; a failure or a probe still blocked after the timeout (a special file
    some reader opened without care, a dying disk) becomes ``probe_failed`` and the check goes on."""
    source = f"live:{name}" if ctx.live else f"{name}:{ctx.root}"
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["observations"] = list(fn(ctx))
        except Exception as exc:  # noqa: BLE001 - fail closed, never a traceback
            outcome["error"] = exc

    worker = threading.Thread(target=contextvars.copy_context().run, args=(work,), daemon=True,
                              name=f"hwcheck-{name}")
    worker.start()
    worker.join(_probe_timeout())
    if worker.is_alive():
        log.info("probe %s still running after %.0f s", name, _probe_timeout())
        return [Observation("probe_failed", source, {
            "probe": name, "error": f"không đọc xong sau {_probe_timeout():.0f} giây (tệp đặc biệt hoặc đĩa "
                                    "không trả lời)"})]
    if "error" in outcome:
        exc = outcome["error"]
        log.info("probe %s failed: %s", name, exc)  # stderr stays free of tracebacks
        log.debug("probe %s failed", name, exc_info=exc)
        return [failure(name, source, exc)]
    return outcome["observations"]


def collect(ctx: ProbeContext, only: Iterable[str] | None = None,
            probes: Mapping[str, ProbeFn] | None = None) -> list[Observation]:
    """Observations of the selected probes (all by default), in probe order."""
    wanted = set(only) if only is not None else None
    chosen = []
    for name, fn, live_only in PROBES:
        if wanted is not None and name not in wanted:
            continue
        if (live_only and not ctx.live) or (ctx.live and name in NOT_LIVE):
            continue
        chosen.append((name, (probes or {}).get(name, fn)))
    # One after the other: on the 2-core machines this runs on, threads gave no gain (measured).
    with confined_to(ctx.root):  # links met while opening files resolve inside the root
        return [obs for name, fn in chosen for obs in _run_one(name, fn, ctx)]


def run_check(root: str | Path = "/", policy: Policy = Policy(), now: dt.datetime | None = None, *,
              only: Iterable[str] | None = None, probes: Mapping[str, ProbeFn] | None = None) -> Verdict:
    """Check the machine (``root="/"``) or a mounted disk of another machine.

    ``only`` limits the run to some probe names (see ``PROBES``); ``probes`` replaces probe functions
    (tests inject fake hardware this way). Raises ``NotADirectoryError`` for a root that is not a
    folder — a usage error, not evidence.
    """
    root_path = Path(root).resolve()
    if not root_path.is_dir():
        raise NotADirectoryError(f"Thư mục gốc không tồn tại: {root}")
    now = now or dt.datetime.now(dt.timezone.utc)
    live = str(root_path) == "/"
    ctx = ProbeContext(root=root_path, live=live, now=now, boot_time=_boot_time() if live else None,
                       extra={"lan_hosts": [str(h) for h in policy.allowed_lan_hosts]})
    observations = collect(ctx, only, probes)
    iface_macs = {o.data.get("name"): o.data.get("mac") for o in observations if o.kind == "interface"}
    findings = policy_mod.evaluate(observations, policy, iface_macs, on=now.date())
    return Verdict(root=str(root_path), checked_at=now, findings=tuple(findings), live_probes=live)
