"""The province M&E scales and scores (seed 003, §7 and §11.1), on plain values.

Two scales: §7.1 for policy goals and measures, §7.2 for laws and decisions
(§7.4 puts the annual plan, transparency and HR measures on §7.2 too). An
evaluator picks a level; the level carries a default percent and a band the
percent must stay in. The last level of each scale is not scored: it is left
out of averages, never counted as zero.

Bands are written as whole numbers in the regulation (60–89, 90–100). A
fractional percent between two bands (89,5) belongs to the lower band: a band
runs from its low edge up to, not including, the next band's low edge.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from soum_desk.domain.formatting import format_percent
from soum_desk.errors import ValidationError


class Scale(StrEnum):
    POLICY = "policy"  # §7.1
    LAW = "law"  # §7.2


SCALE_LABELS: dict[Scale, tuple[str, str]] = {
    Scale.POLICY: ("Бодлогын зорилт, арга хэмжээ (7.1)", "Policy goal or measure (7.1)"),
    Scale.LAW: ("Хууль тогтоомж, шийдвэр (7.2)", "Law or decision (7.2)"),
}


@dataclass(frozen=True)
class Level:
    code: str
    scale: Scale
    mn: str
    en: str
    default: int | None  # None: not scored
    low: int | None = None
    high: int | None = None  # inclusive as written; see module docstring for fractions

    @property
    def scored(self) -> bool:
        return self.default is not None

    def band_text(self) -> str:
        return "—" if not self.scored else f"{self.low}–{self.high}"

    def label(self, lang: str = "mn") -> str:
        return self.en if lang == "en" else self.mn


POLICY_LEVELS: tuple[Level, ...] = (
    Level("effective", Scale.POLICY, "үр дүнтэй", "effective", 100, 90, 100),
    Level("partial", Scale.POLICY, "тодорхой үр дүнд хүрсэн", "some results achieved", 70, 60, 89),
    Level("intensify", Scale.POLICY, "эрчимжүүлэх шаардлагатай", "needs intensifying", 40, 31, 59),
    Level("ineffective", Scale.POLICY, "үр дүнгүй", "no results", 0, 0, 30),
    Level("not_assessable", Scale.POLICY, "үнэлэх боломжгүй", "cannot be assessed", None),
)

LAW_LEVELS: tuple[Level, ...] = (
    Level("implemented", Scale.LAW, "бүрэн хэрэгжсэн", "fully implemented", 100, 90, 100),
    Level("in_progress", Scale.LAW, "хэрэгжих шатанд", "being implemented", 70, 50, 89),
    Level("insufficient", Scale.LAW, "хэрэгжилт хангалтгүй", "insufficient", 30, 10, 49),
    Level("not_implemented", Scale.LAW, "хэрэгжээгүй", "not implemented", 0, 0, 9),
    Level("too_early", Scale.LAW, "хэрэгжилтийг тооцох хугацаа болоогүй", "not yet due for assessment", None),
)

LEVELS: dict[str, Level] = {lv.code: lv for lv in POLICY_LEVELS + LAW_LEVELS}
# What the plan report writes for a measure not due in the period; the importer drops it again.
NOT_DUE_NOTE = "(энэ үед хугацаа болоогүй)"


def levels(scale: Scale | str) -> tuple[Level, ...]:
    return POLICY_LEVELS if Scale(scale) == Scale.POLICY else LAW_LEVELS


def level(code: str) -> Level:
    try:
        return LEVELS[code]
    except KeyError:
        raise ValidationError(f"Үнэлгээний түвшин буруу: «{code}».", f"Unknown evaluation level «{code}».",
                              where="level") from None


def _upper_open(lv: Level) -> float:
    """The band's exclusive upper edge: the next band's low edge (101 for the top band)."""
    scored = [x for x in levels(lv.scale) if x.scored]
    index = scored.index(lv)
    above = scored[index - 1].low if index else None
    return 100.0 if above is None else float(above)


def in_band(lv: Level, percent: float) -> bool:
    if lv.low is None:  # not scored: no band
        return False
    if lv.high == 100:
        return lv.low <= percent <= 100
    return lv.low <= percent < _upper_open(lv)


def level_for_percent(scale: Scale | str, percent: float) -> Level:
    """The scored level whose band holds `percent` (0–100)."""
    check_percent(percent)
    for lv in levels(scale):
        if in_band(lv, float(percent)):
            return lv
    raise AssertionError(f"no band for {percent}")  # bands cover 0–100


def check_percent(percent: float, where: str = "percent") -> float:
    value = float(percent)
    if not 0 <= value <= 100:
        raise ValidationError(f"Хувь 0–100 хооронд байна: {format_percent(value)}.",
                              f"A percent is between 0 and 100: {value:g}.", where=where)
    return value


def evaluate(code: str, percent: float | None = None) -> float | None:
    """The evaluated percent for `code`: the default, or `percent` if it lies in the level's band."""
    lv = level(code)
    if lv.default is None:  # not scored
        if percent is not None:
            raise ValidationError(f"«{lv.mn}» түвшинд хувь өгөхгүй (дундажид орохгүй).",
                                  f"«{lv.en}» takes no percent (it is left out of averages).",
                                  where="percent")
        return None
    if percent is None:
        return float(lv.default)
    value = check_percent(percent)
    if not in_band(lv, value):
        raise ValidationError(
            f"«{lv.mn}» түвшний хувь {lv.band_text()} хооронд байна; {format_percent(value)} болохгүй.",
            f"The percent for «{lv.en}» must be within {lv.band_text()}; {value:g} is outside it.",
            where="percent")
    return value


