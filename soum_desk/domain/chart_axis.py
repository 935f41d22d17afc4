"""An honest value axis: round tick steps (1, 2 or 5 times a power of ten) that the labels show
exactly, so a 4,26 bar is read against 0, 1, 2, 3, 4, 5 — not 0, 1, 2, 3, 5 (ticks at 1,25 steps
printed as whole numbers)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

MAX_INTERVALS = 6  # more than this and the labels crowd a small chart


@dataclass(frozen=True)
class Axis:
    top: float
    ticks: int  # tick marks including 0 and `top`
    decimals: int  # digits after the decimal comma every tick label needs

    @property
    def step(self) -> float:
        return self.top / (self.ticks - 1)


def nice_axis(values: Iterable[float | None]) -> Axis:
    """The smallest round axis from 0 that holds every value (an empty chart: 0 to 1)."""
    top = max((float(v) for v in values if v is not None), default=0.0)
    if top <= 0:
        return Axis(1.0, 2, 0)
    magnitude = 10.0 ** math.floor(math.log10(top / MAX_INTERVALS))
    for multiple in (1, 2, 5, 10):
        step = multiple * magnitude
        if top / step <= MAX_INTERVALS + 1e-9:
            break
    intervals = max(1, math.ceil(top / step - 1e-9))
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    return Axis(round(intervals * step, decimals), intervals + 1, decimals)
