"""The meeting brief says when we next report back (and to whom), lists the open high risks
(the worst first, closed ones never), and says when the partnership has closed."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.reports.brief_pdf import render_brief_pdf
from desktop.services.brief_data import build_brief
from desktop.services.governance import closure, registers
from desktop.store.models import Partnership
from tests.conftest import FIXED_TODAY


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "brief.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.split())


def test_the_brief_has_report_back_and_open_high_risks(demo_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        board = session.scalars(select(Partnership).where(Partnership.short_name == "NDHWP")).one()
        registers.add_register_row(
            session,
            "risk",
            board.id,
            {
                "description": "Chair stands down",
                "likelihood": 5,
                "impact": 5,
                "status": "closed",
            },
        )
        registers.add_register_row(
            session,
            "risk",
            board.id,
            {"description": "Venue lost", "likelihood": 5, "impact": 4, "owner_label": "Clerk"},
        )
        brief = build_brief(session, board.id, FIXED_TODAY)
    run = brief["run"]
    assert [r["description"] for r in run["high_risks"]] == [
        "Venue lost",
        "The small grants round ends in March and nothing replaces it.",
    ]
    # The demo reported back after every meeting held, so the next is after the next one.
    assert run["report_back"] == {
        "next_due": "2026-12-21",
        "overdue": False,
        "to": "Board of trustees",
        "last": "2026-10-06",
    }
    text = _text(render_brief_pdf(brief), tmp_path)
    assert "Report back Due 21 Dec 2026, to Board of trustees; last 6 Oct 2026" in text
    assert (
        "Open high risks Venue lost (score 20, Clerk); The small grants round ends in March "
        "and nothing replaces it (score 16, Devon County Council)" in text
    )
    assert "Chair stands down" not in text


def test_a_closed_partnership_s_brief_says_so_and_owes_no_report_back(
    demo_database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        forum = session.scalars(select(Partnership).where(Partnership.short_name == "TRTF")).one()
        closure.close_partnership(
            session,
            forum.id,
            {"scope": "our_part", "closed_on": date(2026, 11, 1), "reason": "Handed on"},
        )
        brief = build_brief(session, forum.id, FIXED_TODAY)
    assert brief["run"]["report_back"]["next_due"] is None
    text = _text(render_brief_pdf(brief), tmp_path)
    assert "Closed 1 Nov 2026: we left it (it goes on without us)" in text
    assert "Report back Due" not in text
