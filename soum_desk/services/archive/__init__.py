"""Archive (архив): file lists, storage units, inventories and transfer / destruction acts.

The area's public face: `actions` (the writes) and `queries` (the reads), named in one place;
by topic: `records` (file lists and their case files), `units` (storage
units: add, schedule, receive, list, count), `ops` (inventories and acts; an act leaves the
archive only when the head approves it), `report_data` (file list, counts, inventory
result, act) and the typed rows.
"""

from soum_desk.services.archive import actions, ops, queries, records, units
from soum_desk.services.archive.report import report_data
from soum_desk.services.archive.rows import (
    ActDetail,
    ActRow,
    CaseFileRow,
    FileListRow,
    InventoryItemRow,
    InventoryResult,
    InventoryRow,
    ListedCaseFile,
    StorageUnitRow,
)

__all__ = ["ActDetail", "ActRow", "CaseFileRow", "FileListRow", "InventoryItemRow", "InventoryResult",
           "InventoryRow", "ListedCaseFile", "StorageUnitRow", "actions", "ops", "queries", "records", "report_data",
           "units"]
