"""Live monitor for the GUI's drafting lock: reports, within a second, a network interface coming up
or getting an address, a default route, a USB storage device that is not approved, an MTP/PTP phone
or camera, or a memory card in a card reader.

``LiveMonitor`` polls a backend every ``interval`` seconds (0.25 s by default) and also wakes on udev
block-device events; the callback gets the *new* blocking or warning findings (same rules and
summaries as ``run_check``). The callback runs on the monitor thread: a GUI must hand it to its own
thread (a Qt signal). ``SystemBackend`` is the thin adapter over psutil/pyudev; tests pass a fake.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol

from app.hwcheck import policy as policy_mod
from app.hwcheck.model import Finding, Observation, Policy
from app.hwcheck.probes.common import failure
from app.hwcheck.probes.interfaces import NetBackend, observe
from app.hwcheck.usb_now import UdevBackend, UsbDevice, list_usb_storage

log = logging.getLogger(__name__)


class MonitorBackend(Protocol):
    def net_observations(self) -> list[Observation]: ...

    def usb_devices(self) -> list[UsbDevice]: ...

    # optional: phones() and sd_cards() (dicts as UdevBackend gives them) for the other classes

    def wait_event(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; True when a device event arrived early."""


class SystemBackend:
    """psutil + sysfs for interfaces and routes; pyudev for USB storage and its events."""

    def __init__(self):
        self.net = NetBackend("/")
        self._udev_backend: UdevBackend | None = None
        self._monitor = None
        try:
            import pyudev

            self._monitor = pyudev.Monitor.from_netlink(pyudev.Context())
            self._monitor.filter_by("block")
            self._monitor.filter_by("usb")  # phones and cameras (MTP/PTP) are no block device
            self._monitor.start()
        except Exception as exc:  # noqa: BLE001 - no netlink (container): polling still works
            log.info("udev monitor unavailable, polling only: %s", exc)
            self._monitor = None
        self._sleep = threading.Event()

    def net_observations(self) -> list[Observation]:
        return [o for o in observe(self.net) if o.kind in ("interface", "default_route")]

    def usb_devices(self) -> list[UsbDevice]:
        return list_usb_storage(self._udev())

    def phones(self) -> list[dict]:
        return self._udev().phones()

    def sd_cards(self) -> list[dict]:
        return self._udev().sd_cards()

    def _udev(self) -> UdevBackend:
        if self._udev_backend is None:
            self._udev_backend = UdevBackend()
        return self._udev_backend

    def wait_event(self, timeout: float) -> bool:
        if self._monitor is not None:
            return self._monitor.poll(timeout=timeout) is not None
        self._sleep.wait(timeout)
        return False

    def close(self) -> None:
        monitor, self._monitor = self._monitor, None
        if monitor is not None:
            try:
                monitor.stop()
            except Exception:  # noqa: BLE001 - closing is best effort
                pass


class LiveMonitor:
    def __init__(self, policy: Policy, callback: Callable[[list[Finding]], None],
                 backend: MonitorBackend | None = None, interval: float = 0.25):
        self.policy = policy
        self.callback = callback
        self.interval = interval
        self._backend = backend
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._known: set[tuple[str, str, str]] = set()

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        if self._backend is None:
            self._backend = SystemBackend()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="hwcheck-monitor", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None
        close = getattr(self._backend, "close", None)
        if callable(close):
            close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> "LiveMonitor":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- work --------------------------------------------------------------------------------------
    def current_findings(self) -> list[Finding]:
        """Blocking and warning findings of the live state right now."""
        backend = self._backend
        observations: list[Observation] = []
        for name, read in (("interfaces", backend.net_observations), ("usb_now", self._usb_observations)):
            try:
                observations += read()
            except Exception as exc:  # noqa: BLE001 - fail closed
                observations.append(failure(name, f"live:{name}", exc))
        macs = {o.data.get("name"): o.data.get("mac") for o in observations if o.kind == "interface"}
        findings = policy_mod.evaluate(observations, self.policy, macs)
        return [f for f in findings if f.severity != "info"]

    def _usb_observations(self) -> list[Observation]:
        from dataclasses import asdict

        from app.hwcheck.probes import usb_classes

        backend = self._backend
        out = [Observation("usb_storage_now", f"live:udev:{d.devnode}", asdict(d)) for d in backend.usb_devices()]
        for method, make in (("phones", usb_classes.phone_now), ("sd_cards", usb_classes.sd_card_now)):
            read = getattr(backend, method, None)  # optional: older backends know USB drives only
            if callable(read):
                out += [make(d) for d in read()]
        return out

    def poll_once(self) -> list[Finding]:
        """One round: the findings not reported before (also used by tests)."""
        current = self.current_findings()
        keys = {(f.rule, f.source, f.summary) for f in current}
        new = [f for f in current if (f.rule, f.source, f.summary) not in self._known]
        self._known = keys  # a problem that goes away and comes back is reported again
        return new

    def _run(self) -> None:
        while not self._stop.is_set():
            new = self.poll_once()
            if new:
                try:
                    self.callback(new)
                except Exception:  # noqa: BLE001 - a broken callback must not stop the monitor
                    log.exception("hwcheck monitor callback failed")
            if self._stop.is_set():
                break
            self._backend.wait_event(self.interval)
