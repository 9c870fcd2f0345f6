"""The views' area-wide figures read from the summary tables (``queries/summaries.py``).

Each function gives exactly the rows ``view_queries`` used to add up from the detail rows
(need-help clauses, review section scores, resource needs), for one period, from a few
thousand ``summary_total`` rows. Partnership merges are applied here, as the rows are read:
the summaries are kept by each name's own key, which a merge never changes. A merged
partnership's "Groups" is counted again from its groups' ``summary_part`` rows (a group
may have named it both ways; merges are few, and those rows are found by key).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from desktop.domain.periods import Period

__all__ = [
    "need_help_rows",
    "needs_totals",
    "partnership_names",
    "partnership_sums",
    "section_score_totals",
]

BAND_SEPARATOR = "\x1f"  # as view_queries.BAND_SEPARATOR
GENERAL_NEEDS = "(general needs)"


def _totals(conn: Any, topic: str, period: Period) -> list[tuple[Any, ...]]:
    """(k1..k7, x1, x2, n, v1, v2, v3, score) of the period's total rows of ``topic``."""
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT k1, k2, k3, k4, k5, k6, k7, x1, x2, n, v1, v2, v3, score"
            " FROM summary_total WHERE topic = ? AND period_start = ? AND period_end = ?"
            " AND n > 0",
            (topic, period.start.isoformat(), period.end.isoformat()),
        )
    ]


def _merged(conn: Any) -> dict[str, str]:
    """Each merged name's key -> the key it now counts as."""
    return {
        str(a): str(c)
        for a, c in conn.execute("SELECT alias_key, canonical_key FROM partnership_merge")
    }


def _part_groups(
    conn: Any, topic: str, period: Period, keys: Sequence[str]
) -> list[tuple[Any, ...]]:
    """(group id, k1..k4) of the period's ``topic`` parts of the name keys ``keys``."""
    found: list[tuple[Any, ...]] = []
    chosen = sorted(set(keys))
    for start in range(0, len(chosen), 500):
        batch = chosen[start : start + 500]
        found.extend(
            tuple(r)
            for r in conn.execute(
                "SELECT group_id, k1, k2, k3, k4 FROM summary_part WHERE topic = ?"
                " AND period_start = ? AND period_end = ?"
                f" AND k1 IN ({','.join('?' * len(batch))})",
                (topic, period.start.isoformat(), period.end.isoformat(), *batch),
            )
        )
    return found


def need_help_rows(conn: Any, limit: int, period: Period) -> list[tuple[Any, ...]]:
    """As view_queries.need_help_rows: (clause, title, kind, times, groups, partnerships,
    tool name, tool version), most often first."""
    merged = _merged(conn)
    groups = {(r[0], r[1], r[2]): int(r[9]) for r in _totals(conn, "help_groups", period)}
    found: dict[tuple[str, str, str], list[Any]] = {}
    for key, fid, clause, kind, title, tool, version, *_x, n, _v1, _v2, _v3, _s in _totals(
        conn, "help", period
    ):
        entry = found.setdefault((fid, clause, kind), [0, set(), title, tool, version])
        entry[0] += int(n)
        entry[1].add(merged.get(key, key))
        entry[2], entry[3], entry[4] = (
            max(entry[2], title),
            max(entry[3], tool),
            max(entry[4], version),
        )
    order = sorted(found, key=lambda k: (-found[k][0], k[0], k[1], k[2]))
    rows = []
    for at in order[:limit]:
        times, keys, title, tool, version = found[at]
        rows.append((at[1], title, at[2], times, groups.get(at, 0), len(keys), tool, version))
    return rows


def section_score_totals(conn: Any, period: Period) -> list[tuple[Any, ...]]:
    """As view_queries.section_score_totals: per partnership key, tool and section."""
    merged = _merged(conn)
    counted = {(r[0], r[1], r[2], r[3]): int(r[9]) for r in _totals(conn, "section_groups", period)}
    found: dict[tuple[str, str, str, str], list[Any]] = {}
    names: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for key, fid, ver, section, tool, title, band, lowest, highest, n, *_v, score in _totals(
        conn, "section", period
    ):
        at = (merged.get(key, key), fid, ver, section)
        names[at].add(key)
        entry = found.setdefault(at, [tool, title, lowest, highest, 0, 0.0, []])
        entry[0], entry[1] = min(entry[0], tool), min(entry[1], title)
        entry[2] = (
            lowest if entry[2] is None else entry[2] if lowest is None else min(entry[2], lowest)
        )
        entry[3] = (
            highest if entry[3] is None else entry[3] if highest is None else max(entry[3], highest)
        )
        entry[4] += int(n)
        entry[5] += float(score or 0)
        if band:
            entry[6].extend([band] * int(n))
    groups = {at: counted.get((next(iter(keys)), *at[1:]), 0) for at, keys in names.items()}
    several = [at for at, keys in names.items() if len(keys) > 1]
    if several:  # a merged partnership: its groups counted once, whichever name they used
        seen: dict[tuple[str, ...], set[int]] = defaultdict(set)
        for g, key, fid, ver, section in _part_groups(
            conn, "section", period, [k for at in several for k in names[at]]
        ):
            seen[(merged.get(key, key), fid, ver, section)].add(g)
        for at in several:
            groups[at] = len(seen[at])
    rows = [
        (
            at[0],
            at[1],
            at[2],
            e[0],
            at[3],
            e[1],
            e[2],
            e[3],
            e[4],
            e[5],
            groups[at],
            BAND_SEPARATOR.join(e[6]) or None,
        )
        for at, e in found.items()
    ]
    return sorted(rows, key=lambda r: (r[3], r[5], r[0], r[1], r[2], r[4]))


