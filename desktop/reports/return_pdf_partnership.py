"""One partnership's section of the PDF return, drawn from the return's data."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from desktop.reports import return_blocks as b
from desktop.reports import return_text as t
from desktop.reports.charts import RadarChart
from desktop.reports.pdf_kit import FRAME_WIDTH, heading, money, p, spacer, styles
from desktop.reports.pdf_tables import data_table, key_values, layout_table
from desktop.reports.return_plan_view import plan_blocks
from desktop.reports.return_run_registers import run_register_blocks
from desktop.reports.return_run_view import governance_blocks

RADAR_SIZE = 200
MAX_BLOCK = 560  # points: well under a page, so the block always fits


def review_radar(
    latest: dict[str, Any], previous: dict[str, Any] | None, size: float
) -> RadarChart:
    """This review (and the last, dashed, if made with the same tool) on a radar: one axis
    per domain where the tool has domains, else one per question."""
    labels, series, bands, low, high = t.radar_data(latest, previous)
    names = [f"This review ({t.day(latest['date'])})"]
    if len(series) > 1 and previous is not None:
        names.append(f"Last review ({t.day(previous['date'])})")
    return RadarChart(labels, series, bands, names, size=size, low=low, high=high)


def _none() -> Flowable:
    return p(t.NONE_RECORDED, styles().small)


def _overview(entry: dict[str, Any]) -> list[Flowable]:
    s = styles()
    rows = b.overview_pairs(entry)
    story: list[Flowable] = [key_values(rows)]
    if entry["purpose"]:
        story += [p("Purpose", s.h3), p(entry["purpose"])]
    if entry["current_focus"]:
        story += [p("Current focus", s.h3), p(entry["current_focus"])]
    return story


def _seat(entry: dict[str, Any]) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [p("Our seat", s.h2)]
    seat = entry["seat"]
    if seat is None:
        return [*story, p("We have not recorded our seat on this partnership.", s.small)]
    story.append(key_values(b.seat_pairs(seat)))
    return story


def _attendance(entry: dict[str, Any]) -> list[Flowable]:
    s = styles()
    attendance = entry["attendance"]
    story: list[Flowable] = [p("Attendance", s.h2), p(t.attendance_sentence(attendance))]
    if attendance["meeting_list"]:
        story.append(
            data_table(
                list(b.ATTENDANCE_HEADER),
                b.attendance_rows(entry),
                [2.1, 2.9, 1.7, 1.7, 1.6],
                numeric=(2, 3, 4),
            )
        )
    return story


def _partners(entry: dict[str, Any]) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [p("Partners by sector", s.h2)]
    groups = entry["partners_by_sector"]
    if not groups:
        return [*story, _none()]
    rows = b.partner_rows(entry)
    story.append(
        data_table(["Sector", "Number", "Organisations"], rows, [2.2, 1.4, 6.4], numeric=(1,))
    )
    return story


def _ratings(title: str, ratings: list[dict[str, Any]], note: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [p(title, s.h2), p(note, s.small)]
    if not ratings:
        return [*story, _none()]
    detailed = [r for r in ratings if b.detailed_rating(r)]
    if detailed:
        rows = [
            [
                f"{r['clause_ref']} {r['title']}",
                t.rating_label(r),
                r["evidence"] or "–",
                r["next_action"] or "–",
            ]
            for r in detailed
        ]
        story.append(
            data_table(
                ["Clause", "Our rating", "Evidence", "Next action"], rows, [3.0, 1.7, 3.0, 2.3]
            )
        )
    rows = b.rating_groups(ratings)
    if rows:
        story.append(spacer(4))
        story.append(data_table(["Our rating", "Clauses"], rows, [2.2, 7.8]))
    return story


def needs_table(needs: list[dict[str, Any]], totals: dict[str, int]) -> Flowable:
    rows, total_rows = b.needs_rows(needs, totals)
    return data_table(
        list(b.NEEDS_HEADER),
        rows + total_rows,
        [3.7, 1.5, 1.6, 1.6, 1.6],
        numeric=(2, 3, 4),
        total_row=True,
    )


def _needs(entry: dict[str, Any]) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [p("Resource needs", s.h2)]
    if not entry["resource_needs"]:
        return [*story, _none()]
    totals = entry["resource_totals"]
    story.append(needs_table(entry["resource_needs"], totals))
    return story


def _review(entry: dict[str, Any]) -> list[Flowable]:
    s = styles()
    latest, previous = entry["latest_review"], entry["previous_review"]
    story: list[Flowable] = [p("Latest health-check review", s.h2)]
    if latest is None:
        return [*story, p("No finished review by the end of this period.", s.small)]
    low, high = t.overall_range(latest)
    story.append(
        p(
            f"Review of {t.day(latest['date'])}, made with {t.framework_name(latest)}: overall "
            f"score {t.out_of(latest['overall_score'], low, high)} "
            f"({t.band_words(latest['band'])}). {t.change_text(latest, previous)}"
        )
    )
    if previous is not None and previous["framework_id"] != latest["framework_id"]:
        previous = None  # made with another tool: its scores do not compare
    if len(latest.get("sections") or []) > 1 or any(
        s["domains"] for s in latest.get("sections") or []
    ):
        story += [p(line, s.small) for line in t.section_lines(latest)]
    if latest.get("scale_note"):
        story.append(p(latest["scale_note"], s.small))
    story += [p(line, s.small) for line in b.partner_lines(latest)]
    rows = b.review_rows(latest, previous)
    radar = review_radar(latest, previous, RADAR_SIZE)
    header = list(b.REVIEW_HEADER)
    table = data_table(header, rows, [3.0, 1.2, 2.0, 1.7], width=FRAME_WIDTH - RADAR_SIZE - 6)
    both = layout_table([[radar, table]], [RADAR_SIZE + 6, FRAME_WIDTH - RADAR_SIZE - 6])
    height = both.wrap(FRAME_WIDTH, MAX_BLOCK)[1]
    # Axis labels longer than a question's ref (a domain's name) need the page's width.
    short_labels = all(len(axis.label) <= 12 for axis in radar.geometry.axes)
    if height <= MAX_BLOCK and short_labels:
        # Chart and scores side by side, as one block that cannot split: start it (and its
        # heading) on a new page rather than leave the heading alone at the foot of one.
        story.insert(0, CondPageBreak(height + 70))
        story.append(both)
    else:  # too many questions, or long labels: chart, then a table that splits
        radar.hAlign = "CENTER"  # centred, so long axis labels (domains) stay on the page
        story += [radar, data_table(header, rows, [5.0, 1.4, 2.4, 1.6])]
    for title, key in b.REVIEW_TEXTS:
        if latest[key]:
            story += [p(title, s.h3), p(latest[key])]
    return story


def _simple_tables(entry: dict[str, Any]) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [p("Milestones", s.h2)]
    if entry["milestones"]:
        rows = [
            [m["title"], t.day(m["due_date"]), t.day(m["done_date"], "Not yet")]
            for m in entry["milestones"]
        ]
        story.append(data_table(["Milestone", "Due", "Done"], rows, [6, 2, 2]))
    else:
        story.append(_none())
    story.append(p("Actions due", s.h2))
    if entry["actions_due"]:
        rows = [
            [
                a["description"],
                a["owner"] or "–",
                t.day(a["due_date"]),
                t.label("action_status", a["status"]),
            ]
            for a in entry["actions_due"]
        ]
        story.append(data_table(["Action", "Who", "Due", "Status"], rows, [5, 2.2, 1.6, 1.4]))
    else:
        story.append(_none())
    story.append(p("Outcomes", s.h2))
    if entry["outcomes"]:
        rows = [
            [
                t.label("term", o["term"]),
                o["description"],
                o["measure"] or "–",
                t.yes_no(o["achieved"]),
            ]
            for o in entry["outcomes"]
        ]
        story.append(
            data_table(
                ["Term", "Outcome", "How it is measured", "Achieved"], rows, [1.5, 4.0, 3, 1.5]
            )
        )
    else:
        story.append(_none())
    story.append(p("Funding", s.h2))
    if entry["funding"]:
        rows = [
            [
                f["source"],
                t.label("phase", f["phase"]),
                f["period_label"] or "–",
                # In kind: the amount is what the support is reckoned to be worth.
                f"{money(f['amount_pence'])} in kind (estimated)"
                if f.get("in_kind")
                else money(f["amount_pence"]),
                f["fundholder"] or "–",
            ]
            for f in entry["funding"]
        ]
        story.append(
            data_table(
                ["Source", "Phase", "Period", "Amount", "Fundholder"],
                rows,
                [2.6, 1.9, 1.4, 1.7, 2.4],
                numeric=(3,),
            )
        )
    else:
        story.append(_none())
    return story


def _plan(entry: dict[str, Any]) -> list[Flowable]:
    """The plan, from the same blocks the HTML copy draws."""
    s = styles()
    story: list[Flowable] = []
    for block in plan_blocks(entry) + governance_blocks(entry) + run_register_blocks(entry):
        # Keep a heading with the first lines under it, never alone at a page's foot.
        story += [CondPageBreak(90), p(block.heading, s.h2 if block.level == 2 else s.h3)]
        if block.sentence:
            story.append(p(block.sentence, s.small if not block.rows else s.body))
        if block.rows:
            story.append(data_table(list(block.header), block.rows, list(block.widths)))
        if block.pairs:
            story.append(key_values(block.pairs))
    return story


def partnership_section(entry: dict[str, Any], number: int) -> list[Flowable]:
    """Everything the return says about one partnership, starting on a new page."""
    s = styles()
    story: list[Flowable] = [PageBreak(), heading(f"{number}. {entry['name']}", s.h1, 0)]
    story += _overview(entry)
    story += _seat(entry)
    story += _attendance(entry)
    story += _partners(entry)
    story += _ratings("Our commitments", entry["commitments"], b.COMMITMENTS_NOTE)
    story += _ratings("Undertakings", entry["undertakings"], b.UNDERTAKINGS_NOTE)
    story += _needs(entry)
    story += _review(entry)
    story += _simple_tables(entry)
    story += _plan(entry)
    story.append(spacer())
    return story
