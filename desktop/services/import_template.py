"""The import template: the headings Partnerbook recognises, with two example rows.

resources/templates/partnerships-template.csv is written by ``write_template`` (a test keeps
the committed file equal to it), and an .xlsx copy can be made on demand, so no binary
file is kept that cannot be made again.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.atomic_write import write_atomically
from desktop.domain.spreadsheet_rows import FIELDS

HEADERS: tuple[str, ...] = tuple(f.label for f in FIELDS)

EXAMPLE_ROWS: tuple[dict[str, str], ...] = (
    {
        "name": "Example Health and Wellbeing Partnership",
        "short_name": "EHWP",
        "purpose": "Improve health and wellbeing across the district",
        "current_focus": "Mental health at all ages",
        "themes": "Health and wellbeing; Mental health; Older people",
        "scale": "District",
        "area": "North Devon",
        "formality": "Formal",
        "basis": "Voluntary",
        "duration": "Ongoing",
        "status": "Active",
        "our_role": "Member",
        "represents": "The wider voluntary sector",
        "start_date": "01/04/2019",
        "lead_body": "North Devon Council",
        "fundholder": "Devon County Council",
        "meeting_frequency": "Every two months",
        "next_meeting": "12/01/2027",
        "papers_location": "Shared drive: Partnerships/EHWP",
        "partners": (
            "North Devon Council (statutory, chair); Devon County Council (statutory); "
            "Healthwatch Devon (voluntary); Petroc College (education)"
        ),
        "vision": "Everyone in the district lives a healthy life",
        "goal": "Narrow the gap between the healthiest and least healthy places",
        "principles": "Decisions in the open; small groups heard as equals",
        "report_back_every": "After each meeting",
        "has_terms": "Yes",
        "terms_date": "01/04/2024",
        "terms_review_date": "01/04/2027",
        "quorum": "A third",
        "decision_method": "Consensus",
        "meetings_a_year": "6",
        "membership_rule": "Public bodies and voluntary groups working on health in the district",
    },
    {
        "name": "Example Youth Hub Steering Group",
        "purpose": "Set up a youth hub with sport and skills",
        "themes": "Children and young people; Skills",
        "scale": "Town",
        "area": "Holsworthy",
        "formality": "Formal",
        "basis": "Contractual",
        "duration": "Time-limited",
        "status": "Considering",
        "our_role": "Sub-group member",
        "represents": "Our own group",
        "start_date": "01/02/2027",
        "end_date": "31/01/2030",
        "lead_body": "Torridge District Council",
        "fundholder": "Torridge District Council",
        "meeting_frequency": "Monthly",
        "partners": "Torridge District Council (statutory); Holsworthy Rugby Club (community)",
        "parent": "Example Health and Wellbeing Partnership",
    },
)


def template_rows() -> list[list[str]]:
    return [list(HEADERS)] + [[row.get(f.key, "") for f in FIELDS] for row in EXAMPLE_ROWS]


def write_template(path: Path) -> Path:
    """Write the template as CSV (UTF-8 with a BOM, so Excel shows £ and accents) or XLSX."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Partnerships"
        for row in template_rows():
            sheet.append(row)
        data = io.BytesIO()  # in memory first: openpyxl half-closes a file it failed to write
        book.save(data)
        return write_atomically(path, data.getvalue())
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(template_rows())
    return write_atomically(path, text.getvalue().encode("utf-8-sig"))
