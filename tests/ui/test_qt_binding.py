"""The installed PySide6 must not leak references to True or None.

PySide6 6.12.0 took a reference from True on every signal emit and from None on every
call returning nothing; on Python 3.11 the interpreter aborted after a few thousand edits.
pyproject.toml keeps that release out; this test fails loudly if one creeps back in.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class Probe(QObject):
    ping = Signal()


def test_signal_emit_keeps_true_alive(qtbot) -> None:
    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(200):
        probe.ping.emit()
    assert sys.getrefcount(True) >= before - 5


def test_void_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(200):
        label.setText(str(number))
    assert sys.getrefcount(None) >= before - 5
