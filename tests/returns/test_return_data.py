"""The return's data: what it carries, its schema, its hash, and what it leaves out."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desktop.domain import vocab
from desktop.domain.canonical import canonical_bytes, payload_hash, verify_hash
from desktop.domain.periods import PeriodError
from desktop.domain.return_period import parse_period, period_kind
from desktop.services.return_data import ReturnEmpty, build_return
from desktop.services.return_reader import ReturnFileError, schema, validate_payload
from desktop.services.signing import group_signing_key, sign_return
from desktop.store.models import Partnership, Person
from tests.returns.conftest import FIXED_NOW

FY = parse_period("2026-27")


def _build(database, **kwargs):  # type: ignore[no-untyped-def]
    with database.session() as session:
        return build_return(session, kwargs.pop("period", FY), now=FIXED_NOW, **kwargs)


def _signed(database, payload):  # type: ignore[no-untyped-def]
    """The payload as an export sends it: signed with the group's own key (issue 20), which
    the one validator requires of a version 2 return."""
    with database.session() as session:
        return sign_return(group_signing_key(session), payload)


def test_periods_are_read_as_people_write_them() -> None:
    assert (FY.start, FY.end, period_kind(FY)) == (
        date(2026, 4, 1),
        date(2027, 3, 31),
        "financial_year",
    )
    q3 = parse_period("2026-27 Q3")
    assert (q3.start, q3.end, q3.label, period_kind(q3)) == (
        date(2026, 10, 1),
        date(2026, 12, 31),
        "2026-27 Q3",
        "quarter",
    )
    own = parse_period("2026-10-01..2026-11-30")
    assert (own.start, own.end, period_kind(own)) == (
        date(2026, 10, 1),
        date(2026, 11, 30),
        "custom",
    )
    for bad in ("2026-28", "next year", "2026-12-01..2026-10-01", "2026-02-30..2026-03-01"):
        with pytest.raises(PeriodError):
            parse_period(bad)


def test_return_matches_schema_and_database(filled_database) -> None:  # type: ignore[no-untyped-def]
    payload = _build(filled_database)
    validate_payload(_signed(filled_database, payload))
    assert payload["schema"] == "partnerbook-return" and payload["schema_version"] == 2
    assert payload["created_at"] == "2026-11-28T10:30:00Z"
    assert payload["period"] == {
        "label": "2026-27",
        "kind": "financial_year",
        "start": "2026-04-01",
        "end": "2027-03-31",
    }
    assert payload["frameworks"][0]["id"] == "compact-devon-partnership-2008"
    with filled_database.session() as session:
        # The demo's task force closed and was archived before the period: not in the return.
        current = select(Partnership).where(Partnership.archived_at.is_(None))
        names = sorted(p.name for p in session.scalars(current))
        first = session.scalars(current.order_by(Partnership.name)).first()
        assert payload["group"]["name"] == "Holsworthy & Villages Community Link"
        entry = payload["partnerships"][0]
        assert entry["id"] == first.uuid and entry["purpose"] == first.purpose
        assert entry["themes"] == [t.theme for t in first.themes]
    assert [p["name"] for p in payload["partnerships"]] == names
    assert entry["seat"]["our_role"] == "subgroup_member"
    # filling.py rates every clause; "not applicable" too. Sections split as documented.
    assert {c["section"] for c in entry["commitments"]} == {"success_elements", "all_partners"}
    assert {c["section"] for c in entry["undertakings"]} == {"statutory", "voluntary"}
    totals = entry["resource_totals"]
    # Six needs from 12,000p rising by 2,500p: identified, requested, agreed, partly agreed
    # (half agreed), declined, received (in full).
    assert totals == {
        "count": 6,
        "identified_pence": 12_000,
        "requested_pence": 14_500 + 17_000 + 19_500 + 22_000 + 24_500,
        "agreed_pence": 17_000 + 19_500 // 2 + 24_500,
        "received_pence": 24_500,
        "unmet_pence": 14_500 + 17_000 + 19_500 + 22_000,
    }
    review = entry["latest_review"]
    assert review["date"] == "2026-10-09" and entry["previous_review"]["date"] == "2025-10-24"
    assert review["answers"][0] == {
        "question_ref": "4.8(a)",
        "section": "health_check",
        "title": "Everyone takes part equally",
        "answer": "yes",
        "answer_label": "Yes",  # issue 14: the words beside the key, for any reader
        "score": 100,
        "band": {"key": "strength", "label": "Working well"},
    }
    # The health check 4.8(a)-(h): yes, partly, mostly, yes, no, partly, mostly, (don't know:
    # left out). The headline is the health check alone; the evaluation that follows (the
    # same answers again: 100, 33, 67, 100, 0) is scored apart and never mixed into it.
    health_check = [100, 33, 67, 100, 0, 33, 67]
    assert review["overall_score"] == round(sum(health_check) / len(health_check), 1)
    by_key = review["section_scores"]
    assert by_key["health_check"] == review["overall_score"]
    assert by_key["evaluation"] == round((100 + 33 + 67 + 100 + 0) / 5, 1)
    assert review["band"] == {"key": "borderline", "label": "Could be better"}


def test_hash_is_over_the_canonical_form_without_itself(demo_database) -> None:  # type: ignore[no-untyped-def]
    payload = _build(demo_database)
    assert verify_hash(payload)
    body = {k: v for k, v in payload.items() if k != "sha256"}
    assert canonical_bytes(body) == json.dumps(
        body, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")
    assert payload["sha256"] == payload_hash(body)
    tampered = dict(payload, group=dict(payload["group"], name="Someone else"))
    assert not verify_hash(tampered)
    with pytest.raises(ReturnFileError, match="changed after it was exported"):
        validate_payload(tampered)


def test_same_data_and_clock_give_the_same_return(demo_database) -> None:  # type: ignore[no-untyped-def]
    assert _build(demo_database) == _build(demo_database)
    with demo_database.session() as session:
        later = build_return(session, FY, now=FIXED_NOW.replace(minute=31))
    assert later["return_id"] != _build(demo_database)["return_id"]


def test_default_return_names_nobody(filled_database, seeded_people) -> None:  # type: ignore[no-untyped-def]
    text = json.dumps(_build(filled_database), ensure_ascii=False)
    for value in seeded_people:
        assert value not in text
    entry = _build(filled_database)["partnerships"][1]
    assert [r["contact"] for r in entry["seat"]["representatives"]] == [None, None]
    owners = {a["owner"] for a in entry["actions_due"]}
    assert "Lead representative" in owners and "Torridge District Council" in owners


def test_contacts_appear_only_when_asked(filled_database) -> None:  # type: ignore[no-untyped-def]
    payload = _build(filled_database, include_contacts=True)
    validate_payload(_signed(filled_database, payload))
    text = json.dumps(payload, ensure_ascii=False)
    assert payload["include_contacts"] is True
    assert "Priya Shah" in text and "priya.shah@example.org" in text
    assert payload["group"]["main_contact"]["name"] == "Joe Pengelly"
    with filled_database.session() as session:
        person = session.scalars(select(Person).where(Person.full_name == "Priya Shah")).one()
        person.forgotten_at = FIXED_NOW
    assert "Priya Shah" not in json.dumps(_build(filled_database, include_contacts=True))


def test_a_period_with_nothing_in_it_is_refused_unless_asked(demo_database) -> None:  # type: ignore[no-untyped-def]
    early = parse_period("2010-11")
    with pytest.raises(ReturnEmpty, match="no partnerships to report for 2010-11"):
        _build(demo_database, period=early)
    empty = _build(demo_database, period=early, allow_empty=True)
    validate_payload(_signed(demo_database, empty))
    assert empty["partnerships"] == [] and empty["resource_totals"]["count"] == 0


def test_chosen_partnerships_and_unknown_ids(demo_database) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        first = session.scalars(select(Partnership).order_by(Partnership.id)).first()
        chosen_id, name = first.id, first.name
    payload = _build(demo_database, partnership_ids=[chosen_id])
    assert [p["name"] for p in payload["partnerships"]] == [name]
    with pytest.raises(ReturnEmpty, match="no partnership with the id 999"):
        _build(demo_database, partnership_ids=[chosen_id, 999])


def test_quarter_counts_only_its_meetings(filled_database) -> None:  # type: ignore[no-untyped-def]
    q3 = _build(filled_database, period=parse_period("2026-27 Q3"))
    busiest = next(p for p in q3["partnerships"] if p["name"].startswith("North Devon"))
    dates = [m["date"] for m in busiest["attendance"]["meeting_list"]]
    assert dates and all("2026-10-01" <= d <= "2026-12-31" for d in dates)
    assert busiest["attendance"]["meetings"] == len(dates)


def test_schema_choices_follow_the_vocabulary() -> None:
    props = schema()["$defs"]["partnership"]["properties"]
    assert props["status"]["enum"] == [m.value for m in vocab.PartnershipStatus]
    assert props["seat"]["oneOf"][1]["properties"]["our_role"]["enum"] == [
        m.value for m in vocab.OurRole
    ]
    need = schema()["$defs"]["resource_need"]["properties"]
    assert need["status"]["enum"] == [m.value for m in vocab.ResourceStatus]
    assert need["category"]["enum"] == [m.value for m in vocab.ResourceCategory]


def test_signoff_names_the_signer_only_with_contacts(demo_database) -> None:  # type: ignore[no-untyped-def]
    payload = _build(
        demo_database,
        signoff={"name": "A. Signer", "role": "Chair of trustees", "date": date(2026, 11, 30)},
    )
    assert payload["signoff"] == {"name": None, "role": "Chair of trustees", "date": "2026-11-30"}
    named = _build(
        demo_database,
        include_contacts=True,
        signoff={"name": "A. Signer", "role": "Chair of trustees", "date": date(2026, 11, 30)},
    )
    assert named["signoff"] == {
        "name": "A. Signer",
        "role": "Chair of trustees",
        "date": "2026-11-30",
    }
