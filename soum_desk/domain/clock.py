"""Today, in one place: every "as of today" in the program asks here.

Tests fix the clock with `monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))`, so a
running quarter can be tested on any day the suite runs.
"""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()
