"""The reads of the province area (lists, counts, single records): the area's face for reads.

The functions live by topic in the package's modules; this module names them in one place.
"""

from __future__ import annotations

from soum_desk.services.province.history import history
from soum_desk.services.province.imports import list_held, list_refusals
from soum_desk.services.province.registry import deadline, list_offices
from soum_desk.services.province.verify import verify_here
from soum_desk.services.province.views import consolidated, not_submitted, ranking_table

__all__ = ["consolidated", "deadline", "history", "list_held", "list_offices", "list_refusals", "not_submitted", "ranking_table", "verify_here"]
