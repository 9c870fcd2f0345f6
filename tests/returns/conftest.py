"""Fixtures for returns: the demo filled with every kind of record a return carries."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from desktop.store.models import Partnership, Person
from tests.conftest import FIXED_TODAY
from tests.returns.filling import fill_partnership

FIXED_NOW = datetime(2026, 11, 28, 10, 30, 0)


@pytest.fixture
def filled_database(demo_database):  # type: ignore[no-untyped-def]
    """The demo group, each partnership with ratings, needs, reviews, meetings and more."""
    with demo_database.session() as session:
        for partnership in session.scalars(select(Partnership)):
            fill_partnership(session, partnership, FIXED_TODAY)
    return demo_database


@pytest.fixture
def seeded_people(demo_database) -> list[str]:  # type: ignore[no-untyped-def]
    """Every name, email and phone number of a person in the example data."""
    with demo_database.session() as session:
        people = list(session.scalars(select(Person)))
        found = [p.full_name for p in people] + [p.email for p in people if p.email]
        found += [p.phone for p in people if p.phone]
    assert len(found) >= 8  # the demo's four people at least
    return found