# §7.1 (and §7.2 likewise) can be read two ways: a measure counts as its level's value
# («үр дүнтэй» 100, «тодорхой үр дүнд хүрсэн» 70, …) with the band only telling which level a
# percent belongs to — seed 001's practice — or as its own percent within the band. The office
# chooses (setting `plans.level_reading`); without an evaluator level the office's own percent
# picks the level.
READING_LEVEL = "level"
READING_PERCENT = "percent"
READINGS = (READING_LEVEL, READING_PERCENT)


def counted_percent(scale: Scale | str, level_code: str | None, percent: float | None,
                    reading: str = READING_LEVEL) -> float | None:
    """What a measure adds to the averages: None when it is not scored (or has no figure)."""
    if level_code:
        lv = level(level_code)
    elif percent is None:
        return None
    else:
        lv = level_for_percent(scale, percent)
    if lv.default is None:
        return None
    if reading == READING_PERCENT and percent is not None:
        return float(percent)
    return float(lv.default)


def average(values: Iterable[float | None], weights: Iterable[float] | None = None) -> float | None:
    """Weighted mean of the scored values; None (not scored) is left out; None if nothing is scored."""
    pairs = list(zip(values, weights, strict=True)) if weights is not None else [(v, 1.0) for v in values]
    scored = [(float(v), float(w)) for v, w in pairs if v is not None and w > 0]
    total = sum(w for _, w in scored)
    if not scored or total == 0:
        return None
    return sum(v * w for v, w in scored) / total


# --- §7.3 stalled / broken ---------------------------------------------------

STALLED = "stalled"  # удааширсан
BROKEN = "broken"  # тасарсан
FLOW_LABELS = {STALLED: ("удааширсан", "stalled"), BROKEN: ("тасарсан", "broken off")}


def no_progress_streak(history: Sequence[float | None]) -> int:
    """How many of the latest reporting periods in a row showed no progress.

    `history` holds the percent of each due period in order (None: not reported).
    §7.3 words it as "no progress over consecutive reports": a report shows
    progress when its percent rose above the report just before it (the last one
    that gave a figure; 0 before the first) or reached 100 — a measure at 100 has
    nothing left to progress. So 60 → 50 → 55 is progress at 55 (55 > 50), even
    though 55 is below the best earlier figure. A missing report is no progress
    and leaves the previous figure as it was.
    """
    streak = 0
    previous = 0.0
    for value in history:
        if value is not None and (value >= 100 or value > previous):
            streak = 0
        else:
            streak += 1
        if value is not None:
            previous = value
    return streak


