"""``partnerbook reviews questionnaire`` and ``reviews collect-answers`` (issue 18): make a
partner's questionnaire from the command line, and bring filled copies back as viewpoints,
read in worker processes; any refused file is named with its reason and exits 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.questionnaire import answer_field
from tests.questionnaires.support import fill_with_pypdf


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_make_a_questionnaire_and_bring_the_answers_back(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "demo")[0] == 0
    answers = tmp_path / "agreed.json"
    answers.write_text('{"4.8(a)": "Yes"}', encoding="utf-8")
    code, out, err = run(
        capsys,
        "reviews",
        "record",
        "Torridge",
        "--tool",
        "compact-devon-partnership-2008",
        "--answers",
        str(answers),
        "--json",
    )
    assert code == 0, err
    review = json.loads(out)["review_id"]
    finished = next(
        r["id"]
        for r in json.loads(run(capsys, "reviews", "list", "--json")[1])
        if r["status"] == "complete"
    )

    code, _out, err = run(
        capsys, "reviews", "questionnaire", str(finished), "--out", str(tmp_path / "no.pdf")
    )
    assert code == 1 and "is finished" in err and not (tmp_path / "no.pdf").exists()
    code, _out, err = run(
        capsys, "reviews", "questionnaire", "9999", "--out", str(tmp_path / "no.pdf")
    )
    assert code == 1 and "There is no review 9999" in err

    blank = tmp_path / "council.pdf"
    code, out, err = run(
        capsys,
        "reviews",
        "questionnaire",
        str(review),
        "--out",
        str(blank),
        "--partner",
        "Torridge District Council",
        "--deadline",
        "2099-01-31",
        "--text",
        str(tmp_path / "council.txt"),
    )
    assert code == 0, err
    assert "for Torridge District Council" in out and blank.is_file()
    # The same questions as plain text, for a partner who cannot use PDF forms.
    text = " ".join((tmp_path / "council.txt").read_text(encoding="utf-8").split())
    assert "Torridge District Council to answer for itself" in text
    assert "1. Everyone takes part equally (4.8(a))" in text
    assert "Answers: Yes / Mostly / Partly / No / Don't know" in text
    assert "31 Jan 2099" in text or "31 January 2099" in text

    (tmp_path / "back").mkdir()
    filled = fill_with_pypdf(
        blank, tmp_path / "back" / "filled.pdf", {answer_field(1): "/choice_3"}
    )
    code, out, err = run(
        capsys,
        "reviews",
        "collect-answers",
        str(review),
        str(tmp_path / "back"),
        str(blank),
        "--json",
    )
    assert code == 1, err
    first, second = json.loads(out)
    assert first == {
        "file": "filled.pdf",
        "outcome": "added",
        "viewpoint": "Torridge District Council",
        "reason": None,
        "notes": [],
    }
    assert second["outcome"] == "rejected" and "no question is answered" in second["reason"]
    code, out, err = run(capsys, "reviews", "collect-answers", str(review), str(filled))
    assert code == 0 and "already brought back" in out
    listed = json.loads(run(capsys, "reviews", "list", "--json")[1])
    assert (
        "Torridge District Council" in next(r for r in listed if r["id"] == review)["respondents"]
    )


def test_list_who_was_sent_a_questionnaire_and_who_answered(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "demo")[0] == 0
    answers = tmp_path / "agreed.json"
    answers.write_text('{"4.8(a)": "Yes"}', encoding="utf-8")
    code, out, err = run(
        capsys,
        "reviews",
        "record",
        "Torridge",
        "--tool",
        "compact-devon-partnership-2008",
        "--answers",
        str(answers),
        "--json",
    )
    review = str(json.loads(out)["review_id"])
    assert run(capsys, "reviews", "questionnaires", review)[1].startswith("No questionnaire")
    blank = tmp_path / "anyone.pdf"
    assert run(capsys, "reviews", "questionnaire", review, "--out", str(blank))[0] == 0
    filled = fill_with_pypdf(
        blank,
        tmp_path / "back.pdf",
        {"organisation": "Food bank", answer_field(1): "/choice_1", "keep_anonymous": "/Yes"},
    )
    assert run(capsys, "reviews", "collect-answers", review, str(filled))[0] == 0
    code, out, err = run(capsys, "reviews", "questionnaires", review, "--json")
    assert code == 0, err
    [sent] = json.loads(out)
    assert sent["partner"] is None and sent["file"] == "anyone.pdf"
    assert sent["answered"] == [{"viewpoint": None, "on": None}]
    code, out, _err = run(capsys, "reviews", "questionnaires", review)
    assert "Any partner: sent" in out and "answered, anonymously" in out
