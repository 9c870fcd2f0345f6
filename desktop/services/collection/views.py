"""What the officer looks at, read with plain sqlite3 (fast, no ORM), as plain tables.

Each view returns a ``Table``: a title, column headings and rows of plain values. The Qt
models show them, and the CSV, XLSX and PDF exports write the very same tables, so what is
exported is exactly what is on screen. Only current returns count; superseded ones are
kept for the record but never added into totals.

Money sums never fail: the schema's limits keep SQLite's 64-bit sums far from overflowing
for any real collection, and should one overflow all the same (a collection filled before
the limits, say), the sum is done again exactly in Python (``_summed``).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.collection_tables import PartnershipDetail, Table
from desktop.domain.periods import Period
from desktop.domain.problems import marked

__all__ = [
    "Table",
    "area_totals",
    "chosen_period",
    "collection_periods",
    "expected_missing",
    "groups_view",
    "import_log_view",
    "need_help_view",
    "needs_view",
    "partnership_detail",
    "partnerships_view",
    "period_table",
    "review_bands",
    "review_scores_view",
]

# A return still current for something, and the rows of it that have the latest word: a
# partnership's row, or (partnership_id NULL) a need of the group's general needs.
CURRENT = "r.status = 'current'"
CURRENT_ROW = "r.status = 'current' AND p.superseded_by IS NULL"
CURRENT_NEED = (
    "r.status = 'current' AND (CASE WHEN n.partnership_id IS NULL"
    " THEN r.general_superseded_by IS NULL ELSE p.superseded_by IS NULL END)"
)


def collection_periods(conn: sqlite3.Connection) -> list[Period]:
    """Every period the collection holds current returns for, the latest first (the longest first
    among those that end the same day). Returns with the same dates are one period, whatever
    their labels; the label shown is the one most of them use."""
    labels: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for start, end, label, count in conn.execute(
        "SELECT period_start, period_end, period_label, count(*) FROM collected_return"
        " WHERE status = 'current' GROUP BY 1, 2, 3"
    ):
        labels[(str(start), str(end))][label] += count
    periods = []
    for (start, end), named in labels.items():
        label = sorted(named, key=lambda n: (-named[n], n))[0]
        periods.append(Period(date.fromisoformat(start), date.fromisoformat(end), label))
    return sorted(periods, key=lambda p: (p.end, -p.start.toordinal()), reverse=True)


def chosen_period(conn: sqlite3.Connection, period: Period | None = None) -> Period | None:
    """``period`` with the label the collection uses for its dates, or the latest period;
    None only while the collection has no returns."""
    known = collection_periods(conn)
    if period is None:
        return known[0] if known else None
    for candidate in known:
        if (candidate.start, candidate.end) == (period.start, period.end):
            return candidate
    return period


def _in(period: Period | None) -> str:
    """The SQL condition for returns for exactly ``period``'s dates (dates, never text)."""
    if period is None:
        return "1 = 1"  # true on both back ends (PostgreSQL wants a boolean, not 1)
    return (
        f"r.period_start = '{period.start.isoformat()}'"
        f" AND r.period_end = '{period.end.isoformat()}'"
    )


def period_table(period: Period | None) -> Table:
    """Which period the other tables are for (exported with them, so every file says)."""
    rows = (
        [] if period is None else [(period.label, period.start.isoformat(), period.end.isoformat())]
    )
    return Table(
        "period",
        "Period",
        (marked("Period"), marked("From"), marked("Up to")),
        rows,
        dates=frozenset({1, 2}),
    )


