"""The areas of the main window, in the order the navigation lists them.

Each area is a widget with ``refresh()`` (desktop.ui.area); the main window builds one
when it is first shown, so start-up only pays for the first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.ui.area import Area
from desktop.ui.data import DataHub


def tr(text: str) -> str:
    return QCoreApplication.translate("Areas", text)


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str
    factory: Callable[[DataHub], Area]


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
