"""The PDF return: a cover, a one-page summary, a section per partnership, a sign-off.

Drawn only from the return's data (``build_return``), which is attached to the PDF as
``partnerbook-return.json`` so the CVS can import exactly what it reads.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Table

from desktop.domain.canonical import canonical_bytes
from desktop.reports import return_blocks as b
from desktop.reports import return_text as t
from desktop.reports.charts import RadarThumbnail
from desktop.reports.pdf_kit import FRAME_WIDTH, build_pdf, heading, p, spacer, styles
from desktop.reports.pdf_tables import data_table, key_values, layout_table
from desktop.reports.return_pdf_partnership import needs_table, partnership_section
from desktop.reports.return_run_registers import summary_tree_block

ATTACHMENT_NAME = "partnerbook-return.json"
MAX_SUMMARY_ROWS = 10
RADAR_SIZE = 40
THUMB_LINE = colors.HexColor("#1D4ED8")
THUMB_FILL = colors.HexColor("#BFDBFE")

__all__ = ["ATTACHMENT_NAME", "attachment_bytes", "metadata", "render_return_pdf"]


def attachment_bytes(payload: dict[str, Any]) -> bytes:
    """The JSON as attached: the canonical form (sorted keys, no spaces, UTF-8).

    Compact rather than indented: Python's fast encoder only runs without indentation, and
    any JSON viewer lays it out for a person.
    """
    return canonical_bytes(payload)


def metadata(payload: dict[str, Any]) -> dict[str, str]:
    group = payload["group"]["name"]
    return {
        "title": f"Partnership return {payload['period']['label']}: {group}",
        "author": group,
        "subject": (
            f"Partnerbook return {payload['reference']} for {payload['period']['label']}, "
            f"sent to {payload['group']['cvs_name'] or 'the CVS'}"
        ),
    }


def _cover(payload: dict[str, Any]) -> list[Flowable]:
    s = styles()
    group, period = payload["group"], payload["period"]
    story: list[Flowable] = [
        spacer(60),
        heading("Partnership return", s.title, 0),
        p(group["name"], s.subtitle),
        p(f"{period['label']}: {t.day(period['start'])} to {t.day(period['end'])}", s.subtitle),
        spacer(18),
        key_values(b.cover_pairs(payload)),
        spacer(14),
    ]
    replaces = t.supersedes_sentence(payload)
    if replaces:
        story.append(p(replaces, s.h3))
    story.append(p(t.privacy_statement(payload["include_contacts"], t.sealed_for(payload)), s.body))
    story.append(p(b.ATTACHMENT_SENTENCE, s.small))
    return story


def _side_by_side(left: Flowable, right: Flowable) -> Table:
    return layout_table([[left, right]], [FRAME_WIDTH / 2, FRAME_WIDTH / 2])


def _count_table(title: str, rows: list[list[str]]) -> Table:
    table = data_table([title, "Number"], rows, [3, 1.2], numeric=(1,))
    table._argW = [w / 2.1 for w in table._argW]  # half the page each
    return table


def _summary(payload: dict[str, Any]) -> list[Flowable]:
    s = styles()
    partnerships = payload["partnerships"]
    story: list[Flowable] = [PageBreak(), heading("Summary", s.h1, 0)]
    if not partnerships:
        return [*story, p("There are no partnerships in this return.")]
    story.append(
        _side_by_side(
            _count_table("Status", b.count_rows(payload, "status")),
            _count_table("Our role", b.count_rows(payload, "our_role")),
        )
    )
    help_rows = b.help_rows(payload)
    story.append(p("Commitments where we need help", s.h2))
    if help_rows:
        shown = help_rows[:MAX_SUMMARY_ROWS]
        story.append(
            data_table(["Partnership", "Number", "Clauses"], shown, [4.2, 1.4, 4.4], numeric=(1,))
        )
        if len(help_rows) > len(shown):
            more = len(help_rows) - len(shown)
            story.append(p(f"And {more} more partnerships: see their sections.", s.small))
    else:
        story.append(p("None rated “Need help”.", s.small))
    story.append(p("Resource needs", s.h2))
    rows = b.resource_summary_rows(payload)
    story.append(
        data_table(
            ["Partnership", "Requested", "Agreed", "Received", "Unmet"],
            rows,
            [3.6, 1.6, 1.6, 1.6, 1.6],
            numeric=(1, 2, 3, 4),
            total_row=True,
        )
    )
    story += _review_overview(partnerships)
    tree = summary_tree_block(payload)  # issue 17: boards and what sits under them
    if tree is not None:
        story += [p(tree.heading, s.h2), p(tree.sentence, s.small)]
        story.append(data_table(list(tree.header), tree.rows, list(tree.widths)))
    return story


def _review_overview(partnerships: list[dict[str, Any]]) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [p("Latest reviews", s.h2)]
    rows: list[list[object]] = []
    for entry in partnerships:
        latest = entry["latest_review"]
        if latest is None:
            rows.append(["", entry["name"], "No finished review", "", ""])
            continue
        _labels, series, _bands, low, high = t.radar_data(latest, None)
        drawing = RadarThumbnail(
            series[0], RADAR_SIZE, line=THUMB_LINE, fill=THUMB_FILL, low=low, high=high
        )
        score, change = b.review_summary(entry)
        rows.append([drawing, entry["name"], score, change])
    rows = [row[:4] for row in rows]
    story.append(
        data_table(["Chart", "Partnership", "Score and band", "Change"], rows, [1.2, 4.4, 2.8, 1.6])
    )
    return story


def _general_needs(payload: dict[str, Any]) -> list[Flowable]:
    needs = payload["general_resource_needs"]
    if not needs:
        return []
    s = styles()
    return [
        PageBreak(),
        heading("Resource needs not tied to one partnership", s.h1, 0),
        needs_table(needs, t.general_totals(payload)),
    ]


def _signoff(payload: dict[str, Any]) -> list[Flowable]:
    s = styles()
    signoff = payload["signoff"]
    blank = "______________________________"
    story: list[Flowable] = [
        PageBreak(),
        heading("Sign-off", s.h1, 0),
        p(
            "We confirm that this return is a fair record of our group's part in the "
            "partnerships listed, for the period it covers."
        ),
        spacer(8),
        key_values(
            # Without contact details the return names people by role, the signer too.
            ([("Name", signoff["name"] or blank)] if payload["include_contacts"] else [])
            + [
                ("Role", signoff["role"] or blank),
                ("Date", t.day(signoff["date"], blank)),
                ("Signature", blank),
            ]
        ),
        p("Privacy", s.h2),
        p(t.privacy_statement(payload["include_contacts"], t.sealed_for(payload))),
        p("About this return", s.h2),
    ]
    rows = b.about_pairs(payload)
    story.append(key_values(rows))
    return story


def render_return_pdf(payload: dict[str, Any]) -> bytes:
    """The finished PDF return, with its data attached and its metadata set."""
    story = _cover(payload) + _summary(payload)
    for number, entry in enumerate(payload["partnerships"], start=1):
        story += partnership_section(entry, number)
    story += _general_needs(payload) + _signoff(payload)
    meta = metadata(payload)
    footer = f"{payload['group']['name']} · return {payload['reference']}"
    return build_pdf(
        story,
        footer=footer,
        attachment=(ATTACHMENT_NAME, attachment_bytes(payload)),
        created=payload["created_at"],
        **meta,
    )
