"""The quarterly bundle at the office: approval, keys, export, verification.

The area's face: `actions` (approve or withdraw a period, export the signed bundle, create,
revoke and export keys, import the province's key), `queries` (approvals, exports, the next
sequence number, keys, verifying a bundle with the office's own keys) and `rows`. The tables
a bundle carries come from each area through `services/areas.AREAS`.
"""

from soum_desk.services.bundle import actions, queries, rows

__all__ = ["actions", "queries", "rows"]
