"""What goes into a bundle: one registry of payload providers and one of report providers.

A payload provider is `fn(ctx, period, include_personal=False) -> dict[str, list[dict]]`
(table name → JSON-ready rows). Tables named `personal_*` hold citizens' personal data: a
provider returns them only when `include_personal` is True, and the bundle seals them to the
province's key. The summary tables the province consolidates (`plan_summary`,
`petition_figures`, `letter_figures`, `archive_counts`) have the fields listed in
`bundle/schema.SUMMARY_SCHEMAS`.

A report provider is `fn(ctx, period, folder) -> list[Path]`: it writes the period's PDF/XLSX
files into `folder` and returns them.

Providers are looked up lazily; an area whose module is not installed is skipped.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from soum_desk.bundle.schema import PERSONAL_PREFIX, SchemaProblem, check_rows, check_table_name
from soum_desk.domain.periods import Period
from soum_desk.errors import UserError

# area name → "module:function"
PAYLOAD_PROVIDERS: dict[str, str] = {
    "plans": "soum_desk.services.plans.bundle_rows:bundle_payload",
    "petitions": "soum_desk.services.petitions.stats:bundle_payload",
    "letters": "soum_desk.services.letters.stats:bundle_payload",  # letters and the archive
}

REPORT_PROVIDERS: dict[str, str] = {
    "plans": "soum_desk.services.bundle.reports:plans_reports",
    "petitions": "soum_desk.services.bundle.reports:petitions_reports",
    "letters": "soum_desk.services.letters.report:bundle_reports",  # letters and the archive
}


def resolve(spec: str) -> Callable[..., Any] | None:
    """The function named by "module:function", or None when its module is absent."""
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and (module_name == exc.name or module_name.startswith(exc.name + ".")):
            return None
        raise
    return getattr(module, attr, None)


def office_table(ctx: Any) -> list[dict]:
    from soum_desk.services.core import office

    info = office.get_office(ctx)
    return [{"code": info["code"], "name": info["name"], "aimag_code": info["aimag_code"],
             "soum_name": info["soum_name"], "bag_name": info["bag_name"], "place": info["place"]}]


def collect(ctx: Any, period: Period, *, include_personal: bool = False,
            providers: dict[str, str] | None = None) -> dict[str, list[dict]]:
    """All tables for `period`: the office table first, then each provider's tables."""
    tables: dict[str, list[dict]] = {"office": office_table(ctx)}
    owner: dict[str, str] = {"office": "bundle"}
    for area, spec in (PAYLOAD_PROVIDERS if providers is None else providers).items():
        fn = resolve(spec)
        if fn is None:
            continue
        result = fn(ctx, period, include_personal=include_personal)
        for table, rows in result.items():
            check_table_name(table)
            if table.startswith(PERSONAL_PREFIX) and not include_personal:
                raise UserError(f"«{area}» хэсэг хувийн мэдээлэл ({table}) өгсөн боловч тохиргоогоор хориглосон.",
                                f"The «{area}» area returned personal data ({table}) although the setting forbids it.")
            if table in tables:
                raise SchemaProblem(table, f"«{table}» хүснэгтийг {owner[table]}, {area} хоёулаа өгсөн",
                                    f"table «{table}» is provided by both {owner[table]} and {area}")
            tables[table], owner[table] = list(rows), area
            try:
                check_rows(table, tables[table])
            except SchemaProblem as exc:
                raise UserError(f"«{area}» хэсгийн өгөгдөл багцад тохирохгүй ({exc.where}): {exc.mn}",
                                f"The «{area}» area's data does not fit the bundle ({exc.where}): {exc.en}") from None
    return tables


def collect_reports(ctx: Any, period: Period, folder: Path,
                    providers: dict[str, str] | None = None) -> list[Path]:
    files: list[Path] = []
    for spec in (REPORT_PROVIDERS if providers is None else providers).values():
        fn = resolve(spec)
        if fn is not None:
            files.extend(Path(p) for p in fn(ctx, period, folder))
    return files
