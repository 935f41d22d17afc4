"""Every write of the plans area, each one transaction with one audit entry (the area's face for writes).

The functions live by topic (`tree`: documents and their structure; `edit`: rename, move,
delete, copy; `progress`: entries, evaluation, review; `evidence`: scans); this module names
them in one place. The import writes through `imports.import_commit`.
"""

from __future__ import annotations

from soum_desk.services.plans.edit import copy_document, delete_item, move, rename, renumber
from soum_desk.services.plans.evidence import attach_evidence
from soum_desk.services.plans.progress import (
    approve,
    evaluate,
    mark_reviewed,
    record_progress,
    reopen,
    save_entry,
    set_submitted,
)
from soum_desk.services.plans.tree import (
    add_goal,
    add_measure,
    add_section,
    create_document,
    delete_document,
    update_document,
    update_measure,
)

__all__ = ["add_goal", "add_measure", "add_section", "approve", "attach_evidence", "copy_document",
           "create_document", "delete_document", "delete_item", "evaluate", "mark_reviewed", "move",
           "record_progress", "rename", "renumber", "reopen", "save_entry", "set_submitted", "update_document",
           "update_measure"]
