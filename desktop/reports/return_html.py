"""The return as one plain HTML file: real headings and tables, for screen readers.

Drawn from the same section rows as the PDF (``return_blocks``, ``return_plan_view``), so
it carries everything the PDF prints. No scripts, no external files, so it opens the same
anywhere and can be read aloud in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from desktop.domain.money import format_pence
from desktop.reports import return_blocks as b
from desktop.reports import return_text as t
from desktop.reports.return_plan_view import plan_blocks
from desktop.reports.return_run_registers import (
    run_register_blocks,
    summary_tree_block,
)
from desktop.reports.return_run_view import governance_blocks

_CSS = (
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:1.05rem;line-height:1.5;"
    "max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111827}"
    "table{border-collapse:collapse;margin:0.5rem 0 1rem;width:100%}"
    "th,td{border:1px solid #9CA3AF;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}"
    "thead th{background:#E5E7EB}td.n{text-align:right}caption{text-align:left;font-weight:bold}"
    # Long words wrap rather than widen a table; money stays on one line; ids and
    # checksums in the two-column tables may break anywhere.
    "td,th{overflow-wrap:break-word}td.n{white-space:nowrap}table.pairs td{overflow-wrap:anywhere}"
    # A phone: each row becomes a block, each cell a line led by its column's name, so
    # nothing runs off the side of a 320 px screen.
    "@media (max-width:40em){body{padding:0 0.5rem}"
    "table,thead,tbody,tr,th,td,caption{display:block;width:auto}"
    "thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
    "tr{border:1px solid #9CA3AF;margin:0 0 0.5rem}th,td{border:0;text-align:left;"
    "overflow-wrap:anywhere}"
    "td.n{text-align:left}td[data-label]::before{content:attr(data-label) ': ';font-weight:bold}}"
    # Printing on A4: no heading left alone at the foot of a page, small tables kept whole.
    "@media print{@page{size:A4;margin:15mm}body{max-width:none;margin:0;font-size:10pt}"
    # A heading, and the short note under it, stay with what follows.
    "h1,h2,h3,h4,caption,h2+p,h3+p,h4+p{break-after:avoid;page-break-after:avoid}"
    "tr{break-inside:avoid;page-break-inside:avoid}"
    "table.small{break-inside:avoid;page-break-inside:avoid}}"
)
SMALL_TABLE_ROWS = 12  # a table this short is kept on one printed page


def _e(value: object) -> str:
    return escape("" if value is None else str(value)).replace("\n", "<br>")


def _cell(value: object) -> str:
    """A table cell's text: '–' when empty, as in the PDF."""
    text = "" if value is None else str(value)
    return _e(text) if text.strip() else "–"


def _money(pence: int | None) -> str:
    return format_pence(pence, blank="–")


