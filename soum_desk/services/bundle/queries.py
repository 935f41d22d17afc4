"""The reads of the bundle area (lists, counts, single records): the area's face for reads.

The functions live by topic in the package's modules; this module names them in one place.
"""

from __future__ import annotations

from soum_desk.services.bundle.changes import changed_since_sent
from soum_desk.services.bundle.export import list_approvals, list_exports, next_sequence
from soum_desk.services.bundle.keys import active_key, list_keys, public_key_document
from soum_desk.services.bundle.verify import verify_at_office

__all__ = ["active_key", "changed_since_sent", "list_approvals", "list_exports", "list_keys", "next_sequence", "public_key_document", "verify_at_office"]
