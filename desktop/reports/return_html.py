"""The return as one plain HTML file: real headings and tables, for screen readers.

Drawn from the same data as the PDF. No scripts, no external files, so it opens the same
anywhere and can be read aloud in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from desktop.domain.money import format_pence
from desktop.reports import return_text as t
from desktop.reports.return_plan_view import plan_blocks

_CSS = (
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:1.05rem;line-height:1.5;"
    "max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111827}"
    "table{border-collapse:collapse;margin:0.5rem 0 1rem;width:100%}"
    "th,td{border:1px solid #9CA3AF;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}"
    "thead th{background:#E5E7EB}td.n{text-align:right}caption{text-align:left;font-weight:bold}"
    "td,th{overflow-wrap:anywhere}"
    # A phone: each row becomes a block, each cell a line led by its column's name, so
    # nothing runs off the side of a 320 px screen.
    "@media (max-width:40em){body{padding:0 0.5rem}"
    "table,thead,tbody,tr,th,td,caption{display:block;width:auto}"
    "thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
    "tr{border:1px solid #9CA3AF;margin:0 0 0.5rem}th,td{border:0;text-align:left}"
    "td.n{text-align:left}td[data-label]::before{content:attr(data-label) ': ';font-weight:bold}}"
    # Printing on A4: no heading left alone at the foot of a page, small tables kept whole.
    "@media print{@page{size:A4;margin:15mm}body{max-width:none;margin:0}"
    "h1,h2,h3,h4,caption{break-after:avoid;page-break-after:avoid}"
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
    return f'<table class="small"><caption>{_e(caption)}</caption><tbody>{rows}</tbody></table>'


def _ratings(caption: str, ratings: list[dict[str, Any]]) -> str:
    rows = [
        [r["clause_ref"], r["title"], t.rating_label(r), r["evidence"], r["next_action"]]
        for r in ratings
    ]
    return _table(
        caption, ["Clause", "What it asks", "Our rating", "Evidence", "Next action"], rows
    )


def _needs(caption: str, needs: list[dict[str, Any]], totals: dict[str, int]) -> str:
    rows: list[list[object]] = [
        [
            n["description"],
            t.label("category", n["category"]),
            f"{n['quantity']:g} {n['unit']}",
            t.label("need_status", n["status"]),
            _money(n["estimated_pence"]),
            _money(n["agreed_pence"]),
            _money(n["received_pence"]),
        ]
        for n in needs
    ]
    if needs:
        rows.append(
            [
                f"Total asked for (unmet {_money(totals['unmet_pence'])})",
                "",
                "",
                "",
                _money(totals["requested_pence"]),
                _money(totals["agreed_pence"]),
                _money(totals["received_pence"]),
            ]
        )
    header = ["What we need", "Category", "How much", "Status", "Estimated", "Agreed", "Received"]
    return _table(caption, header, rows, numeric=(4, 5, 6))


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
    if previous is not None and previous["framework_id"] != latest["framework_id"]:
        previous = None  # made with another tool: its scores do not compare
    before = {a["question_ref"]: a["score"] for a in (previous or {}).get("answers", [])}
    rows = [
        [
            f"{a['question_ref']} {a['title']}",
            t.answer_text(a),
            t.score(before.get(a["question_ref"])) if previous else "–",
            t.score(a["score"]),
            t.question_change(a["score"], before.get(a["question_ref"])) if previous else "–",
        ]
        for a in latest["answers"]
    ]
    header = ["Question", "Agreed answer", "Last review", "This review", "Change"]
    return summary + _table("Scores by question", header, rows)


def _partnership(entry: dict[str, Any], number: int) -> str:
    seat = entry["seat"]
    parts = [
        f'<section aria-labelledby="p{number}">',
        f'<h2 id="p{number}">{number}. {_e(entry["name"])}</h2>',
        _pairs(
            "Overview",
            [
                ("Status", t.label("status", entry["status"])),
                ("Area", entry["area"]),
                ("Lead body", entry["lead_body"]),
                ("Fundholder", entry["fundholder"]),
                ("Next meeting", t.day(entry["next_meeting"])),
                ("Themes", ", ".join(entry["themes"])),
            ],
        ),
        f"<h3>Purpose</h3><p>{_e(entry['purpose'])}</p>",
        "<h3>Our seat</h3>",
        _pairs(
            "Our seat",
            [
                ("Our role", t.label("our_role", seat["our_role"])),
                ("We represent", t.label("represents", seat["represents"])),
                ("Representatives", t.representatives_text(seat)),
            ],
        )
        if seat
        else "<p>We have not recorded our seat on this partnership.</p>",
        f"<h3>Attendance</h3><p>{_e(t.attendance_sentence(entry['attendance']))}</p>",
        "<h3>Partners by sector</h3>",
        _table(
            "Partners by sector",
            ["Sector", "Number", "Organisations"],
            [
                [
                    t.label("sector", g["sector"]),
                    g["count"],
                    "; ".join(o["name"] for o in g["organisations"]),
                ]
                for g in entry["partners_by_sector"]
            ],
            numeric=(1,),
        ),
        "<h3>Our commitments</h3>",
        _ratings("Our commitments", entry["commitments"]),
        "<h3>Undertakings</h3>",
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
            ["Source", "Phase", "Period", "Amount"],
            [
                [
                    f["source"],
                    t.label("phase", f["phase"]),
                    f["period_label"],
                    _money(f["amount_pence"]),
                ]
                for f in entry["funding"]
            ],
            numeric=(3,),
        ),
        _plan(entry),
        "</section>",
    ]
    return "\n".join(parts)


def _plan(entry: dict[str, Any]) -> str:
    """The plan, from the same blocks the PDF draws."""
    parts = []
    for block in plan_blocks(entry):
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
        f"<p>{_e(t.day(period['start']))} to {_e(t.day(period['end']))}. "
        f"Return reference {_e(payload['reference'])}, made on "
        f"{_e(t.day(payload['created_at'][:10]))}.</p>",
        f"<p><strong>{_e(replaces)}</strong></p>" if replaces else "",
        f"<p>{_e(t.privacy_statement(payload['include_contacts']))}</p></header>",
        "<main>",
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
        _pairs(
            "Sign-off",
            ([("Name", signoff["name"] or "Not given")] if payload["include_contacts"] else [])
            + [
                ("Role", signoff["role"] or "Not given"),
                ("Date", t.day(signoff["date"], "Not given")),
            ],
        ),
        "</section><section><h2>About this return</h2>",
        _pairs(
            "About this return",
            [
                ("Return id", payload["return_id"]),
                ("Our group's id", group["id"]),
                ("Made with", f"{payload['app']['name']} {payload['app']['version']}"),
                (
                    "Frameworks used",
                    "; ".join(
                        f"{f['title'] or 'A framework this app does not hold'} "
                        f"(version {f['version']})"
                        for f in payload["frameworks"]
                    )
                    or "–",
                ),
                ("Checksum (SHA-256)", payload["sha256"]),
            ],
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
