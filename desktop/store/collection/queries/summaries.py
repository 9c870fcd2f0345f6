"""The summary tables the views read instead of millions of detail rows (issue 19).

A county's collection holds 100,000 returns and 5.7 million ratings: adding up every
current rating each time the Dashboard opens took seconds. Instead, each group's share of
the figures is kept ready, and the area's totals beside it:

* ``summary_part``: one group's contributions (its current rows only), per topic and
  period, exactly as worked out from its detail rows (``group_parts``).
* ``summary_total``: the same rows summed over every group, plus, per topic, how many
  groups contribute to each key (the "Groups" columns cannot be summed).

Both are kept right in the same transaction as every change to which rows count:
``refresh_groups(conn, ids)`` works out the groups' parts again from their detail rows,
replaces their ``summary_part`` rows, and adds the difference into ``summary_total``
(one group's rows only, so an import costs a few statements). It is called from
``services.collection.currency.recompute_group``, which every import, withdrawal and group
merge already runs after changing a group's rows. Partnerships are summed by ``name_key``,
which a partnership merge never changes: merges are applied when the views read, over
a few thousand total rows, so merging and un-merging need no summary work at all.

Each row is one of these topics; the generic columns ``k1``…``k7`` mean:

=============  ==========  ===========================================================
topic          k1          k2 … k7 (then the numbers)
=============  ==========  ===========================================================
help           name_key    framework id, clause, kind, title, tool name, tool version;
                           n = ratings of "need help"
section        name_key    tool id, tool version, section, tool name, section title,
                           band; x1/x2 = lowest/highest, n = scores, score = their sum
need           name_key    partnership name, category, "p" or "g" (general needs);
                           n = needs, v1/v2/v3 = estimated, agreed, received pence
need_group     group name  (a group's needs in all, by its latest name: a rename in an
                           import or a group merge is followed by the refresh)
name           name_key    partnership name as written; n = current rows naming it so,
                           v1/v2/v3 = their need-help ratings, resources asked for and
                           still unmet (pence)
*_groups       some of a topic's key columns (``GROUP_COUNTS``); n = groups
=============  ==========  ===========================================================

A total that cannot be held in 64 bits (a collection filled before the limits) is kept
as NULL, and the views then add up the detail rows exactly instead.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from desktop.store.collection.db import on_server

__all__ = [
    "GROUP_COUNTS",
    "group_parts",
    "rebuild",
    "recomputed_totals",
    "refresh_groups",
    "stored_totals",
]

KEYS = 7
# The "Groups" columns: (topic, group-count topic, the key columns it counts by, 0 = k1).
GROUP_COUNTS = (
    ("help", "help_groups", (1, 2, 3)),  # per framework, clause and kind
    ("section", "section_groups", (0, 1, 2, 3)),  # per name_key, tool, version, section
    ("need", "need_cgroups", (2,)),  # per category
    ("need", "need_pgroups", (0, 1, 3)),  # per name_key, partnership name, kind
    ("need_group", "need_ggroups", (0,)),  # per group name
    ("name", "name_groups", (0,)),  # per name_key (the Partnerships page's "Groups")
)
_LARGEST = 2**63 - 1

# One contribution: (topic, period start, period end, k1..k7, x1, x2) -> (n, v1, v2, v3, score)
Dims = tuple[Any, ...]
Sums = tuple[Any, ...]
_COLUMNS = (
    "topic, period_start, period_end, k1, k2, k3, k4, k5, k6, k7, x1, x2, n, v1, v2, v3, score"
)

# The rows with the latest word, of the current returns ``_groups`` chooses. ``|| ''``
# (NULL stays NULL) keeps a server off the superseded_by index: a plan made for a
# smaller collection read every current row of every group through it to find one
# group's (measured: 2.3 ms of a 3.8 ms import a return, at 1,000 returns).
_LATEST = "(p.superseded_by || '') IS NULL"
_CURRENT_ROW = f"p.return_id = r.id AND {_LATEST}"
_CURRENT_NEED = (
    "n.return_id = r.id AND (CASE WHEN n.partnership_id IS NULL"
    " THEN r.general_superseded_by IS NULL ELSE p.superseded_by IS NULL END)"
)
_FRAMEWORK_NAME = (
    "coalesce(nullif(c.framework_title, ''), nullif(c.framework_id, ''), 'Not named in the return')"
)
_TOOL = (
    "coalesce(nullif(p.review_framework_title, ''), nullif(p.review_framework_id, ''),"
    " 'Not named in the return')"
)
_PERIOD = "CAST(r.period_start AS TEXT) AS ps, CAST(r.period_end AS TEXT) AS pe"
# The four parts are read as one UNION ALL (one round trip to a server): the columns every
# part lacks are typed NULLs, so PostgreSQL matches each column's type across them.
_NO_REAL = "CAST(NULL AS DOUBLE PRECISION)"
_NO_INT = "CAST(NULL AS BIGINT)"


def _groups(ids: Sequence[int] | None) -> tuple[str, list[int]]:
    """The current returns of groups ``ids`` (None: of every group). The returns are read
    first (each query says ``FROM collected_return r CROSS JOIN``…, which SQLite takes as
    the order to read in), by group; ``|| ''`` keeps SQLite off the status index, which
    would read every current return's entry to find one group's (0.5 s at 100,000)."""
    if ids is None:
        return "r.status = 'current'", []
    marks = ",".join("?" * len(ids)) or "NULL"
    return f"r.group_id IN ({marks}) AND r.status || '' = 'current'", list(ids)


def _help_sql(where: str) -> str:
    return f"""
        SELECT 'help' AS t, r.group_id AS g, {_PERIOD}, p.name_key, c.framework_id,
               c.clause_ref, c.kind, c.title, {_FRAMEWORK_NAME}, c.framework_version,
               {_NO_REAL}, {_NO_REAL}, count(*), {_NO_REAL}, {_NO_INT}, {_NO_INT}, {_NO_INT}
        FROM collected_return r CROSS JOIN collected_partnership p
        CROSS JOIN collected_rating c
        WHERE {where} AND {_CURRENT_ROW} AND c.partnership_id = p.id
          AND coalesce(c.need_help, CASE WHEN c.rating = 'need_help' THEN 1 ELSE 0 END) = 1
        GROUP BY r.group_id, r.period_start, r.period_end, p.name_key, c.framework_id,
                 c.clause_ref, c.kind, c.title, {_FRAMEWORK_NAME}, c.framework_version
    """


def _section_sql(server: bool, where: str) -> str:
    """Every review section score of the current partnership rows (a row from an older
    return, with no sections, gives its overall score as one unnamed section, as the views
    always showed), summed per group: made by the database's own JSON functions."""
    listed = "substr(p.review_sections, 1, 1) = '['"
    if server:
        number = (
            "CASE WHEN jsonb_typeof(s.value -> '{0}') = 'number'"
            " THEN (s.value ->> '{0}')::float8 END"
        )
        parts = (
            f"SELECT r.group_id AS g, {_PERIOD}, p.name_key AS k, p.review_framework_id AS fid,"
            f" p.review_framework_version AS ver, coalesce(s.value ->> 'key', '') AS section,"
            f" {_TOOL} AS tool, coalesce(s.value ->> 'title', '') AS title,"
            f" coalesce(s.value ->> 'band', '') AS band, {number.format('lowest')} AS lowest,"
            f" {number.format('highest')} AS highest, {number.format('score')} AS score"
            f" FROM collected_return r CROSS JOIN collected_partnership p"
            f" CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN {listed}"
            f" THEN p.review_sections ELSE '[]' END::jsonb) AS s(value)"
            f" WHERE {where} AND {_CURRENT_ROW} AND jsonb_typeof(s.value) = 'object'"
            f" AND jsonb_typeof(s.value -> 'score') = 'number'"
        )
        empty = f"NOT {listed} OR p.review_sections = '[]'"
    else:
        number = (
            "CASE WHEN json_type(s.value, '$.{0}') IN ('integer', 'real')"
            " THEN json_extract(s.value, '$.{0}') END"
        )
        parts = (
            f"SELECT r.group_id AS g, {_PERIOD}, p.name_key AS k, p.review_framework_id AS fid,"
            f" p.review_framework_version AS ver,"
            f" coalesce(CAST(json_extract(s.value, '$.key') AS TEXT), '') AS section,"
            f" {_TOOL} AS tool,"
            f" coalesce(CAST(json_extract(s.value, '$.title') AS TEXT), '') AS title,"
            f" coalesce(CAST(json_extract(s.value, '$.band') AS TEXT), '') AS band,"
            f" {number.format('lowest')} AS lowest, {number.format('highest')} AS highest,"
            f" {number.format('score')} AS score"
            f" FROM collected_return r CROSS JOIN collected_partnership p"
            f" JOIN json_each(CASE WHEN {listed} AND json_valid(p.review_sections)"
            f" THEN p.review_sections ELSE '[]' END) AS s"
            f" WHERE {where} AND {_CURRENT_ROW} AND s.type = 'object'"
            f" AND json_type(s.value, '$.score') IN ('integer', 'real')"
        )
        empty = f"NOT ({listed} AND json_valid(p.review_sections)) OR p.review_sections = '[]'"
    older = (
        f"SELECT r.group_id, {_PERIOD}, p.name_key, p.review_framework_id,"
        f" p.review_framework_version, '', {_TOOL}, '', p.review_band, NULL, NULL,"
        f" p.review_score FROM collected_return r CROSS JOIN collected_partnership p"
        f" WHERE {where} AND {_CURRENT_ROW}"
        f" AND p.review_score IS NOT NULL AND ({empty})"
    )
    return (
        f"SELECT 'section', g, ps, pe, k, fid, ver, section, tool, title, band, lowest,"
        f" highest, count(*), sum(score), {_NO_INT}, {_NO_INT}, {_NO_INT}"
        f" FROM ({parts} UNION ALL {older}) AS parts"
        f" GROUP BY g, ps, pe, k, fid, ver, section, tool, title, band, lowest, highest"
    )


