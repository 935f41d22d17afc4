"""The province hub: registry of offices and keys, bundle import, consolidation and ranking.

The area's face: `actions` (import bundles, accept or reject held ones, register and revoke
office keys, set deadlines), `queries` (held bundles, refusals, offices, the consolidated
figures and the ranking), `report_data` (the consolidated report, drawn by
`reports/province_report`) and `rows` (the typed rows).
"""

from soum_desk.services.province import actions, queries, rows
from soum_desk.services.province.report import report_data

__all__ = ["actions", "queries", "report_data", "rows"]
