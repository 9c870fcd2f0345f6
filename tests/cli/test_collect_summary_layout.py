"""The area summary PDF keeps each explanation on the page of the chart it explains."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main


def test_the_review_bands_sentence_sits_on_the_page_of_its_chart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PARTNERBOOK_DATA_DIR", str(tmp_path / "data"))
    area = tmp_path / "area.pbcollection"
    assert main(["demo", "--collection", str(area)]) == 0
    out = tmp_path / "summary.pdf"
    assert main(["collect", "summary", str(area), "--pdf", str(out)]) == 0
    capsys.readouterr()
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    caption = [n for n, text in enumerate(pages) if "fell in each band" in text]
    chart = [n for n, text in enumerate(pages) if "Review bands by partnership" in text]
    assert caption and caption == chart[:1]  # the example collection has bands to draw