def flow_status(history: Sequence[float | None]) -> str | None:
    """§7.3: two periods in a row without progress → stalled, three → broken off."""
    streak = no_progress_streak(history)
    if streak >= 3:
        return BROKEN
    if streak == 2:
        return STALLED
    return None


# --- §7.5 score and §11.1 penalty --------------------------------------------
#
# §7.5: every indicator is a percent up to 100; their arithmetic mean, moved onto the weights,
# summed and × 0.05 gives the 0–5 score. A plan has one score: its percent × 0.05. By default
# the plan is one indicator group — the plain mean of its scored measures, which is what seed
# 001 writes as «Хэрэгжилтийн дундаж хувь» and what the province ranks. Where an office weighs
# a plan's sections as §7.5 groups (setting `plans.score_groups` = "sections"), the plan's
# percent is the weighted sum of the section means; either way score = percent × 0.05, so the
# office and the province read one figure.

SCORE_FACTOR = 0.05
GROUP_PLAN = "plan"  # one group: every scored measure of the plan
GROUP_SECTIONS = "sections"  # each section a §7.5 group with its own weight
SCORE_GROUPS = (GROUP_PLAN, GROUP_SECTIONS)


@dataclass(frozen=True)
class Group:
    """One indicator group: its average percent (None if nothing scored) and its weight."""

    name: str
    average: float | None
    weight: float


def overall_percent(groups: Sequence[Group]) -> float | None:
    """§7.5: group averages moved onto their weights (scaled to 100) and summed; groups with
    nothing scored drop out and the rest are re-weighted. None if nothing is scored."""
    scored = [(g.average, g.weight) for g in groups if g.average is not None and g.weight > 0]
    total = sum(weight for _, weight in scored)
    if not scored or total == 0:
        return None
    return sum(average * weight for average, weight in scored) / total


def score_of(percent: float | None) -> float | None:
    """A percent on the 0–5 scale (× 0.05), kept to 4 decimals."""
    return None if percent is None else round(percent * SCORE_FACTOR, 4)


def overall_score(groups: Sequence[Group]) -> float | None:
    """§7.5: the weighted sum of the group averages × 0.05 → 0–5."""
    return score_of(overall_percent(groups))


def plan_percent(sections: Sequence[tuple[float, Sequence[tuple[float | None, float]]]],
                 grouping: str = GROUP_PLAN) -> float | None:
    """A plan's §7.5 percent from its sections, each (section weight, [(measure percent, measure weight)]).

    `grouping` GROUP_PLAN: the weighted mean of every scored measure (section weights unused);
    GROUP_SECTIONS: each section's mean, weighted by the section's weight."""
    if grouping == GROUP_SECTIONS:
        return overall_percent([Group(str(i), average([v for v, _ in ms], [w for _, w in ms]), sw)
                                for i, (sw, ms) in enumerate(sections)])
    pairs = [pair for _, ms in sections for pair in ms]
    return average([v for v, _ in pairs], [w for _, w in pairs])


DECLARED_TOLERANCE = 0.05  # a declared average written to one decimal agrees within half its last digit


def declared_differs(declared: float | None, computed: float | None) -> bool:
    """True when a table's written average disagrees with the one computed from its percents."""
    if declared is None or computed is None:
        return False
    return abs(declared - computed) > DECLARED_TOLERANCE + 1e-9


PENALTY_PER_DAY = 0.05


def days_late(deadline: date, submitted: date) -> int:
    return max(0, (submitted - deadline).days)


def late_penalty(score: float, deadline: date, submitted: date,
                 per_day: float = PENALTY_PER_DAY) -> tuple[float, int, float]:
    """§11.1: 5 % of the total per day late. Returns (score after, days late, fraction taken)."""
    days = days_late(deadline, submitted)
    fraction = min(1.0, days * per_day)
    return round(score * (1 - fraction), 4), days, fraction
