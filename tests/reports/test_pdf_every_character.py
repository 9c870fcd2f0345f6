"""Every PDF prints every character: Welsh, accents and emoji are drawn, never "?" or a box.

Issue 21: a partnership called "… 🌿" printed as "… ?". Each character is now drawn by the
first bundled font that has it (DejaVu Sans, then Noto Emoji), and one that neither has is
written as its name. Checked two ways on every PDF the app makes (return, meeting brief,
person report, collection summary): the text read back with pdftotext, and, for each run of
text on each page, that the font it is drawn in really has a glyph for every character in
it (a character drawn in a font that lacks it is the box a reader sees).
"""

from __future__ import annotations

import io
import re
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont
from sqlalchemy import select

from desktop.domain.return_period import parse_period
from desktop.reports.brief_pdf import render_brief_pdf
from desktop.reports.fonts import fonts_dir
from desktop.reports.person_report import render_person_pdf
from desktop.services.brief_data import build_brief
from desktop.services.privacy import person_record
from desktop.services.return_data import build_return
from desktop.store.models import Partnership, Person
from tests.conftest import FIXED_TODAY

NOW = datetime(2026, 11, 28, 10, 30)
PARTNERSHIP = "Grŵp Cymunedol Llanŷ 🌈 Café ☕"
PERSON = "Siân Ŵyn-Łukasiewicz 😀"
LEAD = "Ymddiriedolaeth Gŵyl Dŷ Zoë 👍🏽 & 👩‍👩‍👧"
SHOWN = ["Grŵp Cymunedol Llanŷ", "🌈", "Café", "☕", "Siân Ŵyn-Łukasiewicz", "😀"]
NAMED = "健"  # in neither font: written as its name
NAME_OF_IT = "[CJK UNIFIED IDEOGRAPH-5065]"


def _font_files() -> dict[str, frozenset[int]]:
    """Each embedded font's base name and the characters it has glyphs for."""
    folder = fonts_dir()
    faces = {
        "DejaVuSans": "DejaVuSans.ttf",
        "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
        "NotoEmoji-Regular": "NotoEmoji-Regular.ttf",
    }
    return {
        name: frozenset(TTFont(name, str(folder / file)).face.charToGlyph)  # type: ignore[attr-defined]
        for name, file in faces.items()
    }


def assert_every_character_drawn(pdf: bytes) -> str:
    """Fail if some character is drawn in a font without it; return the text read back."""
    fonts = _font_files()
    boxes: list[tuple[str, str]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:

        def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
            if not text.strip() or font is None:
                return
            base = str(font.get("/BaseFont", "")).split("+")[-1]
            assert base in fonts, f"unexpected font {base}"
            boxes.extend((c, base) for c in text if not c.isspace() and ord(c) not in fonts[base])

        page.extract_text(visitor_text=visit)
    assert not boxes, f"drawn without a glyph: {boxes[:10]}"
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, check=True, capture_output=True
    ).stdout.decode("utf-8")


def assert_names_print(text: str, names: list[str]) -> None:
    """Each piece prints, with no "?" beside it, and no word anywhere is a lone "?"
    (questions in the frameworks end in "?", which is fine)."""
    flat = " ".join(text.split())
    for piece in names:
        assert piece in flat, piece
        at = flat.index(piece)
        assert "?" not in flat[max(0, at - 3) : at + len(piece) + 3], flat[at - 40 : at + 60]
    assert not re.search(r"(^|\s)\?|\?\?", flat), re.findall(r".{30}(?:\s\?|\?\?).{10}", flat)


@pytest.fixture
def colourful(demo_database):  # type: ignore[no-untyped-def]
    """The demo group with a Welsh and emoji partnership, lead body and person."""
    with demo_database.session() as session:
        partnership = session.scalars(select(Partnership).order_by(Partnership.id)).first()
        partnership.name = f"{PARTNERSHIP} {NAMED}"
        partnership.lead_body = LEAD
        person = session.scalars(select(Person).order_by(Person.id)).first()
        person.full_name = PERSON
    return demo_database


