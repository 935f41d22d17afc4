"""What every view gets: the service context (signed in), the data bus, the language."""

from __future__ import annotations

from dataclasses import dataclass

from soum_desk.services.core.context import AppContext
from soum_desk.ui.bus import DataBus


@dataclass
class AppState:
    ctx: AppContext
    bus: DataBus
    province_mode: bool = False

    @property
    def lang(self) -> str:
        return self.ctx.lang
