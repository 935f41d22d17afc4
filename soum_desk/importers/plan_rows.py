"""The rows under a plan table's header: sections, goals, measures and continuation rows."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from soum_desk.domain.formatting import format_number, parse_number
from soum_desk.domain.periods import Period
from soum_desk.domain.plan_scoring import LEVELS, NOT_DUE_NOTE, average
from soum_desk.domain.plan_timing import parse_timing
from soum_desk.domain.text_limits import MAX_TEXT
from soum_desk.errors import ValidationError
from soum_desk.importers.plan_cells import (
    ROLE_FIELD,
    cell_text,
    clean_html,
    field_for,
    normalise,
    percent_cell,
)
from soum_desk.importers.plan_shape import (
    _GOAL,
    _SECTION,
    _STOP,
    INFO_SHEET,
    PLAN_KINDS,
    ParsedGoal,
    ParsedMeasure,
    ParsedPlan,
    ParsedSection,
)
from soum_desk.importers.safe_workbook import (
    MAX_ROW_ERRORS,
    Workbook,
    excel_error,
    rows,
    too_many_errors,
)
from soum_desk.importers.shape import RowProblem, Severity

_NUMBER = re.compile(r"^\d+(?:[.\-]\d+)*\.?$")
AVERAGE_TOLERANCE = 0.5  # percentage points: an office rounds its average by hand
GOAL_CODE_LENGTH = 30  # PlanGoal.code
INFO_LENGTHS = {"act_number": 60, "act_date": 40}  # PlanDocument.act_number is String(60)
INFO_KEYS = ("kind", "year", "title", "act_number", "act_date", "period")


def read_info(wb: Workbook, plan: ParsedPlan) -> None:
    """The «Мэдээлэл» sheet SoumDesk writes on export: key, label, value per row."""
    if INFO_SHEET not in wb.sheetnames:
        return
    for row, values in enumerate(rows(wb[INFO_SHEET], plan.path.name, max_row=20), start=1):
        if len(values) < 3 or values[0] not in INFO_KEYS or values[2] in (None, ""):
            continue
        key, value = values[0], cell_text(values[2])
        where = f"{plan.path.name}, {INFO_SHEET}, мөр/row {row}, C"
        if key == "year":
            number = parse_number(value)
            if number is None or not number.is_finite() or not 1900 <= number <= 2999 or number % 1:
                raise ValidationError(f"Он буруу: «{value}».", f"The year is not valid: «{value}».", where=where)
            plan.year = int(number)
            continue
        _check_info(key, value, where)
        setattr(plan, key, Period.parse(value).code if key == "period" else value)


def _check_info(key: str, value: str, where: str) -> None:
    """The info sheet is the file's word too: a value the commit would refuse is refused before the preview."""
    if key == "period":
        try:
            Period.parse(value)
        except ValidationError as exc:
            raise ValidationError(exc.msg.mn, exc.msg.en, where=where) from None
    elif key == "kind" and value not in PLAN_KINDS:
        raise ValidationError(f"Баримт бичгийн төрөл буруу: «{value[:60]}» ({', '.join(PLAN_KINDS)}).",
                              f"Unknown document kind «{value[:60]}» ({', '.join(PLAN_KINDS)}).", where=where)
    limit = INFO_LENGTHS.get(key, MAX_TEXT)
    if len(value) > limit:
        raise ValidationError(f"Хэт урт ({len(value):,} тэмдэгт, {limit:,} хүртэл).",
                              f"Too long ({len(value):,} characters, at most {limit:,}).", where=where)


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


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
        plan.problems.append(RowProblem(ws.title, r, _letter(col) if col else "", mn, en, severity))
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
                code = (goal_match.group(1) or "").replace("-", ".").replace("–", ".")
                if len(code) > GOAL_CODE_LENGTH:  # the database keeps 30 characters; a goal is «1.1», «2.3.1»
                    problem("warning", r, None, f"Зорилтын дугаар хэт урт ({len(code)} тэмдэгт); дугааргүй гэж уншлаа.",
                            f"The goal number is too long ({len(code)} characters); it was read without a number.")
                    code = ""
                goal = ParsedGoal(r, code, goal_match.group(2).strip(" .") or first)
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
    _check(plan, cols)


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


def _looks_like_percent(text: str) -> bool:
    """«100», «88,2», «95 %», «100 хувь»: a number where the words of a narrative belong."""
    value, ok = percent_cell(text.strip(), None)
    return ok and value is not None


def strip_report_notes(text: str) -> str:
    """Drop the notes SoumDesk's own reports add: «(энэ үед хугацаа болоогүй)», «[үнэлэх боломжгүй]»."""
    notes = {NOT_DUE_NOTE} | {f"[{lv.mn}]" for lv in LEVELS.values() if not lv.scored}
    return "\n".join(line for line in text.split("\n") if line.strip() not in notes).strip()


