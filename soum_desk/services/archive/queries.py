"""The reads of the archive area (lists, counts, single records): the area's face for reads.

The functions live by topic in the package's modules; this module names them in one place.
"""

from __future__ import annotations

from soum_desk.services.archive.ops import get_act, inventory_result, list_acts, list_inventories
from soum_desk.services.archive.records import case_files_for_year, get_file_list, list_file_lists
from soum_desk.services.archive.units import count_units, counts_by_retention, list_units

__all__ = ["case_files_for_year", "count_units", "counts_by_retention", "get_act", "get_file_list", "inventory_result", "list_acts", "list_file_lists", "list_inventories", "list_units"]
