"""``partnerbook reviews list``: the demo's reviews, as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


def test_reviews_list_after_the_demo(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reviews", "list"]) == 1
    assert "no records" in capsys.readouterr().err
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["reviews", "list"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    assert "North Devon Health and Wellbeing Partnership" in lines[0]
    assert "Our representative, Our chair" in lines[0]
    assert main(["reviews", "list", "--json"]) == 0
    reviews = json.loads(capsys.readouterr().out)
    assert [r["respondents"] for r in reviews] == [
        ["Our representative", "Our chair"],
        ["Everyone at the board"],
    ]
    later, earlier = reviews
    assert later["date"] > earlier["date"] and later["status"] == "complete"
    assert later["overall_score"] > earlier["overall_score"]
    assert later["band"] in {"concern", "borderline", "strength"} and later["band_label"]