def _name_sql(where: str) -> str:
    """How many current rows call each partnership by each name (the views name a
    partnership by the name most of its rows use)."""
    return f"""
        SELECT 'name', r.group_id, {_PERIOD}, p.name_key, p.name, '', '', '', '', '',
               {_NO_REAL}, {_NO_REAL}, count(*), {_NO_REAL}, sum(p.need_help_count),
               sum(p.requested_pence), sum(p.unmet_pence)
        FROM collected_return r CROSS JOIN collected_partnership p
        WHERE {where} AND {_CURRENT_ROW}
        GROUP BY r.group_id, r.period_start, r.period_end, p.name_key, p.name
    """


def _need_sql(where: str) -> str:
    """Each need with the latest word, one row each: summed in Python, exactly."""
    return f"""
        SELECT 'need', r.group_id, {_PERIOD}, g.latest_name, coalesce(p.name_key, ''),
               coalesce(p.name, ''), n.category,
               CASE WHEN n.partnership_id IS NULL THEN 'g' ELSE 'p' END, '', '',
               {_NO_REAL}, {_NO_REAL}, 1, {_NO_REAL}, n.estimated_pence,
               CASE WHEN n.status IN ('agreed', 'partly_agreed', 'received')
                    THEN coalesce(n.agreed_pence, n.estimated_pence) ELSE 0 END,
               CASE WHEN n.status = 'received'
                    THEN coalesce(n.received_pence, n.agreed_pence, n.estimated_pence)
                    ELSE coalesce(n.received_pence, 0) END
        FROM collected_return r CROSS JOIN collected_need n
        JOIN collected_group g ON g.id = r.group_id
        LEFT JOIN collected_partnership p ON p.id = n.partnership_id
        WHERE {where} AND {_CURRENT_NEED}
    """


