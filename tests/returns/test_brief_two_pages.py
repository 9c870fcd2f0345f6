"""The meeting brief fits two pages by design, however much a partnership has (issue 21:
a busy partnership's brief ran to three pages)."""

from __future__ import annotations

import io
import subprocess

from pypdf import PdfReader
from sqlalchemy import select

from desktop.reports.brief_pdf import render_brief_pdf
from desktop.services.brief_data import build_brief
from desktop.store.models import Partnership
from tests.conftest import FIXED_TODAY

PURPOSE = (
    "To bring together the statutory, voluntary and community organisations of North Devon "
    "so that people living with long-term conditions, their carers and families get joined-up "
    "support close to home; to agree shared priorities each year from the joint strategic "
    "needs assessment; to make sure the voices of people with lived experience shape every "
    "decision, with at least two seats held by people who use the services. "
) * 12
ACTION = (
    "Write to the integrated care board asking for the mental health transformation money "
    "to be shared with the small community groups that run the peer support cafés, with "
    "figures from the last two quarters and the case studies agreed at the last meeting"
)


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, check=True, capture_output=True)
    return " ".join(out.stdout.decode().split())


def _busiest(demo_database, name: str = "North Devon"):  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        pid = session.scalars(select(Partnership.id).where(Partnership.name.startswith(name))).one()
        return build_brief(session, pid, FIXED_TODAY)


def test_a_brief_with_long_real_text_stays_on_two_pages(demo_database) -> None:  # type: ignore[no-untyped-def]
    brief = _busiest(demo_database)
    brief["purpose"] = PURPOSE
    brief["current_focus"] = PURPOSE[:900]
    action = {
        "description": ACTION,
        "owner": "Priya Shah",
        "due_date": "2026-12-01",
        "overdue": False,
        "status": "open",
    }
    brief["actions_from_last_meeting"] = [dict(action) for _ in range(14)]
    brief["other_open_actions"] = [dict(action, overdue=True) for _ in range(20)]
    brief["pending_needs"] = [
        {
            "description": ACTION,
            "status": "requested",
            "asked_of": "Devon County Council",
            "estimated_pence": 125000,
        }
        for _ in range(15)
    ]
    brief["need_help"] = [
        {
            "clause_ref": f"3.{n}",
            "title": "Consultation with the voluntary sector",
            "next_action": ACTION,
        }
        for n in range(12)
    ]
    pdf = render_brief_pdf(brief)
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 2
    text = _text(pdf)
    assert "Meeting brief: North Devon Health and Wellbeing Partnership" in text
    # What was left out is said, not silently dropped.
    assert "more in Partnerbook" in text
    assert "…" in text


def test_a_brief_that_fits_is_not_cut(demo_database) -> None:  # type: ignore[no-untyped-def]
    brief = _busiest(demo_database, "Torridge")
    brief["purpose"] = PURPOSE[:600]
    pdf = render_brief_pdf(brief)
    assert " ".join(PURPOSE[:600].split()) in _text(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 2