def groups_view(conn: sqlite3.Connection, period: Period | None = None) -> Table:
    """Each group's returns that have the latest word on something in the period: how many
    partnerships each still speaks for, which ones it was made for, what it replaced."""
    period = chosen_period(conn, period)
    rows = conn.execute(
        f"""
        SELECT g.latest_name, r.period_label, substr(r.created_at, 1, 10), r.reference,
               (SELECT count(*) FROM collected_partnership p
                 WHERE p.return_id = r.id AND p.superseded_by IS NULL),
               (SELECT count(*) FROM (
                 SELECT o.id FROM collected_return o WHERE o.general_superseded_by = r.uuid
                 UNION SELECT q.return_id FROM collected_partnership q
                 WHERE q.superseded_by = r.uuid) AS replaced),
               r.app_version,
               CASE WHEN r.whole_group = 1 THEN 'the whole group' ELSE 'only ' || coalesce(
                 (SELECT group_concat(name, ', ') FROM (SELECT name FROM collected_partnership
                   WHERE return_id = r.id ORDER BY name) AS made_for), 'its general needs') END,
               (SELECT group_concat(name, ', ') FROM (SELECT DISTINCT q.name
                 FROM collected_partnership q WHERE q.superseded_by = r.uuid ORDER BY q.name)
                 AS replaced_for),
               g.id
        FROM collected_return r JOIN collected_group g ON g.id = r.group_id
        WHERE r.status = 'current' AND {_in(period)}
        ORDER BY g.latest_name COLLATE NOCASE, r.created_at DESC, r.id
        """
    ).fetchall()
    return Table(
        "groups",
        "Groups and their latest returns",
        (
            marked("Group"),
            marked("Period"),
            marked("Sent"),
            marked("Reference"),
            marked("Partnerships"),
            marked("Earlier returns replaced"),
            marked("App version"),
            marked("Made for"),
            marked("Replaced for"),
        ),
        [tuple(r[:9]) for r in rows],
        dates=frozenset({2}),
        keys=[r[9] for r in rows],
    )


def expected_missing(conn: sqlite3.Connection, period: Period | None = None) -> Table:
    """Groups on the officer's list with no current return for the period."""
    period = chosen_period(conn, period)
    query = f"""
        SELECT e.name, e.note FROM expected_group e
        WHERE NOT EXISTS (
            SELECT 1 FROM collected_group g JOIN collected_return r ON r.group_id = g.id
            WHERE g.name_key = e.name_key AND r.status = 'current' AND {_in(period)})
        ORDER BY e.name COLLATE NOCASE
    """
    rows = conn.execute(query).fetchall()
    title = "Expected groups with no return"
    return Table("missing", title, (marked("Group"), marked("Note")), [tuple(r) for r in rows])


def partnerships_view(conn: sqlite3.Connection, period: Period | None = None) -> Table:
    """Every partnership across the area (merged names together), with what groups say:
    for each group, the latest word on it for the period."""
    period = chosen_period(conn, period)
    names: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    merged_names = dict(conn.execute("SELECT canonical_key, canonical_name FROM partnership_merge"))
    rows = _summed(
        conn,
        f"""
        SELECT p.canonical_key, p.name, count(DISTINCT r.group_id), count(*),
               avg(p.review_score), {{sum}}(p.need_help_count), {{sum}}(p.requested_pence),
               {{sum}}(p.unmet_pence)
        FROM collected_partnership p JOIN collected_return r ON r.id = p.return_id
        WHERE {CURRENT_ROW} AND {_in(period)}
        GROUP BY p.canonical_key, p.name
        """,
        range(5, 8),
    )
    totals: dict[str, list[Any]] = {}
    for key, name, _groups, count, score, need_help, requested, unmet in rows:
        names[key][name] += count
        # [unused, unused, [(average score, rows)], need help, requested, unmet]
        entry = totals.setdefault(key, [None, 0, [], 0, 0, 0])
        if score is not None:
            entry[2].append((score, count))
        entry[3] += need_help or 0
        entry[4] += requested or 0
        entry[5] += unmet or 0
    groups_per_key = dict(
        conn.execute(
            f"""SELECT p.canonical_key, count(DISTINCT r.group_id)
            FROM collected_partnership p JOIN collected_return r ON r.id = p.return_id
            WHERE {CURRENT_ROW} AND {_in(period)} GROUP BY p.canonical_key"""
        )
    )
    by_tool = _scores_by_partnership(conn, period)
    result, keys = [], []
    for key, entry in totals.items():
        seen = sorted(names[key], key=lambda n: (-names[key][n], n))
        display = merged_names.get(key) or seen[0]
        others = [n for n in seen if n != display]
        result.append(
            (
                display,
                groups_per_key.get(key, 0),
                "; ".join(others),
                by_tool.get(key, ""),
                entry[3],
                entry[4],
                entry[5],
            )
        )
        keys.append(key)
    order = sorted(range(len(result)), key=lambda i: (-result[i][1], result[i][0].casefold()))
    return Table(
        "partnerships",
        "Partnerships across the area",
        (
            marked("Partnership"),
            marked("Groups"),
            marked("Also called"),
            marked("Review scores, by tool"),
            marked("Rated need help"),
            marked("Resources asked for"),
            marked("Still unmet"),
        ),
        [result[i] for i in order],
        money=frozenset({5, 6}),
        keys=[keys[i] for i in order],
    )