def _fits(value: Any) -> Any:
    """A sum as stored: None when it cannot be held in 64 bits (the views then add up the
    detail rows instead)."""
    if value is None or (isinstance(value, int) and not -_LARGEST <= value <= _LARGEST):
        return None
    return value


_BLANKS = tuple(("",) * n for n in range(KEYS + 1))


def _padded(keys: Sequence[Any]) -> tuple[str, ...]:
    """Key columns as stored: text (the database gives text already), blanks after."""
    return (
        tuple(k if type(k) is str else "" if k is None else str(k) for k in keys)
        + _BLANKS[KEYS - len(keys)]
    )


def _real(value: Any) -> float | None:
    return None if value is None else float(value)


def group_parts(conn: Any, ids: Sequence[int] | None) -> dict[int, dict[Dims, Sums]]:
    """Each group's contributions, worked out from its current detail rows: group id ->
    (topic, period, k1..k7, x1, x2) -> (n, v1, v2, v3, score). ``ids`` None: every group."""
    where, params = _groups(ids)
    server = on_server(conn)
    every = " UNION ALL ".join(
        (_help_sql(where), _section_sql(server, where), _name_sql(where), _need_sql(where))
    )
    found: dict[int, dict[Dims, Sums]] = defaultdict(dict)
    sums: dict[int, dict[Dims, list[Any]]] = defaultdict(lambda: defaultdict(lambda: [0] * 4))
    # Each part names the groups once, the review sections twice (two halves).
    for topic, g, ps, pe, *keys, x1, x2, n, total, e1, e2, e3 in conn.execute(every, params * 5):
        if topic == "help":
            found[g][("help", ps, pe, *_padded(keys), None, None)] = (n, 0, 0, 0, 0.0)
        elif topic == "section":
            # A file's JSON gives whole numbers as integers: kept as the REAL column gives.
            dims = ("section", ps, pe, *_padded(keys), _real(x1), _real(x2))
            found[g][dims] = (n, 0, 0, 0, float(total or 0))
        elif topic == "name":
            dims = ("name", ps, pe, *_padded(keys[:2]), None, None)
            found[g][dims] = (n, *(_fits(int(v)) for v in (e1, e2, e3)), 0.0)
        else:  # a need, one row each: summed here, exactly
            group, key, name, category, kind = keys[:5]
            for dims in (
                ("need", ps, pe, *_padded((key, name, category, kind)), None, None),
                ("need_group", ps, pe, *_padded((group,)), None, None),
            ):
                entry = sums[g][dims]
                entry[0] += 1
                for i, value in enumerate((e1, e2, e3), 1):
                    entry[i] = None if entry[i] is None or value is None else entry[i] + int(value)
    for g, by_dims in sums.items():
        for dims, (n, *pence) in by_dims.items():
            found[g][dims] = (n, *(_fits(v) for v in pence), 0.0)
    return found


