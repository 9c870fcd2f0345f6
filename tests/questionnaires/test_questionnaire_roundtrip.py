"""A questionnaire made for a review, filled as a partner would, and brought back.

Each file gets one outcome (added, duplicate, replaces, rejected with a reason) and a
refused file changes nothing: the review's viewpoints and answers stay as they were.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from desktop.domain.questionnaire import ID_FIELD, answer_field, comment_field
from desktop.services.collection.intake import Limits, Rejected
from desktop.services.questionnaire_reader import read_form_file
from desktop.services.questionnaires import (
    ADDED,
    DUPLICATE,
    REJECTED,
    REPLACES,
    collect_answers,
    make_questionnaire,
    questionnaires_of,
)
from desktop.services.reviews import delete_review, finish_review
from desktop.services.whats_due import due_actions
from desktop.store import sqlite
from desktop.store.models import Review
from tests.conftest import FIXED_TODAY
from tests.questionnaires.support import (
    draft_review,
    fill_with_pdftk,
    fill_with_pypdf,
    pdftk,
)

TODAY = FIXED_TODAY
DEADLINE = TODAY + timedelta(days=14)


def _bring_back(database, review_id: int, *paths: Path):  # type: ignore[no-untyped-def]
    reads = []
    for path in paths:
        try:
            reads.append((path.name, read_form_file(str(path), Limits())))
        except Exception as exc:  # the Rejected is the reader's answer
            reads.append((path.name, exc))
    with database.session() as session:
        return collect_answers(session, review_id, reads, TODAY)


def _viewpoints(database, review_id: int) -> dict[str, dict[str, tuple[str, str]]]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        review = session.get(Review, review_id)
        labels = {r.id: r.label for r in review.respondents}
        found: dict[str, dict[str, tuple[str, str]]] = {label: {} for label in labels.values()}
        for answer in review.answers:
            if answer.respondent_id:
                found[labels[answer.respondent_id]][answer.question_ref] = (
                    answer.answer,
                    answer.comment,
                )
        return found


@pytest.fixture
def made(demo_database, tmp_path):  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        review_id = draft_review(session, TODAY)
        make_questionnaire(
            session,
            review_id,
            tmp_path / "council.pdf",
            TODAY,
            partner="Mid Devon District Council",
            deadline=DEADLINE,
        )
        make_questionnaire(session, review_id, tmp_path / "anyone.pdf", TODAY)
    return demo_database, review_id, tmp_path


def _reminders(database) -> dict[str, object]:  # type: ignore[no-untyped-def]
    conn = sqlite.connect(database.path)
    try:
        return {
            a.description: a.due_date
            for a in due_actions(conn, TODAY)
            if "answers" in a.description
        }
    finally:
        conn.close()


def test_a_form_filled_with_pypdf_becomes_the_partners_viewpoint(made) -> None:  # type: ignore[no-untyped-def]
    database, review_id, folder = made
    # Each questionnaire sent is a reminder in What's due, by its deadline.
    assert _reminders(database) == {
        "Chase Mid Devon District Council's answers to the health-check questionnaire": DEADLINE,
        "Bring back the partners' answers to the health-check questionnaire": None,
    }
    filled = fill_with_pypdf(
        folder / "council.pdf",
        folder / "council-filled.pdf",
        {
            answer_field(1): "/choice_1",  # Yes
            answer_field(2): "/choice_4",  # No
            comment_field(2): "We are rarely asked — Zoë",
            answer_field(3): "/choice_5",  # Don't know
            "your_name": "Jo Bloggs",
        },
    )
    [outcome] = _bring_back(database, review_id, filled)
    assert outcome.outcome == ADDED, outcome.reason
    assert outcome.viewpoint == "Mid Devon District Council (Jo Bloggs)"
    views = _viewpoints(database, review_id)
    assert views["Mid Devon District Council (Jo Bloggs)"] == {
        "4.8(a)": ("yes", ""),
        "4.8(b)": ("no", "We are rarely asked — Zoë"),
        "4.8(c)": ("dont_know", ""),
    }
    with database.session() as session:
        [council, anyone] = questionnaires_of(session, review_id)
    assert council.partner == "Mid Devon District Council" and council.deadline == DEADLINE
    assert council.answered == (("Mid Devon District Council (Jo Bloggs)", TODAY),)
    assert anyone.partner == "" and anyone.answered == ()
    # The council has answered: its reminder is done; the generic one stays.
    assert list(_reminders(database)) == [
        "Bring back the partners' answers to the health-check questionnaire"
    ]

    # The same file again is a duplicate; a changed answer replaces the earlier ones whole.
    [again] = _bring_back(database, review_id, filled)
    assert again.outcome == DUPLICATE
    changed = fill_with_pypdf(
        folder / "council.pdf", folder / "council-2.pdf", {answer_field(1): "/choice_2"}
    )
    [replaced] = _bring_back(database, review_id, changed)
    assert replaced.outcome == REPLACES
    assert replaced.viewpoint == "Mid Devon District Council"
    assert _viewpoints(database, review_id)["Mid Devon District Council"] == {
        "4.8(a)": ("mostly", "")
    }


@pytest.mark.skipif(pdftk() is None, reason="pdftk (pdftk-java) is not installed")
def test_a_form_filled_by_pdftk_is_read_the_same(made) -> None:  # type: ignore[no-untyped-def]
    database, review_id, folder = made
    filled = fill_with_pdftk(
        folder / "anyone.pdf",
        folder / "anyone-pdftk.pdf",
        {
            "organisation": "Devon Partnership NHS Trust",
            answer_field(1): "choice_3",
            answer_field(13): "choice_1",
            comment_field(13): "Measured each quarter",
            "keep_anonymous": "Yes",
        },
    )
    [outcome] = _bring_back(database, review_id, filled)
    assert outcome.outcome == ADDED, outcome.reason
    # Asked to stay anonymous: no name on the viewpoint, none stored.
    assert outcome.viewpoint == "Anonymous partner 1"
    assert _viewpoints(database, review_id)["Anonymous partner 1"] == {
        "4.8(a)": ("partly", ""),
        "4.8E(e)": ("yes", "Measured each quarter"),
    }


def _set_field(source: Path, target: Path, name: str, value: object) -> Path:
    writer = PdfWriter(clone_from=str(source))
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            parent = widget.get("/Parent")
            field = parent.get_object() if parent is not None else widget
            if field.get("/T") == name:
                field[NameObject("/V")] = value
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def test_refused_files_say_why_and_change_nothing(made, tmp_path) -> None:  # type: ignore[no-untyped-def]
    database, review_id, folder = made
    source = folder / "council.pdf"
    values = {answer_field(1): "/choice_1"}
    good = fill_with_pypdf(source, folder / "good.pdf", values)
    identity = str(PdfReader(str(good)).get_fields()[ID_FIELD]["/V"])

    # Tampered: the hidden code now claims another version of the tool.
    tampered = _set_field(
        good,
        folder / "tampered.pdf",
        ID_FIELD,
        TextStringObject(identity.replace("2008.1", "2009.1")),
    )
    # Extra fields: a field added to the form.
    extra_writer = PdfWriter(clone_from=str(good))
    from reportlab.pdfgen.canvas import Canvas  # a one-field form to borrow the field from

    donor = tmp_path / "donor.pdf"
    canvas = Canvas(str(donor))
    canvas.acroForm.textfield(name="bank_details", value="12345678", x=50, y=50)
    canvas.showPage()
    canvas.save()
    extra_writer.append(str(donor))
    extra = folder / "extra.pdf"
    with extra.open("wb") as handle:
        extra_writer.write(handle)
    # Flattened: printed to PDF (no fields left), here the pages without their form.
    flat_writer = PdfWriter()
    for page in PdfReader(str(good)).pages:
        flat_writer.add_page(page)
        if "/Annots" in flat_writer.pages[-1]:
            del flat_writer.pages[-1][NameObject("/Annots")]
    flat = folder / "flat.pdf"
    with flat.open("wb") as handle:
        flat_writer.write(handle)
    # From another review: a questionnaire made for a second draft review.
    with database.session() as session:
        other_id = draft_review(session, TODAY - timedelta(days=1), name_part="")
        make_questionnaire(session, other_id, folder / "other.pdf", TODAY)
    other = fill_with_pypdf(
        folder / "other.pdf", folder / "other-filled.pdf", {**values, "organisation": "X"}
    )
    # An unanswered form, and a file that is not a PDF at all.
    empty = fill_with_pypdf(source, folder / "empty.pdf", {"your_name": "Jo"})
    not_pdf = folder / "notes.pdf"
    not_pdf.write_text("answers: yes, yes, no")

    before = _viewpoints(database, review_id)
    outcomes = _bring_back(database, review_id, tampered, extra, flat, other, empty, not_pdf)
    assert [o.outcome for o in outcomes] == [REJECTED] * 6
    reasons = [str(o.reason) for o in outcomes]
    assert "does not match (the form was changed" in reasons[0]
    assert "bank_details" in reasons[1]
    assert "Type the answers in" in reasons[2] and "printed" in reasons[2]
    assert "questionnaire for another review" in reasons[3]
    assert "no question is answered" in reasons[4]
    assert "not a PDF" in reasons[5]
    assert _viewpoints(database, review_id) == before


def test_answers_are_not_added_to_a_finished_review(made) -> None:  # type: ignore[no-untyped-def]
    database, review_id, folder = made
    with database.session() as session:
        review = session.get(Review, review_id)
        from desktop.domain.scoring import review_questions
        from desktop.services.reviews import framework_of, save_answers

        refs = [q.ref for q in review_questions(framework_of(session, review))]
        save_answers(session, review_id, {ref: ("yes", "") for ref in refs})
        finish_review(session, review_id, TODAY)
    filled = fill_with_pypdf(
        folder / "council.pdf", folder / "f.pdf", {answer_field(1): "/choice_1"}
    )
    [outcome] = _bring_back(database, review_id, filled)
    assert outcome.outcome == REJECTED and "review is finished" in str(outcome.reason)


def test_a_deadline_in_the_past_is_refused(demo_database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.reviews import ReviewError

    with demo_database.session() as session:
        review_id = draft_review(session, TODAY)
    with pytest.raises(ReviewError) as caught, demo_database.session() as session:
        make_questionnaire(session, review_id, tmp_path / "q.pdf", TODAY, deadline=date(2026, 1, 1))
    assert "has passed already" in str(caught.value.problems[0])
    assert not (tmp_path / "q.pdf").exists()


def test_a_choice_written_only_on_the_ticked_box_is_read(made) -> None:  # type: ignore[no-untyped-def]
    """Some readers mark the ticked box (its /AS) and leave the group's value unset."""
    database, review_id, folder = made
    writer = PdfWriter(clone_from=str(folder / "council.pdf"))
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            parent = widget.get("/Parent")
            if parent is not None and parent.get_object().get("/T") == answer_field(1):
                states = [k for k in widget["/AP"]["/N"] if k != "/Off"]
                if states == ["/choice_3"]:
                    widget[NameObject("/AS")] = NameObject("/choice_3")
    boxes_only = folder / "boxes-only.pdf"
    with boxes_only.open("wb") as handle:
        writer.write(handle)
    [outcome] = _bring_back(database, review_id, boxes_only)
    assert outcome.outcome == ADDED, outcome.reason
    assert _viewpoints(database, review_id)[outcome.viewpoint] == {"4.8(a)": ("partly", "")}


def test_the_limits_of_an_untrusted_file_apply(made) -> None:  # type: ignore[no-untyped-def]
    database, review_id, folder = made
    filled = fill_with_pypdf(
        folder / "council.pdf", folder / "f.pdf", {answer_field(1): "/choice_1"}
    )
    with pytest.raises(Rejected) as too_large:
        read_form_file(str(filled), Limits(max_file_bytes=10_000))
    assert too_large.value.kind == "too_large" and "too large" in str(too_large.value)
    locked_writer = PdfWriter(clone_from=str(filled))
    locked_writer.encrypt(user_password="secret", owner_password="owner")
    locked = folder / "locked.pdf"
    with locked.open("wb") as handle:
        locked_writer.write(handle)
    [outcome] = _bring_back(database, review_id, locked)
    assert outcome.outcome == REJECTED and "protected by a password" in str(outcome.reason)


def test_deleting_the_review_takes_its_open_reminders_with_it(made) -> None:  # type: ignore[no-untyped-def]
    database, review_id, _folder = made
    assert len(_reminders(database)) == 2
    with database.session() as session:
        delete_review(session, review_id)
    assert _reminders(database) == {}