class _ExactSum:
    """sum() done in Python: exact however large, handed back to SQLite as text."""

    def __init__(self) -> None:
        self.total: int | None = None

    def step(self, value: object) -> None:
        if isinstance(value, int):
            self.total = (self.total or 0) + value

    def finalize(self) -> str | None:
        return None if self.total is None else str(self.total)


def _summed(conn: sqlite3.Connection, query: str, sums: range) -> list[tuple[Any, ...]]:
    """Rows of ``query``, whose ``{sum}`` is SQLite's sum, or, if that overflows, an exact
    sum in Python (its text, in the columns ``sums``, turned back into whole numbers)."""
    try:
        return [tuple(r) for r in conn.execute(query.format(sum="sum")).fetchall()]
    except sqlite3.OperationalError as exc:
        if "overflow" not in str(exc):
            raise
    conn.create_aggregate("pb_exact_sum", 1, _ExactSum)  # type: ignore[arg-type]
    rows = conn.execute(query.format(sum="pb_exact_sum")).fetchall()
    return [
        tuple(int(v) if n in sums and v is not None else v for n, v in enumerate(r)) for r in rows
    ]


def _current_rows(
    conn: sqlite3.Connection, key: str, period: Period | None
) -> list[tuple[int, str, str]]:
    return conn.execute(
        f"""SELECT p.id, g.latest_name, r.period_label FROM collected_partnership p
        JOIN collected_return r ON r.id = p.return_id JOIN collected_group g ON g.id = r.group_id
        WHERE {CURRENT_ROW} AND {_in(period)} AND p.canonical_key = ?
        ORDER BY g.latest_name COLLATE NOCASE, r.period_start DESC, p.id""",
        (key,),
    ).fetchall()