def _counted(parts: Iterable[Dims]) -> set[Dims]:
    """The group-count keys a group's contributions give (each counted once per group)."""
    keys = set()
    for dims in parts:
        for source, topic, columns in GROUP_COUNTS:
            if dims[0] == source:
                by = [dims[3 + c] for c in columns]
                keys.add((topic, dims[1], dims[2], *_padded(by), None, None))
    return keys


def _digest(dims: Dims) -> str:
    """The total row's key: its dimensions' digest (titles are too long for an index)."""
    return hashlib.sha1(repr(tuple(dims)).encode("utf-8")).hexdigest()


def _normal(dims: Sequence[Any]) -> Dims:
    """Dimensions as read back: the same Python values as worked out (floats as floats)."""
    *text, x1, x2 = dims
    return (
        *(str(t) for t in text),
        None if x1 is None else float(x1),
        None if x2 is None else float(x2),
    )


def _add(into: dict[Dims, list[Any]], dims: Dims, sums: Sums, sign: int) -> None:
    entry = into.setdefault(dims, [0, 0, 0, 0, 0.0])
    for i, value in enumerate(sums):
        if entry[i] is None or value is None:
            entry[i] = None
        else:
            entry[i] += sign * value


def refresh_groups(conn: Any, ids: Iterable[int]) -> None:
    """Work the summaries of groups ``ids`` out again from their detail rows, inside the
    caller's transaction: after anything that changed which of their rows count."""
    chosen = sorted(set(ids))
    if not chosen:
        return
    marks = ",".join("?" * len(chosen))
    new = group_parts(conn, chosen)
    old: dict[int, dict[Dims, Sums]] = defaultdict(dict)
    rows_of: dict[tuple[int, Dims], list[int]] = defaultdict(list)  # a part's stored rows
    for row_id, g, *row in conn.execute(
        f"SELECT id, group_id, {_COLUMNS} FROM summary_part WHERE group_id IN ({marks})",
        chosen,
    ):
        old[g][tuple(row[:12])] = tuple(row[12:])  # as group_parts gives them
        rows_of[g, tuple(row[:12])].append(row_id)
    delta: dict[Dims, list[Any]] = {}
    for g in chosen:
        before, after = old.get(g, {}), new.get(g, {})
        if before == after:
            continue
        for dims, sums in before.items():
            _add(delta, dims, sums, -1)
        for dims, sums in after.items():
            _add(delta, dims, sums, 1)
        was, now = _counted(before), _counted(after)
        for dims in was - now:
            _add(delta, dims, (1, 0, 0, 0, 0.0), -1)
        for dims in now - was:
            _add(delta, dims, (1, 0, 0, 0, 0.0), 1)
    if not delta:
        return
    # Only the parts that changed are written: a group's return for a new period leaves
    # its other periods' rows as they are (summary_part's inserts: 0.45 to 0.28 ms a return
    # at 2,000 returns, on a server). A part stored twice is written again, once.
    kept = {
        (g, dims)
        for (g, dims), ids in rows_of.items()
        if len(ids) == 1 and new.get(g, {}).get(dims) == old[g][dims]
    }
    gone = [row_id for at, ids in rows_of.items() if at not in kept for row_id in ids]
    for start in range(0, len(gone), 500):  # within any database's limit on parameters
        batch = gone[start : start + 500]
        conn.execute(f"DELETE FROM summary_part WHERE id IN ({','.join('?' * len(batch))})", batch)
    conn.executemany(
        f"INSERT INTO summary_part (group_id, digest, {_COLUMNS})"
        f" VALUES (?, ?, {','.join('?' * 17)})",
        # A part's digest is never read (parts are found by group): only totals need one.
        [
            (g, "", *dims, *sums)
            for g in chosen
            for dims, sums in new.get(g, {}).items()
            if (g, dims) not in kept
        ],
    )
    _add_totals(conn, delta)


