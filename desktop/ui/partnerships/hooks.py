"""Where other areas plug into a partnership's screens.

The joining check (Code 4.1), the printed meeting brief and turning a meeting's time and
travel into a resource need belong to other areas. Each is reached through one function
here, so the partnership screens never need to know how they are built.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.data import DataHub


def tr(text: str) -> str:
    return QCoreApplication.translate("PartnershipHooks", text)


def joining_widget(hub: DataHub, partnership_id: int) -> QWidget:
    """The questions to ask before joining, shown while we are still considering."""
    label = QLabel(
        tr(
            "Before you decide, ask: what has been done already, who else does this, "
            "what joining would cost us in time and money, and what we would bring."
        )
    )
    label.setWordWrap(True)
    return label


def brief_available() -> bool:
    """True once the meeting brief can be printed from here."""
    return False


def export_brief(parent: QWidget, hub: DataHub, partnership_id: int) -> None:
    """Print the one-page brief for the next meeting (the returns area builds it)."""


def meeting_costs_available() -> bool:
    return False


def add_meeting_costs(parent: QWidget, hub: DataHub, meeting_id: int) -> None:
    """Turn a meeting's time and travel into a resource need (the resources area)."""