def partnership_detail(
    conn: sqlite3.Connection, key: str, period: Period | None = None
) -> PartnershipDetail:
    from desktop.domain.frameworks import load_builtin

    framework = load_builtin()
    # Labels for older returns, which sent keys only (all made with the Devon Code).
    labels = {option.key: option.label for option in framework.rating_scale}
    answer_labels = {option.key: option.label for option in framework.answer_scale}
    members = _current_rows(conn, key, chosen_period(conn, period))
    ids = [m[0] for m in members]
    several_periods = len({m[2] for m in members}) > 1
    groups = tuple(
        _unique_names([f"{m[1]} ({m[2]})" if several_periods else m[1] for m in members])
    )
    column = {pid: i for i, pid in enumerate(ids)}
    marks = ",".join("?" * len(ids)) or "NULL"
    name_row = conn.execute(
        "SELECT canonical_name FROM partnership_merge WHERE canonical_key = ? LIMIT 1", (key,)
    ).fetchone()
    first = conn.execute(
        f"SELECT name FROM collected_partnership WHERE id IN ({marks}) ORDER BY id LIMIT 1",
        ids,
    ).fetchone()
    name = (name_row[0] if name_row else "") or (first[0] if first else key)

    def grid(kind: str, title: str, table_key: str) -> Table:
        cells: dict[tuple[str, str, str], list[str]] = {}
        for pid, ref, clause_title, rating, label, tool in conn.execute(
            f"SELECT partnership_id, clause_ref, title, rating, rating_label,"
            f" CASE WHEN c.framework_id = '' THEN '' ELSE {_FRAMEWORK_NAME} END"
            f" FROM collected_rating c WHERE partnership_id IN ({marks}) AND kind = ?",
            [*ids, kind],
        ):
            cells.setdefault((tool, ref, clause_title), [""] * len(ids))[column[pid]] = (
                label or labels.get(rating, rating)
            )
        return Table(
            table_key,
            title,
            (marked("Clause"), marked("What it asks"), *groups),
            _tool_rows(cells),
        )

    tools: dict[int, tuple[str, str, str]] = {}
    ranges: dict[int, dict[str, tuple[float, float]]] = {}
    for pid, fid, version, title, sections in conn.execute(
        f"SELECT id, review_framework_id, review_framework_version, review_framework_title,"
        f" review_sections FROM collected_partnership WHERE id IN ({marks})",
        ids,
    ):
        tools[pid] = (fid or "", version or "", title or fid or "")
        ranges[pid] = _item_ranges(conn, pid, sections)
    answers: dict[tuple[str, str, str], list[str]] = {}
    scores: dict[tuple[str, str], dict[str, list[float | None]]] = defaultdict(dict)
    for pid, ref, question, answer, score, label in conn.execute(
        f"SELECT partnership_id, question_ref, title, answer, score, answer_label"
        f" FROM collected_answer WHERE partnership_id IN ({marks})",
        ids,
    ):
        tool = tools.get(pid, ("", "", ""))
        answers.setdefault((tool[2], ref, question), [""] * len(ids))[column[pid]] = label or (
            answer_labels.get(answer, answer) if not tool[0] else answer
        )
        scores[tool[:2]].setdefault(ref, [None] * len(ids))[column[pid]] = score
    answer_rows = _tool_rows(answers)
    # One radar, for one tool: the one most of the groups used. Other tools' scores are on
    # another range and never share its axes.
    users: dict[tuple[str, str], int] = defaultdict(int)
    for pid in ids:
        if tools.get(pid, ("", "", ""))[:2] in scores:
            users[tools[pid][:2]] += 1
    chosen = min(users, key=lambda t: (-users[t], t)) if users else ("", "")
    on_radar = scores.get(chosen, {})
    axes = tuple(sorted(on_radar, key=_natural))
    series = tuple(
        tuple(on_radar[a][i] if tools.get(pid, ("", ""))[:2] == chosen else None for a in axes)
        for i, pid in enumerate(ids)
    )
    low, high, bands = 0.0, 100.0, ()
    spans = [
        span
        for pid in ids
        if tools.get(pid, ("",))[:2] == chosen
        for span in ranges.get(pid, {}).values()
    ]
    if chosen[0]:
        if spans:
            low, high = min(s[0] for s in spans), max(s[1] for s in spans)
    else:
        bands = tuple(framework.bands)  # an older return: the Devon Code's, as before
    radar_title = next(
        (tools[pid][2] for pid in ids if tools.get(pid, ("", ""))[:2] == chosen and tools[pid][2]),
        "",
    )
    needs = conn.execute(
        f"""SELECT g.latest_name, n.category, n.description, n.status, n.estimated_pence
        FROM collected_need n JOIN collected_return r ON r.id = n.return_id
        JOIN collected_group g ON g.id = r.group_id
        WHERE n.partnership_id IN ({marks}) ORDER BY g.latest_name COLLATE NOCASE, n.id""",
        ids,
    ).fetchall()
    return PartnershipDetail(
        key,
        name,
        groups,
        grid("commitment", "Commitment ratings", "commitments"),
        grid("undertaking", "Undertakings as each group sees them", "undertakings"),
        Table(
            "answers",
            "Review answers",
            (marked("Question"), marked("What it asks"), *groups),
            answer_rows,
        ),
        Table(
            "partnership_needs",
            "Resource needs",
            (
                marked("Group"),
                marked("Category"),
                marked("Need"),
                marked("Status"),
                marked("Estimated"),
            ),
            [tuple(r) for r in needs],
            money=frozenset({4}),
        ),
        axes,
        series,
        radar_title,
        low,
        high,
        bands,
        len(users),
    )


def _tool_rows(cells: dict[tuple[str, str, str], list[str]]) -> list[tuple[Any, ...]]:
    """Grid rows in reference order, tool by tool; with more than one tool each reference
    says which tool it is from (the same "1.1" means different things in two tools)."""
    several = len({tool for tool, _, _ in cells}) > 1
    ordered = sorted(cells.items(), key=lambda item: (item[0][0], _natural(item[0][1])))
    return [
        (f"{ref} ({tool or NOT_NAMED})" if several else ref, title, *values)
        for (tool, ref, title), values in ordered
    ]


def _item_ranges(
    conn: sqlite3.Connection, pid: int, sections: str
) -> dict[str, tuple[float, float]]:
    """Each review section's range for one answer, from the range the return gave for the
    whole section (a sum-scored section's range is its items' range times their number)."""
    try:
        parts = json.loads(sections) if sections else []
    except ValueError:
        return {}
    sizes = dict(
        conn.execute(
            "SELECT section, count(*) FROM collected_answer WHERE partnership_id = ?"
            " GROUP BY section",
            (pid,),
        )
    )
    found = {}
    for part in parts:
        low, high = part.get("lowest"), part.get("highest")
        if not isinstance(low, int | float) or not isinstance(high, int | float):
            continue
        size = sizes.get(part.get("key"), 0)
        if part.get("method") == "sum" and size:
            low, high = low / size, high / size
        found[str(part.get("key"))] = (float(low), float(high))
    return found


