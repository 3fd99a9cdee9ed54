"""When a widget's callbacks may still run.

Locking destroys every page, but work started by a page (a task's ``on_done``) and the page's
subscriptions to ``ctx.signals`` outlive it unless they are cut. Two rules, applied in one place each:

* ``TaskRunner`` delivers a result only while its *owner* is alive (see ``alive``); the owner is given
  with ``owner=`` or, for a bound method of a QObject, is that object. Results of work started before a
  lock are dropped altogether (``TaskRunner.drop_pending``).
* ``subscribe(signal, owner, slot)`` connects ``slot`` only for the owner's lifetime.

``retire(widget)`` marks a widget (and so all its descendants) as gone at once, before Qt's deferred
delete runs: the lock retires every page, then deletes it.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6

from app.ui.qt import QObject

log = logging.getLogger(__name__)

RETIRED = "somatRetired"


def retire(obj: QObject) -> None:
    obj.setProperty(RETIRED, True)


def alive(obj: QObject | None) -> bool:
    """False once ``obj`` or any of its ancestors was retired or deleted."""
    while obj is not None:
        if not shiboken6.isValid(obj) or obj.property(RETIRED):
            return False
        obj = obj.parent()
    return True


def owner_of(callback: Callable | None) -> QObject | None:
    """The QObject a bound-method callback belongs to (None for functions and lambdas)."""
    receiver = getattr(callback, "__self__", None)
    return receiver if isinstance(receiver, QObject) else None


def subscribe(signal, owner: QObject, slot: Callable) -> Callable:
    """Connect ``slot`` to ``signal`` while ``owner`` lives: it is skipped once the owner is retired and
    disconnected when the owner is destroyed. Use it for every connection from a page or dialog to a
    signal that outlives it (``ctx.signals``). Returns the connected relay."""

    def relay(*args):
        if alive(owner):
            slot(*args)

    def cut(*_args):
        try:
            signal.disconnect(relay)
        except (RuntimeError, TypeError):  # the signal's object went first
            pass

    signal.connect(relay)
    owner.destroyed.connect(cut)
    return relay
