"""The one preview every import shows before it writes: new rows, rows already imported, problems.

Each area's `import_preview(ctx, path, ...)` returns an `ImportPreview`; its
`import_commit(ctx, preview)` writes `preview.new` in one transaction with one audit entry.
Rows that name a bag the office has not registered stay row errors, and are also kept in
`preview.waiting` with the names in `preview.missing`: the clerk may add those names with one
confirmation (`add_missing=True` at the commit), in the same transaction as the rows.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from sqlalchemy.exc import IntegrityError

from soum_desk.errors import UserError
from soum_desk.importers.grouping import ProblemGroup, group
from soum_desk.importers.shape import ParsedFile, RowProblem

RowT = TypeVar("RowT")

KIND_WORDS = {"bag": ("баг", "bag"), "unit": ("нэгж", "unit")}


@dataclass(frozen=True)
class MissingName:
    """A bag (or unit) the file names but the office has not registered, and how many rows wait for it."""

    kind: str  # a key of KIND_WORDS
    name: str
    rows: int

    def text(self, lang: str = "mn") -> str:
        """«3-р баг — 213 мөр», as the preview lists it."""
        return f"{self.name} — {self.rows} {'rows' if lang == 'en' else 'мөр'}"


def missing_names(kind: str, names: list[str]) -> list[MissingName]:
    """One entry per name (first seen first) with the number of rows that name it."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return [MissingName(kind, name, count) for name, count in counts.items()]


@dataclass
class ImportPreview(Generic[RowT]):
    parsed: ParsedFile[RowT]
    new: list[RowT] = field(default_factory=list)
    duplicates: list[RowT] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)  # the file's, then the service's checks
    counts: dict[str, int] = field(default_factory=dict)  # area-specific counts for the summary
    missing: list[MissingName] = field(default_factory=list)  # names to add before `waiting` can import
    waiting: list[RowT] = field(default_factory=list)  # good rows that only lack a name in `missing`

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

    def grouped(self) -> list[ProblemGroup]:
        """The problems with repeats told once (errors first), as the CLI and the dialogs list them."""
        return group(self.problems)

    def summary(self) -> dict[str, object]:
        extra: dict[str, object] = {"waiting": len(self.waiting),
                                    "missing": {m.name: m.rows for m in self.missing}} if self.missing else {}
        return {"file": str(self.parsed.path), "sheets": list(self.parsed.sheets), "new": len(self.new),
                "duplicates": len(self.duplicates), "errors": len(self.errors),
                "warnings": len(self.warnings), **self.counts, **extra}

    def missing_text(self, lang: str = "mn") -> str:
        """The names to add, grouped: «3-р баг — 213 мөр; 4-р баг — 12 мөр»."""
        return "; ".join(m.text(lang) for m in self.missing)


@contextlib.contextmanager
def written_as_previewed(file: str) -> Iterator[None]:
    """A commit the database refuses (a number taken since the preview, e.g. by an import at the same time)
    ends as a message, never a traceback printing the rows; the transaction has rolled back."""
    try:
        yield
    except IntegrityError:
        raise UserError("Урьдчилан харснаас хойш бүртгэл өөрчлөгдсөн (өөр импорт эсвэл бүртгэл зэрэг хийгдсэн байж "
                        "магадгүй); юу ч бичээгүй. Файлыг дахин урьдчилан хараад оруулна уу.",
                        "The register changed after the preview (perhaps another import or entry at the same "
                        "time); nothing was written. Preview the file again and import it.", where=file) from None


_pauses = 0
_pause_lock = threading.Lock()
_collecting = True


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector held while an import reads or writes a whole file.

    Each of 20,000 rows leaves a few containers alive, so the collector's full passes kept walking
    every row read so far: ~0.12 s of CPU in a 20,000-row preview. The rows hold no reference
    cycles; the collector runs again when the last import using this ends (it may run on the
    interface's worker thread while another starts)."""
    global _pauses, _collecting
    with _pause_lock:
        if _pauses == 0:
            _collecting = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _collecting:
                gc.enable()
