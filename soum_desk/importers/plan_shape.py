"""What a plan table is read into, and the words that mark its rows (sections, goals, signatures).

`plan_xlsx.read_plan` finds the table and its header; `plan_rows` reads the rows under it.
Both fill the shapes below; nothing here opens a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soum_desk.importers.shape import ParsedFile

SECTION_WORDS = ("НЭГ", "ХОЁР", "ГУРАВ", "ДӨРӨВ", "ТАВ", "ЗУРГАА", "ДОЛОО", "НАЙМ", "ЕС", "АРАВ")
_SECTION = re.compile(r"^(" + "|".join(SECTION_WORDS) + r")(?![А-ЯӨҮЁа-яөүё])[.\s]*(.*)$", re.S)
# The code keeps its separators and trailing dot as written: «Зорилт 1.2.» → «1.2.», «Зорилт 1-10» → «1-10».
_GOAL = re.compile(r"^Зорилт\s*([0-9]+(?:[.\-–][0-9]+)*\.?)?\s*(.*)$", re.S | re.I)
_STOP = ("ХЯНАСАН", "ТАЙЛАГНАСАН", "НЭГТГЭСЭН", "БИЕЛЭЛТИЙГ НЭГТГЭСЭН", "БАТЛАВ")
INFO_SHEET = "Мэдээлэл"
# the document kinds SoumDesk knows (services/plans/tree.KIND_SCALE gives each its scale)
PLAN_KINDS = ("annual_plan", "result_contract", "council_resolution", "ordinance", "governor_programme",
              "guidelines", "other")
TEXT_ROLES = ("text", "indicator", "baseline", "target_text", "timing_text", "narrative", "responsible")



@dataclass
class ParsedMeasure:
    row: int
    number: str
    text: str = ""
    indicator: str = ""
    baseline: str = ""
    target_text: str = ""
    timing_text: str = ""
    narrative: str = ""
    percent: float | None = None
    responsible: str = ""
    scale: str | None = None
    weight: float | None = None


@dataclass
class ParsedGoal:
    row: int
    code: str
    title: str
    measures: list[ParsedMeasure] = field(default_factory=list)


@dataclass
class ParsedSection:
    row: int
    code: str
    title: str
    goals: list[ParsedGoal] = field(default_factory=list)


@dataclass
class ParsedPlan(ParsedFile[ParsedMeasure]):
    """The plan as read: `rows` are its measures in document order, `sections` hold them as a tree,
    `problems` are located `RowProblem`s (an error skipped the row, a warning was imported as noted)."""

    sheet: str = ""
    title: str = ""
    year: int | None = None
    kind: str = "annual_plan"
    period: str | None = None
    act_number: str | None = None
    act_date: str | None = None
    declared_average: float | None = None
    declared_average_row: int | None = None  # the file's own «Хэрэгжилтийн дундаж хувь» row
    sections: list[ParsedSection] = field(default_factory=list)
    html_cells: int = 0
    columns: dict[str, str] = field(default_factory=dict)  # role → column letter

    @property
    def measures(self) -> list[ParsedMeasure]:
        return self.rows

    def collect_rows(self) -> None:
        """`rows` from the tree, once the rows under the header are read."""
        self.rows = [m for s in self.sections for g in s.goals for m in g.measures]
