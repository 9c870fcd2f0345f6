"""How each partnership is run, in the return (issue 17, items 1-5): the JSON follows the
version 2 schema, counts partners' attendance and quorum per meeting, and names nobody
unless contact details are included."""

from __future__ import annotations

import json

from jsonschema import Draft202012Validator

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
    assert chair["person"]["name"] == "Cllr Helen Moss"
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
