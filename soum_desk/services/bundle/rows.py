"""The bundle's rows as the UI, the CLI and the dashboard read them."""

from __future__ import annotations

from typing import TypedDict


class ApprovalRow(TypedDict):
    """The head's approval of a period for export."""

    period: str
    approved_by: str
    approved_at: str
    note: str | None


class ApprovalResult(ApprovalRow):
    plans_approved: list[int]  # the plan ids whose period report was approved with it


class ExportRow(TypedDict):
    """One exported (or reserved, or interrupted) bundle."""

    sequence: int
    period: str
    digest: str
    previous_digest: str
    key_id: str
    file_name: str
    size_bytes: int
    personal_data: bool
    exported_by: str
    created_at: str
    state: str  # export.WRITING, DONE or INTERRUPTED


class ExportResult(ExportRow):
    """What `export_bundle` returns: the export, where it was written, rows per table."""

    path: str
    tables: dict[str, int]


class Unfinished(TypedDict):
    """What is still open in a period the head is about to approve (issue 15)."""

    period: str
    running: bool  # the period's last day has not passed
    ends: str
    measures_without_entry: int
    open_petitions: int
    open_letters: int
