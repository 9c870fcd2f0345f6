"""How each partnership is run, in the return (issue 17, items 1-5): the JSON follows the
version 2 schema, counts partners' attendance and quorum per meeting, and names nobody
unless contact details are included."""

from __future__ import annotations

import csv
import io
import json

from jsonschema import Draft202012Validator
from pypdf import PdfReader

from desktop.domain.return_period import parse_period
from desktop.services.return_data import build_return
from desktop.services.return_reader import schema
from tests.returns.conftest import FIXED_NOW

YEAR = parse_period("2026-27")


def validate_payload(payload) -> None:  # type: ignore[no-untyped-def]
    """The version 2 schema alone (signing, checked by the collection, is another test's)."""
    Draft202012Validator(schema(2)).validate(payload)


def _first(payload):  # type: ignore[no-untyped-def]
    return next(
        p
        for p in payload["partnerships"]
        if p["name"] == "North Devon Health and Wellbeing Partnership"
    )


def test_the_demo_return_carries_how_it_is_run_and_meets_the_schema(demo_database) -> None:
    with demo_database.session() as s:
        payload = build_return(s, YEAR, now=FIXED_NOW)
    validate_payload(payload)
    gov = _first(payload)["governance"]
    assert gov["terms"]["exists"] is True
    assert (gov["terms"]["quorum_kind"], gov["terms"]["quorum_value"]) == ("share", 50)
    assert gov["terms"]["quorum_text"] == "50% of members"
    assert gov["terms"]["decision_method"] == "casting_vote"
    chair = next(o for o in gov["offices"] if o["office"] == "chair")
    assert chair["organisation"] == "North Devon Council" and chair["person"] is None
    assert chair["next_election"] == "2026-12-19"
    police = next(m for m in gov["membership"] if m["organisation"] == "Devon and Cornwall Police")
    assert police["current"] is False and police["left_reason"].startswith("Its neighbourhood")
    assert all(m["contacts"] == [] for m in gov["membership"])
    verdicts = [m["quorate"] for m in gov["meetings"]]
    assert False in verdicts and True in verdicts
    for meeting in gov["meetings"]:
        assert meeting["present"] + meeting["apologies"] + meeting["absent"] <= meeting["members"]
        assert meeting["quorate"] == (meeting["present"] >= meeting["quorum_needed"])
    rates = {r["partner"]: r for r in gov["attendance_rates"]}
    for rate in rates.values():
        marked = rate["present"] + rate["apologies"] + rate["absent"]
        assert rate["rate_percent"] == (round(100 * rate["present"] / marked) if marked else None)
    assert gov["overall_attendance_percent"] is not None
    decided = {d["what"][:20]: d for d in gov["decisions"]}
    assert decided["Make mental health a"]["actions_done"] == 1
    assert decided["Open a small grants r"[:20]]["actions_open"] == 1
    # Nobody named: the chair, the contacts and the vice-chair are scrubbed.
    text = json.dumps(payload)
    for name in ("Helen Moss", "Sara Whitlock", "Dev Patel", "Margaret Ellery"):
        assert name not in text


def test_contacts_and_office_holders_appear_only_when_asked(demo_database) -> None:
    with demo_database.session() as s:
        payload = build_return(s, YEAR, include_contacts=True, now=FIXED_NOW)
    validate_payload(payload)
    gov = _first(payload)["governance"]
    chair = next(o for o in gov["offices"] if o["office"] == "chair")
    assert chair["person"]["name"] == "Helen Moss"
    council = next(m for m in gov["membership"] if m["organisation"] == "Devon County Council")
    assert council["contacts"] == [
        {
            "name": "Sara Whitlock",
            "role": "Public health officer",
            "email": "sara.whitlock@example.org",
            "phone": "01392 000201",
        }
    ]


def test_a_partner_that_left_before_the_period_is_not_counted(demo_database) -> None:
    later = parse_period("2027-28")
    with demo_database.session() as s:
        payload = build_return(s, later, now=FIXED_NOW, allow_empty=True)
    first = _first(payload)
    names = [o["name"] for sector in first["partners_by_sector"] for o in sector["organisations"]]
    assert "Devon and Cornwall Police" not in names
    assert "Devon and Cornwall Police" not in [
        m["organisation"] for m in first["governance"]["membership"]
    ]
    assert first["governance"]["meetings"] == []


def test_pdf_html_and_csv_say_how_it_is_run(demo_database) -> None:
    from desktop.reports.return_csv import return_csv_tables
    from desktop.reports.return_html import render_return_html
    from desktop.reports.return_pdf import render_return_pdf

    with demo_database.session() as s:
        payload = build_return(s, YEAR, now=FIXED_NOW)
    pdf = render_return_pdf(payload)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace(
        "\n", " "
    )
    for words in (
        "How it is run",
        "Terms of reference and rules",
        "50% of members",
        "By a vote, the chair having a casting vote",
        "Chair and officers",
        "Membership over time",
        "Its neighbourhood team was merged",
        "Partners at each meeting",
        "Attendance of each partner (Code 4.8 a)",
        "Open a small grants round",
    ):
        assert words in text, words
    assert "Helen Moss" not in text  # named only with contact details
    html = render_return_html(payload)
    # Two partnerships have rules recorded; the youth hub has nothing, so one line says so.
    assert html.count("<h4>Terms of reference and rules</h4>") == 2
    assert (
        html.count("No rules, offices, partners&#x27; attendance or decisions recorded yet.")
        + (html.count("No rules, offices, partners' attendance or decisions recorded yet."))
        == 1
    )
    assert "Open a small grants round" in html
    rows = list(csv.reader(io.StringIO(return_csv_tables(payload)["how_it_is_run.csv"])))
    assert rows[0] == ["return_id", "partnership_id", "part", "item", "field", "value"]
    quorate = [r for r in rows if r[2] == "meeting" and r[4] == "quorate"]
    assert {r[5] for r in quorate} == {"yes", "no"}
    assert ["rules", "", "quorum_text", "50% of members"] in [r[2:] for r in rows]


def test_the_brief_says_who_chairs_the_quorum_and_what_decisions_are_open(demo_database) -> None:
    from sqlalchemy import select

    from desktop.reports.brief_pdf import render_brief_pdf
    from desktop.services.brief_data import build_brief
    from desktop.store.models import Partnership
    from tests.conftest import FIXED_TODAY

    with demo_database.session() as s:
        pid = s.scalars(select(Partnership.id).where(Partnership.short_name == "NDHWP")).one()
        brief = build_brief(s, pid, FIXED_TODAY)
    how_run = brief["how_run"]
    assert how_run["chair"] == "North Devon Council (Helen Moss)"
    assert how_run["chair_next_election"] == "2026-12-19"
    assert how_run["quorum"].startswith("50% of members: ")
    (open_decision,) = how_run["open_decisions"]
    assert open_decision["what"].startswith("Open a small grants round")
    (action,) = open_decision["actions"]
    assert action["description"].startswith("Publish the small grants criteria")
    # Listed under its decision, not again among the other actions.
    others = brief["actions_from_last_meeting"] + brief["other_open_actions"]
    assert not any(a["description"] == action["description"] for a in others)
    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(render_brief_pdf(brief))).pages
    ).replace("\n", " ")
    for words in (
        "North Devon Council (Helen Moss); election 19 Dec 2026",
        "50% of members",
        "Decisions still being carried out",
        "Publish the small grants criteria",
    ):
        assert words in text, words
