"""Reading a legacy petitions register from Excel.

Columns are found by their Mongolian names, in any order, in the first rows of
each sheet (at least: Бүртгэлийн дугаар, Хүлээн авсан огноо, Овог нэр,
Регистрийн дугаар, Утас, Хаяг, Баг, Суваг, Төрөл, Агуулга, Хариуцсан албан
тушаалтан, Шийдвэрлэсэн огноо, Шийдвэрлэлт). Dates may be Excel dates or text
such as «2024.03.05». Nothing is written here: the result is a `ParsedFile` with the
parsed rows and, for each bad row, `RowProblem`s naming the sheet, row and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from soum_desk.domain import clock
from soum_desk.domain.event_dates import event_date_problem
from soum_desk.domain.petition_codes import code_for
from soum_desk.domain.petition_deadlines import normalise_register_no
from soum_desk.errors import UserError, ValidationError
from soum_desk.importers.petition_cells import (
    MAX_LENGTH,
    TEXT_FIELDS,
    clean_reader,
    read_date,
    read_time,
)
from soum_desk.importers.petition_cells import text_of as _text
from soum_desk.importers.safe_workbook import (
    MAX_ROW_ERRORS,
    excel_error,
    merged_down,
    too_many_errors,
)
from soum_desk.importers.shape import ParsedFile, RowProblem, unknown_column
from soum_desk.importers.value_book import open_values, sheet_rows

# field → accepted header texts (normalised: lower case, single spaces, no «№» or dots)
HEADERS: dict[str, tuple[str, ...]] = {
    "reg_no": ("бүртгэлийн дугаар", "бүртгэлийн", "дугаар"),
    "received": ("хүлээн авсан огноо", "ирсэн огноо", "огноо"),
    "name": ("овог нэр", "овог, нэр", "өргөдөл гаргагч", "иргэний нэр"),
    "register_no": ("регистрийн дугаар", "регистр"),
    "phone": ("утас", "утасны дугаар"),
    "address": ("хаяг", "гэрийн хаяг"),
    "bag": ("баг",),
    "channel": ("суваг", "хэлбэр", "ирсэн хэлбэр"),
    "kind": ("төрөл",),
    "topic": ("сэдэв", "асуудлын төрөл", "ангилал"),
    "summary": ("агуулга", "товч агуулга"),
    "official": ("хариуцсан албан тушаалтан", "хариуцсан", "шийдвэрлэх албан тушаалтан"),
    "resolved_on": ("шийдвэрлэсэн огноо",),
    "resolution": ("шийдвэрлэлт", "шийдвэрлэсэн байдал", "хариу"),
}
REQUIRED = ("reg_no", "received", "summary", "kind", "channel")
HEADER_SCAN_ROWS = 15


@dataclass
class ParsedRow:
    sheet: str
    row: int
    values: dict


def _norm(value: object) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[№.:*]", " ", str(value or "")).strip().lower()).strip()


def _known_title(value: object) -> bool:
    return any(_norm(value) in aliases for aliases in HEADERS.values())


def find_columns(header: list) -> dict[str, int]:
    """field → column index, by exact header names first, then by the longest alias contained."""
    names = [_norm(v) for v in header]
    found: dict[str, int] = {}
    for fld, aliases in HEADERS.items():
        for index, name in enumerate(names):
            if name and name in aliases and index not in found.values():
                found[fld] = index
                break
    for fld, aliases in HEADERS.items():
        if fld in found:
            continue
        for index, name in enumerate(names):
            if name and index not in found.values() and any(a in name for a in aliases if " " in a):
                found[fld] = index
                break
    return found


def _parse_row(sheet: str, row_no: int, cells: tuple, cols: dict[str, int], header: list,
               ) -> tuple[dict, list[RowProblem]]:
    width = len(cells)
    cell = {fld: cells[index] if index < width else None for fld, index in cols.items()}.get

    def err(fld: str, mn: str, en: str) -> RowProblem:
        return RowProblem(sheet, row_no, str(header[cols[fld]]) if fld in cols else fld, mn, en)

    errors: list[RowProblem] = []
    for fld in cols:
        if (bad := excel_error(cell(fld))) is not None:
            errors.append(err(fld, f"Excel-ийн алдаа {bad} (томьёо эвдэрсэн)", f"the Excel error {bad} (a broken formula)"))
    values: dict = {f: _text(cell(f)) for f in TEXT_FIELDS}
    for fld, limit in MAX_LENGTH.items():
        if values[fld] is not None and len(values[fld]) > limit:
            errors.append(err(fld, f"хэт урт ({len(values[fld])} тэмдэгт, {limit} хүртэл)",
                              f"too long ({len(values[fld])} characters, at most {limit})"))
    for fld in ("received", "resolved_on"):
        try:
            values[fld] = read_date(cell(fld))
        except ValueError:
            errors.append(err(fld, f"огноо биш: «{cell(fld)}» (жишээ: 2024.03.05)",
                              f"not a date: «{cell(fld)}» (e.g. 2024.03.05)"))
            values[fld] = None
    values["received_time"] = read_time(cell("received"))
    for fld in ("received", "resolved_on"):  # a typo such as 2042 for 2024; also keeps due dates computable
        if problem := event_date_problem(values[fld]):
            errors.append(err(fld, problem.mn, problem.en))
    for fld in ("kind", "channel"):
        raw = cell(fld)
        values[fld] = code_for(fld, _text(raw))
        if values[fld] is None:
            errors.append(err(fld, f"үл мэдэгдэх утга «{raw or ''}»", f"unknown value «{raw or ''}»"))
    try:
        values["register_no"] = normalise_register_no(_text(cell("register_no")))
    except ValidationError:
        errors.append(err("register_no", f"регистрийн дугаар буруу «{cell('register_no')}»",
                          f"invalid register number «{cell('register_no')}»"))
    for fld, mn, en in (("reg_no", "бүртгэлийн дугаар хоосон", "registration number is empty"),
                        ("received", "хүлээн авсан огноо хоосон", "received date is empty"),
                        ("summary", "агуулга хоосон", "summary is empty")):
        if not values.get(fld) and not any(e.column == (str(header[cols[fld]]) if fld in cols else fld)
                                           for e in errors):
            errors.append(err(fld, mn, en))
    if values.get("received") and values.get("resolved_on") and values["resolved_on"] < values["received"]:
        errors.append(err("resolved_on", "шийдвэрлэсэн огноо хүлээн авснаас өмнө байна",
                          "resolved before it was received"))
    return values, errors


def unknown_columns(sheet: str, header_row: int, header: list, known: set[int]) -> list[RowProblem]:
    return [unknown_column(sheet, header_row, title)
            for index, title in enumerate(header) if index not in known and _norm(title)]


def read_register(path: str | Path) -> ParsedFile[ParsedRow]:
    """Parse every sheet that has the register's header; raise if none has."""
    path = Path(path)
    workbook = open_values(path)
    result: ParsedFile[ParsedRow] = ParsedFile(path)
    missing_report: list[str] = []
    today = clock.today()
    try:
        for ws in workbook.worksheets:
            rows = sheet_rows(ws, path.name)
            header: list | None = None
            cols: dict[str, int] = {}
            header_row = 0
            above = None
            for header_row, cells in enumerate(rows, start=1):
                titles = merged_down(above, cells, _known_title)
                above = cells
                found = find_columns(titles)
                if {"reg_no", "received", "summary"} <= set(found):
                    header, cols = titles, found
                    break
                if header_row >= HEADER_SCAN_ROWS:
                    break
            if header is None:
                continue
            missing = [f for f in REQUIRED if f not in cols]
            if missing:
                missing_report.append(f"{ws.title}: {', '.join(HEADERS[m][0] for m in missing)}")
                continue
            result.sheets.append(ws.title)
            result.problems.extend(unknown_columns(ws.title, header_row, header, set(cols.values())))
            clean = clean_reader(cols, today)
            for row_no, cells in enumerate(rows, start=header_row + 1):
                if (quick := clean(cells)) is not None:  # the usual row: every cell as expected
                    result.rows.append(ParsedRow(ws.title, row_no, quick))
                    continue
                if not any(c not in (None, "") for c in cells):
                    continue
                values, errors = _parse_row(ws.title, row_no, cells, cols, header)
                result.problems.extend(errors)
                if len(result.problems) > MAX_ROW_ERRORS:
                    raise too_many_errors(f"{path.name}, {ws.title}, мөр/row {row_no}", MAX_ROW_ERRORS)
                if not errors:
                    result.rows.append(ParsedRow(ws.title, row_no, values))
    finally:
        workbook.close()
    if not result.sheets:
        detail = "; ".join(missing_report)
        raise UserError(
            "Өргөдлийн бүртгэлийн хүснэгт олдсонгүй: «Бүртгэлийн дугаар», «Хүлээн авсан огноо», «Агуулга», "
            f"«Төрөл», «Суваг» баганууд эхний {HEADER_SCAN_ROWS} мөрийн нэгэнд хэрэгтэй (нэгтгэсэн нүдийг салгана уу). "
            f"{detail}",
            "No petitions register found: the columns «Бүртгэлийн дугаар», «Хүлээн авсан огноо», «Агуулга», "
            f"«Төрөл», «Суваг» are needed on one of the first {HEADER_SCAN_ROWS} rows (unmerge header cells). {detail}",
            where=path.name)
    return result
