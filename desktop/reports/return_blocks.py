"""The rows of a return's sections, shared by the PDF and the HTML copy.

Each function turns part of the return's data into labelled pairs or table rows of
plain text; the PDF and the HTML only lay them out, so neither can print what the other
leaves out. Empty cells are "–".
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from desktop.domain import vocab
from desktop.domain.money import format_pence
from desktop.reports import return_text as t

DASH = "–"
ATTACHMENT_NAME = "partnerbook-return.json"
Pairs = list[tuple[str, str]]
Rows = list[list[str]]


def money(pence: int | None) -> str:
    return format_pence(pence, blank=DASH)


def frameworks_text(payload: dict[str, Any]) -> str:
    return (
        "; ".join(
            f"{f['title'] or 'A framework this app does not hold'} (version {f['version']})"
            for f in payload["frameworks"]
        )
        or DASH
    )


def cover_pairs(payload: dict[str, Any]) -> Pairs:
    group, signoff = payload["group"], payload["signoff"]
    return [
        ("Return reference", payload["reference"]),
        ("Made on", t.day(payload["created_at"][:10])),
        ("Prepared by", signoff["role"] or "Not given"),
        ("For", group["cvs_name"] or "Our Council for Voluntary Service"),
        ("Partnerships", str(len(payload["partnerships"]))),
        ("Charity number", group["charity_number"] or DASH),
        ("Area we serve", group["area_served"] or DASH),
        ("Frameworks used", frameworks_text(payload)),
    ]


ATTACHMENT_SENTENCE = (
    "The data in this return is inside the PDF as an attached file "
    f"({ATTACHMENT_NAME}), so your CVS can import it without typing it again."
)


def count_rows(payload: dict[str, Any], which: str) -> Rows:
    """How many partnerships have each status ("status") or each role of ours ("our_role")."""
    entries = payload["partnerships"]
    if which == "status":
        counts = Counter(e["status"] for e in entries)
        keys = [m.value for m in vocab.PartnershipStatus]
    else:
        counts = Counter(e["seat"]["our_role"] if e["seat"] else "" for e in entries)
        keys = [m.value for m in vocab.OurRole]
    rows = [[t.label(which, key), str(counts[key])] for key in keys if counts[key]]
    rows += [
        [t.label(which, k) or "Not recorded", str(n)]
        for k, n in sorted(counts.items())
        if k not in keys
    ]
    return rows or [["None", "0"]]


def help_rows(payload: dict[str, Any]) -> Rows:
    """Partnerships with commitments rated as needing help, and which clauses."""
    rows = []
    for entry in payload["partnerships"]:
        clauses = [
            r["clause_ref"] for r in entry["commitments"] + entry["undertakings"] if t.needs_help(r)
        ]
        if clauses:
            rows.append([entry["name"], str(len(clauses)), ", ".join(clauses)])
    return rows


TOTAL_KEYS = ("requested_pence", "agreed_pence", "received_pence", "unmet_pence")


def resource_summary_rows(payload: dict[str, Any]) -> Rows:
    """Money asked for, agreed, received and unmet, by partnership, then the total."""
    rows = [
        [e["name"], *(money(e["resource_totals"][k]) for k in TOTAL_KEYS)]
        for e in payload["partnerships"]
    ]
    if payload["general_resource_needs"]:
        general = t.general_totals(payload)
        rows.append(["Not tied to one partnership", *(money(general[k]) for k in TOTAL_KEYS)])
    totals = payload["resource_totals"]
    rows.append(["Total of all needs asked for", *(money(totals[k]) for k in TOTAL_KEYS)])
    return rows


def review_summary(entry: dict[str, Any]) -> tuple[str, str]:
    """The latest review's score and band, and the change since the last."""
    latest = entry["latest_review"]
    if latest is None:
        return "No finished review", ""
    band = latest["band"]["label"] if latest["band"] else "No band"
    first, last = t.overall_range(latest)
    score = t.out_of(latest["overall_score"], first, last)
    return f"{t.day(latest['date'])}: {score}, {band}", t.change_short(
        latest, entry["previous_review"]
    )


def overview_pairs(entry: dict[str, Any]) -> Pairs:
    kind = ", ".join(
        x
        for x in (
            t.label("formality", entry["formality"]),
            t.label("basis", entry["basis"]),
            t.label("duration", entry["duration"]),
        )
        if x
    )
    budget = t.yes_no(entry["has_vcs_budget"])
    if entry["vcs_budget_pence"] is not None:
        budget += f" ({money(entry['vcs_budget_pence'])})"
    dates = t.day(entry["start_date"])
    if entry["end_date"]:
        dates += f" to {t.day(entry['end_date'])}"
    return [
        (
            "Status",
            t.label("status", entry["status"]) + (" (archived)" if entry["archived"] else ""),
        ),
        ("Short name", entry["short_name"] or DASH),
        ("Area", entry["area"] or DASH),
        ("Scale", t.label("scale", entry["scale"]) or DASH),
        ("Kind of partnership", kind or DASH),
        ("Dates", dates),
        ("Lead body", entry["lead_body"] or DASH),
        ("Fundholder", entry["fundholder"] or DASH),
        ("Meets", entry["meeting_frequency"] or DASH),
        ("Next meeting", t.day(entry["next_meeting"])),
        ("Budget for voluntary sector involvement (Code 4.4)", budget),
        ("Themes", ", ".join(entry["themes"]) or DASH),
    ]


def seat_pairs(seat: dict[str, Any]) -> Pairs:
    return [
        ("Our role", t.label("our_role", seat["our_role"])),
        ("We represent", t.label("represents", seat["represents"])),
        ("Representatives", t.representatives_text(seat)),
        ("We report back to", seat["report_back_to"] or DASH),
        ("Induction received", t.yes_no(seat["induction_received"])),
    ]


