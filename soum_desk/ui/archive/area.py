"""Registers the archive area in the main window; the view (and the services behind it) is imported when
the area is first shown (issue 18: start-up imported every area's services)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soum_desk.ui.areas import AreaSpec


def _factory(state):  # noqa: ANN001, ANN202
    from soum_desk.ui.archive.view import ArchiveView

    return ArchiveView(state)


AREA = AreaSpec("archive", title=lambda: QCoreApplication.translate("areas", "Архив"), factory=_factory,
                office_only=True)