def _add_totals(conn: Any, delta: dict[Dims, list[Any]]) -> None:
    """Add ``delta`` into ``summary_total``, its rows taken in digest order, so officers
    importing at once lock shared rows in the same order and never deadlock."""
    changed = [
        (_digest(dims), *dims, *sums)
        for dims, sums in delta.items()
        if any(v is None or v != 0 for v in sums)
    ]
    changed.sort(key=lambda row: row[0])
    conn.executemany(
        f"INSERT INTO summary_total (digest, {_COLUMNS}) VALUES (?, {','.join('?' * 17)})"
        " ON CONFLICT (digest) DO UPDATE SET n = summary_total.n + excluded.n,"
        " v1 = summary_total.v1 + excluded.v1, v2 = summary_total.v2 + excluded.v2,"
        " v3 = summary_total.v3 + excluded.v3, score = summary_total.score + excluded.score",
        changed,
    )


def recomputed_totals(conn: Any) -> tuple[dict[int, dict[Dims, Sums]], dict[Dims, list[Any]]]:
    """Every group's parts and the area's totals, worked out afresh from the detail rows:
    what the summary tables must hold (``rebuild`` writes it; tests compare with it)."""
    parts = group_parts(conn, None)
    totals: dict[Dims, list[Any]] = {}
    for by_dims in parts.values():
        for dims, sums in by_dims.items():
            _add(totals, dims, sums, 1)
        for dims in _counted(by_dims):
            _add(totals, dims, (1, 0, 0, 0, 0.0), 1)
    return parts, {dims: [_fits(v) for v in sums] for dims, sums in totals.items()}


def stored_totals(conn: Any) -> tuple[dict[int, dict[Dims, Sums]], dict[Dims, list[Any]]]:
    """What the summary tables hold, as ``recomputed_totals`` gives it (rows whose count
    came back to nothing are left out: their score sum may keep a rounding's remainder)."""
    parts: dict[int, dict[Dims, Sums]] = defaultdict(dict)
    for g, *row in conn.execute(f"SELECT group_id, {_COLUMNS} FROM summary_part"):
        parts[g][_normal(row[:12])] = tuple(row[12:])
    totals = {
        _normal(row[:12]): list(row[12:])
        for row in conn.execute(f"SELECT {_COLUMNS} FROM summary_total WHERE n != 0")
    }
    return dict(parts), totals


def _batches(rows: Iterable[tuple[Any, ...]], size: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def rebuild(conn: Any, chunk: int = 1000) -> None:
    """Fill the summary tables afresh from every current detail row (the migration that
    made them, on a collection of any size). The groups are read ``chunk`` at a time, so
    memory stays small however many returns there are (a server hands over a query's
    rows all at once: the whole county's took 4 GB)."""
    conn.execute("DELETE FROM summary_part")
    conn.execute("DELETE FROM summary_total")
    insert_part = (
        f"INSERT INTO summary_part (group_id, digest, {_COLUMNS})"
        f" VALUES (?, ?, {','.join('?' * 17)})"
    )
    groups = sorted(
        int(r[0])
        for r in conn.execute(
            "SELECT DISTINCT group_id FROM collected_return WHERE status = 'current'"
        )
    )
    totals: dict[Dims, list[Any]] = {}
    for start in range(0, len(groups), chunk):
        parts = group_parts(conn, groups[start : start + chunk])
        for by_dims in parts.values():
            for dims, sums in by_dims.items():
                _add(totals, dims, sums, 1)
            for dims in _counted(by_dims):
                _add(totals, dims, (1, 0, 0, 0, 0.0), 1)
        rows = ((g, "", *dims, *sums) for g in sorted(parts) for dims, sums in parts[g].items())
        for batch in _batches(rows):
            conn.executemany(insert_part, batch)
    insert_total = (
        f"INSERT INTO summary_total (digest, {_COLUMNS}) VALUES (?, {','.join('?' * 17)})"
    )
    rows = ((_digest(dims), *dims, *(_fits(v) for v in sums)) for dims, sums in totals.items())
    for batch in _batches(rows):
        conn.executemany(insert_total, batch)
