"""The people of how a partnership is run (issue 17, item 3): office holders and the people we
deal with at partners are person records, exported and forgotten like our own."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.people_rules import FORMER_REPRESENTATIVE
from desktop.domain.return_period import parse_period
from desktop.paths import AppPaths
from desktop.reports.person_report import render_person_pdf
from desktop.services.forgetting import forget_person_everywhere
from desktop.services.privacy import list_people, person_record
from desktop.services.return_data import build_return
from desktop.store.database import Database
from desktop.store.models import Decision, Office, PartnerContact, Person

NOW = datetime(2026, 11, 28, 18, 0)


def _person(db: Database, name: str) -> int:
    with db.session() as session:
        return session.scalars(select(Person.id).where(Person.full_name == name)).one()


def test_contacts_and_office_holders_are_listed_and_exported(demo_database: Database) -> None:
    with demo_database.session() as session:
        names = {row.full_name for row in list_people(session)}
        assert {"Sara Whitlock", "Dev Patel", "Helen Moss"} <= names
        sara = person_record(session, _person(demo_database, "Sara Whitlock"))
        helen = person_record(session, _person(demo_database, "Helen Moss"))
        margaret = person_record(session, _person(demo_database, "Margaret Ellery"))
    assert sara["contact_at_partners"] == [
        {
            "partnership": "North Devon Health and Wellbeing Partnership",
            "organisation": "Devon County Council",
            "role": "Public health officer",
        }
    ]
    assert helen["offices_held"][0] | {} == {
        "partnership": "North Devon Health and Wellbeing Partnership",
        "office": "Chair",
        "organisation": "North Devon Council",
        "from": "2024-05-01",
        "to": None,
    }
    assert [o["office"] for o in margaret["offices_held"]] == ["Vice-chair"]
    pdf = render_person_pdf(sara, group_name="Link")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Our contact at a partner organisation" in text
    assert "Public health officer" in text


def test_forgetting_a_contact_keeps_the_place_but_not_the_person(
    demo_database: Database, app_paths: AppPaths
) -> None:
    sara = _person(demo_database, "Sara Whitlock")
    with demo_database.session() as session:
        decision = session.scalars(select(Decision)).first()
        assert decision is not None
        decision.responsible = "Sara Whitlock, for the council"
    forget_person_everywhere(app_paths, demo_database, sara, now=NOW)
    with demo_database.session() as session:
        person = session.get_one(Person, sara)
        assert (person.full_name, person.email, person.phone) == (FORMER_REPRESENTATIVE, "", "")
        contact = session.scalars(
            select(PartnerContact).where(PartnerContact.person_id == sara)
        ).one()
        assert contact.role == "Public health officer"  # the place at the partner stays
        responsible = session.scalars(select(Decision.responsible)).all()
        assert "former representative, for the council" in responsible
        payload = build_return(session, parse_period("2026-27"), include_contacts=True)
    people = [
        c["name"]
        for p in payload["partnerships"]
        for m in p["governance"]["membership"]
        for c in m["contacts"]
    ]
    assert "Dev Patel" in people and FORMER_REPRESENTATIVE not in people


def test_forgetting_an_office_holder_leaves_the_office(
    demo_database: Database, app_paths: AppPaths
) -> None:
    helen = _person(demo_database, "Helen Moss")
    forget_person_everywhere(app_paths, demo_database, helen, now=NOW)
    with demo_database.session() as session:
        office = session.scalars(select(Office).where(Office.person_id == helen)).one()
        assert (office.kind, office.organisation) == ("chair", "North Devon Council")
        payload = build_return(session, parse_period("2026-27"), include_contacts=True)
    chairs = [
        o
        for p in payload["partnerships"]
        for o in p["governance"]["offices"]
        if o["organisation"] == "North Devon Council"
    ]
    assert chairs and all(o["person"] is None for o in chairs)
