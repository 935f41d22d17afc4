"""The rotation keeps exactly the newest N and the newest backup per day, week and month."""

from __future__ import annotations

from datetime import datetime, timedelta

from soum_desk.domain.backup_rotation import choose_backups_to_keep


def _hourly(days: int) -> list[datetime]:
    start = datetime(2026, 1, 1, 0, 0)
    return [start + timedelta(hours=h) for h in range(0, days * 24, 6)]


def test_recent_only():
    times = _hourly(3)
    keep = choose_backups_to_keep(times, recent=4, daily=0, weekly=0, monthly=0)
    assert keep == set(sorted(times)[-4:])


def test_daily_keeps_newest_of_each_day():
    times = _hourly(10)
    keep = choose_backups_to_keep(times, recent=0, daily=3, weekly=0, monthly=0)
    assert keep == {datetime(2026, 1, 10, 18), datetime(2026, 1, 9, 18), datetime(2026, 1, 8, 18)}


def test_weekly_and_monthly_buckets():
    times = [datetime(2026, 1, 1) + timedelta(days=d) for d in range(0, 120)]
    keep = choose_backups_to_keep(times, recent=0, daily=0, weekly=2, monthly=3)
    newest = max(times)  # 2026-04-30 (Thursday)
    assert newest in keep
    assert datetime(2026, 4, 26) in keep  # Sunday: newest of the previous ISO week
    assert datetime(2026, 3, 31) in keep and datetime(2026, 2, 28) in keep
    assert len(keep) == 4  # the newest counts for its week and its month


def test_counts_add_up_and_nothing_else_is_kept():
    times = _hourly(60)
    keep = choose_backups_to_keep(times, recent=5, daily=7, weekly=4, monthly=12)
    assert set(sorted(times)[-5:]) <= keep
    days = {t.date() for t in keep}
    assert len(days) >= 7
    assert len(keep) <= 5 + 7 + 4 + 12


def test_zero_everything_keeps_nothing():
    assert choose_backups_to_keep(_hourly(2), recent=0, daily=0, weekly=0, monthly=0) == set()
