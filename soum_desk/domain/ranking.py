"""Consolidation and ranking rules (seed 003 §7.5, §10, §11.1), on plain values.

§7.5: each indicator is a percent 0–100; a group's result is the arithmetic mean of its
indicators; each group is weighted (weights sum to 100); the overall score is the sum of the
weighted results × 0.05, giving 0–5 points.
§11.1: a report sent after the deadline loses 5 % of the total per day late.
Weights and deadlines are settings (Annex 1 and 8 of the regulation are not in the seeds).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from soum_desk.domain.periods import Period

DEFAULT_WEIGHTS: dict[str, float] = {"plans": 60.0, "petitions": 20.0, "letters": 20.0}
SCORE_FACTOR = 0.05  # §7.5: sum of weighted results × 0.05 → 0–5
ANNUAL_DEADLINE = (11, 25)  # §10.2: annual reports by 25 November


def clamp_percent(value: float) -> float:
    return max(0.0, min(100.0, float(value)))


def mean(values: Iterable[float | None]) -> float | None:
    present = [clamp_percent(v) for v in values if v is not None]
    return sum(present) / len(present) if present else None


def ratio_percent(part: int | None, whole: int | None) -> float | None:
    """part ÷ whole as a percent; nothing due counts as fully done; unknown stays unknown."""
    if part is None or whole is None:
        return None
    if whole <= 0:
        return 100.0
    return clamp_percent(100.0 * part / whole)


def check_weights(weights: dict[str, float]) -> None:
    total = sum(weights.values())
    if abs(total - 100.0) > 1e-6 or any(w < 0 for w in weights.values()):
        raise ValueError(f"weights must be non-negative and sum to 100, not {total}")


def overall_score(groups: dict[str, float | None], weights: dict[str, float]) -> float:
    """0–5 points. A group with no figures (not reported) counts as 0 %."""
    check_weights(weights)
    weighted = sum(clamp_percent(groups.get(name) or 0.0) * weight / 100.0 for name, weight in weights.items())
    return round(weighted * SCORE_FACTOR, 4)


def score_of_percent(percent: float | None) -> float | None:
    """One group's percent on the 0–5 scale (the plan execution score shown per soum)."""
    return None if percent is None else round(clamp_percent(percent) * SCORE_FACTOR, 4)


# §11.2: the head of an office with two unsatisfactory results in a row (and falling socio-economic
# indicators, which the province officer judges) is proposed for accountability. The regulation
# does not put a number on «хангалтгүй»; by default a final score below 2.5 (50 %: §7.2.3's band
# «хэрэгжилт хангалтгүй» ends at 49 %) is unsatisfactory — the setting `province.unsatisfactory_below`.
UNSATISFACTORY_BELOW = 2.5


def unsatisfactory(submitted: bool, final: float, below: float = UNSATISFACTORY_BELOW) -> bool:
    """An evaluation below the threshold. An office that sent nothing received no evaluation
    (not sending is §11.3.4's violation, not a result)."""
    return submitted and final < below


def accountability_due(current: bool, previous: bool | None) -> bool:
    """§11.2: this period's and the previous period's evaluations both unsatisfactory."""
    return current and previous is True


def days_late(arrived: date | None, deadline: date) -> int:
    if arrived is None:
        return 0
    return max(0, (arrived - deadline).days)


def late_penalty(score: float, days: int, per_day_percent: float = 5.0) -> float:
    """§11.1: the total loses `per_day_percent` % of itself per day late, never below 0."""
    factor = max(0.0, 1.0 - days * per_day_percent / 100.0)
    return round(score * factor, 4)


def default_deadline(period: Period, days_after_quarter: int = 10) -> date:
    """A year: 25 November of that year (§10.2); a quarter or half: N days after it ends."""
    if period.kind == "Y":
        return date(period.year, *ANNUAL_DEADLINE)
    return period.end + timedelta(days=days_after_quarter)


@dataclass
class Entry:
    """One office's line in the ranking."""

    office_code: str
    name: str
    kind: str = "soum"
    groups: dict[str, float | None] = field(default_factory=dict)
    submitted: bool = True
    late_days: int = 0
    score: float = 0.0
    final: float = 0.0
    rank: int | None = None


def score_entries(entries: Sequence[Entry], weights: dict[str, float], per_day_percent: float = 5.0) -> None:
    for entry in entries:
        entry.score = overall_score(entry.groups, weights) if entry.submitted else 0.0
        entry.final = late_penalty(entry.score, entry.late_days, per_day_percent)


def rank(entries: Sequence[Entry]) -> list[Entry]:
    """Best final score first, per kind (soums and agencies are ranked apart); equal scores
    share a place (1, 2, 2, 4). Offices that sent nothing come last, unranked."""
    ordered: list[Entry] = []
    for kind in sorted({e.kind for e in entries}, key=lambda k: (k != "soum", k)):
        group = sorted((e for e in entries if e.kind == kind), key=lambda e: (not e.submitted, -e.final, e.name))
        place, previous = 0, None
        for position, entry in enumerate(group, start=1):
            if not entry.submitted:
                entry.rank = None
            else:
                if entry.final != previous:
                    place, previous = position, entry.final
                entry.rank = place
            ordered.append(entry)
    return ordered
