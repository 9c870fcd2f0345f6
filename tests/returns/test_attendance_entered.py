"""A meeting with no attendance entered does not count against us (issue 21: a brand-new
meeting made the rate "0 of 1 attended: 0%")."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from desktop.reports.return_text import attendance_sentence
from desktop.services.return_sections import _attendance


def _meeting(day: int, *statuses: str) -> SimpleNamespace:
    return SimpleNamespace(
        meeting_date=date(2026, 5, day),
        title="",
        attendance=[SimpleNamespace(status=s) for s in statuses],
    )


def test_the_rate_is_over_meetings_with_attendance_entered() -> None:
    attendance = _attendance([_meeting(1, "attended"), _meeting(2, "apologies"), _meeting(3)])
    assert attendance["meetings"] == 3  # every meeting is still listed
    assert attendance["meetings_attended"] == 1
    assert attendance["rate_percent"] == 50  # 1 of the 2 with attendance entered
    assert attendance_sentence(attendance) == (
        "3 meetings in this period (2 meetings with attendance entered); someone from our "
        "group attended 1 (50%)."
    )


def test_a_new_meeting_alone_has_no_rate() -> None:
    attendance = _attendance([_meeting(1)])
    assert attendance["rate_percent"] is None
    assert attendance_sentence(attendance) == (
        "1 meeting in this period; attendance not entered yet."
    )
    every = _attendance([_meeting(1, "attended")])
    assert attendance_sentence(every) == (
        "1 meeting in this period; someone from our group attended 1 (100%)."
    )
