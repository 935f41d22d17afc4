"""The dashboard's figures as the UI and the CLI read them (`figures.summary`, `overdue_since`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NotRequired, TypedDict

if TYPE_CHECKING:  # importing the bundle package loads its export (issue 18: start-up)
    from soum_desk.services.bundle.changes import ChangedPeriod



class PlansTile(TypedDict):
    period: str
    period_label: str
    documents: int
    due: int
    reported: int
    approved: int
    average: float | None


class PetitionsTile(TypedDict):
    due_soon_days: int
    open: int
    due_soon: int
    overdue: int


class LettersTile(TypedDict):
    overdue: int


class DeadlineTile(TypedDict):
    period: str
    period_label: str
    date: str
    days: int


class LastExport(TypedDict):
    period: str
    sequence: int
    created_at: str


class BundleTile(TypedDict):
    last: LastExport | None
    owed_period: str
    owed_period_label: str
    owed: bool
    changed: list[ChangedPeriod]  # sent periods whose records changed since (a correction bundle is due)


class BackupTile(TypedDict):
    available: bool
    last: str | None
    age_hours: float | None
    warn_hours: int
    warn: bool
    failed: str | None  # why the last automatic backup failed (in the context's language), until one succeeds


class Summary(TypedDict):
    """Everything the dashboard tiles show."""

    today: str
    period: str
    period_label: str
    plans: PlansTile
    petitions: PetitionsTile
    letters: LettersTile
    deadline: DeadlineTile | None
    bundle: BundleTile
    backup: BackupTile


class OverdueRow(TypedDict):
    """An open petition or unanswered letter that fell overdue since the user was last here."""

    kind: str  # "petition" or "letter"
    id: int
    reg_no: str
    title: str | None
    due: str


class Series(TypedDict):
    name: tuple[str, str]  # (mn, en)
    values: Sequence[float | int | None]


class ChartData(TypedDict):
    """One chart's series, plain data for the app's charts and the PDF reports' chart pages."""

    title: tuple[str, str]  # (mn, en)
    categories: list[str]
    series: list[Series]
    categories_en: NotRequired[list[str]]
    percent: NotRequired[bool]
    stacked: NotRequired[bool]
    line: NotRequired[Series]


class SubmissionRow(TypedDict):
    """Per office: «on_time», «late» or «missing» and the late days, per period."""

    office_code: str
    name: str
    statuses: dict[str, str]
    late_days: dict[str, int]