def _unique_names(names: list[str]) -> list[str]:
    """Column headings must differ: a group with two rows gets (2), (3)…"""
    seen: dict[str, int] = defaultdict(int)
    result = []
    for name in names:
        seen[name] += 1
        result.append(name if seen[name] == 1 else f"{name} [{seen[name]}]")
    return result


def _natural(ref: str) -> tuple[Any, ...]:
    import re

    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", ref))


def needs_view(
    conn: sqlite3.Connection, by: str = "category", period: Period | None = None
) -> Table:
    """Resource needs with the latest word for the period, totalled by category,
    partnership or group."""
    period = chosen_period(conn, period)
    column, title = {
        "category": ("n.category", "category"),
        "partnership": ("coalesce(pm.canonical_name, p.name, '(general needs)')", "partnership"),
        "group": ("g.latest_name", "group"),
    }[by]
    rows = _summed(
        conn,
        f"""
        SELECT {column} AS label, count(*), count(DISTINCT r.group_id),
               {{sum}}(n.estimated_pence),
               {{sum}}(CASE WHEN n.status IN ('agreed', 'partly_agreed', 'received')
                        THEN coalesce(n.agreed_pence, n.estimated_pence) ELSE 0 END),
               {{sum}}(CASE WHEN n.status = 'received'
                        THEN coalesce(n.received_pence, n.agreed_pence, n.estimated_pence)
                        ELSE coalesce(n.received_pence, 0) END)
        FROM collected_need n JOIN collected_return r ON r.id = n.return_id
        JOIN collected_group g ON g.id = r.group_id
        LEFT JOIN collected_partnership p ON p.id = n.partnership_id
        LEFT JOIN (SELECT DISTINCT canonical_key, canonical_name FROM partnership_merge) pm
               ON pm.canonical_key = p.canonical_key
        WHERE {CURRENT_NEED} AND {_in(period)}
        GROUP BY label
        """,
        range(3, 6),
    )
    rows.sort(key=lambda r: (-(r[3] or 0), r[0] or ""))
    if by == "category":
        from desktop.domain.vocab import ResourceCategory

        rows = [(ResourceCategory.label_of(r[0]), *r[1:]) for r in rows]
    return Table(
        f"needs_by_{by}",
        f"Resource needs by {title}",
        (
            title.capitalize(),
            marked("Needs"),
            marked("Groups"),
            marked("Estimated"),
            marked("Agreed"),
            marked("Received"),
        ),
        [tuple(r) for r in rows],
        money=frozenset({3, 4, 5}),
    )


def need_help_view(
    conn: sqlite3.Connection, limit: int = 50, period: Period | None = None
) -> Table:
    """The clauses most often rated "need help" across the area in the period."""
    period = chosen_period(conn, period)
    rows = conn.execute(
        f"""
        SELECT c.clause_ref, max(c.title), c.kind, count(*), count(DISTINCT r.group_id),
               count(DISTINCT p.canonical_key), max({_FRAMEWORK_NAME}), max(c.framework_version)
        FROM collected_rating c JOIN collected_partnership p ON p.id = c.partnership_id
        JOIN collected_return r ON r.id = p.return_id
        WHERE {CURRENT_ROW} AND {_in(period)}
          AND coalesce(c.need_help, CASE WHEN c.rating = 'need_help' THEN 1 ELSE 0 END) = 1
        GROUP BY c.framework_id, c.clause_ref, c.kind
        ORDER BY count(*) DESC, c.framework_id, c.clause_ref LIMIT ?
        """,
        (limit if limit >= 0 else 2**62,),  # a negative limit: every clause, on both back ends
    ).fetchall()
    kinds = {"commitment": "Commitment", "undertaking": "Undertaking"}
    rows = [(r[0], r[1], kinds.get(r[2], r[2]), *r[3:6], r[6]) for r in rows]
    return Table(
        "need_help",
        'Clauses most often rated "need help"',
        (
            marked("Clause"),
            marked("What it asks"),
            marked("Kind"),
            marked("Times"),
            marked("Groups"),
            marked("Partnerships"),
            marked("Framework"),
        ),
        [tuple(r) for r in rows],
    )


