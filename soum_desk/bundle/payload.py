"""What goes into a bundle: the office table, then each area's tables, checked.

The caller (`services/bundle/export.py`) passes the areas as a mapping area → provider; this
module never looks them up. A payload provider here is `fn(include_personal) -> {table: rows}`
(JSON-ready rows), bound by the caller to the office and the period. Tables named `personal_*`
hold citizens' personal data: a provider returns them only when `include_personal` is True, and
the bundle seals them to the province's key. The summary tables the province consolidates
(`plan_summary`, `petition_figures`, `letter_figures`, `archive_counts`) have the fields listed
in `bundle/schema.SUMMARY_SCHEMAS`.

A report provider is `fn(folder) -> list[Path]`: it writes the period's PDF/XLSX files into
`folder` and returns them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypedDict

from soum_desk.bundle.schema import PERSONAL_PREFIX, SchemaProblem, check_rows, check_table_name
from soum_desk.errors import UserError

Tables = Mapping[str, Sequence[Mapping[str, Any]]]
PayloadProvider = Callable[[bool], Tables]
ReportProvider = Callable[[Path], Iterable[Path | str]]


class OfficeRow(TypedDict):
    """The one row of a bundle's `office` table."""

    code: str
    name: str
    aimag_code: str
    soum_name: str
    bag_name: str | None
    place: str | None


def office_table(info: Mapping[str, Any]) -> list[OfficeRow]:
    """The `office` table from the office's details (`services/core/office.get_office`)."""
    return [OfficeRow(code=info["code"], name=info["name"], aimag_code=info["aimag_code"],
                      soum_name=info["soum_name"], bag_name=info["bag_name"], place=info["place"])]


def collect(office_rows: Sequence[Mapping[str, Any]], providers: Mapping[str, PayloadProvider], *,
            include_personal: bool = False) -> dict[str, list[dict]]:
    """All tables: the office table first, then each provider's tables."""
    tables: dict[str, list[dict]] = {"office": [dict(r) for r in office_rows]}
    owner: dict[str, str] = {"office": "bundle"}
    for area, fn in providers.items():
        result = fn(include_personal)
        for table, rows in result.items():
            check_table_name(table)
            if table.startswith(PERSONAL_PREFIX) and not include_personal:
                raise UserError(f"«{area}» хэсэг хувийн мэдээлэл ({table}) өгсөн боловч тохиргоогоор хориглосон.",
                                f"The «{area}» area returned personal data ({table}) although the setting forbids it.")
            if table in tables:
                raise SchemaProblem(table, f"«{table}» хүснэгтийг {owner[table]}, {area} хоёулаа өгсөн",
                                    f"table «{table}» is provided by both {owner[table]} and {area}")
            tables[table], owner[table] = [dict(r) for r in rows], area
            try:
                check_rows(table, tables[table])
            except SchemaProblem as exc:
                raise UserError(f"«{area}» хэсгийн өгөгдөл багцад тохирохгүй ({exc.where}): {exc.mn}",
                                f"The «{area}» area's data does not fit the bundle ({exc.where}): {exc.en}") from None
    return tables


def collect_reports(providers: Mapping[str, ReportProvider], folder: Path) -> list[Path]:
    files: list[Path] = []
    for fn in providers.values():
        files.extend(Path(p) for p in fn(folder))
    return files