ATTENDANCE_HEADER = ("Date", "Meeting", "Attended", "Sent apologies", "Did not attend")


def attendance_rows(entry: dict[str, Any]) -> Rows:
    return [
        [
            t.day(m["date"]),
            m["title"] or "Meeting",
            str(m["attended"]),
            str(m["apologies"]),
            str(m["absent"]),
        ]
        for m in entry["attendance"]["meeting_list"]
    ]


def partner_rows(entry: dict[str, Any]) -> Rows:
    """Partners by sector, each organisation with its role in the partnership."""
    return [
        [
            t.label("sector", g["sector"]),
            str(g["count"]),
            "; ".join(_organisation(o) for o in g["organisations"]),
        ]
        for g in entry["partners_by_sector"]
    ]


def _organisation(o: dict[str, Any]) -> str:
    """ "GP practices (any of this kind; Member)": a kind of organisation is said so."""
    said = [part for part in ("any of this kind" if o.get("kind") else "", o["role"]) if part]
    return f"{o['name']} ({'; '.join(said)})" if said else o["name"]


NEEDS_HEADER = ("What we need", "Status", "Estimated", "Agreed", "Received")


def needs_rows(needs: list[dict[str, Any]], totals: dict[str, int]) -> tuple[Rows, Rows]:
    """The needs, then total rows that say what they add up: the needs not yet asked for
    (their estimates) and the needs asked for (estimated, agreed, received, unmet), so the
    column above each total adds up to it."""
    rows = [
        [
            f"{n['description']} ({t.label('category', n['category'])}; "
            f"{n['quantity']:g} {n['unit']})",
            t.label("need_status", n["status"]),
            money(n["estimated_pence"]),
            money(n["agreed_pence"]),
            money(n["received_pence"]),
        ]
        for n in needs
    ]
    waiting = sum(1 for n in needs if n["status"] == "identified")
    asked = len(needs) - waiting
    total_rows: Rows = []
    if waiting:
        total_rows.append(
            [
                f"Not yet asked for ({waiting} {'need' if waiting == 1 else 'needs'})",
                "",
                money(totals["identified_pence"]),
                "",
                "",
            ]
        )
    total_rows.append(
        [
            f"Asked for ({asked} {'need' if asked == 1 else 'needs'}; "
            f"unmet {money(totals['unmet_pence'])})",
            "",
            money(totals["requested_pence"]),
            money(totals["agreed_pence"]),
            money(totals["received_pence"]),
        ]
    )
    return rows, total_rows


REVIEW_HEADER = ("Question", "Last", "Now (agreed answer)", "Change")


def review_rows(latest: dict[str, Any], previous: dict[str, Any] | None) -> Rows:
    """One row per question; ``previous`` only when made with the same tool."""
    before = {a["question_ref"]: a["score"] for a in (previous or {}).get("answers", [])}
    return [
        [
            f"{a['question_ref']} {a['title']}",
            t.score(before.get(a["question_ref"])) if previous else DASH,
            f"{t.score(a['score'])} ({t.answer_text(a)})" if a["answer"] else t.score(a["score"]),
            t.question_change(a["score"], before.get(a["question_ref"]), short=True)
            if previous
            else DASH,
        ]
        for a in latest["answers"]
    ]


REVIEW_TEXTS = (("What we need to change", "what_to_change"), ("Work to link with", "link_with"))


def partner_lines(review: dict[str, Any]) -> list[str]:
    """What a review says of the partners' own answers (questionnaires), as plain lines;
    none when no questionnaire was sent. Never a person's name: the return has none."""
    found = review.get("partner_answers")
    if not found:
        return []
    count = found["partners"]
    lines = [
        f"Partners' own answers: {count} partner{'s' if count != 1 else ''} answered"
        + (f" (named: {', '.join(found['named_partners'])})." if found["named_partners"] else ".")
    ]
    titles = {a["question_ref"]: a["title"] for a in review["answers"]}
    wide = sorted(
        (q for q in found["questions"] if q["spread"]), key=lambda q: -float(q["spread"])
    )[:3]
    if not found["questions"]:
        lines.append("Fewer than three partners answered, so their answers are not counted here.")
    elif wide:
        lines.append(
            "Where partners disagree most: "
            + "; ".join(
                f"{q['question_ref']} {titles.get(q['question_ref'], '')} "
                f"(from {t.score(q['lowest'])} to {t.score(q['highest'])})"
                for q in wide
            )
            + "."
        )
    else:
        lines.append("Every partner gave the same answer to each question.")
    return lines


def about_pairs(payload: dict[str, Any]) -> Pairs:
    return [
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


# Ratings printed in full (evidence, next action): the ones a CVS can help with. The
# others are listed by rating, clause by clause.
DETAILED_RATINGS = frozenset({"need_help", "could_do_better"})


def detailed_rating(rating: dict[str, Any]) -> bool:
    return rating["rating"] in DETAILED_RATINGS or t.needs_help(rating)


def rating_groups(ratings: list[dict[str, Any]]) -> Rows:
    """The ratings not printed in full, by rating: "We do this (5)" and their clauses."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for r in ratings:
        if not detailed_rating(r):
            grouped.setdefault(t.rating_label(r), []).append(r)
    return [
        [f"{name} ({len(items)})", "; ".join(f"{r['clause_ref']} {r['title']}" for r in items)]
        for name, items in grouped.items()
    ]


COMMITMENTS_NOTE = (
    "How well we keep the Compact's commitments in this partnership, clause by clause."
)
UNDERTAKINGS_NOTE = (
    "What we see of the statutory partners' undertakings, and how we keep ours as a "
    "voluntary sector body."
)
