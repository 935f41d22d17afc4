"""Every read of the plans area (the area's face for lists, gets and figures).

The functions live by topic (`tree`, `progress`, `evidence`, `scoring`); this module names
them in one place. Rows are the TypedDicts of `rows`.
"""

from __future__ import annotations

from soum_desk.services.plans.evidence import list_evidence
from soum_desk.services.plans.progress import get_progress, get_review
from soum_desk.services.plans.scoring import (
           compute,
           entry_rows,
           flat_measures,
           period_summary,
           scores,
)
from soum_desk.services.plans.tree import list_documents, tree

__all__ = ["compute", "entry_rows", "flat_measures", "get_progress", "get_review", "list_documents",
           "list_evidence", "period_summary", "scores", "tree"]
