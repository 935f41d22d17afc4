"""Every write of the archive area (each one transaction, audited): the area's face for writes.

The functions live by topic in the package's modules; this module names them in one place.
"""

from __future__ import annotations

from soum_desk.services.archive.ops import (
    approve_act,
    finish_inventory,
    mark_items,
    propose_act,
    start_inventory,
)
from soum_desk.services.archive.records import (
    approve_file_list,
    create_file_list,
    remove_case_file,
    save_case_file,
)
from soum_desk.services.archive.units import add_unit, hand_over, receive_units

__all__ = ["add_unit", "approve_act", "approve_file_list", "create_file_list", "finish_inventory", "hand_over", "mark_items", "propose_act", "receive_units", "remove_case_file", "save_case_file", "start_inventory"]
