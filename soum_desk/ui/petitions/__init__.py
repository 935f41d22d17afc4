"""The petitions area: register, list, detail, figures and reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from soum_desk.ui.areas import AreaSpec


def _factory(state):  # noqa: ANN001, ANN202
    from soum_desk.ui.petitions.view import PetitionsView

    return PetitionsView(state)


AREA = AreaSpec("petitions", title=lambda: QCoreApplication.translate("areas", "Өргөдөл, гомдол"),
                factory=_factory, office_only=True)
