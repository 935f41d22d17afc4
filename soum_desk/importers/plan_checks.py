"""What a plan table's rows are checked for once read: texts the database cannot keep, numbers where
words belong, timings, repeated numbers, and the file's own average against the percents read.

Each finding is a located `RowProblem`; a row too long for the database is dropped from the tree.
"""

from __future__ import annotations

from soum_desk.domain.formatting import format_number
from soum_desk.domain.plan_scoring import LEVELS, NOT_DUE_NOTE, average
from soum_desk.domain.plan_timing import parse_timing
from soum_desk.domain.text_limits import MAX_TEXT
from soum_desk.importers.plan_cells import ROLE_FIELD, column_letter, percent_cell
from soum_desk.importers.plan_shape import ParsedPlan
from soum_desk.importers.shape import RowProblem

AVERAGE_TOLERANCE = 0.5  # percentage points: an office rounds its average by hand


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
                        plan.sheet, m.row, column_letter(cols[role]) if role in cols else "",
                        f"Хэт урт ({size:,} тэмдэгт, {limit:,} хүртэл); мөрийг алгаслаа.",
                        f"Too long ({size:,} characters, at most {limit:,}); the row was skipped."))
                if not too_long:
                    kept.append(m)
            goal.measures = kept
    plan.collect_rows()


def check(plan: ParsedPlan, cols: dict[str, int]) -> None:
    """All the checks below, in the order a clerk reads their messages."""
    _drop_too_long(plan, cols)
    seen: dict[str, int] = {}
    for m in plan.measures:
        m.narrative = strip_report_notes(m.narrative)
        timing = parse_timing(m.timing_text)
        if not timing.ok:
            plan.problems.append(RowProblem(
                plan.sheet, m.row, column_letter(cols["timing"]) if "timing" in cols else "",
                f"Хугацааг улирлаар уншиж чадсангүй: «{m.timing_text}»; бүх улиралд хамаарна гэж тэмдэглэлээ.",
                f"Could not read the timing as quarters: «{m.timing_text}»; flagged and taken as all quarters.",
                "warning"))
        if m.percent is None and m.narrative and _looks_like_percent(m.narrative):
            plan.problems.append(RowProblem(
                plan.sheet, m.row, column_letter(cols["narrative"]) if "narrative" in cols else "",
                f"Хэрэгжилтийн баганад тоо «{m.narrative}» байна, хувь хоосон — энэ хувь уу? Хэрэгжилт гэж "
                "орууллаа, хувь тайлагнаагүй гэж тооцно; хувь бол «Хувь» баганад шилжүүлнэ үү.",
                f"A number «{m.narrative}» in the implementation (text) column and the percent is blank — is it the "
                "percent? It was imported as the narrative and the measure counts as not reported; if it is the "
                "percent, move it to the «Хувь» column.", "warning"))
        if m.number and m.number in seen:
            plan.problems.append(RowProblem(
                plan.sheet, m.row, column_letter(cols["number"]) if "number" in cols else "",
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
        plan.sheet, plan.declared_average_row, column_letter(cols["percent"]) if "percent" in cols else "",
        f"Файлд бичсэн дундаж хувь {shown}, уншсан {counted} хувийн дундаж {got}: зарим мөрийн хувь алдаатай "
        "уншигдсан, хоосон эсвэл файлын дундаж буруу байж болзошгүй — дээрх анхааруулгуудыг шалгана уу.",
        f"The file's own average is {shown_en}, the {counted} percents read average {got_en}: a percent may have been "
        "misread or left blank, or the file's average is wrong — check the warnings above.", "warning"))
