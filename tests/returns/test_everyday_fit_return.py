"""What partnerships really have travels in the return (issue 21, item 7): a partner that is
a kind of organisation, support in kind, "City", "In progress" and a "Not known" sector are
in the version 2 data, printed in words, and read by the collection; version 1 refuses them."""

from __future__ import annotations

import copy
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import select

from desktop.domain.return_period import parse_period
from desktop.reports.return_pdf import render_return_pdf
from desktop.services import partners, rows
from desktop.services.collection.samples import resign
from desktop.services.return_data import build_return
from desktop.services.return_reader import schema, validate_payload
from desktop.store.models import Partnership

NOW = datetime(2026, 11, 28, 10, 30)


@pytest.fixture
def fitted(demo_database):  # type: ignore[no-untyped-def]
    with demo_database.session() as s:
        p = s.scalars(select(Partnership).order_by(Partnership.id)).first()
        p.scale = "city"
        partners.add_partners_from_text(s, p.id, "GP practices; Ashwater Chapel")
        gp = next(x for x in partners.partners_of(s, p.id) if x["name"] == "GP practices")
        partners.update_partner(s, gp["id"], {"is_kind": True})
        rows.add_funding_line(
            s, p.id, "Devon Leadership Academy", 150_000, period_label="2026-27", in_kind=True
        )
        rows.add_row(
            s,
            "action",
            p.id,
            {
                "description": "Map the GP practices' social prescribers",
                "status": "in_progress",
                "due_date": date(2026, 10, 1),
            },
        )
        name = p.name
    with demo_database.session() as s:
        payload = build_return(s, parse_period("2026-27"), now=NOW)
    return name, payload


def test_the_return_carries_them_and_the_collection_reads_them(fitted) -> None:  # type: ignore[no-untyped-def]
    name, payload = fitted
    entry = next(e for e in payload["partnerships"] if e["name"] == name)
    assert entry["scale"] == "city"
    sectors = {g["sector"]: g["organisations"] for g in entry["partners_by_sector"]}
    assert {"name": "GP practices", "role": "", "kind": True} in sectors["not_known"]
    assert {"name": "Ashwater Chapel", "role": ""} in sectors["not_known"]
    [in_kind] = [f for f in entry["funding"] if f.get("in_kind")]
    assert in_kind["amount_pence"] == 150_000
    assert "in_progress" in {a["status"] for a in entry["actions_due"]}
    # What the collection checks on import (signed as the group's Partnerbook signs it).
    signed = resign({k: v for k, v in copy.deepcopy(payload).items() if k != "sha256"})
    validate_payload(signed)
    Draft202012Validator(schema(2)).validate(payload)


def test_version_1_refuses_the_new_values(fitted) -> None:  # type: ignore[no-untyped-def]
    _name, payload = fitted
    errors = list(Draft202012Validator(schema(1)).iter_errors(payload))
    said = " ".join(e.message for e in errors)
    assert "'city'" in said or "'not_known'" in said or "'in_kind'" in said


def test_the_pdf_says_them_in_words(fitted, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _name, payload = fitted
    pdf = render_return_pdf(payload)
    text = " ".join(
        subprocess.run(["pdftotext", "-", "-"], input=pdf, check=True, capture_output=True)
        .stdout.decode()
        .split()
    )
    assert "Not known" in text
    assert "GP practices (any of this kind)" in text
    assert "£1,500.00 in kind (estimated)" in text
    assert "In progress" in text
    assert "City" in text
