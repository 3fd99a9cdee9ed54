"""Hardware check: may this machine be used to draft classified content?

Probes read evidence from a filesystem root (``/`` or the mounted disk of another machine) and, for
``/``, from the live system; the policy turns it into findings; any evidence that cannot be read
blocks (fail closed). No Qt, no database.
"""
from app.hwcheck.model import Finding, Policy, RegisteredTag, UsbIdentity, Verdict
from app.hwcheck.monitor import LiveMonitor
from app.hwcheck.runner import run_check

__all__ = ["run_check", "Policy", "UsbIdentity", "RegisteredTag", "Verdict", "Finding", "LiveMonitor"]
