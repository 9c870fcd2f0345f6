"""The list of recently opened collections, kept in the window settings.

Its own small module because the group window fills its File menu from it at start-up,
and the collection window itself is too heavy to import on that path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "collections/recent"
MAX_RECENT = 8


def recent_collections(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives a bare string for a one-item list
        value = [value]
    return [str(v) for v in value or []]


def remember_recent(settings: QSettings, path: Path) -> list[str]:
    recent = [str(path)] + [p for p in recent_collections(settings) if p != str(path)]
    settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
    return recent[:MAX_RECENT]