def test_the_return_draws_welsh_accents_and_emoji(colourful) -> None:  # type: ignore[no-untyped-def]
    from desktop.reports.return_pdf import render_return_pdf

    with colourful.session() as session:
        payload = build_return(session, parse_period("2026-27"), now=NOW)
    text = assert_every_character_drawn(render_return_pdf(payload))
    assert_names_print(text, [*SHOWN[:4], "Ymddiriedolaeth Gŵyl Dŷ Zoë", "👍", NAME_OF_IT])
    # The data keeps every character as typed.
    assert f"{PARTNERSHIP} {NAMED}" in [p["name"] for p in payload["partnerships"]]


def test_the_brief_and_the_person_report_draw_them_too(colourful) -> None:  # type: ignore[no-untyped-def]
    with colourful.session() as session:
        first = session.scalars(select(Partnership).order_by(Partnership.id)).first()
        brief = build_brief(session, first.id, FIXED_TODAY)
        person = session.scalars(select(Person).where(Person.full_name == PERSON)).one()
        record = person_record(session, person.id)
    text = assert_every_character_drawn(render_brief_pdf(brief))
    assert_names_print(text, [*SHOWN[:4], NAME_OF_IT])
    text = assert_every_character_drawn(render_person_pdf(record, group_name="Côr Ŷ 🎵"))
    assert_names_print(text, [*SHOWN[4:], "Côr Ŷ", "🎵"])


def test_the_collection_summary_draws_them(
    colourful, tmp_path: Path, capsys, collection_location
) -> None:  # type: ignore[no-untyped-def]
    from desktop.cli import main
    from desktop.services.collection.samples import resign, write_minimal_pdf
    from desktop.services.collection.summary import area_summary_pdf
    from desktop.store.collection import db

    with colourful.session() as session:
        payload = build_return(session, parse_period("2026-27"), now=NOW)
    payload["group"]["name"] = "Cymdeithas Tŷ’r Ŵyn 🐑"
    payload = resign({k: v for k, v in payload.items() if k != "sha256"})
    pdf = write_minimal_pdf(payload, tmp_path / "return.pdf")
    path = collection_location  # a file and a server alike (issue 19)
    assert main(["collect", "import", "--new", str(path), str(pdf)]) == 0, capsys.readouterr()
    conn = db.connect(path)
    try:
        summary = area_summary_pdf(conn, "Ardal Gŵyr 🏴", today=FIXED_TODAY)
    finally:
        conn.close()
    text = assert_every_character_drawn(summary)
    assert_names_print(text, ["Ardal Gŵyr", "🏴", "Cymdeithas Tŷ’r Ŵyn", "🐑"])


def test_a_page_drawn_with_the_fallback_looks_right(tmp_path: Path) -> None:
    """Rendered to an image: the emoji are drawn, not left blank or as boxes (the PNG is
    kept for a person to look at; the check here is that the emoji's area has ink)."""
    from desktop.reports.pdf_kit import build_pdf, p, styles

    story = [p("🌈", styles().title), p(f"{PARTNERSHIP} {NAMED}", styles().body)]
    pdf = build_pdf(story, title="t", author="a", subject="s", footer=PERSON)
    (tmp_path / "page.pdf").write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "40",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-gray",
            str(tmp_path / "page.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    from PIL import Image

    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    # The title's rainbow sits top left (18 mm margin, 26 pt): some of it must be dark.
    box = image.crop((25, 25, 60, 60))
    darkest, _lightest = box.getextrema()
    assert darkest < 128
    assert_names_print(assert_every_character_drawn(pdf), [NAME_OF_IT, "Siân"])


def test_the_questionnaire_names_what_its_font_lacks() -> None:
    """The partners' questionnaire draws each line in one font: an emoji is written as its
    name there, never "?"."""
    from desktop.domain.questionnaire import Identity, identity_text
    from desktop.reports.questionnaire_pdf import QuestionnaireSheet, render_questionnaire_pdf

    sheet = QuestionnaireSheet(
        PARTNERSHIP,
        "Côr Ŷ 🎵",
        "Ymddiriedolaeth Gŵyl",
        "",
        "A tool",
        "1",
        (),
        identity_text(Identity("0" * 36, "tool", "1", 0), b"k" * 32),
    )
    text = assert_every_character_drawn(render_questionnaire_pdf(sheet))
    assert_names_print(
        text, ["Grŵp Cymunedol Llanŷ", "[RAINBOW]", "Café", "made for Ymddiriedolaeth Gŵyl"]
    )
