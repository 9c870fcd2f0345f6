"""Emitting signals many times must not wear out True (PySide6 6.12 reference bug)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from desktop.ui import pyside_workarounds


class Pinger(QObject):
    ping = Signal(str)


def test_many_emits_leave_true_with_plenty_of_references(qapp) -> None:
    pyside_workarounds.apply()
    pinger = Pinger()
    seen: list[str] = []
    pinger.ping.connect(seen.append)
    for _ in range(20_000):
        pinger.ping.emit("x")
    assert len(seen) == 20_000
    if sys.version_info < (3, 12):
        assert sys.getrefcount(True) > 100_000_000
