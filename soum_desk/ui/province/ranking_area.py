"""Registers the province's ranking area in the main window; the view and the province's services
are imported when the area is first shown (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soum_desk.ui.areas import AreaSpec


def _factory(state):  # noqa: ANN001, ANN202
    from soum_desk.ui.province.ranking_view import RankingView

    return RankingView(state)


AREA = AreaSpec("province_ranking", title=lambda: QCoreApplication.translate("areas", "Нэгтгэл ба эрэмбэ"),
                factory=_factory, province_only=True)
