"""The archive rows that cross layers (service → ui, cli, reports), typed.

TypedDicts: every consumer keeps reading them as dicts, and mypy checks the keys.
Dates are ISO strings (YYYY-MM-DD), as the services have always returned them.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict


class StorageUnitRow(TypedDict):
    """One storage unit (хадгаламжийн нэгж), `unit_dict`."""

    id: int
    archive_no: str
    case_file_id: int | None
    unit_id: int | None
    unit: str | None  # the office unit's name
    year: int
    title: str
    retention: str  # permanent | years70 | temporary
    retention_years: int | None
    retention_label: str
    retention_end: str
    sheets: int | None
    scheduled_on: str | None
    received_on: str | None
    status: str  # scheduled | received | transferred | destroyed
    act_id: int | None


class CaseFileRow(TypedDict):
    """One case file (хэрэг) of a file list, `case_dict`."""

    id: int
    file_list_id: int
    index_code: str
    title: str
    retention: str
    retention_years: int | None
    retention_label: str
    note: str | None


class ListedCaseFile(CaseFileRow):
    """A case file in its list, with how many storage units it made."""

    units: int


class FileListRow(TypedDict):
    """One file list (хөтлөх хэргийн нэрийн жагсаалт); `case_files` only from `get_file_list`."""

    id: int
    year: int
    unit_id: int
    unit: str
    approved_by: str | None
    approved_on: str | None
    cases: int
    case_files: NotRequired[list[ListedCaseFile]]


class InventoryRow(TypedDict):
    id: int
    started_on: str
    finished_on: str | None
    note: str | None


class InventoryItemRow(StorageUnitRow):
    """A storage unit on an inventory's checklist, with what was found."""

    item_id: int
    result: str | None  # found | missing | damaged, None = not checked yet
    item_note: str | None


class InventoryResult(InventoryRow):
    """The checklist and the counts by retention class × result ("unchecked" included)."""

    items: list[InventoryItemRow]
    counts: dict[str, dict[str, int]]


class ActRow(TypedDict):
    """A transfer or destruction act, `act_dict`."""

    id: int
    kind: str  # transfer | destruction
    act_no: str
    act_date: str
    recipient: str | None
    reason: str | None
    status: str  # draft | approved
    prepared_by: str | None
    approved_by: str | None
    approved_on: str | None
    attachment_id: int | None
    unit_ids: list[int]


class ActDetail(ActRow):
    units: list[StorageUnitRow]

