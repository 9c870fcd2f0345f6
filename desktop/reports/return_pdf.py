"""The PDF return: a cover, a one-page summary, a section per partnership, a sign-off.

Drawn only from the return's data (``build_return``), which is attached to the PDF as
``partnerbook-return.json`` so the CVS can import exactly what it reads.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Table

from desktop.domain import vocab
from desktop.domain.canonical import canonical_bytes
from desktop.reports import return_text as t
from desktop.reports.charts import RadarThumbnail
from desktop.reports.pdf_kit import FRAME_WIDTH, build_pdf, heading, money, p, spacer, styles
from desktop.reports.pdf_tables import data_table, key_values, layout_table
from desktop.reports.return_pdf_partnership import needs_table, partnership_section

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
    group, period, signoff = payload["group"], payload["period"], payload["signoff"]
    story: list[Flowable] = [
        spacer(60),
        heading("Partnership return", s.title, 0),
        p(group["name"], s.subtitle),
        p(f"{period['label']}: {t.day(period['start'])} to {t.day(period['end'])}", s.subtitle),
        spacer(18),
        key_values(
            [
                ("Return reference", payload["reference"]),
                ("Made on", t.day(payload["created_at"][:10])),
                ("Prepared by", signoff["role"] or "Not given"),
                ("For", group["cvs_name"] or "Our Council for Voluntary Service"),
                ("Partnerships", str(len(payload["partnerships"]))),
                ("Charity number", group["charity_number"] or "–"),
                ("Area we serve", group["area_served"] or "–"),
                (
                    "Frameworks used",
                    "; ".join(
                        f"{f['title'] or 'A framework this app does not hold'} "
                        f"(version {f['version']})"
                        for f in payload["frameworks"]
                    )
                    or "–",
                ),
            ]
        ),
        spacer(14),
    ]
    replaces = t.supersedes_sentence(payload)
    if replaces:
        story.append(p(replaces, s.h3))
    story.append(p(t.privacy_statement(payload["include_contacts"]), s.body))
    story.append(
        p(
            "The data in this return is inside this PDF as an attached file "
            f"({ATTACHMENT_NAME}), so your CVS can import it without typing it again.",
            s.small,
        )
    )
    return story


def _side_by_side(left: Flowable, right: Flowable) -> Table:
    return layout_table([[left, right]], [FRAME_WIDTH / 2, FRAME_WIDTH / 2])


def _count_table(title: str, counts: Counter[str], kind: str, keys: list[str]) -> Table:
    rows = [[t.label(kind, key), counts[key]] for key in keys if counts[key]]
    rows += [[t.label(kind, key), n] for key, n in sorted(counts.items()) if key not in keys]
    table = data_table([title, "Number"], rows or [["None", 0]], [3, 1.2], numeric=(1,))
    table._argW = [w / 2.1 for w in table._argW]  # half the page each
    return table


def _summary(payload: dict[str, Any]) -> list[Flowable]:
    s = styles()
    partnerships = payload["partnerships"]
    story: list[Flowable] = [PageBreak(), heading("Summary", s.h1, 0)]
    if not partnerships:
        return [*story, p("There are no partnerships in this return.")]
    statuses = Counter(e["status"] for e in partnerships)
    roles = Counter(e["seat"]["our_role"] if e["seat"] else "" for e in partnerships)
    story.append(
        _side_by_side(
            _count_table("Status", statuses, "status", [m.value for m in vocab.PartnershipStatus]),
            _count_table("Our role", roles, "our_role", [m.value for m in vocab.OurRole]),
        )
    )
    help_rows = []
    for entry in partnerships:
        clauses = [
            r["clause_ref"] for r in entry["commitments"] + entry["undertakings"] if t.needs_help(r)
        ]
        if clauses:
            help_rows.append([entry["name"], len(clauses), ", ".join(clauses)])
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
    rows = [
        [
            e["name"],
            money(e["resource_totals"]["requested_pence"]),
            money(e["resource_totals"]["agreed_pence"]),
            money(e["resource_totals"]["received_pence"]),
            money(e["resource_totals"]["unmet_pence"]),
        ]
        for e in partnerships
    ]
    if payload["general_resource_needs"]:
        general = t.general_totals(payload)
        rows.append(
            ["Not tied to one partnership"]
            + [
                money(general[k])
                for k in ("requested_pence", "agreed_pence", "received_pence", "unmet_pence")
            ]
        )
    totals = payload["resource_totals"]
    rows.append(
        [
            "Total",
            money(totals["requested_pence"]),
            money(totals["agreed_pence"]),
            money(totals["received_pence"]),
            money(totals["unmet_pence"]),
        ]
    )
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
        band = latest["band"]["label"] if latest["band"] else "No band"
        first, last = t.overall_range(latest)
        score = t.out_of(latest["overall_score"], first, last)
        rows.append(
            [
                drawing,
                entry["name"],
                f"{t.day(latest['date'])}: {score}, {band}",
                t.change_short(latest, entry["previous_review"]),
            ]
        )
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
        p(t.privacy_statement(payload["include_contacts"])),
        p("About this return", s.h2),
    ]
    rows = [
        ("Reference", payload["reference"]),
        ("Return id", payload["return_id"]),
        ("Made", payload["created_at"].replace("T", " ").replace("Z", " UTC")),
        ("Made with", f"{payload['app']['name']} {payload['app']['version']}"),
        ("Our group's id", payload["group"]["id"]),
        ("Replaces", t.superseded_reference(payload) or "No earlier return"),
        (
            "Data inside",
            f"{ATTACHMENT_NAME} (schema partnerbook-return, version {payload['schema_version']})",
        ),
        ("Checksum (SHA-256)", payload["sha256"]),
    ]
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
