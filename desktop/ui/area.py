"""What every area of the main window is: a widget that refreshes when its data changes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.changes import Change
from desktop.ui.data import DataHub

__all__ = ["Area"]


class Area(QWidget):
    """Base for an area: it knows the data hub and refreshes when told data changed."""

    topics: tuple[Change, ...] = ()

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        hub.changed.connect(self._on_changed)

    def _on_changed(self, topic: Change) -> None:
        if not self.topics or topic in self.topics or topic == Change.EVERYTHING:
            self.refresh()

    def refresh(self) -> None:
        """Reload what is shown from the database."""
