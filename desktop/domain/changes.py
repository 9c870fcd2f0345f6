"""What changed: the typed topics a write announces and the views subscribe to.

A write in the window (``DataHub.write``) or a long job (``ui/background.run_in_background``)
says which kind of records it changed; each view refreshes only for the kinds it shows. One
closed list, so a misspelt topic is an error where it is written rather than a view that
silently never refreshes. A service that runs a long job may return the set it changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

__all__ = ["Change", "Changes", "changes_of"]


class Change(StrEnum):
    GROUP = "group"  # the group's own profile
    PARTNERSHIPS = "partnerships"  # a partnership, its partners, meetings, seats, rules
    PEOPLE = "people"
    ACTIONS = "actions"  # actions agreed at meetings
    REVIEWS = "reviews"
    JOINING = "joining"  # the assessment before joining a partnership
    FRAMEWORKS = "frameworks"  # frameworks imported or chosen
    COMMITMENTS = "commitments"
    RESOURCES = "resources"  # time and money given, needs
    RETURNS = "returns"  # returns made and logged
    SETTINGS = "settings"
    EVERYTHING = "*"  # the records were replaced (a restore): every view reloads


Changes = frozenset[Change]


def changes_of(what: Change | Iterable[Change]) -> Changes:
    """One change or several as a set; anything but a Change is refused (a free-text topic)."""
    items = (what,) if isinstance(what, str) else tuple(what)
    for item in items:
        if not isinstance(item, Change):
            raise TypeError(f"Not a Change: {item!r}")
    return frozenset(items)
