"""What the window's pickers and screens list: current partnerships, people, a review's partners.

Read on the window's fast sqlite3 connection (``DataHub.read()``); the SQL is in
``store/queries/choices.py``, the meaning (which status is "considering", which is finished)
here, so a screen never spells out a query or a status string.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.vocab import PartnershipStatus, ReviewStatus
from desktop.store.queries import choices

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.domain.frameworks import Framework

__all__ = [
    "PartnershipChoice",
    "frameworks_in_use",
    "partnerships_to_choose",
    "people_to_choose",
    "review_is_finished",
    "review_partner_names",
]


@dataclass(frozen=True)
class PartnershipChoice:
    id: int
    name: str
    status: str

    @property
    def considering(self) -> bool:
        """Not joined yet: the group is still deciding whether to take a seat."""
        return self.status == PartnershipStatus.CONSIDERING


def partnerships_to_choose(conn: sqlite3.Connection) -> list[PartnershipChoice]:
    """Every partnership not archived, by name."""
    return [PartnershipChoice(*row) for row in choices.current_partnerships(conn)]


def people_to_choose(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(id, name) of everyone who can be named (those forgotten on request are not)."""
    return choices.people_not_forgotten(conn)


def review_is_finished(conn: sqlite3.Connection, review_id: int) -> bool:
    """True for a finished review: partners' answers are never added to one."""
    return choices.review_status(conn, review_id) == ReviewStatus.COMPLETE


def review_partner_names(conn: sqlite3.Connection, review_id: int) -> list[str]:
    """The partner organisations a review's questionnaire can be made for, by name."""
    return choices.review_partner_names(conn, review_id)


def frameworks_in_use(conn: sqlite3.Connection, session: Session) -> list[Framework]:
    """The newest version of each framework current partnerships use (commitments or
    reviews), by id; one that is no longer held is left out."""
    from desktop.domain.framework_model import FrameworkError
    from desktop.services.frameworks import latest_framework

    found = []
    for framework_id in sorted(choices.framework_ids_in_use(conn)):
        try:
            found.append(latest_framework(session, framework_id))
        except FrameworkError:
            continue
    return found
