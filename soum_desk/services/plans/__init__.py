"""Plans (төлөвлөгөөний биелэлт): documents and their tree, progress, scoring, import, reports, bundle rows.

The area's face, as every area has it:
- `actions`: the writes (one transaction, one audit entry each); `queries`: the reads;
- `import_preview(ctx, path, ...)` → `PlanImportPreview`, then `import_commit(ctx, preview)`;
- `report_data(ctx, period, document_id=None, on=None)` → what `reports/plans_*` draw;
- `bundle_payload(ctx, period)` → the plans tables of the quarterly bundle;
- `rows`: the TypedDicts those return.
"""

from __future__ import annotations

from soum_desk.services.plans import actions, queries, rows
from soum_desk.services.plans.bundle_rows import bundle_payload
from soum_desk.services.plans.imports import PlanImportPreview, import_commit, import_preview
from soum_desk.services.plans.report import report_data

__all__ = ["PlanImportPreview", "actions", "bundle_payload", "import_commit", "import_preview", "queries",
           "report_data", "rows"]
