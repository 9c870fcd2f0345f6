"""A readable PDF of everything we hold about one person (a subject access request).

Built from the plain data ``services.privacy.person_record`` returns, so the JSON and the PDF
always say the same thing. Kept deliberately simple: headings, short tables, plain words.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.domain.vocab import ActionStatus, AttendanceStatus, RepresentativeRole
from desktop.reports.fonts import register_fonts
from desktop.reports.glyphs import markup

# Section key in the record, its heading, and the column headings in order.
SECTIONS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "representative_roles",
        "Representative roles",
        (
            ("partnership", "Partnership"),
            ("role", "Role"),
            ("term_start", "From"),
            ("term_end", "To"),
        ),
    ),
    (
        "meetings",
        "Meetings",
        (
            ("date", "Date"),
            ("partnership", "Partnership"),
            ("attendance", "Attendance"),
            ("miles", "Miles"),
        ),
    ),
    (
        "actions",
        "Actions they own",
        (
            ("action", "Action"),
            ("partnership", "Partnership"),
            ("due", "Due"),
            ("status", "Status"),
        ),
    ),
    (
        "commitment_actions",
        "Compact commitments they follow up",
        (
            ("partnership", "Partnership"),
            ("clause", "Clause"),
            ("next_action", "Next action"),
            ("due", "Due"),
        ),
    ),
    (
        "reviews",
        "Health-check reviews they answered",
        (
            ("review_date", "Date"),
            ("partnership", "Partnership"),
            ("as", "As"),
            ("organisation", "Organisation"),
        ),
    ),
    (
        "returns_signed_off",
        "Returns they signed off",
        (("reference", "Reference"), ("period", "Period"), ("signed_on", "Signed on")),
    ),
    (
        "offices_held",
        "Offices they hold or held in partnerships",
        (
            ("partnership", "Partnership"),
            ("office", "Office"),
            ("organisation", "For"),
            ("from", "From"),
            ("to", "To"),
        ),
    ),
    (
        "contact_at_partners",
        "Our contact at a partner organisation",
        (("partnership", "Partnership"), ("organisation", "Organisation"), ("role", "Role")),
    ),
    (
        "mentioned_in_registers",
        "Named in a partnership's registers (risks, conflicts, learning ...)",
        (
            ("partnership", "Partnership"),
            ("register", "Register"),
            ("what", "What"),
            ("date", "Date"),
        ),
    ),
)
# Stored keys shown as the words people know ("apologies", not a code).
LABELS: dict[tuple[str, str], Callable[[str | None], str]] = {
    ("representative_roles", "role"): RepresentativeRole.label_of,
    ("meetings", "attendance"): AttendanceStatus.label_of,
    ("actions", "status"): ActionStatus.label_of,
}
DETAILS = (
    ("full_name", "Name"),
    ("email", "Email"),
    ("phone", "Phone"),
    ("address", "Address"),
    ("notes", "Notes"),
    ("added", "Added"),
    ("last_changed", "Last changed"),
    ("forgotten", "Forgotten"),
)


def _text(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            return date.fromisoformat(value[:10]).strftime("%d %b %Y")
        except ValueError:
            return value
    return str(value)


def _same(value: object) -> object:
    return value


def render_person_pdf(record: Mapping[str, Any], *, group_name: str = "") -> bytes:
    """The PDF as bytes; ``services.person_export.export_person_report`` saves it."""
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=16, leading=20, spaceAfter=4)
    h2 = ParagraphStyle(
        "h2", parent=body, fontName=bold, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4
    )

    def para(value: object, style: ParagraphStyle = cell) -> Paragraph:
        # Emoji come from the emoji font; what no font has is written as its name.
        return Paragraph(markup(_text(value), style.fontName).replace("\n", "<br/>"), style)

    def table(rows: Sequence[Sequence[Paragraph]], widths: Sequence[float]) -> Table:
        result = Table(list(rows), colWidths=list(widths), repeatRows=1)
        result.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return result

    person = record["person"]
    width = A4[0] - 40 * mm
    story: list[Any] = [
        Paragraph(markup(f"What we hold about {person['full_name']}", bold), h1),
        Paragraph(
            markup(
                f"Everything {group_name or 'our group'} keeps in Partnerbook about this "
                f"person, as of {_text(record.get('exported_at'))}. Names and contact details "
                "are kept in one place only; the records below refer to them.",
                regular,
            ),
            body,
        ),
        Paragraph("Details", h2),
        table(
            [[para(label), para(person.get(key))] for key, label in DETAILS],
            [width * 0.25, width * 0.75],
        ),
    ]
    if record.get("main_contact_for_our_group"):
        story += [Spacer(1, 4), Paragraph("They are our group's main contact.", body)]
    for key, heading, columns in SECTIONS:
        story.append(Paragraph(escape(heading), h2))
        items = record.get(key) or []
        if not items:
            story.append(Paragraph("None.", body))
            continue
        header = [
            Paragraph(escape(label), ParagraphStyle("th", parent=cell, fontName=bold))
            for _, label in columns
        ]
        rows = [
            [para(LABELS.get((key, col), _same)(item.get(col))) for col, _ in columns]
            for item in items
        ]
        story.append(table([header, *rows], [width / len(columns)] * len(columns)))

    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"What we hold about {person['full_name']}",
        author="Partnerbook",
    ).build(story)
    return out.getvalue()
