"""Is there room on the disk for what we are about to write? Asked before writing anything.

A restore, or anything else that must not stop halfway, asks first rather than finding out
from a half-written file. Several folders may share one disk (the records and their backups
usually do), so what each needs is added up per disk.
"""

from __future__ import annotations

import math
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# Room kept free beyond what is written: SQLite needs some for its WAL and journal, and a
# disk filled to the last byte makes every program on the computer fail.
MARGIN_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Shortfall:
    """A disk without the room asked for: ``folder`` is on it."""

    folder: Path
    needed: int
    free: int


def with_margin(size: int) -> int:
    """What to ask for to write ``size`` bytes: a tenth more, and at least a megabyte more."""
    return size + max(MARGIN_BYTES, size // 10)


def existing_folder(folder: Path) -> Path:
    """The folder, or the nearest one above it that exists (a backups folder may not yet)."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def shortfall(needs: Iterable[tuple[Path, int]]) -> Shortfall | None:
    """The first disk without room for the bytes each folder needs (plus margin), or None.

    Raises OSError when a disk cannot be asked (a drive taken out, say).
    """
    per_disk: dict[int, tuple[Path, int]] = {}
    for folder, size in needs:
        place = existing_folder(folder)
        first, total = per_disk.get(place.stat().st_dev, (place, 0))
        per_disk[place.stat().st_dev] = (first, total + size)
    for place, total in per_disk.values():
        needed = with_margin(total)
        free = shutil.disk_usage(place).free
        if free < needed:
            return Shortfall(place, needed, free)
    return None


def size_text(count: int) -> str:
    """A size as people read it ("340 KB", "1.2 MB"), rounded up: never less than needed."""
    units = ("bytes", "KB", "MB", "GB", "TB")
    value, unit = float(count), 0
    while value >= 1024 and unit < len(units) - 1:
        value, unit = value / 1024, unit + 1
    if unit == 0:
        return f"{count} bytes"
    if value < 10:
        return f"{math.ceil(value * 10) / 10:.1f} {units[unit]}"
    return f"{math.ceil(value)} {units[unit]}"