def _length_limits() -> dict[str, tuple[str, int]]:
    """Measure field → (its column's role, the most characters the database keeps or MAX_TEXT)."""
    from soum_desk.db.models.plans import PlanMeasure

    roles = {name: role for role, name in ROLE_FIELD.items()} | {"number": "number", "narrative": "narrative"}
    limits = {}
    for name, role in roles.items():
        column = PlanMeasure.__table__.c.get(name)
        length = getattr(column.type, "length", None) if column is not None else None
        limits[name] = (role, length or MAX_TEXT)
    return limits


def _drop_too_long(plan: ParsedPlan, cols: dict[str, int]) -> None:
    """A cell longer than the database keeps (or than a report can print) is a row error; the row is skipped."""
    limits = _length_limits()
    for section in plan.sections:
        for goal in section.goals:
            kept = []
            for m in goal.measures:
                too_long = [(name, role, limit) for name, (role, limit) in limits.items()
                            if len(getattr(m, name) or "") > limit]
                for name, role, limit in too_long:
                    size = len(getattr(m, name))
                    plan.problems.append(RowProblem(
                        plan.sheet, m.row, _letter(cols[role]) if role in cols else "",
                        f"Хэт урт ({size:,} тэмдэгт, {limit:,} хүртэл); мөрийг алгаслаа.",
                        f"Too long ({size:,} characters, at most {limit:,}); the row was skipped."))
                if not too_long:
                    kept.append(m)
            goal.measures = kept
    plan.collect_rows()


def _check(plan: ParsedPlan, cols: dict[str, int]) -> None:
    _drop_too_long(plan, cols)
    seen: dict[str, int] = {}
    for m in plan.measures:
        m.narrative = strip_report_notes(m.narrative)
        timing = parse_timing(m.timing_text)
        if not timing.ok:
            plan.problems.append(RowProblem(
                plan.sheet, m.row, _letter(cols["timing"]) if "timing" in cols else "",
                f"Хугацааг улирлаар уншиж чадсангүй: «{m.timing_text}»; бүх улиралд хамаарна гэж тэмдэглэлээ.",
                f"Could not read the timing as quarters: «{m.timing_text}»; flagged and taken as all quarters.",
                "warning"))
        if m.percent is None and m.narrative and _looks_like_percent(m.narrative):
            plan.problems.append(RowProblem(
                plan.sheet, m.row, _letter(cols["narrative"]) if "narrative" in cols else "",
                f"Хэрэгжилтийн баганад тоо «{m.narrative}» байна, хувь хоосон — энэ хувь уу? Хэрэгжилт гэж "
                "орууллаа, хувь тайлагнаагүй гэж тооцно; хувь бол «Хувь» баганад шилжүүлнэ үү.",
                f"A number «{m.narrative}» in the implementation (text) column and the percent is blank — is it the "
                "percent? It was imported as the narrative and the measure counts as not reported; if it is the "
                "percent, move it to the «Хувь» column.", "warning"))
        if m.number and m.number in seen:
            plan.problems.append(RowProblem(
                plan.sheet, m.row, _letter(cols["number"]) if "number" in cols else "",
                f"№ {m.number} давхардсан (мөр {seen[m.number]}).", f"№ {m.number} repeats (row {seen[m.number]}).",
                "warning"))
        seen.setdefault(m.number, m.row)
    _check_declared_average(plan, cols)


def _check_declared_average(plan: ParsedPlan, cols: dict[str, int]) -> None:
    """The file's own average row against the percents read: far apart, a row was misread or is missing."""
    read = average([m.percent for m in plan.measures], [1.0 if m.weight is None else m.weight for m in plan.measures])
    declared = plan.declared_average
    if declared is None or read is None or abs(read - declared) <= AVERAGE_TOLERANCE:
        return
    counted = sum(m.percent is not None for m in plan.measures)
    shown, got = format_number(declared), format_number(read)
    shown_en, got_en = format_number(declared, lang="en"), format_number(read, lang="en")
    plan.problems.append(RowProblem(
        plan.sheet, plan.declared_average_row, _letter(cols["percent"]) if "percent" in cols else "",
        f"Файлд бичсэн дундаж хувь {shown}, уншсан {counted} хувийн дундаж {got}: зарим мөрийн хувь алдаатай "
        "уншигдсан, хоосон эсвэл файлын дундаж буруу байж болзошгүй — дээрх анхааруулгуудыг шалгана уу.",
        f"The file's own average is {shown_en}, the {counted} percents read average {got_en}: a percent may have been "
        "misread or left blank, or the file's average is wrong — check the warnings above.", "warning"))
