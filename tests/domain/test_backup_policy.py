"""Backup rotation and the "is a backup due?" rule, with a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.domain.backup_policy import BackupSchedule, backups_to_keep

NOW = datetime(2026, 11, 28, 18, 0)


def test_one_backup_every_half_hour_for_two_years_keeps_the_right_ones() -> None:
    stamps = [NOW - timedelta(minutes=30 * i) for i in range(2 * 365 * 48)]
    keep = backups_to_keep(stamps, NOW)
    recent = {s for s in stamps if NOW - s <= timedelta(hours=24)}
    assert recent <= keep  # everything from the last day
    older = keep - recent
    days = {s.date() for s in keep}
    weeks = {s.isocalendar()[:2] for s in keep}
    months = {(s.year, s.month) for s in keep}
    # 12 days, 10 weeks and 9 months are covered; nothing older than 9 months survives.
    assert len(days) >= 12
    assert len(weeks) >= 10
    assert len(months) == 9
    assert min(keep) >= datetime(2026, 3, 1)
    # Beyond the last day, at most one backup per period survives: a small folder.
    assert len(older) <= 12 + 10 + 9
    # The newest of each kept day is the one kept.
    for stamp in older:
        same_day = [s for s in stamps if s.date() == stamp.date()]
        if stamp.date() >= (NOW - timedelta(days=11)).date():
            assert stamp == max(same_day)


def test_periods_count_backups_not_the_calendar_so_a_long_gap_loses_nothing() -> None:
    # Used daily in January, then the laptop sat in a drawer until November.
    january = [datetime(2026, 1, d, 12, 0) for d in range(1, 32)]
    keep = backups_to_keep([*january, NOW], NOW)
    assert NOW in keep
    # The newest 11 January days stay as "daily" backups; older ones survive as weekly picks.
    assert {datetime(2026, 1, d, 12, 0) for d in range(21, 32)} <= keep
    assert datetime(2026, 1, 2, 12, 0) not in keep
    assert datetime(2026, 1, 4, 12, 0) in keep  # newest of ISO week 1 of 2026


def test_future_dated_backups_are_never_deleted() -> None:
    future = NOW + timedelta(days=400)
    stamps = [NOW - timedelta(days=d) for d in range(400)] + [future]
    assert future in backups_to_keep(stamps, NOW)


def test_nothing_and_everything() -> None:
    assert backups_to_keep([], NOW) == set()
    one = [NOW - timedelta(days=900)]
    assert backups_to_keep(one, NOW) == set(one)


def test_schedule_backs_up_only_after_changes_and_at_most_every_half_hour() -> None:
    schedule = BackupSchedule()
    assert not schedule.due(NOW)
    schedule.changed(NOW)
    assert schedule.pending
    assert not schedule.due(NOW + timedelta(minutes=29))
    assert schedule.due(NOW + timedelta(minutes=30))
    schedule.backed_up(NOW + timedelta(minutes=30))
    assert not schedule.pending
    assert not schedule.due(NOW + timedelta(hours=5))  # no changes, no backup
    # A change long after the last backup is backed up at the next look.
    schedule.changed(NOW + timedelta(hours=5))
    assert schedule.due(NOW + timedelta(hours=5, minutes=1))


def test_changes_keep_coming_but_the_first_one_sets_the_clock() -> None:
    schedule = BackupSchedule()
    for minute in range(0, 31, 5):
        schedule.changed(NOW + timedelta(minutes=minute))
    assert schedule.first_unbacked_change == NOW
    assert schedule.due(NOW + timedelta(minutes=30))


def test_changes_made_while_a_backup_runs_stay_pending() -> None:
    schedule = BackupSchedule()
    schedule.changed(NOW)
    started = schedule.begin()
    schedule.changed(NOW + timedelta(seconds=1))  # saved while the backup was copying
    schedule.finished(NOW + timedelta(seconds=2), started)
    assert schedule.pending
    assert schedule.last_backup == NOW + timedelta(seconds=2)
    started = schedule.begin()
    schedule.finished(NOW + timedelta(minutes=40), started)
    assert not schedule.pending
