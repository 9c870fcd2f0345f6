"""Returns and briefs read the framework a review was made with (issue 14, item 3).

End to end through the command line, as a CVS would script it: choose a review tool for a
partnership, record a review from an answers file, then export the return (PDF, JSON
inside, HTML, CSV) and the meeting brief, and read what they say. Two tools: the built-in
six-principles check (sum-scored domains, bands that start at 4 and 24, a reversed
statement, "Don't know") and the Devon Code (health check and evaluation scored apart).
"""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.frameworks import load_builtin
from desktop.services.return_reader import read_return

SIX = "partnership-assessment-six-principles"
DEVON = "compact-devon-partnership-2008"
FORUM = "Torridge Rural Transport Forum"
REVIEW_DAY = "2026-11-20"  # before FIXED_TODAY and the machine's today, inside 2026-27
EARLIER_DAY = "2026-06-01"

# Principle 1 as bad as it can be (1.4 is reversed: agreeing that we "could manage alone"
# scores lowest); principle 4 has a "Don't know", which is left out, not counted as 0.
SIX_ANSWERS = {
    "1.1": "Strongly disagree",
    "1.2": "Strongly disagree",
    "1.3": "Strongly disagree",
    "1.4": "Strongly agree",
    **{f"2.{n}": "Strongly agree" for n in range(1, 5)},
    "3.1": "Agree",
    "3.2": "Agree",
    "3.3": "Agree",
    "3.4": "Disagree",
    "4.1": "Agree",
    "4.2": "Disagree",
    "4.3": "Don't know",
    "4.4": "Agree",
    **{f"5.{n}": "Disagree" for n in range(1, 5)},
    **{f"6.{n}": "Agree" for n in range(1, 5)},
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def pdf_text(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(text.split())


def record(  # type: ignore[no-untyped-def]
    capsys, tmp_path: Path, partnership: str, tool: str, answers: dict[str, str], day: str
) -> None:
    path = tmp_path / f"{tool}.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    run(capsys, "partnerships", "set-framework", partnership, "--reviews", tool)
    run(
        capsys,
        "reviews",
        "record",
        partnership,
        "--tool",
        tool,
        "--answers",
        str(path),
        "--finish",
        "--date",
        day,
    )


def export(capsys, tmp_path: Path, partnership: str) -> tuple[Path, dict]:  # type: ignore[no-untyped-def,type-arg]
    out = tmp_path / "return.pdf"
    run(
        capsys,
        "export-return",
        "--period",
        "2026-27",
        "--partnership",
        partnership,
        "--out",
        str(out),
        "--html",
        str(tmp_path / "return.html"),
        "--csv",
        str(tmp_path / "csv"),
    )
    return out, read_return(out)


def csv_rows(tmp_path: Path, name: str) -> list[dict[str, str]]:
    with (tmp_path / "csv" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_sum_scored_tool_with_domains_in_the_return_and_the_brief(
    demo_database, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    devon = load_builtin(DEVON)
    record(
        capsys, tmp_path, FORUM, DEVON, {i.ref: "Yes" for i in devon.review_items()}, EARLIER_DAY
    )
    record(capsys, tmp_path, FORUM, SIX, SIX_ANSWERS, REVIEW_DAY)
    tool = load_builtin(SIX)
    out, payload = export(capsys, tmp_path, FORUM)
    [entry] = payload["partnerships"]
    review = entry["latest_review"]

    # The JSON: the framework by title, the scale note, labels beside keys, domains.
    assert review["framework_id"] == SIX
    assert review["framework_title"] == tool.title == "Partnership health check: six principles"
    assert review["scale_note"] == tool.scale_note and "not the tool's" in tool.scale_note
    assert {f["id"]: f["title"] for f in payload["frameworks"]}[SIX] == tool.title
    by_ref = {a["question_ref"]: a for a in review["answers"]}
    assert (by_ref["1.4"]["answer"], by_ref["1.4"]["answer_label"]) == ("4", "Strongly agree")
    assert by_ref["1.4"]["score"] == 1  # reversed
    assert by_ref["4.3"]["answer_label"] == "Don't know" and by_ref["4.3"]["score"] is None
    [section] = review["sections"]
    assert (section["method"], section["lowest"], section["highest"]) == ("sum", 24, 96)
    domains = {d["key"]: d for d in section["domains"]}
    assert (domains["P1"]["score"], domains["P1"]["band"]["label"]) == (4, "Needs work")
    assert (domains["P2"]["score"], domains["P2"]["band"]["label"]) == (16, "In place")
    # Principle 4: 3, 2 and (4.4 reversed) 2 scored, "Don't know" left out: the mean of
    # the three, times four statements.
    assert domains["P4"]["score"] == round((3 + 2 + 2) / 3 * 4, 1)
    assert domains["P4"]["band"]["label"] == "Mixed"
    # 23 scored statements, scaled up to all 24 for the whole-check bands (24 to 96).
    scored = [a["score"] for a in review["answers"] if a["score"] is not None]
    assert len(scored) == 23
    assert review["overall_score"] == round(sum(scored) / 23 * 24, 1)
    assert review["band"] == {"key": "mixed", "label": "Mixed"}
    assert review["section_scores"] == {"health_check": review["overall_score"]}

    # The PDF: title not id, the overall on the tool's own range, domains, the note.
    text = pdf_text(out)
    assert f"made with {tool.title} (version {tool.version})" in text
    assert f"overall score {review['overall_score']:g} (from 24 to 96) (Mixed)" in text
    assert "Accept the need for partnership: 4 (from 4 to 16), Needs work." in text
    assert "Clear, realistic purpose: 16 (from 4 to 16), In place." in text
    assert "The six principles come from the Partnership Assessment Tool" in text
    assert "1.4 Could manage alone – 1 (Strongly agree)" in text  # reversed, by its label
    assert SIX not in text  # the cover and the review name the framework by its title
    # The review before was made with the Devon Code: another tool, so not compared.
    previous = entry["previous_review"]
    assert previous is not None and previous["framework_id"] == DEVON
    assert "was made with another tool, so the scores are not compared" in text

    # The HTML says the same.
    html = (tmp_path / "return.html").read_text(encoding="utf-8")
    assert "Accept the need for partnership: 4 (from 4 to 16), Needs work." in html
    assert "The six principles come from the Partnership Assessment Tool" in html
    assert f"made with {tool.title} (version {tool.version})" in html
    assert SIX not in html  # frameworks are named by their titles
    assert "Don&#x27;t know" in html or "Don't know" in html

    # The CSV: labels, never keys.
    rows = [r for r in csv_rows(tmp_path, "reviews.csv") if r["which"] == "latest"]
    assert len(rows) == 24
    keys = {o.key for o in tool.answer_scale}
    labels = {o.label for o in tool.answer_scale}
    assert {r["answer"] for r in rows} <= labels and not {r["answer"] for r in rows} & keys
    assert {r["framework"] for r in rows} == {f"{tool.title} (version {tool.version})"}
    assert {r["band"] for r in rows} == {"Mixed"}
    assert {r["section"] for r in rows} == {"Six principles of partnership working"}
    [partnership_row] = csv_rows(tmp_path, "partnerships.csv")
    assert partnership_row["latest_review_band"] == "Mixed"
    assert partnership_row["status"] == "Active"

    # The brief finds the weak answers the review finds: principle 1's four statements,
    # with the next step of principle 1's band, never "nothing in the lowest band".
    brief = tmp_path / "brief.pdf"
    run(capsys, "brief", FORUM, "--out", str(brief))
    said = pdf_text(brief)
    assert "nothing in the lowest band" not in said
    assert "(Six principles check), these answers are weak" in said
    for ref in ("1.1", "1.2", "1.3", "1.4"):
        assert f"{ref} {tool.item(ref).title}" in said
    next_step = tool.review_sections[0].bands_at("domain")[0].next_step
    assert " ".join(next_step.split()) in said


def test_the_devon_code_scores_its_evaluation_apart_and_names_its_scale(
    demo_database, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    devon = load_builtin(DEVON)
    health = devon.section("health_check")
    evaluation = devon.section("evaluation")
    answers = {item.ref: "Yes" for item in health.items}
    answers[health.items[0].ref] = "No"
    answers.update({item.ref: "No" for item in evaluation.items})
    record(capsys, tmp_path, FORUM, DEVON, answers, REVIEW_DAY)
    out, payload = export(capsys, tmp_path, FORUM)
    review = payload["partnerships"][0]["latest_review"]
    assert review["framework_title"] == devon.title and review["scale_note"] == devon.scale_note
    scores = review["section_scores"]
    size = len(health.items)
    assert scores["health_check"] == round(100 * (size - 1) / size, 1)
    assert scores["evaluation"] == 0
    text = pdf_text(out)
    assert f"{health.title}: {scores['health_check']:g} out of 100" in text
    assert f"{evaluation.title}: 0 out of 100, Needs attention." in text
    assert "are Partnerbook's, not the Code's" in text
    first = health.items[0]
    assert f"{first.ref} {first.title} – 0 (No)" in text

    # The brief lists the same weak answers as the review, with their titles.
    brief = tmp_path / "brief.pdf"
    run(capsys, "brief", FORUM, "--out", str(brief))
    said = pdf_text(brief)
    assert f"{first.ref} {first.title}" in said
    assert f"{evaluation.items[0].ref} {evaluation.items[0].title}" in said


def test_an_imported_commitments_framework_is_named_and_rated_in_words(
    demo_database, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from desktop.services.commitments import set_rating
    from desktop.store.models import Partnership
    from tests.review_tool_support import TOOL_ID, TOOL_TITLE, review_tool_text

    tool_file = tmp_path / "tool.toml"
    tool_file.write_text(review_tool_text(), encoding="utf-8")
    run(capsys, "frameworks", "import", str(tool_file))
    run(capsys, "partnerships", "set-framework", FORUM, "--commitments", TOOL_ID)
    with demo_database.session() as session:
        pid = session.scalars(select(Partnership.id).where(Partnership.name == FORUM)).one()
        set_rating(session, pid, "1(a)", "not_done")
    out, payload = export(capsys, tmp_path, FORUM)
    assert {f["id"]: f["title"] for f in payload["frameworks"]}[TOOL_ID] == TOOL_TITLE
    [rating] = [
        r for r in payload["partnerships"][0]["commitments"] if r["framework_id"] == TOOL_ID
    ]
    assert (rating["rating"], rating["rating_label"]) == ("not_done", "Not done")
    assert rating["title"] and rating["section_title"]
    # "Need help" is the option each framework names: this tool names none, Devon's is
    # need_help.
    assert rating["need_help"] is False
    ratings = payload["partnerships"][0]["commitments"] + payload["partnerships"][0]["undertakings"]
    devon_help = [r for r in ratings if r["framework_id"] == DEVON and r["rating"] == "need_help"]
    assert devon_help and all(r["need_help"] for r in devon_help)
    [row] = [r for r in csv_rows(tmp_path, "commitments.csv") if r["clause_ref"] == "1(a)"]
    assert row["rating"] == "Not done" and row["title"] == rating["title"]
    assert row["section"] == rating["section_title"]
    text = pdf_text(out)
    assert f"{TOOL_TITLE} (version 2024.1)" in text and "Not done" in text
    assert "not_done" not in text
