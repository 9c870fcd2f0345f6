"""The SQL behind the collection's views, on a SQLite file and a PostgreSQL server alike.

Each function returns plain rows; ``desktop.services.collection.views`` (and the dashboard,
partner and "how it is run" views) shape them into tables. Only current returns count:
superseded ones are kept for the record but never added into totals.

Long lists (the groups' returns, the import log, how each partnership is run) are read a
window at a time (``Window``): a page of rows in the order asked for, narrowed to rows
holding every word typed, so a collection of 100,000 returns opens as fast as one of ten.
The window's ids are chosen first, in a subquery, and only those rows' other columns (the
counts and lists made by subqueries) are worked out.

Money sums never fail: the schema's limits keep SQLite's 64-bit sums far from overflowing
for any real collection, and should one overflow all the same (a collection filled before
the limits, say), the sum is done again exactly in Python (``_summed``).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.periods import Period
from desktop.store.collection.queries import summary_reads

__all__ = [
    "BAND_SEPARATOR",
    "CURRENT_ROW",
    "EVERYTHING",
    "FRAMEWORK_NAME",
    "GROUP_ORDER",
    "LOG_ORDER",
    "RUN_ORDER",
    "Window",
    "area_counts",
    "current_groups",
    "current_partnership_rows",
    "expected_count",
    "expected_missing_rows",
    "group_rows",
    "import_log_rows",
    "merged_names",
    "need_help_rows",
    "needs_of_partnerships",
    "needs_totals",
    "partner_answer_rows",
    "partnership_answers",
    "partnership_name",
    "partnership_names",
    "partnership_ratings",
    "partnership_reviews",
    "partnership_sums",
    "partnership_totals",
    "period_label_counts",
    "run_rows",
    "section_score_totals",
    "section_sizes",
]

EVERYTHING = 2**62  # a limit no collection reaches: "every row", on both back ends

# A return still current for something, and the rows of it that have the latest word: a
# partnership's row, or (partnership_id NULL) a need of the group's general needs.
CURRENT = "r.status = 'current'"
CURRENT_ROW = "r.status = 'current' AND p.superseded_by IS NULL"
CURRENT_NEED = (
    "r.status = 'current' AND (CASE WHEN n.partnership_id IS NULL"
    " THEN r.general_superseded_by IS NULL ELSE p.superseded_by IS NULL END)"
)
# What a rating's or a review's framework is called: its title, else its id, else a note
# (an older return named neither).
FRAMEWORK_NAME = (
    "coalesce(nullif(c.framework_title, ''), nullif(c.framework_id, ''), 'Not named in the return')"
)


@dataclass(frozen=True)
class Window:
    """Which rows of a long list to read: ``limit`` rows from ``offset``, sorted by column
    ``order`` (None: the list's own order), holding every one of ``words``."""

    offset: int = 0
    limit: int = EVERYTHING
    order: int | None = None
    descending: bool = False
    words: tuple[str, ...] = ()


def _in(period: Period | None) -> str:
    """The SQL condition for returns for exactly ``period``'s dates (dates, never text)."""
    if period is None:
        return "1 = 1"  # true on both back ends (PostgreSQL wants a boolean, not 1)
    return (
        f"r.period_start = '{period.start.isoformat()}'"
        f" AND r.period_end = '{period.end.isoformat()}'"
    )


def _like(word: str) -> str:
    """``word`` as a LIKE pattern matching it anywhere, its own % and _ taken literally."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _matching(
    columns: Sequence[str], words: Sequence[str], *, plain: bool = False
) -> tuple[str, list[str]]:
    """A condition true for rows with every word in one of ``columns`` (any case: SQLite's
    LIKE ignores ASCII case, and the server connection turns LIKE into ILIKE). ``plain``:
    the columns are text that is never NULL, compared as they are."""
    if not words:
        return "1 = 1", []
    shown = "{}" if plain else "coalesce(CAST({} AS TEXT), '')"
    parts, params = [], []
    for word in words:
        parts.append(
            "(" + " OR ".join(f"{shown.format(c)} LIKE ? ESCAPE '\\'" for c in columns) + ")"
        )
        params.extend([_like(word)] * len(columns))
    return " AND ".join(parts), params


def _ordered(window: Window, columns: Sequence[str], default: str) -> str:
    """The ORDER BY of a window: its chosen column (ties in the list's own order)."""
    if window.order is None or not 0 <= window.order < len(columns):
        return default
    direction = "DESC" if window.descending else "ASC"
    return f"{columns[window.order]} {direction}, {default}"


def period_label_counts(conn: Any) -> list[tuple[Any, ...]]:
    """(start, end, label, returns) of every period with current returns."""
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT period_start, period_end, period_label, count(*) FROM collected_return"
            " WHERE status = 'current' GROUP BY 1, 2, 3"
        )
    ]


