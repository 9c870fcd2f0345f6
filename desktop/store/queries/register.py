"""The partnership register's rows, read on the fast sqlite3 connection.

One query for every partnership: the register must open within a fraction of a second with
thousands of partnerships on a slow laptop, before the ORM has even been imported.
"""

from __future__ import annotations

import sqlite3

# Themes are folded in with group_concat; the unit separator never appears in typed text.
_SEP = "\x1f"
_REGISTER_SQL = (
    "SELECT p.id, p.name, p.short_name, p.status, coalesce(s.our_role, ''), p.area, t.themes, "
    "p.next_meeting, p.archived_at IS NOT NULL, p.parent_id "
    "FROM partnership p LEFT JOIN seat s ON s.partnership_id = p.id "
    f"LEFT JOIN (SELECT partnership_id, group_concat(theme, '{_SEP}') AS themes "
    "  FROM partnership_theme GROUP BY partnership_id) t ON t.partnership_id = p.id "
    "ORDER BY p.name COLLATE NOCASE"
)

# (id, name, short name, status, our role, area, themes, next meeting ISO or None,
#  archived, parent id or None)
PartnershipRow = tuple[int, str, str, str, str, str, tuple[str, ...], str | None, bool, int | None]


def partnership_rows(conn: sqlite3.Connection) -> list[PartnershipRow]:
    """Every partnership, archived ones included, by name (case ignored)."""
    return [
        (
            pid,
            name,
            short,
            status,
            role,
            area,
            tuple(themes.split(_SEP)) if themes else (),
            next_meeting,
            bool(archived),
            parent,
        )
        for pid, name, short, status, role, area, themes, next_meeting, archived, parent in (
            conn.execute(_REGISTER_SQL).fetchall()
        )
    ]


def theme_names(conn: sqlite3.Connection) -> list[str]:
    """Every theme in use, alphabetically."""
    return [r[0] for r in conn.execute("SELECT DISTINCT theme FROM partnership_theme ORDER BY 1")]
