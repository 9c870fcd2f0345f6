"""The one vocabulary of problems: templates kept apart from values, so any language fits."""

from __future__ import annotations

from desktop.domain.dates import DateError, parse_date
from desktop.domain.ledger import LedgerError, read_need_form
from desktop.domain.problems import (
    Message,
    Problem,
    ProblemsError,
    UserError,
    fill,
    problem_from,
)


def shout(template: str) -> str:
    """A stand-in translation: upper case, the {why} field kept as it is."""
    return template.upper().replace("{WHY}", "{why}")


def test_a_message_is_english_until_translated() -> None:
    message = Message("Line {number}: the name is too long.", number=3)
    assert str(message) == "Line 3: the name is too long."
    assert message.text(lambda t: "Zeile {number}: der Name ist zu lang.") == (
        "Zeile 3: der Name ist zu lang."
    )


def test_a_reason_inside_a_sentence_is_translated_too() -> None:
    reason = Message("the disk is full")
    error = UserError("Not saved: {why}.", why=reason)
    assert str(error) == "Not saved: the disk is full."
    assert error.text(shout) == "NOT SAVED: THE DISK IS FULL."
    nested = UserError("Copy failed ({why}).", why=UserError("the disk is full"))
    assert nested.text(shout) == "COPY FAILED (THE DISK IS FULL)."


def test_a_broken_translation_or_stray_braces_never_hide_the_message() -> None:
    assert fill("Keep it under {limit}.", {"limit": 3}, lambda _t: "{lmit}") == "Keep it under 3."
    # A message made the old way, with a brace someone typed: shown as it is.
    assert str(UserError("“{oops}” is not a number.")) == "“{oops}” is not a number."


def test_problems_carry_their_field_and_say_themselves_in_order() -> None:
    error = ProblemsError(
        [Problem("name", "Give the partnership a name."), Problem("end_date", "Too early.")]
    )
    assert isinstance(error, ValueError) and isinstance(error, UserError)
    assert [p.field for p in error.problems] == ["name", "end_date"]
    assert str(error) == "Give the partnership a name. Too early."


def test_a_caught_refusal_becomes_the_problem_of_a_field_still_translatable() -> None:
    try:
        parse_date("31/02/2026")
    except DateError as exc:
        problem = problem_from("start_date", exc)
    assert problem.field == "start_date"
    assert problem.template == "{typed} is not a real date."
    assert problem.message == "'31/02/2026' is not a real date."
    other = problem_from("x", KeyError("bug"))
    assert other.message == "'bug'"


def test_the_ledger_refuses_with_the_one_problem_type() -> None:
    try:
        read_need_form(
            description="",
            category="care",
            quantity="lots",
            unit="items",
            unit_cost="",
            estimate="",
        )
    except LedgerError as exc:
        fields = {p.field: p for p in exc.problems}
    assert isinstance(fields["quantity"], Problem)
    assert fields["quantity"].template == "“{typed}” is not a number. Write it like 2.5."
    assert fields["description"].message == "Say what the need is, in a few words."