# -- the groups' returns -------------------------------------------------------------------

# The Groups page's columns, as SQL over one return ``r`` of group ``g``: what a window is
# sorted by when the person clicks a column's title.
_PARTNERSHIPS = (
    "(SELECT count(*) FROM collected_partnership p"
    " WHERE p.return_id = r.id AND p.superseded_by IS NULL)"
)
_REPLACED = (
    "(SELECT count(*) FROM (SELECT o.id FROM collected_return o WHERE o.general_superseded_by"
    " = r.uuid UNION SELECT q.return_id FROM collected_partnership q"
    " WHERE q.superseded_by = r.uuid) AS replaced)"
)
_MADE_FOR = (
    "CASE WHEN r.whole_group = 1 THEN 'the whole group' ELSE 'only ' || coalesce("
    "(SELECT group_concat(name, ', ') FROM (SELECT name FROM collected_partnership"
    " WHERE return_id = r.id ORDER BY name) AS made_for), 'its general needs') END"
)
_REPLACED_FOR = (
    "(SELECT group_concat(name, ', ') FROM (SELECT DISTINCT q.name"
    " FROM collected_partnership q WHERE q.superseded_by = r.uuid ORDER BY q.name)"
    " AS replaced_for)"
)
GROUP_COLUMNS = (
    "g.latest_name COLLATE NOCASE",
    "r.period_label COLLATE NOCASE",
    "r.created_at",
    "r.reference",
    _PARTNERSHIPS,
    _REPLACED,
    "r.app_version COLLATE NOCASE",
    _MADE_FOR,
    _REPLACED_FOR,
    "r.key_fingerprint",
)
GROUP_ORDER = "g.latest_name COLLATE NOCASE, r.created_at DESC, r.id"
_GROUP_SEARCHED = ("g.latest_name", "r.period_label", "r.reference", "r.app_version")
# A return's own searched words as one text (a word never holds a space, so it matches the
# text exactly when it matches one of them): read from ix_collected_return_listed (c0010).
_RETURN_TEXT = "(r.period_label || ' ' || r.reference || ' ' || r.app_version)"


def _server(conn: Any) -> bool:
    from desktop.store.collection.db import on_server

    return on_server(conn)


def _group_matching(conn: Any, words: Sequence[str]) -> tuple[str, list[str]]:
    """``_matching`` of the Groups page's columns. On a server the group's name is looked
    up through its trigram index (c0010_find_indexes) once per word, and the return's own
    words are read from the covering index: a word no row holds is answered without
    reading 100,000 rows. The same rows match either way."""
    if not _server(conn) or not words:
        return _matching(_GROUP_SEARCHED, words)
    parts, params = [], []
    for word in words:
        parts.append(
            "(r.group_id IN (SELECT f.id FROM collected_group f"
            f" WHERE f.latest_name LIKE ? ESCAPE '\\') OR {_RETURN_TEXT} LIKE ? ESCAPE '\\')"
        )
        params.extend([_like(word)] * 2)
    return " AND ".join(parts), params


