"""Report backs due in What's due on Home (issue 17, item 8), as the volunteer sees them:
one row per partnership that owes the people it represents a report back, with the date,
"Reporting back" as where it comes from, and no tick box (it goes when the report back is
recorded, not when ticked). A closed partnership owes none."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.services.governance import closure, registers
from desktop.store.models import Partnership
from desktop.ui.whats_due_model import WhatsDueModel
from tests.conftest import FIXED_TODAY


@pytest.fixture
def home(demo_database, main_window, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("desktop.ui.home.today", lambda: FIXED_TODAY)
    area = main_window.show_area("home")
    area.refresh()
    return area


def _report_backs(area) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    model = area.model
    found = {}
    for row in range(model.rowCount()):
        if model.index(row, WhatsDueModel.SOURCE).data() != "Reporting back":
            continue
        done = model.index(row, WhatsDueModel.DONE)
        assert not model.flags(done) & Qt.ItemFlag.ItemIsUserCheckable
        assert done.data(Qt.ItemDataRole.CheckStateRole) is None
        found[model.index(row, WhatsDueModel.PARTNERSHIP).data()] = (
            model.index(row, WhatsDueModel.WHAT).data(),
            model.index(row, WhatsDueModel.DUE).data(),
        )
    return found


def test_whats_due_lists_each_report_back_owed(home, demo_database) -> None:  # type: ignore[no-untyped-def]
    due = _report_backs(home)
    assert due == {
        # After each meeting (the seat's written duty): two weeks after the next meeting.
        "North Devon Health and Wellbeing Partnership": (
            "Report back to Board of trustees",
            "21 Dec 2026",
        ),
        # Every three months: three months after the last report back.
        "Torridge Rural Transport Forum": ("Report back to Board of trustees", "6 Dec 2026"),
    }
    with demo_database.session() as session:
        forum = session.scalars(select(Partnership).where(Partnership.short_name == "TRTF")).one()
        registers.add_register_row(
            session,
            "report_back",
            forum.id,
            {"reported_on": FIXED_TODAY, "to_whom": "Board of trustees", "how": "email"},
        )
    home.refresh()
    assert _report_backs(home)["Torridge Rural Transport Forum"][1] == "28 Feb 2027"
    with demo_database.session() as session:
        closure.close_partnership(
            session,
            forum.id,
            {"scope": "our_part", "closed_on": date(2026, 11, 28), "reason": "Handed on"},
        )
    home.refresh()
    assert "Torridge Rural Transport Forum" not in _report_backs(home)
