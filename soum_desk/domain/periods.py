"""Reporting periods: quarters, half years, years.

Written as `2024Q4`, `2024H1`, `2024` (the CLI's `--period`). Mongolian labels
use Roman quarter numerals as the offices do: «2024 оны IV улирал».
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from soum_desk.errors import ValidationError

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_PATTERN = re.compile(r"^\s*(\d{4})\s*(?:([QqHh])\s*([1-4]))?\s*$")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: str  # "Q", "H" or "Y"
    number: int = 1  # quarter 1–4, half 1–2, 1 for a year

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PATTERN.match(text or "")
        if not match:
            raise ValidationError(
                f"Тайлант үе буруу: «{text}». Жишээ: 2024Q4, 2024H1, 2024.",
                f"Invalid period «{text}». Examples: 2024Q4, 2024H1, 2024.", where="--period")
        year, kind, number = int(match.group(1)), (match.group(2) or "Y").upper(), int(match.group(3) or 1)
        if kind == "H" and number > 2:
            raise ValidationError(f"Хагас жил 1 эсвэл 2 байна: «{text}».",
                                  f"A half year is 1 or 2: «{text}».", where="--period")
        return cls(year, kind, number)

    @classmethod
    def containing(cls, day: date, kind: str = "Q") -> Period:
        quarter = (day.month - 1) // 3 + 1
        if kind == "Q":
            return cls(day.year, "Q", quarter)
        if kind == "H":
            return cls(day.year, "H", 1 if quarter <= 2 else 2)
        return cls(day.year, "Y", 1)

    @property
    def code(self) -> str:
        return str(self.year) if self.kind == "Y" else f"{self.year}{self.kind}{self.number}"

    def __str__(self) -> str:
        return self.code

    @property
    def quarters(self) -> tuple[int, ...]:
        """The quarters (1–4) this period covers."""
        if self.kind == "Q":
            return (self.number,)
        if self.kind == "H":
            return (1, 2) if self.number == 1 else (3, 4)
        return (1, 2, 3, 4)

    @property
    def start(self) -> date:
        return date(self.year, (self.quarters[0] - 1) * 3 + 1, 1)

    @property
    def end(self) -> date:
        """The last day of the period (inclusive)."""
        last_month = self.quarters[-1] * 3
        if last_month == 12:
            return date(self.year, 12, 31)
        return date(self.year, last_month + 1, 1) - timedelta(days=1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def previous(self) -> Period:
        if self.kind == "Q":
            return Period(self.year - 1, "Q", 4) if self.number == 1 else Period(self.year, "Q", self.number - 1)
        if self.kind == "H":
            return Period(self.year - 1, "H", 2) if self.number == 1 else Period(self.year, "H", 1)
        return Period(self.year - 1, "Y", 1)

    def next(self) -> Period:
        if self.kind == "Q":
            return Period(self.year + 1, "Q", 1) if self.number == 4 else Period(self.year, "Q", self.number + 1)
        if self.kind == "H":
            return Period(self.year + 1, "H", 1) if self.number == 2 else Period(self.year, "H", 2)
        return Period(self.year + 1, "Y", 1)

    def label(self, lang: str = "mn") -> str:
        if lang == "en":
            return {"Q": f"Q{self.number} {self.year}", "H": f"H{self.number} {self.year}",
                    "Y": f"year {self.year}"}[self.kind]
        if self.kind == "Q":
            return f"{self.year} оны {ROMAN[self.number]} улирал"
        if self.kind == "H":
            return f"{self.year} оны {ROMAN[self.number]} хагас жил"
        return f"{self.year} он"


def default_as_of(period: Period, today: date) -> date:
    """The day a period's figures are counted on when no «as of» date is given: its last day once it
    has ended, today while it runs (never a day in the future), its first day before it starts."""
    return min(period.end, max(today, period.start))


def is_running(period: Period, today: date) -> bool:
    """The period has started and its last day has not passed: its figures are not final."""
    return period.start <= today <= period.end


def running_note(period: Period, as_of: date, lang: str = "mn") -> str:
    """The line a report prints under its title: the «as of» day, and that the period still runs."""
    day = f"{as_of:%Y.%m.%d}"
    if as_of < period.end:
        return (f"As of {day} (the period is still running; figures are not final)" if lang == "en"
                else f"{day}-ны байдлаар (тайлант үе дуусаагүй; тоо эцсийн биш)")
    return f"As of {day}" if lang == "en" else f"{day}-ны байдлаар"
