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

# (id, name, short name, status, our role, area, themes joined (see ``split_themes``) or
#  None, next meeting ISO or None, archived (0/1), parent id or None)
PartnershipRow = tuple[int, str, str, str, str, str, str | None, str | None, int, int | None]


def partnership_rows(conn: sqlite3.Connection) -> list[PartnershipRow]:
    """Every partnership, archived ones included, by name (case ignored).

    The rows are the driver's own tuples, unconverted: thousands are read on every load.
    """
    return conn.execute(_REGISTER_SQL).fetchall()


def split_themes(joined: str | None) -> tuple[str, ...]:
    """A row's themes, from the text ``partnership_rows`` folds them into."""
    return tuple(joined.split(_SEP)) if joined else ()


def theme_names(conn: sqlite3.Connection) -> list[str]:
    """Every theme in use, alphabetically."""
    return [r[0] for r in conn.execute("SELECT DISTINCT theme FROM partnership_theme ORDER BY 1")]
