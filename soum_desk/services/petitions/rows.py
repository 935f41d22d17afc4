"""The rows the petitions services hand to the UI, the CLI and the reports (typed, still plain dicts)."""

from __future__ import annotations

from typing import TypedDict


class PetitionRow(TypedDict):
    """A petition without personal data: what every role may see (lists, detail, report)."""

    id: int
    reg_no: str
    year: int
    received_at: str
    received: str
    channel: str
    channel_label: str
    kind: str
    kind_label: str
    source: str
    source_label: str
    source_ref: str | None
    topic: str | None
    bag: str | None
    summary: str
    official: str | None
    official_user_id: int | None
    status: str
    status_label: str
    period_days: int
    extension_days: int
    extension_reason: str | None
    extended_by: str | None
    due: str
    resolved_on: str | None
    resolution: str | None
    answer_method: str | None
    answer_label: str
    forwarded_to: str | None
    anonymous: bool
    deadline_state: str


class PersonalRow(TypedDict):
    """The petitioner's personal data (only for roles with the personal-data right, audited)."""

    name: str | None
    register_no: str | None
    phone: str | None
    address: str | None
    bag: str | None


class PetitionDetail(PetitionRow):
    """One petition as `actions.show` gives it: `petitioner` is None without the personal-data right."""

    petitioner: PersonalRow | None


class Counts(TypedDict):
    """One line of the figures: counted by DOMAIN.md's rules (domain/petition_figures)."""

    received: int
    resolved_on_time: int
    resolved_late: int
    resolved: int
    pending: int
    overdue: int
    on_time_percent: float | None
    average_days: float | None


class PeriodSummary(Counts):
    """The dashboard's headline numbers of a period, counted as of today while it runs."""

    period: str
    period_label: str
    as_of: str
    open_overdue_now: int