def group_rows(
    conn: Any, period: Period | None, window: Window = Window()
) -> list[tuple[Any, ...]]:
    """The current returns for ``period``, a window of them: group, period, day sent,
    reference, partnerships it speaks for, earlier returns it replaced, app version, what
    it was made for, what it replaced, the group's id, signature state, key fingerprint."""
    where, params = _group_matching(conn, window.words)
    order = _ordered(window, GROUP_COLUMNS, GROUP_ORDER)
    return [
        tuple(r)
        for r in conn.execute(
            f"""
            SELECT g.latest_name, r.period_label, substr(r.created_at, 1, 10), r.reference,
                   {_PARTNERSHIPS}, {_REPLACED}, r.app_version, {_MADE_FOR}, {_REPLACED_FOR},
                   g.id, r.signature_state, r.key_fingerprint
            FROM (SELECT r.id FROM collected_return r
                  JOIN collected_group g ON g.id = r.group_id
                  WHERE {CURRENT} AND {_in(period)} AND {where}
                  ORDER BY {order} LIMIT ? OFFSET ?) AS chosen
            JOIN collected_return r ON r.id = chosen.id
            JOIN collected_group g ON g.id = r.group_id
            ORDER BY {order}
            """,
            [*params, window.limit, window.offset],
        )
    ]


def expected_missing_rows(conn: Any, period: Period | None) -> list[tuple[Any, ...]]:
    """(name, note) of the groups on the officer's list with no current return."""
    return [
        tuple(r)
        for r in conn.execute(
            f"""
            SELECT e.name, e.note FROM expected_group e
            WHERE NOT EXISTS (
                SELECT 1 FROM collected_group g JOIN collected_return r ON r.group_id = g.id
                WHERE g.name_key = e.name_key AND {CURRENT} AND {_in(period)})
            ORDER BY e.name COLLATE NOCASE
            """
        )
    ]


def expected_count(conn: Any) -> int:
    return int(conn.execute("SELECT count(*) FROM expected_group").fetchone()[0])


# -- partnerships across the area ----------------------------------------------------------


class _ExactSum:
    """sum() done in Python: exact however large, handed back to SQLite as text."""

    def __init__(self) -> None:
        self.total: int | None = None

    def step(self, value: object) -> None:
        if isinstance(value, int):
            self.total = (self.total or 0) + value

    def finalize(self) -> str | None:
        return None if self.total is None else str(self.total)


def _summed(
    conn: Any, query: str, sums: range, params: Sequence[Any] = ()
) -> list[tuple[Any, ...]]:
    """Rows of ``query``, whose ``{sum}`` is SQLite's sum, or, if that overflows, an exact
    sum in Python (its text, in the columns ``sums``, turned back into whole numbers)."""
    try:
        return [tuple(r) for r in conn.execute(query.format(sum="sum"), params).fetchall()]
    except sqlite3.OperationalError as exc:
        if "overflow" not in str(exc):
            raise
    conn.create_aggregate("pb_exact_sum", 1, _ExactSum)
    rows = conn.execute(query.format(sum="pb_exact_sum"), params).fetchall()
    return [
        tuple(int(v) if n in sums and v is not None else v for n, v in enumerate(r)) for r in rows
    ]


def merged_names(conn: Any) -> dict[str, str]:
    """Each merged partnership's key -> the name the officer chose for it."""
    return {
        str(k): str(n)
        for k, n in conn.execute("SELECT canonical_key, canonical_name FROM partnership_merge")
    }


