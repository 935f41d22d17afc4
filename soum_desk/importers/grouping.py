"""Repeated problems told once: «Баг»: «3-р баг» баг бүртгэлгүй — 213 мөр (мөр 2–214).

A file with one missing bag or one shifted column gives the same message on hundreds of
rows; the clerk needs it once, with how many rows and which, and the fix. Problems are
grouped by sheet, column, severity and message; the rows are listed as ranges.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from soum_desk.importers.shape import RowProblem, Severity

MAX_RANGES = 8  # «мөр 2–5, 9, 12–40, … » — past this many ranges the rest is «…»


@dataclass(frozen=True)
class ProblemGroup:
    """One message and every row it was found on (one row: exactly the problem as found)."""

    sheet: str
    column: str
    mn: str
    en: str
    severity: Severity
    rows: tuple[int, ...]

    @property
    def count(self) -> int:
        return max(1, len(self.rows))

    def where(self, lang: str = "mn") -> str:
        parts = [self.sheet] if self.sheet else []
        if len(self.rows) == 1:
            parts.append(f"row {self.rows[0]}" if lang == "en" else f"мөр {self.rows[0]}")
        if self.column:
            parts.append(f"«{self.column}»")
        return ", ".join(parts)

    def text(self, lang: str = "mn") -> str:
        message = self.en if lang == "en" else self.mn
        where = self.where(lang)
        head = f"{where}: {message}" if where else message
        if len(self.rows) <= 1:
            return head
        label = "rows" if lang == "en" else "мөр"
        return f"{head} — {len(self.rows)} {label} ({label} {row_ranges(self.rows)})"

    def __str__(self) -> str:
        return f"{self.text('mn')} / {self.text('en')}"


def row_ranges(rows: Iterable[int]) -> str:
    """2, 3, 4, 7, 9, 10 → «2–4, 7, 9–10»; more than MAX_RANGES ranges end in «…»."""
    ranges: list[list[int]] = []
    for row in sorted(set(rows)):
        if ranges and row == ranges[-1][1] + 1:
            ranges[-1][1] = row
        else:
            ranges.append([row, row])
    shown = [f"{a}–{b}" if a != b else str(a) for a, b in ranges[:MAX_RANGES]]
    return ", ".join(shown) + (", …" if len(ranges) > MAX_RANGES else "")


def group(problems: Iterable[RowProblem]) -> list[ProblemGroup]:
    """Errors first, then warnings; each group where its first row is, in the file's order."""
    found: dict[tuple[str, str, str, str, str], list[int]] = {}
    firsts: dict[tuple[str, str, str, str, str], int] = {}
    for p in problems:
        key = (p.severity, p.sheet, p.column, p.mn, p.en)
        rows = found.setdefault(key, [])
        if p.row is not None:
            rows.append(p.row)
        firsts.setdefault(key, p.row or 0)
    ordered = sorted(found, key=lambda k: (k[0] != "error", k[1], firsts[k]))
    return [ProblemGroup(sheet=k[1], column=k[2], mn=k[3], en=k[4], severity=k[0],  # type: ignore[arg-type]
                         rows=tuple(found[k])) for k in ordered]
