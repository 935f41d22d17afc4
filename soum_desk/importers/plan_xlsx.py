"""Reading a plan table from XLSX in the layout offices already use (seed 001).

The header row is found by its Mongolian column names, anywhere in the first 40
rows; section rows (НЭГ, ХОЁР…) and goal rows (Зорилт 1.1…) are recognised by
their text; a row without a number continues the measure above it (cells merged
or split across rows); leftover HTML is stripped; percents may be «88,2», «100
хувь», blank or text. Nothing is written here: the result is a `ParsedPlan` (the
importers' `ParsedFile` with the plan's tree) with every problem a `RowProblem` naming
sheet, row and column, for a preview.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from soum_desk.domain.periods import ROMAN
from soum_desk.errors import ValidationError
from soum_desk.importers.plan_cells import cell_text, clean_html, normalise, role_for
from soum_desk.importers.plan_info import read_info
from soum_desk.importers.plan_rows import parse_rows
from soum_desk.importers.plan_shape import (
    INFO_SHEET,
    SECTION_WORDS,
    ParsedGoal,
    ParsedMeasure,
    ParsedPlan,
    ParsedSection,
)
from soum_desk.importers.safe_workbook import Workbook, open_workbook, rows
from soum_desk.importers.shape import RowProblem

if TYPE_CHECKING:  # openpyxl is imported with the first plan file, not at start-up (issue 18)
    from openpyxl.worksheet.worksheet import Worksheet

# the shapes are part of this module's face: callers import them with `read_plan`
__all__ = ["INFO_SHEET", "SECTION_WORDS", "ParsedGoal", "ParsedMeasure", "ParsedPlan", "ParsedSection",
           "find_header", "read_plan", "read_title", "title_kind", "title_period", "title_year"]


def title_year(title: str) -> int | None:
    match = re.search(r"(20\d{2})\s*(?:ОН|он|оны|ОНЫ)", title) or re.search(r"\b(20\d{2})\b", title)
    return int(match.group(1)) if match else None


def title_period(title: str, year: int | None) -> str | None:
    if year is None:
        return None
    upper = title.upper()
    if "ЖИЛИЙН ЭЦСИЙН" in upper or "ЖИЛИЙН ТАЙЛАН" in upper or "БҮТЭН ЖИЛ" in upper:
        return str(year)
    if "ХАГАС ЖИЛ" in upper:
        return f"{year}H1"
    match = re.search(r"\b(IV|III|II|I)\s+УЛИР", upper)
    if match:
        quarter = {v: k for k, v in ROMAN.items()}[match.group(1)]
        return f"{year}Q{quarter}"
    return None


def title_kind(title: str) -> str:
    upper = title.upper()
    for words, kind in ((("ҮР ДҮНГИЙН ГЭРЭЭ",), "result_contract"), (("ХӨТӨЛБӨР",), "governor_programme"),
                        (("ҮНДСЭН ЧИГЛЭЛ",), "guidelines"), (("ТОГТООЛ",), "council_resolution"),
                        (("ЗАХИРАМЖ",), "ordinance")):
        if any(w in upper for w in words):
            return kind
    return "annual_plan"


def find_header(ws: Worksheet, where: str, max_rows: int = 40) -> tuple[int, dict[int, str]] | None:
    """(row, {column index: role}) of the first row naming at least four known columns incl. the measure."""
    for r, values in enumerate(rows(ws, where, max_row=max_rows), start=1):
        roles: dict[int, str] = {}
        for c, value in enumerate(values, start=1):
            text = clean_html(cell_text(value))[0]
            role = role_for(text) if text and len(text) < 200 else None
            if role and role not in roles.values():
                roles[c] = role
        if len(roles) >= 4 and "measure" in roles.values():
            return r, roles
    return None


def read_plan(path: str | Path, *, year: int | None = None, sheet: str | None = None,
              progress: Callable[[int, int], bool] | None = None) -> ParsedPlan:
    """Parse the plan table; raise ValidationError only when no table can be found at all."""

    path = Path(path)
    with open_workbook(path) as wb:
        return _read_plan(wb, path, year, sheet, progress)


def _read_plan(wb: Workbook, path: Path, year: int | None, sheet: str | None,
               progress: Callable[[int, int], bool] | None) -> ParsedPlan:
    sheets = [wb[sheet]] if sheet and sheet in wb.sheetnames else [wb[n] for n in wb.sheetnames if n != INFO_SHEET]
    found = None
    for ws in sheets:
        header = find_header(ws, path.name)
        if header:
            found = (ws, *header)
            break
    if found is None:
        raise ValidationError(
            "Төлөвлөгөөний хүснэгтийн толгой мөр олдсонгүй (№, арга хэмжээ, шалгуур үзүүлэлт, хугацаа… эхний 40 мөрийн "
            "нэгэнд; нэгтгэсэн нүдийг салгана уу).",
            "No plan table header row was found (№, measure, indicator, timing… in Mongolian, on one row "
            "among the first 40; unmerge header cells).",
            where=f"{path.name}")
    ws, header_row, roles = found
    titles = _header_titles(ws, header_row, path.name)
    if "narrative" in roles.values() and "percent" not in roles.values():
        raise ValidationError(
            f"«Хувь» багана олдсонгүй: толгой мөр {header_row}-д {_listed(titles)} байна. Хэрэгжилтийн хувийг "
            "оруулахын тулд «Хувь» гарчигтай багана хэрэгтэй (хоосон байж болно); гарчгийг засаад дахин оруулна уу.",
            f"No «Хувь» (percent) column: the header on row {header_row} has {_listed(titles)}. A column titled "
            "«Хувь» is needed to import the percents (it may be blank); correct the title and import again.",
            where=f"{path.name}, {ws.title}, мөр/row {header_row}")
    plan = ParsedPlan(path=path, sheets=[ws.title], sheet=ws.title, sha256=hashlib.sha256(wb.data).hexdigest())
    from openpyxl.utils import get_column_letter

    plan.columns = {role: get_column_letter(c) for c, role in roles.items()}
    for col, title in titles.items():
        if col not in roles:  # a renamed or extra column: its cells are not read, and the preview says so
            plan.problems.append(RowProblem(
                ws.title, header_row, get_column_letter(col),
                f"«{title}» баганыг таньсангүй тул уншаагүй (танигдах гарчиг: №, арга хэмжээ, шалгуур үзүүлэлт, суурь "
                "түвшин, зорилтот түвшин, хугацаа, хэрэгжилт, хувь, хариуцах, аргачлал, жин).",
                f"The column «{title}» is not one SoumDesk knows, so it was not read (known titles, in Mongolian: "
                "№, measure, indicator, baseline, target, timing, implementation, percent, responsible, scale, "
                "weight).", "warning"))
    plan.title = read_title(ws, header_row, path.name)
    read_info(wb, plan)
    plan.year = year or plan.year or title_year(plan.title)
    if plan.year is None:
        raise ValidationError("Төлөвлөгөөний он гарчигт алга. --year-ээр өгнө үү.",
                              "The plan year is not in the title; give it with --year.", where=path.name)
    plan.period = plan.period or title_period(plan.title, plan.year)
    if plan.kind == "annual_plan":
        plan.kind = title_kind(plan.title)
    parse_rows(ws, header_row, roles, plan, progress)
    return plan


def _header_titles(ws: Worksheet, header_row: int, where: str) -> dict[int, str]:
    """Column index → the header cell's text, for the messages about columns."""
    for values in rows(ws, where, min_row=header_row, max_row=header_row):
        return {c: text[:60] for c, value in enumerate(values, start=1)
                if (text := clean_html(cell_text(value))[0].strip())}
    return {}


def _listed(titles: dict[int, str]) -> str:
    return ", ".join(f"«{t}»" for t in titles.values()) or "–"


def read_title(ws: Worksheet, header_row: int, where: str) -> str:
    """The single-text rows above the header, up to the date row (the place comes after the date)."""
    lines = []
    for values in rows(ws, where, max_row=header_row - 1) if header_row > 1 else ():
        texts = [clean_html(cell_text(v))[0].strip("* ") for v in values if cell_text(v)]
        texts = [t for t in texts if t]
        if texts and re.match(r"^\d{4}[.\-]\d{2}[.\-]\d{2}$", texts[0]):
            break
        if len(texts) == 1 and not normalise(texts[0]).startswith("тайлантүе"):
            lines.append(texts[0])
    return re.sub(r"\s+", " ", " ".join(lines)).strip()
