"""A partner's questionnaire: one fillable A4 PDF form, from plain data.

Drawn straight onto a reportlab canvas with AcroForm fields, because the form has to work
in whatever reader a partner has: Adobe Reader, the browser's built-in viewer (pdf.js),
Evince and Okular (poppler), macOS Preview. So it uses only the plainest kinds of field:
one radio group per question (a box per answer, the answer's words printed beside it),
a multi-line text box per comment, text boxes for the organisation and the name, one
check box for anonymity, and one hidden read-only field holding the questionnaire's sealed
identity (``desktop.domain.questionnaire``). No JavaScript, no calculations, nothing that
needs a particular reader. Every field is drawn with a border, so the printed copy is a
paper form too. Labels are in DejaVu Sans (any name prints); typed values use Helvetica,
the one font every reader has for form fields.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.questionnaire import (
    ANONYMOUS_FIELD,
    ID_FIELD,
    NAME_FIELD,
    ORGANISATION_FIELD,
    FormQuestion,
    answer_field,
    comment_field,
    option_name,
)
from desktop.reports.fonts import register_fonts
from desktop.reports.glyphs import single_font

__all__ = ["QuestionnaireSheet", "render_questionnaire_pdf"]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#111827")
MUTED = colors.HexColor("#4B5563")
FIELD_BORDER = colors.HexColor("#374151")
FIELD_FILL = colors.HexColor("#F3F4F6")
BODY = 10.5
SMALL = 9
RADIO = 11  # the circle's size in points: big enough to hit with a mouse or a pen
COMMENT_HEIGHT = 34


@dataclass(frozen=True)
class QuestionnaireSheet:
    """Everything printed on the questionnaire, already in words."""

    partnership: str
    group: str  # the group that asks
    partner: str  # the organisation it was made for; "" for a generic one
    deadline: str  # as people read it ("12 December 2026"), or ""
    tool_title: str
    tool_version: str
    questions: tuple[FormQuestion, ...]
    identity: str  # the sealed identity field's value
    return_to: str = ""  # how to send it back (an email address, say), or ""


class _Page:
    """A cursor down the page that starts a new page when a block does not fit."""

    def __init__(self, canvas: Canvas, fonts: tuple[str, str], sheet: QuestionnaireSheet) -> None:
        self.canvas = canvas
        self.regular, self.bold = fonts
        self.sheet = sheet
        self.number = 1
        self.y = PAGE_HEIGHT - MARGIN
        self._footer()

    def _footer(self) -> None:
        c = self.canvas
        c.setFont(self.regular, 8)
        c.setFillColor(MUTED)
        c.drawString(
            MARGIN,
            10 * mm,
            single_font(f"Health-check questionnaire: {self.sheet.partnership}", self.regular)[
                :110
            ],
        )
        c.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, f"Page {self.number}")
        c.setFillColor(INK)

    def need(self, height: float) -> None:
        if self.y - height < 16 * mm:
            self.canvas.showPage()
            self.number += 1
            self.y = PAGE_HEIGHT - MARGIN
            self._footer()

    def lines(
        self, text: str, size: float = BODY, bold: bool = False, indent: float = 0
    ) -> list[str]:
        font = self.bold if bold else self.regular
        found: list[str] = []
        # One font per line here: a character it lacks (an emoji in a name) is written as
        # its name, never "?" (issue 21).
        for paragraph in single_font(text, font).split("\n"):
            found.extend(simpleSplit(paragraph, font, size, WIDTH - indent) or [""])
        return found

    def write(
        self, text: str, size: float = BODY, bold: bool = False, indent: float = 0, colour=INK
    ) -> None:
        leading = size * 1.3
        for line in self.lines(text, size, bold, indent):
            self.need(leading)
            self.canvas.setFont(self.bold if bold else self.regular, size)
            self.canvas.setFillColor(colour)
            self.y -= leading
            self.canvas.drawString(MARGIN + indent, self.y + size * 0.25, line)
        self.canvas.setFillColor(INK)

    def gap(self, points: float) -> None:
        self.y -= points


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _text_box(
    canvas: Canvas,
    name: str,
    tooltip: str,
    x: float,
    y: float,
    width: float,
    height: float,
    value: str = "",
    multiline: bool = False,
    maxlen: int = 300,
) -> None:
    canvas.acroForm.textfield(
        name=name,
        tooltip=tooltip,
        value=value,
        x=x,
        y=y,
        width=width,
        height=height,
        borderStyle="solid",
        borderWidth=1,
        borderColor=FIELD_BORDER,
        fillColor=FIELD_FILL,
        textColor=INK,
        forceBorder=True,
        fontName="Helvetica",
        fontSize=0 if multiline else 10,  # 0: the reader fits long comments to the box
        fieldFlags="multiline" if multiline else "",
        maxlen=maxlen,
    )


def _intro(page: _Page) -> None:
    sheet = page.sheet
    page.write("Health-check questionnaire", size=17, bold=True)
    page.write(sheet.partnership, size=13, bold=True)
    page.gap(4)
    asked = (
        f"{sheet.group} asks {sheet.partner} to answer for itself"
        if sheet.partner
        else f"{sheet.group} asks each partner to answer for itself"
    )
    paragraphs = [
        f"{asked}: how well is {sheet.partnership} working? The questions come from "
        f"“{sheet.tool_title}” (version {sheet.tool_version}).",
        "Choose one answer for each question by clicking its box, and add a comment "
        "where you wish. Then save the file (keep it as a PDF) and send it back"
        + (f" to {sheet.return_to}" if sheet.return_to else f" to {sheet.group}")
        + (f" by {sheet.deadline}." if sheet.deadline else ".")
        + " You can also print it, fill it in by hand and return the paper.",
        "How your answers are used: they are put beside the other partners' answers, so "
        "the partnership can see where it agrees and where it does not; then the partners "
        "agree one answer for each question together. If you tick “Keep my answers "
        "anonymous”, your answers are shown without your name or organisation, and only "
        "once at least three partners have answered. Only counts and the spread of "
        "answers, never names unless you allow it, leave the group (in its return to its "
        "Council for Voluntary Service).",
    ]
    for text in paragraphs:
        page.write(text)
        page.gap(4)


def _about_you(page: _Page) -> None:
    c = page.canvas
    sheet = page.sheet
    page.need(110)
    page.write("About you", size=12, bold=True)
    page.gap(2)
    # A form field's own text is Latin-1 only (reportlab's fields use Helvetica): a name
    # beyond it ("Gŵyl", an emoji) stopped the whole form being made (issue 21). Such a
    # name is printed beside the label instead, and the partner types it in the box.
    prefill = sheet.partner if _latin1(sheet.partner) else ""
    organisation = "Your organisation"
    if sheet.partner and not prefill:
        organisation += f" (made for {sheet.partner})"
    for label, name, value, tip in (
        (organisation, ORGANISATION_FIELD, prefill, "Your organisation"),
        ("Your name (optional)", NAME_FIELD, "", "Your name (optional)"),
    ):
        page.write(label, size=SMALL, colour=MUTED)
        page.y -= 20
        _text_box(c, name, tip, MARGIN, page.y, WIDTH, 18, value=value)
        page.gap(6)
    page.y -= RADIO + 4
    c.acroForm.checkbox(
        name=ANONYMOUS_FIELD,
        tooltip="Keep my answers anonymous",
        x=MARGIN,
        y=page.y,
        size=RADIO + 2,
        checked=False,
        buttonStyle="check",
        borderColor=FIELD_BORDER,
        fillColor=colors.white,
        textColor=INK,
        borderWidth=1,
        forceBorder=True,
        fieldFlags="",
    )
    c.setFont(page.regular, BODY)
    c.drawString(MARGIN + RADIO + 8, page.y + 3, "Keep my answers anonymous")
    page.gap(10)


def _option_rows(page: _Page, question: FormQuestion) -> list[list[tuple[int, str, float]]]:
    """The options laid out left to right, wrapping: rows of (index, label, width)."""
    rows: list[list[tuple[int, str, float]]] = [[]]
    used = 0.0
    for index, (_key, label) in enumerate(question.options):
        width = RADIO + 5 + page.canvas.stringWidth(label, page.regular, BODY) + 14
        if rows[-1] and used + width > WIDTH - 12:
            rows.append([])
            used = 0.0
        rows[-1].append((index, label, width))
        used += width
    return rows


def _question(page: _Page, question: FormQuestion, heading: str) -> None:
    c = page.canvas
    title = f"{question.number}. {question.title} ({question.ref})"
    rows = _option_rows(page, question)
    height = (
        (len(page.lines(heading, 12, True)) * 16 if heading else 0)
        + len(page.lines(title, BODY, True)) * BODY * 1.3
        + len(page.lines(question.text, BODY, indent=12)) * BODY * 1.3
        + len(rows) * (RADIO + 9)
        + COMMENT_HEIGHT
        + 34
    )
    page.need(height)
    if heading:
        page.gap(4)
        page.write(heading, size=12, bold=True)
        page.gap(2)
    page.write(title, bold=True)
    if question.text and question.text != question.title:
        page.write(question.text, indent=12)
    page.gap(3)
    for row in rows:
        page.y -= RADIO + 6
        x = MARGIN + 12
        for index, label, width in row:
            c.acroForm.radio(
                name=answer_field(question.number),
                tooltip=f"{question.number}. {question.title}",
                value=option_name(index),
                selected=False,
                x=x,
                y=page.y,
                size=RADIO,
                buttonStyle="circle",
                # A square: reportlab's round appearance is drawn broken by poppler
                # (Evince, Okular, pdftoppm), and the printed copy must look right.
                shape="square",
                borderColor=FIELD_BORDER,
                fillColor=colors.white,
                textColor=INK,
                borderWidth=1,
                forceBorder=True,
                fieldFlags="noToggleToOff radio",
            )
            c.setFont(page.regular, BODY)
            c.drawString(x + RADIO + 5, page.y + 2, label)
            x += width
        page.gap(3)
    page.write("Comment (optional)", size=SMALL, indent=12, colour=MUTED)
    page.y -= COMMENT_HEIGHT + 2
    _text_box(
        c,
        comment_field(question.number),
        f"Comment on question {question.number}",
        MARGIN + 12,
        page.y,
        WIDTH - 12,
        COMMENT_HEIGHT,
        multiline=True,
        maxlen=4000,
    )
    page.gap(12)


def render_questionnaire_pdf(sheet: QuestionnaireSheet) -> bytes:
    """The questionnaire as PDF bytes (A4, fillable, printable)."""
    fonts = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"Health-check questionnaire: {sheet.partnership}")
    canvas.setAuthor(sheet.group)
    canvas.setSubject(f"Questions from {sheet.tool_title} (version {sheet.tool_version})")
    canvas.setCreator("Partnerbook")
    canvas.setProducer("Partnerbook (reportlab)")
    page = _Page(canvas, fonts, sheet)
    _intro(page)
    _about_you(page)
    # The identity: hidden and read-only, so a partner never sees or changes it, but a
    # reader keeps it when the form is saved.
    canvas.acroForm.textfield(
        name=ID_FIELD,
        value=sheet.identity,
        x=MARGIN,
        y=12 * mm,
        width=1,
        height=1,
        annotationFlags="hidden",
        fieldFlags="readOnly",
        maxlen=len(sheet.identity) + 10,
        borderWidth=0,
    )
    heading = ""
    for question in sheet.questions:
        now = question.section + (f": {question.domain}" if question.domain else "")
        _question(page, question, now if now != heading else "")
        heading = now
    page.need(40)
    page.gap(6)
    page.write(
        "Thank you. Save the file and send it back"
        + (f" by {sheet.deadline}." if sheet.deadline else "."),
        bold=True,
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