def _exact(rows: list[tuple[Any, ...]]) -> bool:
    """Whether every money total could be kept (None or a float: it overflowed 64 bits)."""
    return all(type(v) is int for r in rows for v in r[10:13])


def needs_totals(conn: Any, by: str, period: Period) -> list[tuple[Any, ...]] | None:
    """As view_queries.needs_totals; None when a total was too large for the summaries."""
    rows = _totals(conn, "need", period)
    if not _exact(rows) or not _exact(_totals(conn, "need_group", period)):
        return None
    if by == "group":
        return _needs_by_group(conn, period)
    found: dict[str, list[int]] = {}
    counted: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    if by == "category":
        groups = {r[0]: int(r[9]) for r in _totals(conn, "need_cgroups", period)}
        for _key, _name, category, _kind, *_k, _x1, _x2, n, v1, v2, v3, _s in rows:
            _add_need(found, category, n, v1, v2, v3)
        return [(label, e[0], groups.get(label, 0), *e[1:]) for label, e in found.items()]
    merged = _merged(conn)
    chosen: dict[str, list[str]] = defaultdict(list)
    for canonical, name in conn.execute(
        "SELECT DISTINCT canonical_key, canonical_name FROM partnership_merge"
    ):
        chosen[str(canonical)].append(name)
    for key, name, _category, kind, *_k, _x1, _x2, n, v1, v2, v3, _s in rows:
        labels = [GENERAL_NEEDS] if kind == "g" else chosen.get(merged.get(key, key)) or [name]
        for label in labels:
            _add_need(found, label, n, v1, v2, v3)
            counted[label].add((key, name, kind))
    each = {(r[0], r[1], r[2]): int(r[9]) for r in _totals(conn, "need_pgroups", period)}
    groups = {label: each.get(next(iter(keys)), 0) for label, keys in counted.items()}
    several = [label for label, keys in counted.items() if len(keys) > 1]
    if several:  # one label from several names: each group counted once
        wanted = {k: label for label in several for k in counted[label]}
        seen: dict[str, set[int]] = defaultdict(set)
        keys = {k[0] for k in wanted}
        for g, key, name, _category, kind in _part_groups(conn, "need", period, list(keys)):
            for label in several:
                if (key, name, kind) in counted[label]:
                    seen[label].add(g)
        for label in several:
            groups[label] = len(seen[label])
    return [(label, e[0], groups[label], *e[1:]) for label, e in found.items()]


def _add_need(found: dict[str, list[int]], label: str, n: int, *pence: int) -> None:
    entry = found.setdefault(label, [0, 0, 0, 0])
    entry[0] += int(n)
    for i, value in enumerate(pence, 1):
        entry[i] += int(value)


def _needs_by_group(conn: Any, period: Period) -> list[tuple[Any, ...]]:
    """Per group name: its groups' needs in all, and how many groups have that name."""
    groups = {r[0]: int(r[9]) for r in _totals(conn, "need_ggroups", period)}
    return [
        (r[0], int(r[9]), groups.get(r[0], 0), int(r[10]), int(r[11]), int(r[12]))
        for r in _totals(conn, "need_group", period)
    ]


def partnership_names(conn: Any, period: Period) -> list[tuple[str, str, int]]:
    """(partnership key, a name as groups wrote it, current rows calling it so)."""
    merged = _merged(conn)
    found: dict[tuple[str, str], int] = defaultdict(int)
    for key, name, *_k, _x1, _x2, n, _v1, _v2, _v3, _s in _totals(conn, "name", period):
        found[(merged.get(key, key), name)] += int(n)
    return [(key, name, n) for (key, name), n in found.items()]


def partnership_sums(
    conn: Any, period: Period
) -> tuple[list[tuple[str, str, int, int, int, int]], dict[str, int]] | None:
    """The Partnerships page's figures: (partnership key, a name as groups wrote it, current
    rows, need-help ratings, resources asked for, still unmet) per key and name, and the
    groups per key (a merged partnership's groups counted once, whichever name they used).
    None when a sum is too large for the summaries (the caller adds up the rows instead)."""
    merged = _merged(conn)
    found: dict[tuple[str, str], list[int]] = {}
    names: dict[str, set[str]] = defaultdict(set)
    for key, name, *_k, _x1, _x2, n, v1, v2, v3, _s in _totals(conn, "name", period):
        if v1 is None or v2 is None or v3 is None:
            return None
        at = merged.get(key, key)
        names[at].add(key)
        entry = found.setdefault((at, name), [0, 0, 0, 0])
        for i, value in enumerate((n, v1, v2, v3)):
            entry[i] += int(value)
    counted = {str(r[0]): int(r[9]) for r in _totals(conn, "name_groups", period)}
    groups = {at: counted.get(next(iter(keys)), 0) for at, keys in names.items()}
    several = [at for at, keys in names.items() if len(keys) > 1]
    if several:  # a merged partnership: its groups counted once, whichever name they used
        seen: dict[str, set[int]] = defaultdict(set)
        aliases = [k for at in several for k in names[at]]
        for g, key, *_rest in _part_groups(conn, "name", period, aliases):
            seen[merged.get(key, key)].add(int(g))
        for at in several:
            groups[at] = len(seen[at])
    rows = [(key, name, e[0], e[1], e[2], e[3]) for (key, name), e in found.items()]
    return rows, groups
