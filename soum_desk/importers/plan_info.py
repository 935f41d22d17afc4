"""The «Мэдээлэл» sheet SoumDesk writes on export (key, label, value per row), read and checked.

The sheet is the file's word like the table: a value the commit would refuse (a period, a
document kind, an act number longer than its column) is refused here, naming the sheet, row and cell.
"""

from __future__ import annotations

from soum_desk.domain.formatting import parse_number
from soum_desk.domain.periods import Period
from soum_desk.domain.text_limits import MAX_TEXT
from soum_desk.errors import ValidationError
from soum_desk.importers.plan_cells import cell_text
from soum_desk.importers.plan_shape import INFO_SHEET, PLAN_KINDS, ParsedPlan
from soum_desk.importers.safe_workbook import Workbook, rows

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
