"""The rows the plans services hand to the UI, the CLI, the reports and the bundle.

TypedDicts: every consumer keeps reading them as dicts, and mypy checks the keys inside
the services. A plan's figures for a period (`PlanResult`) are its tree with each goal,
section and the whole document carrying an average, and each measure its figures.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict


class DocumentRow(TypedDict):
    id: int
    kind: str
    kind_label: str
    year: int
    title: str
    act_number: str | None
    act_date: str | None  # ISO date
    source_file: str | None


class MeasureRow(TypedDict):
    id: int
    goal_id: int
    position: int
    number: str
    text: str
    indicator: str | None
    baseline: str | None
    target_text: str | None
    target_value: float | None
    target_cmp: str | None
    timing_text: str | None
    timing_quarters: str
    timing_ok: bool
    responsible: str | None
    scale: str
    weight: float


class GoalNode(TypedDict):
    id: int
    section_id: int
    code: str
    title: str
    measures: list[MeasureRow]


class SectionNode(TypedDict):
    id: int
    code: str
    title: str
    weight: float
    goals: list[GoalNode]


class PlanTree(DocumentRow):
    sections: list[SectionNode]


class SectionRow(TypedDict):
    """A section or goal as created or renamed: its id, code and title."""

    id: int
    code: str
    title: str


class ProgressRow(TypedDict):
    id: int
    measure_id: int
    period: str
    narrative: str | None
    self_percent: float | None
    level: str | None
    eval_percent: float | None
    evaluator: str | None
    evaluated_on: str | None  # ISO date


class ReviewRow(TypedDict):
    document_id: int
    period: str
    status: str  # open | reviewed | approved
    reviewed_by: str | None
    reviewed_at: str | None
    approved_by: str | None
    approved_at: str | None
    submitted_on: str | None
    note: str | None
    locked: NotRequired[bool]  # get_review: an approved period (this or one around it) locks it


class MeasureResult(MeasureRow):
    """A measure with its figures for the period."""

    due: bool
    status: str  # reported | not_reported | not_scored | not_due
    percent: float | None  # counted in the averages (due measures only, under the §7.1 reading)
    shown_percent: float | None
    level: str | None
    level_mn: str | None
    narrative: str | None
    progress_period: str | None
    progress_id: int | None
    entry: ProgressRow | None  # this period's own entry
    flow: str | None  # stalled | broken | None (§7.3)
    streak: int


class FlatMeasure(MeasureResult):
    """A measure in document order with its section and goal (`scoring.flat_measures`)."""

    section_code: str
    section_title: str
    goal_code: str
    goal_title: str


class GoalResult(TypedDict):
    id: int
    section_id: int
    code: str
    title: str
    measures: list[MeasureResult]
    average: float | None


class SectionResult(TypedDict):
    id: int
    code: str
    title: str
    weight: float
    goals: list[GoalResult]
    average: float | None


class Penalty(TypedDict):
    days_late: int
    fraction: float
    score_after: float


class PlanResult(DocumentRow):
    """`scoring.compute`: the document's tree and figures for one period."""

    sections: list[SectionResult]
    period: str
    period_label: str
    period_label_en: str
    average: float | None  # the plan's §7.5 percent (see domain/plan_scoring)
    score: float | None  # §7.5, 0–5: average × 0.05
    score_groups: str  # "plan" or "sections" (setting plans.score_groups)
    level_reading: str  # §7.1: "level" or "percent" (setting plans.level_reading)
    declared_average: float | None  # the average the imported table wrote for this period
    declared_differs: bool  # it disagrees with `average`
    deadline: str | None
    submitted_on: str | None
    penalty: Penalty | None  # §11.1
    review_status: str
    counts: dict[str, int]  # per level code, and not_due / not_reported / not_scored
    stalled: list[MeasureResult]
    broken: list[MeasureResult]
    measures_total: int
    due_total: int
    reported_total: int


class GoalAverage(TypedDict):
    code: str
    title: str
    average: float | None


class SectionAverage(TypedDict):
    code: str
    title: str
    average: float | None
    goals: list[GoalAverage]


class ScoreSummary(TypedDict):
    """The figures `plans score --json` prints for one document."""

    document_id: int
    title: str
    kind: str
    period: str
    average: float | None
    score: float | None
    score_groups: str
    declared_average: float | None
    declared_differs: bool
    penalty: Penalty | None
    deadline: str | None
    counts: dict[str, int]
    measures: int
    due: int
    reported: int
    stalled: list[str]  # measure numbers
    broken: list[str]
    review_status: str
    sections: list[SectionAverage]


class DocumentScore(TypedDict):
    document_id: int
    title: str
    average: float | None
    score: float | None


class PeriodSummary(TypedDict):
    """The period's figures across all plans of the year (the dashboard's numbers)."""

    period: str
    documents: int
    measures: int
    due: int
    reported: int
    not_reported: int
    stalled: int
    broken: int
    average: float | None
    score: float | None
    approved: int
    per_document: list[DocumentScore]


class ImportResult(DocumentRow):
    created: bool
    changed_measures: int
    period: str | None
