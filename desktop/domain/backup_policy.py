"""When to back up, and which old backups to keep: plain rules, given a clock.

Rotation keeps the newest backup of each of the last 12 days, 10 weeks and 9 months that have
backups ("grandfather-father-son"). Periods are counted among the periods that *have* backups,
not back from today, so a laptop left in a drawer for a year still has its older backups when
it is next used. Every backup from the last 24 hours is kept too, because the mistake a person
most often wants to undo is one from this morning; and a backup dated in the future (a clock
that was wrong) is never deleted, because we cannot tell how old it really is.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9
KEEP_ALL_WITHIN = timedelta(hours=24)
BACKUP_EVERY = timedelta(minutes=30)


def _newest_per_period(
    stamps: list[datetime], period: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    """The newest stamp in each of the ``count`` most recent periods that have any."""
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for stamp in sorted(stamps, reverse=True):
        key = period(stamp)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(stamp)
    return kept


def backups_to_keep(
    stamps: Iterable[datetime],
    now: datetime,
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """Return the stamps to keep; every other backup may be deleted."""
    all_stamps = list(stamps)
    keep = {s for s in all_stamps if s > now or now - s <= KEEP_ALL_WITHIN}
    keep |= _newest_per_period(all_stamps, lambda s: s.date(), daily)
    keep |= _newest_per_period(all_stamps, lambda s: s.isocalendar()[:2], weekly)
    keep |= _newest_per_period(all_stamps, lambda s: (s.year, s.month), monthly)
    return keep


@dataclass
class BackupSchedule:
    """Are there changes that no backup holds yet, and is it time to make one?

    The window calls ``changed()`` whenever data is saved and asks ``due()`` on a timer;
    nothing here knows about Qt, so the rule is tested with a fake clock.
    """

    every: timedelta = BACKUP_EVERY
    last_backup: datetime | None = None
    first_unbacked_change: datetime | None = None
    _pending: bool = field(default=False, repr=False)
    # Counts changes, so a backup that ran while more changes came in does not claim them.
    _generation: int = field(default=0, repr=False)

    @property
    def pending(self) -> bool:
        """True when something was saved after the last backup."""
        return self._pending

    def changed(self, now: datetime) -> None:
        if not self._pending:
            self.first_unbacked_change = now
        self._pending = True
        self._generation += 1

    def begin(self) -> int:
        """Note that a backup is starting; pass the result to ``finished``."""
        return self._generation

    def finished(self, now: datetime, started: int) -> None:
        """A backup begun at ``started`` succeeded; changes made since then are still pending."""
        self.last_backup = now
        if self._generation == started:
            self._pending = False
            self.first_unbacked_change = None
        else:
            self.first_unbacked_change = now

    def due(self, now: datetime) -> bool:
        """Back up when changes have waited ``every`` since the last backup (or first change)."""
        if not self._pending:
            return False
        since = self.last_backup or self.first_unbacked_change or now
        return now - since >= self.every

    def backed_up(self, now: datetime) -> None:
        self.last_backup = now
        self._pending = False
        self.first_unbacked_change = None
