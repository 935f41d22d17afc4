"""The rows the province hands to the UI, the CLI, the report and the dashboard."""

from __future__ import annotations

from typing import TypedDict


class Figures(TypedDict, total=False):
    """An office's figures for a period, from its bundle (`BundleFigures`); None when absent."""

    plan_count: int | None
    plan_measures: int | None
    plan_average: float | None
    plan_score: float | None
    petitions_received: int | None
    petitions_on_time: int | None
    petitions_late: int | None
    petitions_pending: int | None
    petitions_overdue: int | None
    petitions_average_days: float | None
    letters_incoming: int | None
    letters_outgoing: int | None
    letters_reply_required: int | None
    letters_replied_on_time: int | None
    letters_overdue: int | None
    archive_permanent: int | None
    archive_70_years: int | None
    archive_temporary: int | None


class ConsolidatedRow(Figures):
    """One registered office for a period (`views.consolidated`), submitted or not."""

    office_code: str
    name: str
    kind: str
    period: str
    deadline: str
    submitted: bool
    late_days: int
    arrived_on: str | None  # the first valid bundle's arrival: lateness counts from it
    sequence: int | None  # the bundle whose figures are used: the latest valid one
    bundles: int  # valid bundles received (more than one: corrections were sent)
    missing_quarters: list[str]
    petitions_on_time_percent: float | None
    letters_on_time_percent: float | None


class RankingRow(TypedDict):
    """One office's line in the ranking (`views.ranking_table`)."""

    office_code: str
    name: str
    kind: str
    groups: dict[str, float | None]
    submitted: bool
    late_days: int
    score: float
    final: float
    rank: int | None
    penalty: float
    period: str
    deadline: str
    arrived_on: str | None
    unsatisfactory: bool  # §11.2: the final score is below the setting province.unsatisfactory_below
    previous_unsatisfactory: bool | None  # the same for the previous period (None: not ranked then)
    accountability: bool  # §11.2: two unsatisfactory results in a row
    accountability_record: AccountabilityRow | None
    prize: PrizeRow | None  # §10.3–10.6, a year's ranking only
    violations: list[ViolationRow]  # §11.3, those counted against the period's year
    monitoring: MonitoringRow | None  # §10.1, the period's year
    monitoring_state: str  # done | late | missing | pending (see domain/evaluation.monitoring_state)


class AccountabilityRow(TypedDict):
    """What the province recorded on a §11.2 flag (`accountability.record`)."""

    office_code: str
    period: str
    indicators_declined: bool
    forwarded_on: str | None
    note: str | None
    recorded_by: str
    recorded_at: str


class HistoryRow(TypedDict):
    """One bundle an office sent for a period, as the province received it (`history.history`)."""

    sequence: int | None
    created_at: str | None  # when the office made it (known for valid bundles)
    arrived_on: str
    verdict: str  # a verdict code (`bundle/verdict.Code`), or «rejected» (a held bundle the head refused)
    label_mn: str
    label_en: str
    reason_mn: str
    reason_en: str
    file_name: str
    used: bool  # the latest valid bundle: consolidation and ranking use its figures
    lateness_from: bool  # the first valid bundle: lateness counts from its arrival


class MonitoringRow(TypedDict):
    """§10.1: the progress monitoring of an office in a year (`monitoring.record`)."""

    office_code: str
    year: int
    monitored_on: str
    recommendations: str
    order_ref: str | None
    state: str  # done (by 30 September) | late
    recorded_by: str
    recorded_at: str


class ViolationRow(TypedDict):
    """§11.3: one violation recorded against an office for a year (`violations.record`)."""

    id: int
    office_code: str
    year: int
    found_on: str
    clause: str
    clause_mn: str
    clause_en: str
    description: str
    reference: str
    official: str | None
    recorded_by: str
    recorded_at: str


class PrizeRow(TypedDict):
    """§10.3–10.6: what an office is awarded for a year's place (or a special place)."""

    place: int | None  # None: a special place (§10.4)
    certificate_mn: str
    certificate_en: str
    amount: float  # million ₮
    head_percent: float | None  # §10.6, of one month's base salary


class ConfirmationRow(TypedDict):
    """§10.2: the governor's council's decision confirming a year's ranking."""

    period: str
    decided_on: str
    decision_number: str
    places: dict[str, int | None]  # office code → place when it was recorded
    changed: list[str]  # offices whose place differs now (a bundle came in after it)
    recorded_by: str
    recorded_at: str
