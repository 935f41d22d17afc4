"""The areas a bundle carries and the demo loads, as one explicit, imported list.

Each `Area` names its functions directly (imported here, not looked up by name), so a renamed
or missing module fails when this module is imported instead of silently dropping an area from
the bundle or the demo. The order is the order the demo loads them (the core office demo runs
first, in `services/demo.py`) and the order their tables go into a bundle.

- `bundle_payload(ctx, period, include_personal=False) -> {table: rows}`: the tables the area
  sends to the province (see `bundle/payload.py`);
- `bundle_reports(ctx, period, folder) -> [Path]`: the period's PDF/XLSX reports written into
  `folder` (file names are ASCII so they read the same on every province computer);
- `load_demo(ctx)`: the area's demo records.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from soum_desk.domain.periods import Period
from soum_desk.services.core import signing
from soum_desk.services.core.context import AppContext
from soum_desk.services.letters import demo as letters_demo
from soum_desk.services.letters.report import bundle_reports as letters_bundle_reports
from soum_desk.services.letters.stats import bundle_payload as letters_payload
from soum_desk.services.petitions import demo as petitions_demo
from soum_desk.services.petitions.stats import bundle_payload as petitions_payload
from soum_desk.services.plans import demo as plans_demo
from soum_desk.services.plans.bundle_rows import bundle_payload as plans_payload

PayloadFn = Callable[..., Mapping[str, Sequence[Mapping[str, Any]]]]
"""`fn(ctx, period, include_personal=False)`: table name → JSON-ready rows."""
ReportsFn = Callable[[AppContext, Period, Path], list[Path]]
DemoFn = Callable[[AppContext], object]

FORMATS = ("pdf", "xlsx")


@dataclass(frozen=True)
class Area:
    key: str
    bundle_payload: PayloadFn
    bundle_reports: ReportsFn
    load_demo: DemoFn


def _p(period: Period | str) -> Period:
    return period if isinstance(period, Period) else Period.parse(period)


def plans_reports(ctx: AppContext, period: Period | str, folder: Path) -> list[Path]:
    """Every plan of the period's year: its implementation report for the period."""
    from soum_desk.services.plans import report as plans_report
    from soum_desk.services.plans import tree as plans_tree

    p = _p(period)
    documents = [d["id"] for d in plans_tree.list_documents(ctx, p.year)]  # by id, as the payload lists them
    chosen = signing.with_remembered(ctx, "plans", signing.Signing())  # as last chosen for the plan report
    return [plans_report.make_report(ctx, p.code, fmt, Path(folder) / f"plan_{doc_id}_{p.code}.{fmt}",
                                     document_id=doc_id, signing=chosen)
            for doc_id in documents for fmt in FORMATS]


def petitions_reports(ctx: AppContext, period: Period | str, folder: Path) -> list[Path]:
    from soum_desk.services.petitions import report as reports

    p = _p(period)
    chosen = signing.with_remembered(ctx, "petitions", signing.Signing())
    return [reports.make_report(ctx, p, fmt, Path(folder) / f"petitions_{p.code}.{fmt}", signing=chosen)
            for fmt in FORMATS]


AREAS: tuple[Area, ...] = (
    Area("plans", plans_payload, plans_reports, plans_demo.load_all_plan_demos),
    Area("petitions", petitions_payload, petitions_reports, petitions_demo.load),
    Area("letters", letters_payload, letters_bundle_reports, letters_demo.load),  # letters and the archive
)
