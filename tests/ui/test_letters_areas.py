"""The letters and archive areas register themselves and build from their AreaSpec."""

from __future__ import annotations

from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState


def test_area_specs(qtbot, clerk_ctx):
    from soum_desk.ui import areas
    from soum_desk.ui.archive.view import AREA as ARCHIVE
    from soum_desk.ui.letters.view import AREA as LETTERS

    assert "soum_desk.ui.letters.view" in areas.AREA_MODULES and "soum_desk.ui.archive.view" in areas.AREA_MODULES
    state = AppState(clerk_ctx, DataBus())
    for spec, title in ((LETTERS, "Албан бичиг"), (ARCHIVE, "Архив")):
        assert spec.title() == title and spec.office_only
        widget = spec.factory(state)
        qtbot.addWidget(widget)
    state.bus.changed("*")  # every view refreshes without error
