"""What every report form shares: the header, columns, row kinds and signature blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class RowKind(StrEnum):
    """How a table row is drawn: section and goal rows are bold headers across the table."""

    DATA = "data"
    SECTION = "section"
    GOAL = "goal"
    TOTAL = "total"


@dataclass(frozen=True)
class Column:
    title: str
    width_mm: float  # PDF width; the XLSX width is derived from it
    align: str = "left"  # left | right | center
    wrap: bool = True


@dataclass
class TableRow:
    cells: list
    kind: RowKind = RowKind.DATA


@dataclass(frozen=True)
class Signature:
    """One signature block: «ХЯНАСАН: <position> <name>»."""

    label: str  # ХЯНАСАН / ТАЙЛАГНАСАН / БИЕЛЭЛТИЙГ НЭГТГЭСЭН
    position: str
    name: str


@dataclass
class ReportHeader:
    office_name: str
    title: str
    report_date: date
    place: str
    subtitle: str = ""
    extra_lines: list[str] = field(default_factory=list)


SIGNATURE_LABELS = {
    "reviewed": ("ХЯНАСАН", "REVIEWED BY"),
    "reported": ("ТАЙЛАГНАСАН", "REPORTED BY"),
    "compiled": ("БИЕЛЭЛТИЙГ НЭГТГЭСЭН", "COMPILED BY"),  # seed 001's words
    "approved": ("БАТЛАВ", "APPROVED BY"),
    "prepared": ("ҮЙЛДСЭН", "PREPARED BY"),
}