def import_log_view(conn: sqlite3.Connection) -> Table:
    rows = conn.execute(
        "SELECT substr(offered_at, 1, 19), path, outcome, reason, size, file_sha256"
        " FROM import_log ORDER BY id DESC"
    ).fetchall()
    return Table(
        "import_log",
        "Import log",
        (
            marked("When (UTC)"),
            marked("File"),
            marked("Outcome"),
            marked("Reason"),
            marked("Size (bytes)"),
            marked("SHA-256"),
        ),
        [tuple(r) for r in rows],
        dates=frozenset({0}),
    )


def area_totals(conn: sqlite3.Connection, period: Period | None = None) -> dict[str, int]:
    """Headline numbers for the summary: returns, groups and partnerships for the period;
    files offered and rejected for the whole collection."""
    period = chosen_period(conn, period)
    one = conn.execute
    here = _in(period)
    return {
        "groups": one(
            f"SELECT count(DISTINCT group_id) FROM collected_return r WHERE {CURRENT} AND {here}"
        ).fetchone()[0],
        "returns": one(
            f"SELECT count(*) FROM collected_return r WHERE {CURRENT} AND {here}"
        ).fetchone()[0],
        "superseded": one(
            f"SELECT count(*) FROM collected_return r WHERE status = 'superseded' AND {here}"
        ).fetchone()[0],
        "withdrawn": one(
            f"SELECT count(*) FROM collected_return r WHERE status = 'withdrawn' AND {here}"
        ).fetchone()[0],
        "partnerships": one(
            f"SELECT count(DISTINCT p.canonical_key) FROM collected_partnership p "
            f"JOIN collected_return r ON r.id = p.return_id WHERE {CURRENT_ROW} AND {here}"
        ).fetchone()[0],
        "rejected": one("SELECT count(*) FROM import_log WHERE outcome = 'rejected'").fetchone()[0],
        "files": one("SELECT count(*) FROM import_log WHERE outcome != 'withdrawn'").fetchone()[0],
    }


# Review scores, never across tools ------------------------------------------------------
# What a rating's or a review's framework is called: its title, else its id, else a note
# (an older return named neither).
_FRAMEWORK_NAME = (
    "coalesce(nullif(c.framework_title, ''), nullif(c.framework_id, ''), 'Not named in the return')"
)
NOT_NAMED = "Not named in the return"


@dataclass(frozen=True)
class _Score:
    """One group's score for one section of one review tool, as its return gave it."""

    key: str  # the partnership's canonical key
    group: int
    tool: tuple[str, str]  # framework id and version
    tool_title: str
    section: str
    section_title: str
    score: float
    lowest: float | None
    highest: float | None
    band: str


def _section_scores(conn: sqlite3.Connection, period: Period | None) -> list[_Score]:
    """Every current row's review, section by section. A row from an older return (no
    sections) gives its overall score as one section of an unnamed tool, as before."""
    found = []
    for key, group, fid, version, title, sections, overall, band in conn.execute(
        f"""SELECT p.canonical_key, r.group_id, p.review_framework_id,
               p.review_framework_version, p.review_framework_title, p.review_sections,
               p.review_score, p.review_band
        FROM collected_partnership p JOIN collected_return r ON r.id = p.return_id
        WHERE {CURRENT_ROW} AND {_in(period)}"""
    ):
        name = title or fid or NOT_NAMED
        try:
            parts = json.loads(sections) if sections else []
        except ValueError:
            parts = []
        if not parts and overall is not None:
            parts = [{"key": "", "title": "", "score": overall, "band": band}]
        for part in parts:
            if not isinstance(part, dict) or not isinstance(part.get("score"), int | float):
                continue
            found.append(
                _Score(
                    key,
                    group,
                    (fid or "", version or ""),
                    name,
                    str(part.get("key") or ""),
                    str(part.get("title") or ""),
                    float(part["score"]),
                    part.get("lowest"),
                    part.get("highest"),
                    str(part.get("band") or ""),
                )
            )
    return found


def _figure(value: float | None) -> str:
    if value is None:
        return ""
    rounded = round(value, 1)
    return f"{rounded:g}"


