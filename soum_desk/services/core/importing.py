"""The one preview every import shows before it writes: new rows, rows already imported, problems.

Each area's `import_preview(ctx, path, ...)` returns an `ImportPreview`; its
`import_commit(ctx, preview)` writes `preview.new` in one transaction with one audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from soum_desk.importers.shape import ParsedFile, RowProblem

RowT = TypeVar("RowT")


@dataclass
class ImportPreview(Generic[RowT]):
    parsed: ParsedFile[RowT]
    new: list[RowT] = field(default_factory=list)
    duplicates: list[RowT] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)  # the file's, then the service's checks
    counts: dict[str, int] = field(default_factory=dict)  # area-specific counts for the summary

    @property
    def path(self) -> Path:
        return self.parsed.path

    @property
    def sheets(self) -> list[str]:
        return self.parsed.sheets

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == "warning"]

    def summary(self) -> dict[str, object]:
        return {"file": str(self.parsed.path), "sheets": list(self.parsed.sheets), "new": len(self.new),
                "duplicates": len(self.duplicates), "errors": len(self.errors),
                "warnings": len(self.warnings), **self.counts}
