"""Which backups a rotation keeps: the newest N, then one per day, week and month."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime


def choose_backups_to_keep(times: Iterable[datetime], *, recent: int, daily: int, weekly: int,
                           monthly: int) -> set[datetime]:
    """Return the creation times to keep; every other backup may be deleted.

    The newest `recent` backups are kept; then the newest backup of each of the
    last `daily` days, `weekly` ISO weeks and `monthly` months that have one.
    """
    ordered = sorted(set(times), reverse=True)
    keep = set(ordered[:recent])
    for count, bucket in ((daily, lambda t: t.date()),
                          (weekly, lambda t: t.isocalendar()[:2]),
                          (monthly, lambda t: (t.year, t.month))):
        seen: list = []
        for when in ordered:
            key = bucket(when)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(when)
    return keep