def _averaged(scores: list[_Score]) -> dict[tuple[Any, ...], list[_Score]]:
    """Scores gathered by partnership, tool (id and version) and section: the only sets
    an average is ever taken over."""
    together: dict[tuple[Any, ...], list[_Score]] = defaultdict(list)
    for score in scores:
        together[(score.key, score.tool, score.section)].append(score)
    return together


def _range_words(score: _Score) -> str:
    if score.lowest is None or score.highest is None:
        return ""
    return f"{_figure(score.lowest)} to {_figure(score.highest)}"


def _bands_given(scores: list[_Score]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for score in scores:
        if score.band:
            counts[score.band] += 1
    return "; ".join(f"{band} ({n})" for band, n in sorted(counts.items(), key=lambda b: -b[1]))


def _scores_by_partnership(conn: sqlite3.Connection, period: Period | None) -> dict[str, str]:
    """Per partnership, each tool's average score per section, in words with its range."""
    words: dict[str, list[str]] = defaultdict(list)
    for (key, _tool, _section), scores in sorted(
        _averaged(_section_scores(conn, period)).items(),
        key=lambda item: (item[1][0].tool_title, item[1][0].section_title),
    ):
        first = scores[0]
        average = sum(s.score for s in scores) / len(scores)
        name = first.tool_title + (f", {first.section_title}" if first.section_title else "")
        span = _range_words(first)
        words[key].append(f"{name}: {_figure(average)}" + (f" ({span})" if span else ""))
    return {key: "; ".join(parts) for key, parts in words.items()}


def _scored_partnerships(
    conn: sqlite3.Connection, period: Period | None
) -> list[tuple[str, str, list[_Score]]]:
    """(partnership name, canonical key, its groups' scores) per tool and section."""
    merged = dict(conn.execute("SELECT canonical_key, canonical_name FROM partnership_merge"))
    names: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for key, name, count in conn.execute(
        f"""SELECT p.canonical_key, p.name, count(*) FROM collected_partnership p
        JOIN collected_return r ON r.id = p.return_id
        WHERE {CURRENT_ROW} AND {_in(period)} GROUP BY 1, 2"""
    ):
        names[key][name] += count
    found = []
    for (key, _tool, _section), scores in _averaged(_section_scores(conn, period)).items():
        seen = names.get(key) or {key: 1}
        found.append((merged.get(key) or sorted(seen, key=lambda n: (-seen[n], n))[0], key, scores))
    return found


def review_bands(
    conn: sqlite3.Connection, period: Period | None = None
) -> list[tuple[str, str, str, list[tuple[str, int]]]]:
    """Per partnership, review tool and section: how many groups' reviews fell in each
    of that tool's bands, as the returns named them; the partnerships most reviewed first."""
    period = chosen_period(conn, period)
    found = []
    for name, _key, scores in _scored_partnerships(conn, period):
        counts: dict[str, int] = defaultdict(int)
        for score in scores:
            if score.band:
                counts[score.band] += 1
        if counts:
            first = scores[0]
            bands = sorted(counts.items(), key=lambda b: (-b[1], b[0]))
            found.append((name, first.tool_title, first.section_title, bands))
    return sorted(found, key=lambda f: (-sum(c for _, c in f[3]), f[0].casefold(), f[1], f[2]))


def review_scores_view(conn: sqlite3.Connection, period: Period | None = None) -> Table:
    """Each partnership's review scores for the period, one row per review tool (and
    version) and section: averaged only over the groups that used that very tool, on the
    tool's own range, with the bands the groups' returns gave."""
    period = chosen_period(conn, period)
    rows, keys = [], []
    for name, key, scores in _scored_partnerships(conn, period):
        first = scores[0]
        rows.append(
            (
                first.tool_title,
                first.tool[1],
                first.section_title,
                name,
                len({s.group for s in scores}),
                _figure(sum(s.score for s in scores) / len(scores)),
                _range_words(first),
                _bands_given(scores),
            )
        )
        keys.append(key)
    order = sorted(
        range(len(rows)),
        key=lambda i: (rows[i][0].casefold(), rows[i][1], rows[i][2], rows[i][3].casefold()),
    )
    return Table(
        "review_scores",
        "Review scores by tool",
        (
            marked("Review tool"),
            marked("Version"),
            marked("Section"),
            marked("Partnership"),
            marked("Groups"),
            marked("Average score"),
            marked("Range"),
            marked("Bands given"),
        ),
        [rows[i] for i in order],
        keys=[keys[i] for i in order],
    )
