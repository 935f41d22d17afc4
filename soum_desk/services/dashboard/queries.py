"""The reads of the dashboard area (lists, counts, single records): the area's face for reads.

The functions live by topic in the package's modules; this module names them in one place.
"""

from __future__ import annotations

from soum_desk.services.dashboard.charts import (
    office_charts,
    province_ranking,
    province_submissions,
)
from soum_desk.services.dashboard.figures import last_opened, next_deadline, overdue_since, summary

__all__ = ["last_opened", "next_deadline", "office_charts", "overdue_since", "province_ranking", "province_submissions", "summary"]
