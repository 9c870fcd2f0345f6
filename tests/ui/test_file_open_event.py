"""macOS: a return pack double-clicked in Finder arrives as a QFileOpenEvent, before or
after the main window exists, and reaches the window's "open a return pack"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.file_open import FileOpenForwarder


def send(path: str) -> bool:
    return QCoreApplication.sendEvent(QApplication.instance(), QFileOpenEvent(path))


def test_a_pack_opened_before_the_window_waits_then_arrives(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    forwarder = FileOpenForwarder()
    qapp.installEventFilter(forwarder)
    try:
        early = str(tmp_path / "Area CVS 2026-27.pbpack")
        assert send(early)  # taken: nothing else tries to open it
        opened: list[str] = []
        forwarder.deliver_to(opened.append)
        assert opened == [early] and forwarder.waiting == []
        later = str(tmp_path / "second.PBPACK")
        send(later)
        assert opened == [early, later]
    finally:
        qapp.removeEventFilter(forwarder)


def test_other_files_are_left_to_qt(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    forwarder = FileOpenForwarder()
    qapp.installEventFilter(forwarder)
    try:
        opened: list[str] = []
        forwarder.deliver_to(opened.append)
        send(str(tmp_path / "letter.pdf"))
        assert opened == [] and forwarder.waiting == []
    finally:
        qapp.removeEventFilter(forwarder)
