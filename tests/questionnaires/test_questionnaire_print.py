"""The questionnaire on paper and on screen: A4 pages that poppler (Evince, Okular and
pdftoppm use it) draws with ink on every page, every field inside the printable area, the
questions in words, and a tool with domains and a numeric scale laid out the same way."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.frameworks import load_builtin
from desktop.domain.questionnaire import Identity, form_questions, identity_text
from desktop.reports.questionnaire_pdf import QuestionnaireSheet, render_questionnaire_pdf

A4 = (595.28, 841.89)


def _sheet(framework_id: str) -> QuestionnaireSheet:
    tool = load_builtin(framework_id)
    questions = form_questions(tool)
    identity = Identity(str(uuid.uuid4()), tool.id, tool.version, len(questions))
    return QuestionnaireSheet(
        partnership="Mid Devon Food Partnership — Zoë's",
        group="Crediton Community Larder",
        partner="Mid Devon District Council",
        deadline="12 December 2026",
        tool_title=tool.title,
        tool_version=tool.version,
        questions=questions,
        identity=identity_text(identity, b"k" * 32),
    )


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize(
    "framework_id", ["compact-devon-partnership-2008", "partnership-assessment-six-principles"]
)
def test_every_page_is_a4_with_ink_and_every_field_on_the_page(
    framework_id: str, tmp_path: Path
) -> None:
    sheet = _sheet(framework_id)
    pdf = tmp_path / "q.pdf"
    pdf.write_bytes(render_questionnaire_pdf(sheet))
    reader = PdfReader(str(pdf))
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            A4, abs=0.01
        )
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
            hidden = int(widget.get("/F", 0)) & 2
            if not hidden:  # inside a 10 mm margin, so a printer does not cut it off
                assert 28 <= x0 < x1 <= A4[0] - 28 and 28 <= y0 < y1 <= A4[1] - 28
    subprocess.run(
        ["pdftoppm", "-r", "40", "-gray", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    pages = sorted(tmp_path.glob("page-*.pgm"))
    assert len(pages) == len(reader.pages) >= 2
    for pgm in pages:
        # A binary greyscale image: a three-line header, then one byte a pixel.
        pixels = pgm.read_bytes().split(b"\n", 3)[3]
        dark = sum(1 for value in pixels if value < 128)
        assert dark > 500, pgm.name  # text and boxes, not a blank page
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout.split()
    )
    assert "Crediton Community Larder asks Mid Devon District Council" in text
    assert "by 12 December 2026" in text and "Keep my answers anonymous" in text
    for question in sheet.questions:
        assert f"{question.number}. {question.title}" in text
        for _key, label in question.options:
            assert label in text
