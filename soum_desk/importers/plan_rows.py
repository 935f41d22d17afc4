"""The rows under a plan table's header: sections, goals, measures and continuation rows."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from soum_desk.domain.formatting import parse_number
from soum_desk.importers.plan_cells import (
    cell_text,
    clean_html,
    column_letter,
    field_for,
    normalise,
    percent_cell,
)
from soum_desk.importers.plan_checks import check
from soum_desk.importers.plan_shape import (
    _GOAL,
    _SECTION,
    _STOP,
    ParsedGoal,
    ParsedMeasure,
    ParsedPlan,
    ParsedSection,
)
from soum_desk.importers.safe_workbook import (
    MAX_ROW_ERRORS,
    excel_error,
    rows,
    too_many_errors,
)
from soum_desk.importers.shape import RowProblem, Severity

if TYPE_CHECKING:  # openpyxl is imported with the first plan file, not at start-up (issue 18)
    from openpyxl.worksheet.worksheet import Worksheet

_NUMBER = re.compile(r"^\d+(?:[.\-]\d+)*\.?$")
GOAL_CODE_LENGTH = 30  # PlanGoal.code


def _is_stop(text: str) -> bool:
    """A signature label: «ХЯНАСАН: …» in capitals, or the word alone («Хянасан:»)."""
    key = normalise(text)
    return any(text.strip().startswith(stop) or key == normalise(stop) for stop in _STOP)


def _is_upper_heading(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters)


def parse_rows(ws: Worksheet, header_row: int, roles: dict[int, str], plan: ParsedPlan,
               progress: Callable[[int, int], bool] | None = None) -> None:
    cols = {role: col for col, role in roles.items()}
    number_col = cols.get("number")
    section: ParsedSection | None = None
    goal: ParsedGoal | None = None
    current: ParsedMeasure | None = None
    total = max(1, (ws.max_row or 0) - header_row)  # the declared size, for the progress bar only

    def problem(severity: Severity, r: int, col: int | None, mn: str, en: str) -> None:
        plan.problems.append(RowProblem(ws.title, r, column_letter(col) if col else "", mn, en, severity))
        if len(plan.problems) > MAX_ROW_ERRORS:
            raise too_many_errors(f"{plan.path.name}, {ws.title}, мөр/row {r}", MAX_ROW_ERRORS)

    def ensure_goal(r: int) -> ParsedGoal:
        nonlocal section, goal
        if section is None:
            section = ParsedSection(r, "", "")
            plan.sections.append(section)
        if goal is None:
            goal = ParsedGoal(r, "", "")
            section.goals.append(goal)
        return goal

    for r, cells in enumerate(rows(ws, plan.path.name, min_row=header_row + 1, values_only=False),
                             start=header_row + 1):
        if progress is not None and (r - header_row) % 200 == 0 and not progress(r - header_row, total):
            raise InterruptedError("import cancelled")
        texts: dict[int, str] = {}
        for col, cell in enumerate(cells, start=1):
            if isinstance(cell.value, bool):  # TRUE/FALSE means nothing in a plan table
                problem("warning", r, col, "TRUE/FALSE утгыг хоосон гэж уншлаа.", "A TRUE/FALSE value was read as blank.")
                continue
            if error := excel_error(cell.value):
                problem("warning", r, col, f"Excel-ийн алдаа {error} (томьёо эвдэрсэн); хоосон гэж уншлаа.",
                        f"The Excel error {error} (a broken formula); read as blank.")
                continue
            raw = cell_text(cell.value)
            if not raw:
                continue
            cleaned, changed = clean_html(raw)
            plan.html_cells += changed
            if cleaned:
                texts[col] = cleaned
        if not texts:
            continue
        values = list(texts.values())
        first = values[0]
        number = texts.get(number_col) if number_col else None
        numbered = number is not None and _NUMBER.match(number) is not None
        if not numbered and any(_is_stop(v) for v in values[:2]):
            break  # the signature blocks (a measure may well start with «Нэгтгэсэн …»)
        if not numbered and "дундаж" in first.lower() and not _GOAL.match(first) and not _SECTION.match(first):
            parsed = [parse_number(v.lower().replace("хувь", "")) for v in values[1:]]
            numbers = [float(n) for n in parsed if n is not None]
            plan.declared_average = numbers[-1] if numbers else None
            plan.declared_average_row = r
            break
        if number is not None and not _NUMBER.match(number) and len(texts) <= 2:
            number = None  # a heading written in the № column
        if number is None and len(texts) <= 2:
            goal_match, section_match = _GOAL.match(first), _SECTION.match(first)
            if goal_match:
                if section is None:
                    section = ParsedSection(r, "", "")
                    plan.sections.append(section)
                code = goal_match.group(1) or ""  # kept as written (issue 16): «1.2.», «1-10»
                if len(code) > GOAL_CODE_LENGTH:  # the database keeps 30 characters; a goal is «1.1», «2.3.1»
                    problem("warning", r, None, f"Зорилтын дугаар хэт урт ({len(code)} тэмдэгт); дугааргүй гэж уншлаа.",
                            f"The goal number is too long ({len(code)} characters); it was read without a number.")
                    code = ""
                goal = ParsedGoal(r, code, goal_match.group(2).lstrip(" .").strip() or first)
                section.goals.append(goal)
                current = None
                continue
            if section_match or (len(texts) == 1 and _is_upper_heading(first)):
                code, title = (section_match.group(1), section_match.group(2).strip()) if section_match \
                    else ("", first)
                section, goal, current = ParsedSection(r, code, title or first), None, None
                plan.sections.append(section)
                continue
        if number is None and number_col is not None and current is not None:
            _continue_measure(current, texts, cells, r, roles, cols, problem)
            continue
        if number is None and number_col is not None:
            problem("warning", r, number_col, "Дугааргүй мөрийг арга хэмжээ гэж уншлаа.",
                    "A row without a number was read as a measure.")
        measure = ParsedMeasure(row=r, number=re.sub(r"[.\s]+$", "", number or ""))
        for col, text in texts.items():
            role = roles.get(col, "")
            name = field_for(role)
            if name:
                setattr(measure, name, text)
            elif role == "percent":
                measure.percent = _percent(cells[col - 1], r, col, problem)
            elif role == "scale":
                measure.scale = "law" if ("7.2" in text or "хууль" in text.lower()) else \
                    "policy" if ("7.1" in text or "бодлог" in text.lower()) else None
                if measure.scale is None:
                    problem("warning", r, col, f"Аргачлал танигдсангүй: «{text}».", f"Unknown scale «{text}».")
            elif role == "weight":
                weight = parse_number(text)
                if weight is None or not weight.is_finite() or weight < 0:  # «NaN» compares by raising
                    problem("warning", r, col, f"Жин тоо биш: «{text}».", f"The weight is not a number: «{text}».")
                else:
                    measure.weight = float(weight)
        if not measure.text.strip():
            problem("error", r, cols.get("measure"), "Арга хэмжээний текст хоосон тул мөрийг алгаслаа.",
                    "The measure text is empty; the row was skipped.")
            current = None
            continue
        if not any(ch.isalpha() for ch in measure.text):  # a number, date or TRUE where words belong
            problem("error", r, cols.get("measure"), f"Арга хэмжээний текст биш: «{measure.text}»; мөрийг алгаслаа.",
                    f"The measure is not text: «{measure.text}»; the row was skipped.")
            current = None
            continue
        ensure_goal(r).measures.append(measure)
        current = measure
    plan.collect_rows()
    check(plan, cols)


def _continue_measure(current: ParsedMeasure, texts: dict[int, str], cells: tuple, r: int, roles: dict[int, str],
                      cols: dict[str, int], problem: Callable[..., None]) -> None:
    """A row without a № under a measure: its cells continue that measure's (split or merged down).

    A row with its own measure text may as well be a measure whose № was left blank: it is still
    joined to the one above (that is how split cells look), but the preview says so, and says
    what happened to a percent of its own."""
    dropped = None
    for col, text in texts.items():
        name = field_for(roles.get(col, ""))
        if name:
            old = getattr(current, name)
            setattr(current, name, f"{old}\n{text}" if old else text)
        elif roles.get(col) == "percent":
            if current.percent is None:
                current.percent = _percent(cells[col - 1], r, col, problem)
            else:
                dropped = text
    own_text = cols.get("measure") in texts
    if not own_text and dropped is None:
        return
    number = f"№ {current.number}" if current.number else "№-гүй"
    number_en = f"№ {current.number}" if current.number else "unnumbered"
    mn = (f"№ хоосон: энэ мөрийг дээрх арга хэмжээний ({number}, мөр {current.row}) үргэлжлэл гэж текстийг нь "
          "нэгтгэлээ")
    en = (f"The № is blank: this row was joined to the measure above ({number_en}, row {current.row}) as its "
          "continuation")
    if dropped is not None:
        mn += f", энэ мөрийн хувь «{dropped}» орхигдсон (дээрх мөрийн хувь {cell_text(current.percent)} үлдсэн)"
        en += f"; this row's percent «{dropped}» was dropped (the one above, {cell_text(current.percent)}, was kept)"
    problem("warning", r, cols.get("number"), mn + ". Тусдаа арга хэмжээ бол № бичнэ үү.",
            en + ". If it is a measure of its own, write its №.")


def _percent(cell: Any, r: int, col: int, problem: Callable[..., None]) -> float | None:
    try:  # openpyxl looks the format up in the styles part only now: a damaged file's cell may point past it
        number_format = getattr(cell, "number_format", None)
    except (IndexError, KeyError, TypeError, ValueError):
        problem("warning", r, col, f"Нүдний хэлбэржүүлэлт файлд алга (файл эвдэрсэн); «{cell_text(cell.value)}» "
                "хувийг хоосон орууллаа.",
                f"The cell's format is missing from the file (the file is damaged); the percent "
                f"«{cell_text(cell.value)}» was left blank.")
        return None
    value, ok = percent_cell(cell.value, number_format)
    if not ok:
        problem("warning", r, col, f"Хувь 0–100 хоорондох тоо биш: «{cell_text(cell.value)}»; хоосон орууллаа.",
                f"The percent is not a number from 0 to 100: «{cell_text(cell.value)}»; left blank.")
    return value
