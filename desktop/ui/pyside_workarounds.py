"""Work around a reference-count bug in PySide6 6.12 that crashes long sessions.

``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so every
``.emit()`` from Python takes one reference away from ``True``. On Python 3.11 (where
``True`` is not immortal) the count reaches zero after some thousands of emits, and the
interpreter aborts with "bool_dealloc: deallocating True or False" (seen at the end of a
test run; in the app it would be after a long session of saving fields).

We add a large number to ``True``'s reference count once, so it never reaches zero in
the life of the process (references held in a list would be let go at exit, and the
count would hit zero then). CPython only; ``True`` is never freed anyway, so nothing is
lost. Remove this once PySide6 is fixed or Python is 3.12 or later (where ``True`` is
immortal); ``emit_leaks_true()`` says whether it is still needed.
"""

from __future__ import annotations

import ctypes
import sys

# Each saved field emits a handful of signals; a billion covers any session.
_RESERVE = 1_000_000_000
_applied: list[bool] = []


def emit_leaks_true() -> bool:
    """True when this PySide6 still takes a reference from ``True`` on every emit."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def apply() -> None:
    """Keep ``True`` alive however many signals are emitted. Safe to call twice."""
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if emit_leaks_true():
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(True)).value += _RESERVE
    _applied.append(True)
