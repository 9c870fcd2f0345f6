"""What the officer looks at, as plain tables, from the collection's SQL (a file or a server).

Each view returns a ``Table``: a title, column headings and rows of plain values. The Qt
models show them, and the CSV, XLSX and PDF exports write the very same tables, so what is
exported is exactly what is on screen. Only current returns count; superseded ones are
kept for the record but never added into totals.

The SQL is in ``desktop.store.collection.view_queries``; here it is shaped into tables.
The long lists (the groups' returns, the import log) are read a ``Window`` at a time
(``groups_window``, ``import_log_window``), so the window shows a screenful of a county's
100,000 returns at once and reads more as the officer scrolls; exports read every row.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.collection_tables import PartnershipDetail, Table
from desktop.domain.periods import Period
from desktop.domain.problems import marked
from desktop.services.collection.trust import UNSIGNED_OLDER
from desktop.store.collection import view_queries as q
from desktop.store.collection.view_queries import Window

__all__ = [
    "EVERY_ROW",
    "Table",
    "Window",
    "area_totals",
    "chosen_period",
    "collection_periods",
    "expected_missing",
    "groups_view",
    "groups_window",
    "import_log_view",
    "import_log_window",
    "need_help_view",
    "needs_view",
    "one_reading",
    "partnership_choices",
    "partnership_detail",
    "partnership_tables",
    "partnerships_view",
    "period_table",
    "review_bands",
    "review_scores_view",
]

SIGNED_BY = marked("Signed by (key)")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
EVERY_ROW = Window()  # a window of every row, in the list's own order


# The rows each query gave within ``one_reading``: (the connection's id, query -> rows).
_READING: ContextVar[tuple[int, dict[Any, Any]] | None] = ContextVar("reading", default=None)


@contextmanager
def one_reading(conn: Any) -> Iterator[None]:
    """Within it, each of the views' queries is run once on ``conn`` and its rows reused:
    the window refreshes all its pages in one, so the Dashboard reuses the Partnerships and
    Resources pages' totals (seconds each at 100,000 returns). Only for reading: nothing
    may change the collection within it. Inside another one on ``conn``, that one's rows
    are reused (the Dashboard reads in one of its own, and within the window's)."""
    reading = _READING.get()
    if reading is not None and reading[0] == id(conn):
        yield
        return
    token = _READING.set((id(conn), {}))
    try:
        yield
    finally:
        _READING.reset(token)


def _once(query: Callable[..., Any], conn: Any, *args: Any) -> Any:
    """``query(conn, *args)``, run once per ``one_reading`` (a fresh copy each time, so a
    caller may sort or change it)."""
    reading = _READING.get()
    if reading is None or reading[0] != id(conn):
        return query(conn, *args)
    key = (query.__name__, args)
    if key not in reading[1]:
        reading[1][key] = query(conn, *args)
    found = reading[1][key]
    return dict(found) if isinstance(found, dict) else list(found)


def collection_periods(conn: Any) -> list[Period]:
    """Every period the collection holds current returns for, the latest first (the longest first
    among those that end the same day). Returns with the same dates are one period, whatever
    their labels; the label shown is the one most of them use."""
    labels: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for start, end, label, count in _once(q.period_label_counts, conn):
        labels[(str(start), str(end))][label] += count
    periods = []
    for (start, end), named in labels.items():
        label = sorted(named, key=lambda n: (-named[n], n))[0]
        periods.append(Period(date.fromisoformat(start), date.fromisoformat(end), label))
    return sorted(periods, key=lambda p: (p.end, -p.start.toordinal()), reverse=True)


def chosen_period(conn: Any, period: Period | None = None) -> Period | None:
    """``period`` with the label the collection uses for its dates, or the latest period;
    None only while the collection has no returns."""
    known = collection_periods(conn)
    if period is None:
        return known[0] if known else None
    for candidate in known:
        if (candidate.start, candidate.end) == (period.start, period.end):
            return candidate
    return period


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


GROUP_COLUMNS = (
    marked("Group"),
    marked("Period"),
    marked("Sent"),
    marked("Reference"),
    marked("Partnerships"),
    marked("Earlier returns replaced"),
    marked("App version"),
    marked("Made for"),
    marked("Replaced for"),
)


def groups_window(
    conn: Any, period: Period | None, window: Window = EVERY_ROW, *, signed_by: bool = False
) -> Table:
    """A window of ``groups_view`` for ``period`` as already chosen (``chosen_period``):
    the rows ``window`` asks for, in its order, holding its words. With ``signed_by``, a
    last column says who signed each return: its key's short fingerprint (issue 20)."""
    rows = q.group_rows(conn, period, window)
    columns = (*GROUP_COLUMNS, SIGNED_BY) if signed_by else GROUP_COLUMNS
    return Table(
        "groups",
        "Groups and their latest returns",
        columns,
        [
            (*r[:9], str(r[11]) if r[10] == "signed" else str(UNSIGNED_OLDER))
            if signed_by
            else tuple(r[:9])
            for r in rows
        ],
        dates=frozenset({2}),
        keys=[r[9] for r in rows],
    )


def groups_view(conn: Any, period: Period | None = None) -> Table:
    """Each group's returns that have the latest word on something in the period: how many
    partnerships each still speaks for, which ones it was made for, what it replaced."""
    return groups_window(conn, chosen_period(conn, period))


def expected_missing(conn: Any, period: Period | None = None) -> Table:
    """Groups on the officer's list with no current return for the period."""
    rows = _once(q.expected_missing_rows, conn, chosen_period(conn, period))
    title = "Expected groups with no return"
    return Table("missing", title, (marked("Group"), marked("Note")), rows)


def _partnership_rows(
    conn: Any, period: Period | None, sections: list[_Section] | None
) -> tuple[list[tuple[Any, ...]], list[str], dict[str, str]]:
    """Each partnership's row of ``partnerships_view`` and its key, most groups first (its
    review scores in words only given its ``sections``), and each key's name shown."""
    names: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    merged_names = _once(q.merged_names, conn)
    totals: dict[str, list[int]] = {}
    sums, groups_per_key = _once(q.partnership_sums, conn, period)
    for key, name, count, need_help, requested, unmet in sorted(sums):
        names[key][name] += count
        entry = totals.setdefault(key, [0, 0, 0])  # need help, requested, unmet
        entry[0] += need_help or 0
        entry[1] += requested or 0
        entry[2] += unmet or 0
    by_tool = _scores_by_partnership(sections or [])
    result, keys, shown = [], [], {}
    for key, entry in totals.items():
        seen = sorted(names[key], key=lambda n: (-names[key][n], n))
        display = shown[key] = merged_names.get(key) or seen[0]
        others = [n for n in seen if n != display]
        result.append(
            (
                display,
                groups_per_key.get(key, 0),
                "; ".join(others),
                by_tool.get(key, ""),
                *entry,
            )
        )
        keys.append(key)
    order = sorted(range(len(result)), key=lambda i: (-result[i][1], result[i][0].casefold()))
    return [result[i] for i in order], [keys[i] for i in order], shown


def _partnerships_table(rows: list[tuple[Any, ...]], keys: list[str]) -> Table:
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
        rows,
        money=frozenset({5, 6}),
        keys=keys,
    )


