"""Petitions (өргөдөл, гомдол): register and follow-up, lists, figures, import, reports, bundle rows.

The area's face, as every area has it:
- `actions`: the writes (one transaction, one audit entry each); `queries`: lists and counts;
- `import_preview(ctx, path)` → `ImportPreview`, then `import_commit(ctx, preview)`;
- `report_data(ctx, period, as_of=None)` → what `reports/petitions_report` draws;
- `bundle_payload(ctx, period, include_personal=False)` → the petitions tables of the bundle;
- `stats`: the period figures (one pure rule set, `domain/petition_figures`); `rows`: the typed rows.
"""

from __future__ import annotations

from soum_desk.services.petitions import actions, queries, rows, stats
from soum_desk.services.petitions.imports import (
           PetitionImportPreview,
           import_commit,
           import_preview,
)
from soum_desk.services.petitions.report import report_data
from soum_desk.services.petitions.stats import bundle_payload

__all__ = ["PetitionImportPreview", "actions", "bundle_payload", "import_commit", "import_preview", "queries",
           "report_data", "rows", "stats"]
