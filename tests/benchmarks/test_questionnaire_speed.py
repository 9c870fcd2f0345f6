"""Making and reading back questionnaires: a real tool's at once, the largest tool a
framework may hold (500 questions of 20 answers) within the reader's time limit.

Run with ``pytest -m benchmark tests/benchmarks``. Measured on this shared 2-core machine:
the Devon Code's 13 questions ~0.1 s to make and to read; 500 x 20 7-12 s to make and 12-19 s
to read (as busy as the machine was). An old laptop is slower, which the reader's 60-second
limit allows for.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest

from desktop.domain.framework_model import MAX_ITEMS, MAX_SCALE_OPTIONS
from desktop.domain.frameworks import load_builtin
from desktop.domain.questionnaire import (
    FormQuestion,
    Identity,
    answer_field,
    form_questions,
    identity_text,
)
from desktop.reports.questionnaire_pdf import QuestionnaireSheet, render_questionnaire_pdf
from desktop.services.questionnaire_reader import LIMITS, read_form_file
from tests.questionnaires.support import fill_with_pypdf

pytestmark = pytest.mark.benchmark


def _timed(questions: tuple[FormQuestion, ...], folder: Path) -> tuple[float, float, int]:
    identity = Identity(str(uuid.uuid4()), "tool", "1", len(questions))
    sheet = QuestionnaireSheet(
        "A partnership",
        "Our group",
        "",
        "",
        "A tool",
        "1",
        questions,
        identity_text(identity, b"k" * 32),
    )
    started = time.perf_counter()
    data = render_questionnaire_pdf(sheet)
    made = time.perf_counter() - started
    blank = folder / f"blank-{len(questions)}.pdf"
    blank.write_bytes(data)
    filled = fill_with_pypdf(
        blank,
        folder / f"filled-{len(questions)}.pdf",
        {answer_field(q.number): "/choice_2" for q in questions},
    )
    started = time.perf_counter()
    read = read_form_file(str(filled), LIMITS)
    reading = time.perf_counter() - started
    assert read["fields"][answer_field(len(questions))].lstrip("/") == "choice_2"
    return made, reading, len(data) // 1024


def test_a_real_tools_questionnaire_is_made_and_read_at_once(tmp_path: Path) -> None:
    made, reading, size = _timed(form_questions(load_builtin()), tmp_path)
    print(f"\nDevon Code, 13 questions: {size} KB, made in {made:.2f} s, read in {reading:.2f} s")
    assert made < 1.0 and reading < 1.0


def test_the_largest_questionnaire_is_read_within_the_time_limit(tmp_path: Path) -> None:
    options = tuple((str(n), f"{n} of {MAX_SCALE_OPTIONS - 1}") for n in range(MAX_SCALE_OPTIONS))
    questions = tuple(
        FormQuestion(n, f"Q{n}", f"Question {n}", "How true is this? " * 4, "Tool", "", options)
        for n in range(1, MAX_ITEMS + 1)
    )
    made, reading, size = _timed(questions, tmp_path)
    print(f"\n500 x 20: {size} KB, made in {made:.2f} s, read in {reading:.2f} s")
    assert made < 20.0 and reading < LIMITS.seconds / 2