def _table(
    caption: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    numeric: Sequence[int] = (),
) -> str:
    """A table whose first column names each row, so a screen reader can say where it is."""
    if not rows:
        return f"<p>{_e(caption)}: {t.NONE_RECORDED}</p>"
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in header)
    body = []
    for row in rows:
        # data-label names the column when a narrow screen stacks the cells.
        cells = [f'<th scope="row" data-label="{_e(header[0])}">{_cell(row[0])}</th>']
        for index, value in enumerate(row[1:], start=1):
            css = ' class="n"' if index in numeric else ""
            label = _e(header[index]) if index < len(header) else ""
            cells.append(f'<td{css} data-label="{label}">{_cell(value)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    small = ' class="small"' if len(rows) <= SMALL_TABLE_ROWS else ""
    return (
        f"<table{small}><caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _pairs(caption: str, pairs: Sequence[tuple[str, object]]) -> str:
    rows = "".join(
        f'<tr><th scope="row">{_e(k)}</th><td data-label="{_e(k)}">{_cell(v)}</td></tr>'
        for k, v in pairs
    )
    return (
        f'<table class="small pairs"><caption>{_e(caption)}</caption><tbody>{rows}</tbody></table>'
    )


def _ratings(caption: str, ratings: list[dict[str, Any]]) -> str:
    """Every rating in full, then the same list by rating as the PDF gives it."""
    if not ratings:
        return f"<p>{t.NONE_RECORDED}</p>"
    rows = [
        [r["clause_ref"], r["title"], t.rating_label(r), r["evidence"], r["next_action"]]
        for r in ratings
    ]
    header = ["Clause", "What it asks", "Our rating", "Evidence", "Next action"]
    grouped = b.rating_groups(ratings)
    return _table(caption, header, rows) + (
        _table(f"{caption} by rating", ["Our rating", "Clauses"], grouped) if grouped else ""
    )


def _needs(caption: str, needs: list[dict[str, Any]], totals: dict[str, int]) -> str:
    if not needs:
        return f"<p>{t.NONE_RECORDED}</p>"
    rows, total_rows = b.needs_rows(needs, totals)
    return _table(caption, b.NEEDS_HEADER, rows + total_rows, numeric=(2, 3, 4))


def _review(entry: dict[str, Any]) -> str:
    latest, previous = entry["latest_review"], entry["previous_review"]
    if latest is None:
        return "<p>No finished review by the end of this period.</p>"
    low, high = t.overall_range(latest)
    summary = (
        f"<p>Review of {_e(t.day(latest['date']))}, made with "
        f"{_e(t.framework_name(latest))}: overall score "
        f"{_e(t.out_of(latest['overall_score'], low, high))} "
        f"({_e(t.band_words(latest['band']))}). "
        f"{_e(t.change_text(latest, previous))}</p>"
    )
    lines = t.section_lines(latest)
    if len(lines) > 1:
        summary += "<ul>" + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>"
    if latest.get("scale_note"):
        summary += f"<p>{_e(latest['scale_note'])}</p>"
    summary += "".join(f"<p>{_e(line)}</p>" for line in b.partner_lines(latest))
    if previous is not None and previous["framework_id"] != latest["framework_id"]:
        previous = None  # made with another tool: its scores do not compare
    summary += _table("Scores by question", b.REVIEW_HEADER, b.review_rows(latest, previous))
    for title, key in b.REVIEW_TEXTS:
        if latest[key]:
            summary += f"<h4>{_e(title)}</h4><p>{_e(latest[key])}</p>"
    return summary


def _partnership(entry: dict[str, Any], number: int) -> str:
    seat = entry["seat"]
    attendance = entry["attendance"]
    parts = [
        f'<section aria-labelledby="p{number}">',
        f'<h2 id="p{number}">{number}. {_e(entry["name"])}</h2>',
        _pairs("Overview", b.overview_pairs(entry)),
        f"<h3>Purpose</h3><p>{_e(entry['purpose'])}</p>" if entry["purpose"] else "",
        f"<h3>Current focus</h3><p>{_e(entry['current_focus'])}</p>"
        if entry["current_focus"]
        else "",
        "<h3>Our seat</h3>",
        _pairs("Our seat", b.seat_pairs(seat))
        if seat
        else "<p>We have not recorded our seat on this partnership.</p>",
        f"<h3>Attendance</h3><p>{_e(t.attendance_sentence(attendance))}</p>",
        _table("Meetings", b.ATTENDANCE_HEADER, b.attendance_rows(entry), numeric=(2, 3, 4))
        if attendance["meeting_list"]
        else "",
        "<h3>Partners by sector</h3>",
        _table(
            "Partners by sector",
            ["Sector", "Number", "Organisations"],
            b.partner_rows(entry),
            numeric=(1,),
        ),
        f"<h3>Our commitments</h3><p>{_e(b.COMMITMENTS_NOTE)}</p>",
        _ratings("Our commitments", entry["commitments"]),
        f"<h3>Undertakings</h3><p>{_e(b.UNDERTAKINGS_NOTE)}</p>",
        _ratings("Undertakings", entry["undertakings"]),
        "<h3>Resource needs</h3>",
        _needs("Resource needs", entry["resource_needs"], entry["resource_totals"]),
        "<h3>Latest health-check review</h3>",
        _review(entry),
        "<h3>Milestones</h3>",
        _table(
            "Milestones",
            ["Milestone", "Due", "Done"],
            [
                [m["title"], t.day(m["due_date"]), t.day(m["done_date"], "Not yet")]
                for m in entry["milestones"]
            ],
        ),
        "<h3>Actions due</h3>",
        _table(
            "Actions due",
            ["Action", "Who", "Due", "Status"],
            [
                [
                    a["description"],
                    a["owner"],
                    t.day(a["due_date"]),
                    t.label("action_status", a["status"]),
                ]
                for a in entry["actions_due"]
            ],
        ),
        "<h3>Outcomes</h3>",
        _table(
            "Outcomes",
            ["Outcome", "Term", "How it is measured", "Achieved"],
            [
                [
                    o["description"],
                    t.label("term", o["term"]),
                    o["measure"],
                    t.yes_no(o["achieved"]),
                ]
                for o in entry["outcomes"]
            ],
        ),
        "<h3>Funding</h3>",
        _table(
            "Funding",
            ["Source", "Phase", "Period", "Amount", "Fundholder"],
            [
                [
                    f["source"],
                    t.label("phase", f["phase"]),
                    f["period_label"],
                    _money(f["amount_pence"])
                    + (" in kind (estimated)" if f.get("in_kind") else ""),
                    f["fundholder"],
                ]
                for f in entry["funding"]
            ],
            numeric=(3,),
        ),
        _plan(entry),
        "</section>",
    ]
    return "\n".join(part for part in parts if part)


def _summary(payload: dict[str, Any]) -> list[str]:
    """The PDF's summary page: counts, needing help, money by partnership, reviews."""
    if not payload["partnerships"]:
        return ["<section><h2>Summary</h2><p>There are no partnerships in this return.</p>"]
    help_rows = b.help_rows(payload)
    return [
        "<section><h2>Summary</h2>",
        _table("Status", ["Status", "Number"], b.count_rows(payload, "status"), numeric=(1,)),
        _table("Our role", ["Our role", "Number"], b.count_rows(payload, "our_role"), (1,)),
        "<h3>Commitments where we need help</h3>",
        _table("Commitments where we need help", ["Partnership", "Number", "Clauses"], help_rows)
        if help_rows
        else "<p>None rated “Need help”.</p>",
        "<h3>Resource needs</h3>",
        _table(
            "Resource needs by partnership",
            ["Partnership", "Requested", "Agreed", "Received", "Unmet"],
            b.resource_summary_rows(payload),
            numeric=(1, 2, 3, 4),
        ),
        "<h3>Latest reviews</h3>",
        _table(
            "Latest reviews",
            ["Partnership", "Score and band", "Change"],
            [[e["name"], *b.review_summary(e)] for e in payload["partnerships"]],
        ),
        _tree(payload),
        "</section>",
    ]


def _tree(payload: dict[str, Any]) -> str:
    """Boards and what sits under them (issue 17); nothing for an older return."""
    tree = summary_tree_block(payload)
    if tree is None:
        return ""
    return f"<h3>{_e(tree.heading)}</h3><p>{_e(tree.sentence)}</p>" + _table(
        tree.heading, list(tree.header), tree.rows
    )


def _plan(entry: dict[str, Any]) -> str:
    """The plan, from the same blocks the PDF draws."""
    parts = []
    for block in plan_blocks(entry) + governance_blocks(entry) + run_register_blocks(entry):
        tag = f"h{block.level + 1}"
        parts.append(f"<{tag}>{_e(block.heading)}</{tag}>")
        if block.sentence:
            parts.append(f"<p>{_e(block.sentence)}</p>")
        if block.rows:
            parts.append(_table(block.heading, block.header, block.rows))
        if block.pairs:
            parts.append(_pairs(block.heading, block.pairs))
    return "\n".join(parts)


def render_return_html(payload: dict[str, Any]) -> str:
    """The whole return as a standalone HTML document (UTF-8)."""
    group, period, signoff = payload["group"], payload["period"], payload["signoff"]
    title = f"Partnership return {period['label']}: {group['name']}"
    replaces = t.supersedes_sentence(payload)
    body = [
        f"<header><h1>{_e(title)}</h1>",
        f"<p>{_e(group['name'])}</p>",
        f"<p>{_e(period['label'])}: {_e(t.day(period['start']))} to {_e(t.day(period['end']))}</p>",
        _pairs("Return details", b.cover_pairs(payload)),
        f"<p><strong>{_e(replaces)}</strong></p>" if replaces else "",
        f"<p>{_e(t.privacy_statement(payload['include_contacts'], t.sealed_for(payload)))}</p>",
        f"<p>{_e(b.ATTACHMENT_SENTENCE)}</p></header>",
        "<main>",
        *_summary(payload),
    ]
    body += [_partnership(e, n) for n, e in enumerate(payload["partnerships"], start=1)]
    if payload["general_resource_needs"]:
        body += [
            "<section><h2>Resource needs not tied to one partnership</h2>",
            _needs(
                "General resource needs",
                payload["general_resource_needs"],
                t.general_totals(payload),
            ),
            "</section>",
        ]
    body += [
        "<section><h2>Sign-off</h2>",
        "<p>We confirm that this return is a fair record of our group's part in the "
        "partnerships listed, for the period it covers.</p>",
        _pairs(
            "Sign-off",
            ([("Name", signoff["name"] or "Not given")] if payload["include_contacts"] else [])
            + [
                ("Role", signoff["role"] or "Not given"),
                ("Date", t.day(signoff["date"], "Not given")),
                ("Signature", "On the signed PDF copy"),
            ],
        ),
        "<h3>Privacy</h3>",
        f"<p>{_e(t.privacy_statement(payload['include_contacts'], t.sealed_for(payload)))}</p>",
        "</section><section><h2>About this return</h2>",
        _pairs(
            "About this return",
            [*b.about_pairs(payload), ("Frameworks used", b.frameworks_text(payload))],
        ),
        "</section></main>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(part for part in body if part)
        + "\n</body>\n</html>\n"
    )
