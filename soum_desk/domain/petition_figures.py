"""The period figures of petitions, counted exactly as DOMAIN.md says.

For a period P and the petitions received in P, "as of" a date A (the last day
of P unless told otherwise):

- resolved on time: resolved on or before its due date, and on or before A;
- resolved late: resolved after its due date, and on or before A;
- pending: not resolved by A and due on or after A;
- overdue: not resolved by A and due before A;
- on-time % = resolved on time ÷ received;
- average days = mean of (resolved − received) over those resolved by A.

"Resolved" means closed with a date (resolved, forwarded to the competent body
or returned): the office's part is done on that date. When A falls inside P,
only petitions received by A exist yet, so only those are counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class PetitionFacts(NamedTuple):
    """What the figures need of one petition (a tuple: a year of them is built fast)."""

    received: date
    due: date
    resolved: date | None = None
    kind: str = ""
    channel: str = ""
    topic: str = ""
    bag: str = ""
    official: str = ""


@dataclass
class Counts:
    received: int = 0
    on_time: int = 0
    late: int = 0
    pending: int = 0
    overdue: int = 0
    days_total: int = 0

    @property
    def resolved(self) -> int:
        return self.on_time + self.late

    @property
    def on_time_percent(self) -> float | None:
        return round(100.0 * self.on_time / self.received, 1) if self.received else None

    @property
    def average_days(self) -> float | None:
        return round(self.days_total / self.resolved, 1) if self.resolved else None

    def as_dict(self) -> dict:
        return {"received": self.received, "resolved_on_time": self.on_time, "resolved_late": self.late,
                "resolved": self.resolved, "pending": self.pending, "overdue": self.overdue,
                "on_time_percent": self.on_time_percent, "average_days": self.average_days}


BREAKDOWNS = ("kind", "channel", "topic", "bag", "official")
Combo = tuple[str, str, str, str, str, str]  # the breakdowns' values and the outcome


@dataclass
class Figures:
    start: date
    end: date
    as_of: date
    total: Counts = field(default_factory=Counts)
    by: dict[str, dict[str, Counts]] = field(default_factory=dict)
    top_topics: list[tuple[str, int]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "as_of": self.as_of.isoformat(),
                **self.total.as_dict(),
                "by": {name: {key: c.as_dict() for key, c in groups.items()} for name, groups in self.by.items()},
                "top_topics": [{"topic": t, "count": n} for t, n in self.top_topics]}


def outcome(facts: PetitionFacts, as_of: date) -> str:
    """«on_time», «late», «pending» or «overdue» as of `as_of`."""
    if facts.resolved is not None and facts.resolved <= as_of:
        return "on_time" if facts.resolved <= facts.due else "late"
    return "pending" if facts.due >= as_of else "overdue"


def effective_end(start: date, end: date, as_of: date | None) -> tuple[date, date]:
    """(as_of, last received date counted): as_of defaults to the period end."""
    as_of = as_of or end
    return as_of, min(end, as_of)


def compute(petitions: Iterable[PetitionFacts], start: date, end: date, as_of: date | None = None,
            *, top: int = 5) -> Figures:
    """The figures of the petitions received between `start` and `end` (inclusive)."""
    as_of, last_received = effective_end(start, end, as_of)
    # Count each distinct (kind, channel, topic, bag, official, outcome) once per petition, then
    # spread the few distinct combinations over the breakdowns: one tuple per petition, not six.
    combos: Counter[Combo] = Counter()
    combo_days: Counter[Combo] = Counter()
    for f in petitions:
        if not (start <= f.received <= last_received):
            continue
        result = outcome(f, as_of)
        combo = (f.kind, f.channel, f.topic, f.bag, f.official, result)
        combos[combo] += 1
        if result in ("on_time", "late") and f.resolved is not None:
            combo_days[combo] += (f.resolved - f.received).days
    return from_combos(combos, combo_days, start, end, as_of, top=top)


def from_combos(combos: Mapping[Combo, int], combo_days: Mapping[Combo, int], start: date, end: date,
                as_of: date, *, top: int = 5) -> Figures:
    """The figures from counted combinations (kind, channel, topic, bag, official, outcome) → count and
    total days to resolution: what `compute` counts in Python, or a GROUP BY counts in the database."""
    figures = Figures(start, end, as_of, by={name: {} for name in BREAKDOWNS})
    topics: Counter[str] = Counter()
    for combo, n in combos.items():
        if combo[2]:
            topics[combo[2]] += n
        result, spent = combo[5], combo_days.get(combo, 0)
        targets = [figures.total]
        for i, name in enumerate(BREAKDOWNS):
            groups, key = figures.by[name], combo[i] or "—"
            counts = groups.get(key)
            if counts is None:  # not setdefault: a Counts() per combination and breakdown was the cost
                counts = groups[key] = Counts()
            targets.append(counts)
        for counts in targets:
            counts.received += n
            setattr(counts, result, getattr(counts, result) + n)
            counts.days_total += spent
    for name in BREAKDOWNS:
        figures.by[name] = dict(sorted(figures.by[name].items(), key=lambda kv: (-kv[1].received, kv[0])))
    figures.top_topics = sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return figures
