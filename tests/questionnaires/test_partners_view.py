"""The partnership's view (issue 18, item 3): each partner's answers and subtotals side by
side, the spread where partners disagree, anonymous answers without names and only from
three partners up, and the return carrying counts and spread, never a person's name."""

from __future__ import annotations

from datetime import datetime, timedelta

from jsonschema import Draft202012Validator
from pypdf import PdfReader

from desktop.domain.frameworks import load_builtin
from desktop.domain.partner_view import PartnerReply, anonymised_summary, partners_view
from desktop.domain.questionnaire import answer_field
from desktop.domain.return_period import parse_period
from desktop.domain.scoring import review_questions
from desktop.reports.return_csv import return_csv_tables
from desktop.reports.return_html import render_return_html
from desktop.reports.return_pdf import render_return_pdf
from desktop.services.collection.intake import Limits
from desktop.services.partner_answers import review_partners_view
from desktop.services.questionnaire_reader import read_form_file
from desktop.services.questionnaires import (
    ADDED,
    collect_answers,
    make_questionnaire,
    questionnaires_of,
)
from desktop.services.return_data import build_return
from desktop.services.return_reader import schema
from desktop.services.review_outcomes import review_outcome
from desktop.services.reviews import finish_review, framework_of, save_answers
from desktop.store.models import Review
from tests.conftest import FIXED_TODAY
from tests.questionnaires.support import draft_review, fill_with_pypdf

TODAY = FIXED_TODAY
SIX = "partnership-assessment-six-principles"


def test_spread_subtotals_and_the_anonymity_rule_on_a_tool_with_domains() -> None:
    tool = load_builtin(SIX)
    refs = [item.ref for item in review_questions(tool)]
    council = PartnerReply(1, "District council", False, {refs[0]: "4", refs[1]: "4"})
    nhs = PartnerReply(2, "NHS trust", True, {refs[0]: "1", refs[1]: "3"})
    two = partners_view(tool, [council, nhs])
    # Two partners: the anonymous one is held back, and spreads count the shown one only.
    assert [c.label for c in two.columns] == ["District council"]
    assert two.held_back == 1 and two.partners == 2
    assert two.spreads[0].spread == 0
    assert anonymised_summary(two, ["District council"]) == {
        "partners": 2,
        "named_partners": ["District council"],
        "questions": [],
    }
    charity = PartnerReply(3, "Food bank", True, {refs[0]: "2", refs[1]: "dont_know"})
    three = partners_view(tool, [council, nhs, charity])
    assert [c.label for c in three.columns] == [
        "District council",
        "Anonymous partner 1",
        "Anonymous partner 2",
    ]
    first = three.spreads[0]
    assert (first.lowest, first.highest, first.spread) == (1, 4, 3)
    assert first.counts == {"4": 1, "1": 1, "2": 1}
    # "Don't know" is counted as said but never scored.
    assert three.spreads[1].counts == {"4": 1, "3": 1, "dont_know": 1}
    assert (three.spreads[1].answered, three.spreads[1].spread) == (2, 1)
    assert three.most_disagreed(1)[0].ref == refs[0]
    # Each partner's domain subtotal comes from the shared scoring (a sum for this tool).
    domain = next(key for key, _title in three.groups if "/" in key)
    assert three.columns[0].domain_scores[domain] is not None
    summary = anonymised_summary(three, ["District council"])
    assert summary["questions"][0] == {
        "question_ref": refs[0],
        "answered": 3,
        "counts": {"1": 1, "2": 1, "4": 1},
        "lowest": 1,
        "highest": 4,
        "spread": 3,
    }


def _answer(database, review_id, folder, name, organisation, choice, anonymous=False):  # type: ignore[no-untyped-def]
    values = {
        "organisation": organisation,
        "your_name": "Sam Person",
        answer_field(1): choice,
        answer_field(2): "/choice_1",
    }
    if anonymous:
        values["keep_anonymous"] = "/Yes"
    filled = fill_with_pypdf(folder / "anyone.pdf", folder / name, values)
    with database.session() as session:
        [outcome] = collect_answers(
            session, review_id, [(name, read_form_file(str(filled), Limits()))], TODAY
        )
    assert outcome.outcome == ADDED, outcome.reason
    return outcome.viewpoint


def test_anonymous_partners_appear_from_three_and_the_return_names_no_person(
    demo_database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    database = demo_database
    with database.session() as session:
        review_id = draft_review(session, TODAY - timedelta(days=2))
        make_questionnaire(session, review_id, tmp_path / "anyone.pdf", TODAY)
    assert _answer(database, review_id, tmp_path, "a.pdf", "District council", "/choice_1") == (
        "District council (Sam Person)"
    )
    hidden = _answer(database, review_id, tmp_path, "b.pdf", "NHS trust", "/choice_4", True)
    assert hidden == "Anonymous partner 1"
    with database.session() as session:
        _tool, view = review_partners_view(session, review_id)
        assert [c.label for c in view.columns] == ["District council (Sam Person)"]
        assert view.held_back == 1
        # Who was sent what says an anonymous answer came, never whose or when.
        [sent] = questionnaires_of(session, review_id)
        assert sent.answered == (("District council (Sam Person)", TODAY), ("", None))
        # The Viewpoints tab does not show the anonymous partner one by one either.
        labels = [label for _key, label in review_outcome(session, review_id).respondents]
        assert labels == ["District council (Sam Person)"]
    _answer(database, review_id, tmp_path, "c.pdf", "Food bank", "/choice_3")
    with database.session() as session:
        _tool, view = review_partners_view(session, review_id)
        assert [c.label for c in view.columns] == [
            "District council (Sam Person)",
            "Anonymous partner 1",
            "Food bank (Sam Person)",
        ]
        assert view.spreads[0].spread == 100  # Yes against No on the Devon scale
        assert "Anonymous partner 1" in [
            label for _key, label in review_outcome(session, review_id).respondents
        ]
        # The group still chooses the agreed answer; the partners' answers do not.
        review = session.get(Review, review_id)
        refs = [q.ref for q in review_questions(framework_of(session, review))]
        save_answers(session, review_id, {ref: ("partly", "") for ref in refs})
        finish_review(session, review_id, TODAY)
        assert review_outcome(session, review_id).result.question(refs[0]).score == 33

    with database.session() as session:
        payload = build_return(session, parse_period("2026-27"), now=datetime(2026, 11, 28, 10, 30))
    # Checked against the version 2 schema itself (signing is another part's concern).
    Draft202012Validator(schema(2)).validate(payload)
    entries = [
        p["latest_review"]
        for p in payload["partnerships"]
        if p["latest_review"] and "partner_answers" in p["latest_review"]
    ]
    [partners] = [e["partner_answers"] for e in entries]
    assert partners["partners"] == 3
    assert partners["named_partners"] == ["District council", "Food bank"]
    assert partners["questions"][0]["counts"] == {"no": 1, "partly": 1, "yes": 1}
    text = str(payload)
    assert "Sam Person" not in text and "NHS trust" not in text

    # The HTML, CSV and PDF copies say it too, in words.
    html = render_return_html(payload)
    assert "own answers: 3 partners answered (named: District council, Food bank)." in html
    assert (
        "Where partners disagree most: 4.8(a) Everyone takes part equally (from 0 to 100)" in html
    )
    reviews_csv = return_csv_tables(payload)["reviews.csv"]
    assert "partners_answered,partners_spread" in reviews_csv.splitlines()[0]
    pdf = tmp_path / "return.pdf"
    pdf.write_bytes(render_return_pdf(payload))
    shown = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Partners' own answers: 3 partners answered" in " ".join(shown.split())
