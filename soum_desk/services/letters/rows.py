"""The letters rows that cross layers (service → ui, cli, reports, bundle), typed.

TypedDicts: every consumer keeps reading them as dicts, and mypy checks the keys.
Dates are ISO strings (YYYY-MM-DD), as the services have always returned them.
"""

from __future__ import annotations

from typing import TypedDict


class LetterRow(TypedDict):
    """One letter of the register (`letter_dict`)."""

    id: int
    direction: str  # in | out
    year: int
    seq: int
    reg_no: str
    reg_date: str
    counterpart: str
    their_ref: str | None
    their_date: str | None
    subject: str
    pages: int | None
    case_file_id: int | None
    assignee: str | None
    reply_required: bool
    due_date: str | None
    answered_on: str | None
    status: str  # domain.letters STATUS_*
    days_overdue: int
    note: str | None


class LinkedLetter(TypedDict):
    """A letter that answers, or is answered by, another."""

    id: int
    reg_no: str
    reg_date: str
    counterpart: str
    subject: str


class LetterDetail(LetterRow):
    """One letter with its links and its case file's index (`get_letter`)."""

    linked: list[LinkedLetter]
    case_index: str | None


class PeriodFigures(TypedDict):
    """The figures of one period as of a day (`period_figures`); the keys in this order."""

    period: str
    start: str
    end: str
    as_of: str
    received: int
    reply_required: int
    answered_on_time: int
    answered_late: int
    open: int
    overdue: int
    sent: int
    resolution_percent: float | None


class PeriodSummary(PeriodFigures):
    """What the dashboard shows for a period (`period_summary`)."""

    overdue_now: int
    archive_received: dict[str, int]
    archive_held: dict[str, int]
