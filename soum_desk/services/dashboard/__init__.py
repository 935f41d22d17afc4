"""The dashboard's figures and the chart series.

The area's face: `queries` (the tiles' summary, the next deadline, what is overdue, the charts
of the office and of the province), `actions` (remember when the dashboard was last opened)
and `rows` (the typed rows). Every figure comes from the same service functions the reports use.
"""

from soum_desk.services.dashboard import actions, queries, rows

__all__ = ["actions", "queries", "rows"]
