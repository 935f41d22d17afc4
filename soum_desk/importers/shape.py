"""The one shape every importer returns: the rows it read and the problems it found, located.

Importers are pure: they read a file and return a `ParsedFile`; they never open the database.
The area's service sorts the rows into new and already-imported ones (`ImportPreview` in
`services/core/importing.py`) and writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, Literal, TypeVar

Severity = Literal["error", "warning"]
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class RowProblem:
    """What is wrong and where: file, sheet, row and column, in Mongolian and English.

    An error means the row is not imported; a warning means it is imported as noted.
    """

    sheet: str
    row: int | None
    column: str
    mn: str
    en: str
    severity: Severity = "error"

    def where(self, lang: str = "mn") -> str:
        """«Хуудас1, мөр 5, «Огноо»» — the place as the clerk sees it in the workbook."""
        parts = [self.sheet] if self.sheet else []
        if self.row is not None:
            parts.append(f"row {self.row}" if lang == "en" else f"мөр {self.row}")
        if self.column:
            parts.append(f"«{self.column}»")
        return ", ".join(parts)

    def text(self, lang: str = "mn") -> str:
        message = self.en if lang == "en" else self.mn
        where = self.where(lang)
        return f"{where}: {message}" if where else message

    def __str__(self) -> str:
        return f"{self.where('mn')}: {self.mn} / {self.en}"

    def as_dict(self) -> dict[str, object]:
        return {"severity": self.severity, "where": self.where(), "sheet": self.sheet, "row": self.row,
                "column": self.column, "mn": self.mn, "en": self.en}


@dataclass
class ParsedFile(Generic[RowT]):
    """A whole file as read: its rows (each kind of importer has its own row type) and problems."""

    path: Path
    sheets: list[str] = field(default_factory=list)
    rows: list[RowT] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    sha256: str = ""

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == "warning"]


def unknown_column(sheet: str, header_row: int, title: object) -> RowProblem:
    """A renamed or extra column is not read: a warning at the header, so that nothing is lost unseen."""
    return RowProblem(sheet, header_row, str(title).strip()[:60],
                      "Энэ баганыг таньсангүй тул уншаагүй (гарчиг нь өөрчлөгдсөн бол засна уу).",
                      "This column is not one SoumDesk knows, so it was not read (if its title was changed, "
                      "correct it).", "warning")
