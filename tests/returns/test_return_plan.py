"""The whole plan reaches the CVS (PDF, JSON, HTML, CSV), and no person's name does unless
the group chose to include contact details (issue 15, item 9)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.return_period import parse_period
from desktop.services import rows as plan_rows
from desktop.services.joining import save_joining_check
from desktop.services.return_reader import read_return
from desktop.services.returns import ExportRequest, export_return
from desktop.store.models import Partnership, Person, Representative
from tests.conftest import FIXED_TODAY
from tests.returns.conftest import FIXED_NOW

FY = parse_period("2026-27")
AREAS = ("Rural isolation", "Young carers", "Transport", "Digital skills")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
    return done.stdout.decode("utf-8")


@pytest.fixture
def planned(filled_database):  # type: ignore[no-untyped-def]
    """The demo with one partnership's plan filled in as a group did from real papers:
    four areas for action, three priorities with 24 steps, stakeholders, a joining check,
    and people's names typed into owner boxes and notes."""
    with filled_database.session() as session:
        # Not the demo's task force: it closed and was archived before the period.
        partnership = session.scalars(
            select(Partnership).where(Partnership.archived_at.is_(None)).order_by(Partnership.name)
        ).first()
        pid = partnership.id
        names = {p.full_name for p in session.scalars(select(Person))}
        rep = session.scalars(select(Representative).order_by(Representative.id)).first()
        rep_name = session.get_one(Person, rep.person_id).full_name
        other = sorted(names - {rep_name})[0]
        for n, area in enumerate(AREAS, start=1):
            plan_rows.add_aim_output(
                session,
                pid,
                area,
                aims=f"Aim {n} for {area.lower()}",
                outputs=f"Output {n} counted",
                build_on=f"Talk to {other} about it" if n == 1 else "",
            )
        for n in range(1, 4):
            priority = plan_rows.add_priority(session, pid, f"Priority goal {n}", notes="")
            for k in range(1, 9):
                plan_rows.add_priority_action(
                    session,
                    priority,
                    f"Step {n}.{k} to take",
                    step="immediate" if k <= 3 else "future",
                    # A name typed into "who", as people do; once in lower case.
                    owner_label=rep_name if k == 1 else (other.lower() if k == 2 else "Trustees"),
                    due_date=date(2026, 6, k),
                )
        for name in ("Service users", "Parish councils", "GP surgeries", "Carers"):
            plan_rows.add_stakeholder(session, pid, "4.2(a)", name, notes="")
        plan_rows.add_stakeholder(session, pid, "4.2(b)", "Schools", notes=f"{rep_name} knows")
        save_joining_check(
            session,
            pid,
            FIXED_TODAY,
            decision="join",
            decision_date=date(2026, 5, 1),
            why_join="To speak for small groups",
            what_we_bring=f"{other} and two volunteers",
        )
        session.commit()
    return filled_database, pid, sorted(names), rep_name, other


def _export(database, tmp_path: Path, include_contacts: bool, signer: str):  # type: ignore[no-untyped-def]
    out = tmp_path / ("named" if include_contacts else "plain")
    out.mkdir()
    request = ExportRequest(
        period=FY,
        out_path=out / "return.pdf",
        include_contacts=include_contacts,
        signoff_name=signer,
        signoff_role="Chair of trustees",
        html_path=out / "return.html",
        csv_dir=out / "csv",
    )
    with database.session() as session:
        result = export_return(session, request, now=FIXED_NOW)
    texts = {
        "pdf": _pdf_text(result.path),
        "json": json.dumps(read_return(result.path), ensure_ascii=False),
        "html": (out / "return.html").read_text(encoding="utf-8"),
    }
    for path in sorted((out / "csv").iterdir()):
        texts[path.name] = path.read_text(encoding="utf-8-sig")
    return read_return(result.path), texts


def test_the_whole_plan_reaches_the_pdf_and_the_data(planned, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, pid, _names, _rep, _other = planned
    payload, texts = _export(database, tmp_path, False, "")
    with database.session() as session:
        uuid = session.get_one(Partnership, pid).uuid
    entry = next(e for e in payload["partnerships"] if e["id"] == uuid)
    plan = entry["plan"]
    # The partnership had a plan already; ours comes after it, every row of it.
    assert [a["area_for_action"] for a in plan["aims_outputs"]][-4:] == list(AREAS)
    ours = plan["priorities"][-3:]
    assert [p["title"] for p in ours] == [f"Priority goal {n}" for n in (1, 2, 3)]
    steps = [s for p in ours for s in p["steps"]]
    assert len(steps) == 24
    assert {s["step"] for s in steps} == {"immediate", "future"}
    assert len(plan["stakeholders"]) >= 5
    assert plan["joining_check"]["decision"] == "join"
    pdf, html = _flat(texts["pdf"]), _flat(texts["html"])
    for a in plan["aims_outputs"]:
        assert a["area_for_action"] in pdf and a["area_for_action"] in html
    for number, priority in enumerate(plan["priorities"], start=1):
        assert f"Priority {number}: {priority['title']}" in pdf
        assert f"Priority {number}: {priority['title']}" in html
        for step in priority["steps"]:
            assert step["description"] in pdf and step["description"] in html
    for stakeholder in plan["stakeholders"]:
        assert stakeholder["name"] in pdf and stakeholder["name"] in html
    assert "Joining check" in pdf and "To speak for small groups" in pdf
    assert "Decision" in pdf and "Join (1 May 2026)" in pdf
    plan_csv = [
        r for r in csv.DictReader(io.StringIO(texts["plan.csv"])) if r["partnership_id"] == uuid
    ]
    step_ids = {r["item_id"] for r in plan_csv if r["part"] == "priority_step"}
    assert step_ids == {s["id"] for p in plan["priorities"] for s in p["steps"]}
    assert {r["heading"] for r in plan_csv if r["part"] == "aims_outputs"} >= set(AREAS)


def test_no_persons_name_leaves_without_contact_details(planned, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, _pid, names, rep_name, _other = planned
    payload, texts = _export(database, tmp_path, False, rep_name)
    for where, text in texts.items():
        folded = _flat(text).casefold()
        for name in names:
            assert name.casefold() not in folded, f"{name} is in the {where}"
    owners = {s["owner"] for e in payload["partnerships"] for s in _steps(e)}
    assert "Lead representative" in owners and "Trustees" in owners
    plans = [e["plan"] for e in payload["partnerships"]]
    notes = {s["notes"] for plan in plans for s in plan["stakeholders"]}
    assert "our lead representative knows" in notes
    build_on = {a["build_on"] for plan in plans for a in plan["aims_outputs"]}
    assert "Talk to someone in our group about it" in build_on
    assert payload["signoff"]["name"] is None
    assert "Chair of trustees" in texts["pdf"] and "Chair of trustees" in texts["html"]


def _steps(entry):  # type: ignore[no-untyped-def]
    return [s for p in entry["plan"]["priorities"] for s in p["steps"]]


def test_names_appear_when_contact_details_are_included(planned, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, _pid, _names, rep_name, other = planned
    payload, texts = _export(database, tmp_path, True, rep_name)
    assert payload["signoff"]["name"] == rep_name
    owners = {s["owner"] for e in payload["partnerships"] for s in _steps(e)}
    assert rep_name in owners and other.lower() in owners
    for where in ("pdf", "json", "html", "plan.csv"):
        assert rep_name in _flat(texts[where]), where
        assert other in _flat(texts[where]), where
