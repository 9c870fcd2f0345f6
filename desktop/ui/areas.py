"""The areas of the main window and their placeholders.

Each area is a widget with ``refresh()``; the main window lists them in ``AREAS`` and
builds them when first shown, so start-up only pays for the first one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.data import DataHub
from desktop.ui.widgets import EmptyState


def tr(text: str) -> str:
    return QCoreApplication.translate("Areas", text)


class Area(QWidget):
    """Base for an area: it knows the data hub and refreshes when told data changed."""

    topics: tuple[str, ...] = ()

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        hub.changed.connect(self._on_changed)

    def _on_changed(self, topic: str) -> None:
        if not self.topics or topic in self.topics or topic == "*":
            self.refresh()

    def refresh(self) -> None:
        """Reload what is shown from the database."""


class PlaceholderArea(Area):
    """An area whose screens are still to come: it explains what will be done here."""

    def __init__(self, hub: DataHub, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        layout = QVBoxLayout(self)
        self.empty = EmptyState(title, text)
        layout.addWidget(self.empty)


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str
    factory: Callable[[DataHub], Area]


def _placeholder(title: str, text: str) -> Callable[[DataHub], Area]:
    return lambda hub: PlaceholderArea(hub, title, text)


def _partnerships_area(hub: DataHub) -> Area:
    from desktop.ui.partnerships.register import PartnershipsArea

    return PartnershipsArea(hub)


def _commitments_area(hub: DataHub) -> Area:
    from desktop.ui.commitments_area import CommitmentsArea

    return CommitmentsArea(hub)


def _resources_area(hub: DataHub) -> Area:
    from desktop.ui.resources_area import ResourcesArea

    return ResourcesArea(hub)


def _reviews_area(hub: DataHub) -> Area:
    from desktop.ui.reviews import ReviewsArea

    return ReviewsArea(hub)


def _returns_area(hub: DataHub) -> Area:
    from desktop.ui.returns_area import ReturnsArea

    return ReturnsArea(hub)


def default_areas() -> list[AreaSpec]:
    from desktop.ui.home import HomeArea

    return [
        AreaSpec("home", tr("&Home"), HomeArea),
        AreaSpec("partnerships", tr("&Partnerships"), _partnerships_area),
        AreaSpec("commitments", tr("&Commitments"), _commitments_area),
        AreaSpec("resources", tr("&Resource needs"), _resources_area),
        AreaSpec("reviews", tr("Re&views"), _reviews_area),
        AreaSpec("returns", tr("Re&turns"), _returns_area),
    ]