def partnerships_view(conn: Any, period: Period | None = None) -> Table:
    """Every partnership across the area (merged names together), with what groups say:
    for each group, the latest word on it for the period."""
    period = chosen_period(conn, period)
    rows, keys, _shown = _partnership_rows(conn, period, _sections(conn, period))
    return _partnerships_table(rows, keys)


def partnership_tables(conn: Any, period: Period | None = None) -> tuple[Table, Table]:
    """``partnerships_view`` and ``review_scores_view`` together, the review sections read
    once for both (the Partnerships page shows the two)."""
    period = chosen_period(conn, period)
    sections = _sections(conn, period)
    rows, keys, shown = _partnership_rows(conn, period, sections)
    scored = [(shown.get(section.key, section.key), section) for section in sections]
    return _partnerships_table(rows, keys), _scores_table(scored)


def partnership_choices(conn: Any, period: Period | None = None) -> list[tuple[str, str]]:
    """(name, key) of every partnership in ``partnerships_view``'s order, without reading
    their review scores: what a list to choose one from needs."""
    rows, keys, _shown = _partnership_rows(conn, chosen_period(conn, period), None)
    return [(str(row[0]), key) for row, key in zip(rows, keys, strict=True)]


def partnership_detail(conn: Any, key: str, period: Period | None = None) -> PartnershipDetail:
    from desktop.domain.frameworks import load_builtin

    framework = load_builtin()
    # Labels for older returns, which sent keys only (all made with the Devon Code).
    labels = {option.key: option.label for option in framework.rating_scale}
    answer_labels = {option.key: option.label for option in framework.answer_scale}
    # Rows are chosen by the period's dates alone: the collection's label for them (a
    # count of every period's returns, 30-70 ms on a server) is only needed to pick one.
    members = q.current_partnership_rows(
        conn, key, period if period is not None else chosen_period(conn)
    )
    ids = [m[0] for m in members]
    several_periods = len({m[2] for m in members}) > 1
    groups = tuple(
        _unique_names([f"{m[1]} ({m[2]})" if several_periods else m[1] for m in members])
    )
    column = {pid: i for i, pid in enumerate(ids)}
    width = len(ids)  # a row of cells per clause, one per group: made once per clause
    name = q.partnership_name(conn, key, ids)

    ratings = q.partnership_ratings(conn, ids)

    def grid(kind: str, title: str, table_key: str) -> Table:
        cells: dict[tuple[str, str, str], list[str]] = {}
        for pid, ref, clause_title, rating, label, tool in ratings.get(kind, []):
            row = cells.get((tool, ref, clause_title))
            if row is None:
                row = cells[(tool, ref, clause_title)] = [""] * width
            row[column[pid]] = label or labels.get(rating, rating)
        return Table(
            table_key,
            title,
            (marked("Clause"), marked("What it asks"), *groups),
            _tool_rows(cells),
        )

    tools: dict[int, tuple[str, str, str]] = {}
    sections_of: dict[int, str] = {}
    for pid, fid, version, title, sections in q.partnership_reviews(conn, ids):
        tools[pid] = (fid or "", version or "", title or fid or "")
        sections_of[pid] = sections
    answers: dict[tuple[str, str, str], list[str]] = {}
    scores: dict[tuple[str, str], dict[str, list[float | None]]] = defaultdict(dict)
    for pid, ref, question, answer, score, label in q.partnership_answers(conn, ids):
        tool = tools.get(pid, ("", "", ""))
        cells = answers.get((tool[2], ref, question))
        if cells is None:
            cells = answers[(tool[2], ref, question)] = [""] * width
        cells[column[pid]] = label or (answer_labels.get(answer, answer) if not tool[0] else answer)
        by_ref = scores[tool[:2]]
        values = by_ref.get(ref)
        if values is None:
            values = by_ref[ref] = [None] * width
        values[column[pid]] = score
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
    on_chosen = [pid for pid in ids if tools.get(pid, ("", ""))[:2] == chosen]
    drawn = set(on_chosen)
    series = tuple(
        tuple(on_radar[a][i] for a in axes) if pid in drawn else (None,) * len(axes)
        for i, pid in enumerate(ids)
    )
    low, high, bands = 0.0, 100.0, ()
    # Only the radar's rows' section ranges count: their sections and answers read once.
    sizes = q.section_sizes(conn, [pid for pid in on_chosen if pid in sections_of])
    spans = [
        span
        for pid in on_chosen
        if pid in sections_of
        for span in _item_ranges(sizes.get(pid, {}), sections_of[pid]).values()
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
    # Each need under its row's group, by group name as SQL's NOCASE sorts (ASCII letters
    # folded, nothing else), then in the order the needs were stored.
    group_of = {m[0]: m[1] for m in members}
    needs = sorted(
        (
            (group_of[pid], category, need, status, pence, need_id)
            for pid, category, need, status, pence, need_id in q.needs_of_partnerships(conn, ids)
        ),
        key=lambda n: (n[0].translate(_ASCII_LOWER), n[5]),
    )
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
            [n[:5] for n in needs],
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


def _item_ranges(sizes: dict[str, int], sections: str) -> dict[str, tuple[float, float]]:
    """Each review section's range for one answer, from the range the return gave for the
    whole section (a sum-scored section's range is its items' range times their number,
    ``sizes`` the row's answers per section)."""
    try:
        parts = json.loads(sections) if sections else []
    except ValueError:
        return {}
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


def needs_view(conn: Any, by: str = "category", period: Period | None = None) -> Table:
    """Resource needs with the latest word for the period, totalled by category,
    partnership or group."""
    title = {"category": "category", "partnership": "partnership", "group": "group"}[by]
    rows = _once(q.needs_totals, conn, by, chosen_period(conn, period))
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


def need_help_view(conn: Any, limit: int = 50, period: Period | None = None) -> Table:
    """The clauses most often rated "need help" across the area in the period (a negative
    ``limit``: every clause)."""
    rows = _once(q.need_help_rows, conn, limit, chosen_period(conn, period))
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


LOG_COLUMNS = (
    marked("When (UTC)"),
    marked("File"),
    marked("Outcome"),
    marked("Reason"),
    marked("Size (bytes)"),
    marked("SHA-256"),
)


def import_log_window(conn: Any, window: Window = EVERY_ROW, *, signed_by: bool = False) -> Table:
    """Files offered, newest first (or in ``window``'s order), a window of them; with
    ``signed_by``, a last column with each file's key fingerprint (issue 20)."""
    rows = q.import_log_rows(conn, window)
    return Table(
        "import_log",
        "Import log",
        (*LOG_COLUMNS, SIGNED_BY) if signed_by else LOG_COLUMNS,
        [tuple(r[:6]) + ((str(r[6] or ""),) if signed_by else ()) for r in rows],
        dates=frozenset({0}),
    )


def import_log_view(conn: Any) -> Table:
    return import_log_window(conn)


def area_totals(conn: Any, period: Period | None = None) -> dict[str, int]:
    """Headline numbers for the summary: returns, groups and partnerships for the period;
    files offered and rejected for the whole collection."""
    return {k: int(v) for k, v in _once(q.area_counts, conn, chosen_period(conn, period)).items()}


# Review scores, never across tools ------------------------------------------------------
NOT_NAMED = "Not named in the return"


@dataclass(frozen=True)
class _Section:
    """One section of one review tool, for one partnership: every current score for it
    in the period, summed by the database (never averaged across tools or sections)."""

    key: str  # the partnership's canonical key
    tool: tuple[str, str]  # framework id and version
    tool_title: str
    section_title: str
    lowest: float | None
    highest: float | None
    scores: int
    total: float
    groups: int
    bands: tuple[tuple[str, int], ...]  # (band, scores given it), the most given first

    @property
    def average(self) -> float:
        return self.total / self.scores


def _sections(conn: Any, period: Period | None) -> list[_Section]:
    """Every partnership's review sections, in the order of tool name and section title
    (a row from an older return, with no sections, gives its overall score as one section
    of an unnamed tool, as before)."""
    found = []
    for (
        key,
        fid,
        version,
        tool,
        _section,
        title,
        lowest,
        highest,
        count,
        total,
        groups,
        given,
    ) in _once(q.section_score_totals, conn, period):
        bands: dict[str, int] = defaultdict(int)
        for band in str(given or "").split(q.BAND_SEPARATOR):
            if band:
                bands[band] += 1
        found.append(
            _Section(
                str(key),
                (str(fid or ""), str(version or "")),
                str(tool),
                str(title or ""),
                lowest,
                highest,
                int(count),
                float(total),
                int(groups),
                tuple(sorted(bands.items(), key=lambda b: (-b[1], b[0]))),
            )
        )
    return found


def _figure(value: float | None) -> str:
    if value is None:
        return ""
    rounded = round(value, 1)
    return f"{rounded:g}"


def _range_words(section: _Section) -> str:
    if section.lowest is None or section.highest is None:
        return ""
    return f"{_figure(section.lowest)} to {_figure(section.highest)}"


def _bands_given(section: _Section) -> str:
    return "; ".join(f"{band} ({n})" for band, n in section.bands)


def _scores_by_partnership(sections: list[_Section]) -> dict[str, str]:
    """Per partnership, each tool's average score per section, in words with its range."""
    words: dict[str, list[str]] = defaultdict(list)
    for section in sections:
        title = section.section_title
        name = section.tool_title + (f", {title}" if title else "")
        span = _range_words(section)
        words[section.key].append(
            f"{name}: {_figure(section.average)}" + (f" ({span})" if span else "")
        )
    return {key: "; ".join(parts) for key, parts in words.items()}


def _scored_partnerships(conn: Any, period: Period | None) -> list[tuple[str, _Section]]:
    """(partnership name, its groups' scores) per tool and section."""
    merged = _once(q.merged_names, conn)
    names: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    # The names as groups wrote them, kept counted in the summary tables.
    for key, name, count in _once(q.partnership_names, conn, period):
        names[key][name] += count
    found = []
    for section in _sections(conn, period):
        seen = names.get(section.key) or {section.key: 1}
        name = merged.get(section.key) or sorted(seen, key=lambda n: (-seen[n], n))[0]
        found.append((name, section))
    return found


def review_bands(
    conn: Any, period: Period | None = None
) -> list[tuple[str, str, str, list[tuple[str, int]]]]:
    """Per partnership, review tool and section: how many groups' reviews fell in each
    of that tool's bands, as the returns named them; the partnerships most reviewed first."""
    period = chosen_period(conn, period)
    found = [
        (name, section.tool_title, section.section_title, list(section.bands))
        for name, section in _scored_partnerships(conn, period)
        if section.bands
    ]
    return sorted(found, key=lambda f: (-sum(c for _, c in f[3]), f[0].casefold(), f[1], f[2]))


def review_scores_view(conn: Any, period: Period | None = None) -> Table:
    """Each partnership's review scores for the period, one row per review tool (and
    version) and section: averaged only over the groups that used that very tool, on the
    tool's own range, with the bands the groups' returns gave."""
    return _scores_table(_scored_partnerships(conn, chosen_period(conn, period)))


def _scores_table(scored: list[tuple[str, _Section]]) -> Table:
    rows, keys = [], []
    for name, section in scored:
        rows.append(
            (
                section.tool_title,
                section.tool[1],
                section.section_title,
                name,
                section.groups,
                _figure(section.average),
                _range_words(section),
                _bands_given(section),
            )
        )
        keys.append(section.key)
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
