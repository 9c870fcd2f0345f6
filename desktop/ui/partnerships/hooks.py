"""Where other areas plug into a partnership's screens.

The joining check (Code 4.1), the printed meeting brief and turning a meeting's time and
travel into a resource need belong to other areas. Each is reached through one function
here, so the partnership screens never need to know how they are built.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui import brief_action, cost_dialogs
from desktop.ui.data import DataHub
from desktop.ui.joining import JoiningCheckForm


def joining_widget(hub: DataHub, partnership_id: int) -> QWidget:
    """The questions to ask before joining, shown while we are still considering."""
    return JoiningCheckForm(hub, partnership_id)


def export_brief(parent: QWidget, hub: DataHub, partnership_id: int) -> None:
    """Save the one-page brief for the next meeting (the returns area builds it)."""
    brief_action.export_brief(parent, hub, partnership_id)


def add_meeting_costs(parent: QWidget, hub: DataHub, meeting_id: int) -> bool:
    """Turn a meeting's time and travel into resource needs (the resources area's dialog)."""
    return cost_dialogs.add_meeting_costs(parent, hub, meeting_id)
