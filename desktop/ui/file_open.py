"""Files macOS asks the app to open: a double-clicked return pack arrives as an event.

On Windows and Linux a double-clicked file is a command-line argument (``--open-pack``). On
macOS, Finder starts the app (or reaches the one running) and sends a QFileOpenEvent
instead, sometimes before the main window exists. This filter on the application keeps such
requests until a window can take them, then hands each one over.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

PACK_SUFFIX = ".pbpack"


class FileOpenForwarder(QObject):
    """Install on the QApplication; ``deliver_to`` names who opens a pack once it can."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.waiting: list[str] = []
        self._open: Callable[[str], None] | None = None

    def deliver_to(self, open_pack: Callable[[str], None]) -> None:
        self._open = open_pack
        waiting, self.waiting = self.waiting, []
        for path in waiting:
            open_pack(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        path = event.file()
        if not path.lower().endswith(PACK_SUFFIX):
            return False  # not ours to open: let Qt do what it would
        if self._open is None:
            self.waiting.append(path)
        else:
            self._open(path)
        return True