def partnership_totals(conn: Any, period: Period | None) -> list[tuple[Any, ...]]:
    """Per partnership key and name as groups wrote it: groups, rows, average score, need
    help count, resources requested and unmet (pence)."""
    return _summed(
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


def partnership_names(conn: Any, period: Period | None) -> list[tuple[Any, ...]]:
    """(partnership key, a name as groups wrote it, current rows calling it so): from the
    summary tables, for the names the review scores and the Dashboard give."""
    if period is None:
        return [(k, name, rows) for k, name, _g, rows, *_sums in partnership_totals(conn, period)]
    return list(summary_reads.partnership_names(conn, period))


def current_groups(conn: Any, period: Period | None) -> int:
    """How many groups have a current return for the period (from the returns' index)."""
    return int(
        conn.execute(
            f"SELECT count(DISTINCT group_id) FROM collected_return r WHERE {CURRENT}"
            f" AND {_in(period)}"
        ).fetchone()[0]
    )


def partnership_sums(
    conn: Any, period: Period | None
) -> tuple[list[tuple[Any, ...]], dict[str, int]]:
    """Per partnership key and name as groups wrote it: (key, name, current rows, need-help
    ratings, resources asked for, still unmet, in pence); and the groups per key. Read from
    the summary tables for a period (a few hundred rows, however many returns); added up
    from every current row for all periods together, or when a sum is too large for them."""
    if period is not None:
        found = summary_reads.partnership_sums(conn, period)
        if found is not None:
            return found
    rows = [(k, n, c, h, r, u) for k, n, _g, c, _avg, h, r, u in partnership_totals(conn, period)]
    return rows, groups_per_partnership(conn, period)


def groups_per_partnership(conn: Any, period: Period | None) -> dict[str, int]:
    return {
        str(k): int(n)
        for k, n in conn.execute(
            f"""SELECT p.canonical_key, count(DISTINCT r.group_id)
            FROM collected_partnership p JOIN collected_return r ON r.id = p.return_id
            WHERE {CURRENT_ROW} AND {_in(period)} GROUP BY p.canonical_key"""
        )
    }


def _section_parts(conn: Any, period: Period | None) -> str:
    """A derived table of every review section score of the current partnership rows:
    k (key), g (group), fid, ver (the tool's id and version), tool (its name), section,
    title (the section's), score, lowest, highest, band. A row from an older return (no
    sections) gives its overall score as one unnamed section, as the views always showed.
    Made by the database's own JSON functions, so no return's JSON reaches Python."""
    from desktop.store.collection.db import on_server as server

    on_server = server(conn)
    row = (
        f"FROM collected_partnership p JOIN collected_return r ON r.id = p.return_id"
        f" WHERE {CURRENT_ROW} AND {_in(period)}"
    )
    tool = (
        "coalesce(nullif(p.review_framework_title, ''), nullif(p.review_framework_id, ''),"
        " 'Not named in the return')"
    )
    listed = "substr(p.review_sections, 1, 1) = '['"
    if on_server:
        number = (
            "CASE WHEN jsonb_typeof(s.value -> '{0}') = 'number'"
            " THEN (s.value ->> '{0}')::float8 END"
        )
        parts = (
            f"SELECT p.canonical_key AS k, r.group_id AS g, p.review_framework_id AS fid,"
            f" p.review_framework_version AS ver, {tool} AS tool,"
            f" coalesce(s.value ->> 'key', '') AS section,"
            f" coalesce(s.value ->> 'title', '') AS title, {number.format('score')} AS score,"
            f" {number.format('lowest')} AS lowest, {number.format('highest')} AS highest,"
            f" coalesce(s.value ->> 'band', '') AS band"
            f" FROM collected_partnership p JOIN collected_return r ON r.id = p.return_id"
            f" CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN {listed}"
            f" THEN p.review_sections ELSE '[]' END::jsonb) AS s(value)"
            f" WHERE {CURRENT_ROW} AND {_in(period)} AND jsonb_typeof(s.value) = 'object'"
            f" AND jsonb_typeof(s.value -> 'score') = 'number'"
        )
        empty = f"NOT {listed} OR p.review_sections = '[]'"
    else:
        number = (
            "CASE WHEN json_type(s.value, '$.{0}') IN ('integer', 'real')"
            " THEN json_extract(s.value, '$.{0}') END"
        )
        parts = (
            f"SELECT p.canonical_key AS k, r.group_id AS g, p.review_framework_id AS fid,"
            f" p.review_framework_version AS ver, {tool} AS tool,"
            f" coalesce(CAST(json_extract(s.value, '$.key') AS TEXT), '') AS section,"
            f" coalesce(CAST(json_extract(s.value, '$.title') AS TEXT), '') AS title,"
            f" {number.format('score')} AS score, {number.format('lowest')} AS lowest,"
            f" {number.format('highest')} AS highest,"
            f" coalesce(CAST(json_extract(s.value, '$.band') AS TEXT), '') AS band"
            f" FROM collected_partnership p JOIN collected_return r ON r.id = p.return_id"
            f" JOIN json_each(CASE WHEN {listed} AND json_valid(p.review_sections)"
            f" THEN p.review_sections ELSE '[]' END) AS s"
            f" WHERE {CURRENT_ROW} AND {_in(period)} AND s.type = 'object'"
            f" AND json_type(s.value, '$.score') IN ('integer', 'real')"
        )
        empty = f"NOT ({listed} AND json_valid(p.review_sections)) OR p.review_sections = '[]'"
    older = (
        f"SELECT p.canonical_key, r.group_id, p.review_framework_id,"
        f" p.review_framework_version, {tool}, '', '', p.review_score, NULL, NULL,"
        f" p.review_band {row} AND p.review_score IS NOT NULL AND ({empty})"
    )
    return f"({parts} UNION ALL {older}) AS parts"


def section_score_totals(conn: Any, period: Period | None) -> list[tuple[Any, ...]]:
    """Per partnership key, review tool and section: (key, tool id, tool version, tool
    name, section, section title, lowest, highest, scores, their sum, groups, the bands
    given, joined by BAND_SEPARATOR), in the order of tool name, section title, key.
    Read from the summary tables (a few thousand rows, however many returns)."""
    if period is None:
        return _section_score_totals_detail(conn, period)
    return summary_reads.section_score_totals(conn, period)


def _section_score_totals_detail(conn: Any, period: Period | None) -> list[tuple[Any, ...]]:
    """``section_score_totals`` added up from every current partnership row (all periods
    together: the summaries are kept per period)."""
    from desktop.store.collection.db import on_server

    separator = "chr(31)" if on_server(conn) else "char(31)"
    return [
        tuple(r)
        for r in conn.execute(
            f"""
            SELECT k, fid, ver, min(tool), section, min(title), min(lowest), max(highest),
                   count(*), sum(score), count(DISTINCT g),
                   group_concat(nullif(band, ''), {separator})
            FROM {_section_parts(conn, period)}
            GROUP BY k, fid, ver, section
            ORDER BY min(tool), min(title), k, fid, ver, section
            """
        )
    ]


# Joins a section's bands: a control character, which no band Partnerbook writes holds.
BAND_SEPARATOR = "\x1f"


# -- one partnership -----------------------------------------------------------------------


def current_partnership_rows(
    conn: Any, key: str, period: Period | None
) -> list[tuple[int, str, str]]:
    """(row id, group name, period label) of the current rows of partnership ``key``."""
    return [
        (int(i), str(g), str(p))
        for i, g, p in conn.execute(
            f"""SELECT p.id, g.latest_name, r.period_label FROM collected_partnership p
            JOIN collected_return r ON r.id = p.return_id
            JOIN collected_group g ON g.id = r.group_id
            WHERE {CURRENT_ROW} AND {_in(period)} AND p.canonical_key = ?
            ORDER BY g.latest_name COLLATE NOCASE, r.period_start DESC, p.id""",
            (key,),
        )
    ]


def _among(conn: Any, column: str, ids: Sequence[int]) -> tuple[str, list[Any]]:
    """A condition true for rows whose ``column`` is one of ``ids``, and its parameters. On
    a server the ids go as one array: a statement with 1,700 placeholders took longer for
    the client to prepare and the server to parse than to answer."""
    if _server(conn):
        return f"{column} = ANY(?)", [list(ids)]
    return f"{column} IN ({','.join('?' * len(ids)) or 'NULL'})", list(ids)


def partnership_name(conn: Any, key: str, ids: Sequence[int]) -> str:
    """The officer's name for a merged partnership, else the first row's, else its key."""
    chosen = conn.execute(
        "SELECT canonical_name FROM partnership_merge WHERE canonical_key = ? LIMIT 1", (key,)
    ).fetchone()
    among, params = _among(conn, "id", ids)
    first = conn.execute(
        f"SELECT name FROM collected_partnership WHERE {among} ORDER BY id LIMIT 1", params
    ).fetchone()
    return str((chosen[0] if chosen else "") or (first[0] if first else key))


def partnership_ratings(conn: Any, ids: Sequence[int]) -> dict[str, list[tuple[Any, ...]]]:
    """Kind -> (row id, clause, title, rating, label, tool name) of the rows' ratings of
    that kind (both kinds in one pass over the rows' ratings: one read of each rating row)."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    among, params = _among(conn, "partnership_id", ids)
    for pid, kind, *rest in conn.execute(
        f"SELECT partnership_id, kind, clause_ref, title, rating, rating_label,"
        f" CASE WHEN c.framework_id = '' THEN '' ELSE {FRAMEWORK_NAME} END"
        f" FROM collected_rating c WHERE {among}",
        params,
    ):
        found.setdefault(str(kind), []).append((pid, *rest))
    return found


def partnership_reviews(conn: Any, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(row id, tool id, tool version, tool title, sections JSON) of each row."""
    among, params = _among(conn, "id", ids)
    return [
        tuple(r)
        for r in conn.execute(
            f"SELECT id, review_framework_id, review_framework_version, review_framework_title,"
            f" review_sections FROM collected_partnership WHERE {among}",
            params,
        )
    ]


def section_sizes(conn: Any, ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """Row id -> how many answers each of its review sections has, for the rows ``ids``
    (one query for them all: a query per row was 1,700 round trips to a server for one
    large partnership)."""
    found: dict[int, dict[str, int]] = {}
    among, params = _among(conn, "partnership_id", ids)
    for pid, s, n in conn.execute(
        f"SELECT partnership_id, section, count(*) FROM collected_answer"
        f" WHERE {among} GROUP BY partnership_id, section",
        params,
    ):
        found.setdefault(int(pid), {})[str(s)] = int(n)
    return found


def partnership_answers(conn: Any, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(row id, question, title, answer, score, label) of the rows' review answers."""
    among, params = _among(conn, "partnership_id", ids)
    return [
        tuple(r)
        for r in conn.execute(
            f"SELECT partnership_id, question_ref, title, answer, score, answer_label"
            f" FROM collected_answer WHERE {among}",
            params,
        )
    ]


def needs_of_partnerships(conn: Any, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(row id, category, need, status, estimated pence, need id) of the rows' needs, in no
    order: the caller knows each row's group (a join to the returns here made a server read
    every return of the collection for one large partnership)."""
    among, params = _among(conn, "n.partnership_id", ids)
    return [
        tuple(r)
        for r in conn.execute(
            f"""SELECT n.partnership_id, n.category, n.description, n.status,
            n.estimated_pence, n.id FROM collected_need n WHERE {among}""",
            params,
        )
    ]


# -- resource needs and clauses ------------------------------------------------------------

_NEEDS_BY = {
    "category": "n.category",
    "partnership": "coalesce(pm.canonical_name, p.name, '(general needs)')",
    "group": "g.latest_name",
}


def needs_totals(conn: Any, by: str, period: Period | None) -> list[tuple[Any, ...]]:
    """Needs with the latest word, per category, partnership or group: label, needs,
    groups, estimated, agreed and received (pence). Read from the summary tables, unless
    a total there is too large for them (then added up exactly from every need)."""
    if period is not None:
        found = summary_reads.needs_totals(conn, by, period)
        if found is not None:
            return found
    return _needs_totals_detail(conn, by, period)


def _needs_totals_detail(conn: Any, by: str, period: Period | None) -> list[tuple[Any, ...]]:
    """``needs_totals`` added up from every need with the latest word."""
    return _summed(
        conn,
        f"""
        SELECT {_NEEDS_BY[by]} AS label, count(*), count(DISTINCT r.group_id),
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


def need_help_rows(conn: Any, limit: int, period: Period | None) -> list[tuple[Any, ...]]:
    """Clauses rated "need help", most often first: clause, title, kind, times, groups,
    partnerships, tool name, tool version. Read from the summary tables (not the millions
    of ratings)."""
    if period is None:
        return _need_help_rows_detail(conn, limit, period)
    return summary_reads.need_help_rows(conn, limit if limit >= 0 else EVERYTHING, period)


def _need_help_rows_detail(conn: Any, limit: int, period: Period | None) -> list[tuple[Any, ...]]:
    """``need_help_rows`` counted from every current rating (all periods together)."""
    return [
        tuple(r)
        for r in conn.execute(
            f"""
            SELECT c.clause_ref, max(c.title), c.kind, count(*), count(DISTINCT r.group_id),
                   count(DISTINCT p.canonical_key), max({FRAMEWORK_NAME}),
                   max(c.framework_version)
            FROM collected_rating c JOIN collected_partnership p ON p.id = c.partnership_id
            JOIN collected_return r ON r.id = p.return_id
            WHERE {CURRENT_ROW} AND {_in(period)}
              AND coalesce(c.need_help, CASE WHEN c.rating = 'need_help' THEN 1 ELSE 0 END) = 1
            GROUP BY c.framework_id, c.clause_ref, c.kind
            ORDER BY count(*) DESC, c.framework_id, c.clause_ref LIMIT ?
            """,
            (limit if limit >= 0 else EVERYTHING,),
        )
    ]


# -- the import log ------------------------------------------------------------------------

LOG_COLUMNS = (
    "offered_at",
    "path COLLATE NOCASE",
    "outcome",
    "reason",
    "size",
    "file_sha256",
    "key_fingerprint",
)
LOG_ORDER = "id DESC"
_LOG_SEARCHED = ("path", "outcome", "reason", "file_sha256", "key_fingerprint")
# The log's searched columns as one text, as indexed on a server (ix_import_log_find, c0010).
_LOG_TEXT = (
    "(path || ' ' || outcome || ' ' || reason || ' ' || file_sha256 || ' ' || key_fingerprint)"
)


def import_log_rows(conn: Any, window: Window = Window()) -> list[tuple[Any, ...]]:
    """Files offered, newest first, a window of them: when, path, outcome, reason, size,
    SHA-256, key fingerprint."""
    if _server(conn) and window.words:  # one text, found through its trigram index
        where = " AND ".join(f"{_LOG_TEXT} LIKE ? ESCAPE '\\'" for _ in window.words)
        params = [_like(word) for word in window.words]
    else:
        where, params = _matching(_LOG_SEARCHED, window.words)
    order = _ordered(window, LOG_COLUMNS, LOG_ORDER)
    return [
        tuple(r)
        for r in conn.execute(
            f"SELECT substr(CAST(offered_at AS TEXT), 1, 19), path, outcome, reason, size,"
            f" file_sha256, key_fingerprint FROM import_log WHERE {where}"
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, window.limit, window.offset],
        )
    ]


def area_counts(conn: Any, period: Period | None) -> dict[str, int]:
    """Returns, groups and partnerships for the period; files offered and rejected."""
    here = _in(period)
    one = conn.execute
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


# -- how it is run, partners' answers ------------------------------------------------------

RUN_COLUMNS = ("g.latest_name COLLATE NOCASE", "p.name COLLATE NOCASE")
RUN_ORDER = "g.latest_name COLLATE NOCASE, p.name COLLATE NOCASE, p.id"
_RUN_SEARCHED = ("g.latest_name", "p.name")


# A word naming at most this many partnership rows (of any period) is looked up through the
# server's trigram indexes, and only those rows are checked: a word hardly any row holds is
# then answered at once instead of after reading every current row (0.2-0.6 s at 100,000
# returns). A commoner word is looked for row by row, as on a file. 6,000, not 3,000: once
# words the statistics call common skip the lookup (_rare_rows), a word in ~5,000 rows
# ('torridge') is quicker looked up (50-80 ms) than looked for row by row (160-230 ms).
RARE_WORD_ROWS = 6000
_CANDIDATES = (
    "SELECT c.id FROM (SELECT id FROM collected_partnership WHERE name LIKE ? ESCAPE '\\'"
    " UNION ALL SELECT q.id FROM collected_group f"
    " JOIN collected_return o ON o.group_id = f.id"
    " JOIN collected_partnership q ON q.return_id = o.id"
    " WHERE f.latest_name LIKE ? ESCAPE '\\') AS c LIMIT ?"
)


def _trigram_indexes(conn: Any) -> bool:
    """Whether this server collection has c0010's trigram indexes (pg_trgm may be missing)."""
    return (
        conn.execute(
            "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname"
            " IN ('ix_collected_partnership_find', 'ix_collected_group_find')"
        ).fetchone()[0]
        == 2
    )


def _expected_rows(conn: Any, table: str, column: str, word: str) -> int:
    """How many rows of ``table`` the server expects to hold ``word`` in ``column``, from
    its statistics alone (no row read). The pattern is written into the statement, so the
    estimate is for this word, never a prepared statement's generic one."""
    pattern = "'" + _like(word).replace("'", "''") + "'"
    plan = conn.execute(
        f"EXPLAIN SELECT id FROM {table} WHERE {column} LIKE {pattern} ESCAPE '\\' LIMIT ?",
        [EVERYTHING],
    ).fetchone()
    found = re.search(r"rows=(\d+)", str(plan[0] if plan else ""))
    return int(found.group(1)) if found else 0


def _rare_rows(conn: Any, words: Sequence[str]) -> list[int] | None:
    """On a server with trigram indexes, the partnership rows (ids) the rarest of ``words``
    can match by name or group name, when at most RARE_WORD_ROWS; else None."""
    if not words or not _server(conn) or not _trigram_indexes(conn):
        return None
    fewest: list[int] | None = None
    for word in words:
        # A word the server expects in far more rows or groups is not looked up: reading
        # its first RARE_WORD_ROWS candidates through the trigram index cost more than
        # the screenful itself ('torrington': 130-190 ms at 100,000 returns). A wrong
        # guess only chooses the other way to the same rows.
        if (
            max(
                _expected_rows(conn, "collected_partnership", "name", word),
                _expected_rows(conn, "collected_group", "latest_name", word),
            )
            > 2 * RARE_WORD_ROWS
        ):
            continue
        ids = [
            int(r[0])
            for r in conn.execute(_CANDIDATES, [_like(word), _like(word), RARE_WORD_ROWS + 1])
        ]
        if len(ids) <= RARE_WORD_ROWS and (fewest is None or len(ids) < len(fewest)):
            fewest = ids
    return fewest


def run_rows(conn: Any, period: Period | None, window: Window = Window()) -> list[tuple[Any, ...]]:
    """(group, partnership, how-run JSON, key) of the current partnership rows, a window."""
    # Both columns are never NULL: matched as they are, so a server can judge from its
    # statistics how common a word is (a common one fills a screenful early in the list's
    # order, instead of every row being joined first: 0.3-0.5 s to about 0.1 s).
    where, params = _matching(_RUN_SEARCHED, window.words, plain=True)
    rare = _rare_rows(conn, window.words)
    if rare is not None:  # only rows a rare word can match are checked (on a server)
        where += " AND p.id = ANY(?)"
        params = [*params, rare]
    order = _ordered(window, RUN_COLUMNS, RUN_ORDER)
    # The window's rows are chosen from the indexes alone (names and ids), and only they
    # are read whole: sorting every row with its how-run JSON took most of the time.
    return [
        tuple(r)
        for r in conn.execute(
            f"""
            SELECT g.latest_name, p.name, p.how_run, p.canonical_key
            FROM (SELECT p.id FROM collected_partnership p
                  JOIN collected_return r ON r.id = p.return_id
                  JOIN collected_group g ON g.id = r.group_id
                  WHERE {CURRENT_ROW} AND {_in(period)} AND {where}
                  ORDER BY {order} LIMIT ? OFFSET ?) AS chosen
            JOIN collected_partnership p ON p.id = chosen.id
            JOIN collected_return r ON r.id = p.return_id
            JOIN collected_group g ON g.id = r.group_id
            ORDER BY {order}
            """,
            [*params, window.limit, window.offset],
        )
    ]


def partner_answer_rows(conn: Any, period: Period | None) -> list[tuple[Any, ...]]:
    """(partnership, key, group, review date, tool, partners JSON) of current rows whose
    review asked its partners."""
    return [
        tuple(r)
        for r in conn.execute(
            f"""SELECT p.name, p.canonical_key, g.name, p.review_date, p.review_framework_title,
            p.review_partners FROM collected_partnership p
            JOIN collected_return r ON r.id = p.return_id
            JOIN collected_group g ON g.id = r.group_id
            WHERE {CURRENT_ROW} AND {_in(period)} AND p.review_partners != ''
            ORDER BY p.name, g.name"""
        )
    ]
