"""Every area of the main window, in the order the navigation list shows them.

An area module exposes `AREA = AreaSpec(...)` (see `soum_desk.ui.areas`); import it here and
add it to `AREAS`. The list is imported, not named by strings, so a renamed module fails at
import time (and PyInstaller follows it). Importing an area module is cheap: the heavy views
are built by the area's factory on first use (`MainWindow.area_view`).
"""

from __future__ import annotations

from soum_desk.ui import dashboard, petitions
from soum_desk.ui.admin import audit_view, backup_view
from soum_desk.ui.archive import area as archive_area
from soum_desk.ui.areas import AreaSpec
from soum_desk.ui.bundle import area as bundle_area
from soum_desk.ui.letters import area as letters_area
from soum_desk.ui.plans import area as plans_area
from soum_desk.ui.province import charts_area, import_area, offices_area, ranking_area

AREAS: list[AreaSpec] = [
    dashboard.AREA,
    import_area.AREA,
    ranking_area.AREA,
    charts_area.AREA,
    offices_area.AREA,
    plans_area.AREA,
    petitions.AREA,
    letters_area.AREA,
    archive_area.AREA,
    bundle_area.AREA,
    audit_view.AREA,
    backup_view.AREA,
]
