"""The bundled fonts register from resources/ and draw text Helvetica cannot."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from desktop.reports.fonts import fonts_dir, register_fonts


def test_fonts_ship_with_their_licence() -> None:
    folder = fonts_dir()
    assert (folder / "DejaVuSans.ttf").is_file()
    assert (folder / "DejaVuSans-Bold.ttf").is_file()
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_register_fonts_is_idempotent_and_names_two_faces() -> None:
    first = register_fonts()
    second = register_fonts()
    assert first == second
    regular, bold = first
    assert regular != bold
    names = pdfmetrics.getRegisteredFontNames()
    assert regular in names and bold in names
    # Loaded from our resources folder, not from whatever the system has.
    assert str(fonts_dir()) in pdfmetrics.getFont(regular).face.filename


def test_registered_font_draws_non_latin1_text() -> None:
    regular, bold = register_fonts()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.setFont(bold, 14)
    pdf.drawString(72, 760, "Łukasz – £12")
    pdf.setFont(regular, 11)
    pdf.drawString(72, 740, "Zoë Ñúñez")
    pdf.save()
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "Łukasz" in text
    assert "Zoë" in text
