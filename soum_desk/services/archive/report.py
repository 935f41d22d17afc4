"""Archive reports: the data of the file list, the counts, the inventory result and an act, and writing them.

`report_data` gathers everything a report shows (header, tables, signatures) as a
`reports.tables.TableReport`; `reports/archive_reports.py` only lays the tables out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from soum_desk.domain.formatting import format_date
from soum_desk.reports.archive_reports import (
    approval_line,
    counts_section,
    file_list_section,
    inventory_sections,
)
from soum_desk.reports.common import Signature
from soum_desk.reports.pdf import Progress
from soum_desk.reports.tables import Section, TableReport
from soum_desk.services.archive import ops as archive_ops
from soum_desk.services.archive import records as archive
from soum_desk.services.archive.period_counts import period_counts
from soum_desk.services.archive.records import UNIT_STATUS_LABELS
from soum_desk.services.core import reporting
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.signing import Signing

ReportKind = Literal["filelist", "counts", "inventory", "act"]


def signatures(session: Session, ctx: AppContext, signing: Signing | None = None) -> list[Signature]:
    """The three chosen signatories (unchosen: the head checks, who makes the report reports)."""
    return reporting.signatures(session, signing, ctx.actor)


def _report(ctx: AppContext, title: str, report_date: date, subtitle: str, sections: list[Section], *,
            extra_lines: tuple[str, ...] = (), landscape: bool = False, signing: Signing | None = None) -> TableReport:
    with ctx.reading() as session:
        head = reporting.header(session, title, subtitle=subtitle, report_date=report_date,
                                extra_lines=extra_lines, signing=signing)
        signs = signatures(session, ctx, signing)
    return TableReport(head, sections, signs, landscape=landscape)


def file_list_data(ctx: AppContext, list_id: int, signing: Signing | None = None) -> TableReport:
    """Хөтлөх хэргийн нэрийн жагсаалт, with the head's approval line."""
    flist = archive.get_file_list(ctx, list_id)
    return _report(ctx, "Хөтлөх хэргийн нэрийн жагсаалт", date.today(), f"{flist['year']} он — {flist['unit']}",
                   [file_list_section(flist["case_files"])],
                   extra_lines=(approval_line(flist["approved_by"], flist["approved_on"]),), signing=signing)


def counts_data(ctx: AppContext, start: date, end: date, signing: Signing | None = None) -> TableReport:
    """Хадгаламжийн нэгжийн тоо хадгалах хугацаагаар: received in [start, end] and held on `end`."""
    figures = period_counts(ctx, start, end)
    by_status = {s: figures.held[s] for s in UNIT_STATUS_LABELS}
    labels = {s: label[0] for s, label in UNIT_STATUS_LABELS.items()}
    return _report(ctx, "Архивын хадгаламжийн нэгжийн тоо", end, "хадгалах хугацааны ангиллаар",
                   [counts_section(start, end, figures.received, by_status, labels, figures.by_schedule)],
                   landscape=True, signing=signing)


def inventory_data(ctx: AppContext, inventory_id: int, signing: Signing | None = None) -> TableReport:
    """Тооллогын дүн: counts by retention × result, then the missing and damaged units, then the checklist."""
    result = archive_ops.inventory_result(ctx, inventory_id)
    labels = [(r, archive_ops.RESULT_LABELS[r][0]) for r in archive_ops.RESULTS] + [("unchecked", "Шалгаагүй")]
    sub = f"{format_date(date.fromisoformat(result['started_on']))}-нээс" + (
        f" {format_date(date.fromisoformat(result['finished_on']))} хүртэл" if result["finished_on"] else "")
    return _report(ctx, "Архивын баримтын тооллогын дүн", date.today(), sub,
                   inventory_sections(result["counts"], result["items"], labels), landscape=True, signing=signing)


def act_data(ctx: AppContext, act_id: int) -> TableReport:
    """An act printed again; the approved PDF itself is kept as the act's attachment."""
    act = archive_ops.get_act(ctx, act_id)
    with ctx.reading() as session:
        return archive_ops.act_report(session, act, act["units"])


def report_data(ctx: AppContext, kind: ReportKind, *, list_id: int | None = None,
                inventory_id: int | None = None, act_id: int | None = None, start: date | None = None,
                end: date | None = None, signing: Signing | None = None) -> TableReport:
    """The report `kind` as plain report data: "filelist" (list_id), "counts" (start, end),
    "inventory" (inventory_id) or "act" (act_id)."""
    if kind == "filelist" and list_id is not None:
        return file_list_data(ctx, list_id, signing)
    if kind == "counts" and start is not None and end is not None:
        return counts_data(ctx, start, end, signing)
    if kind == "inventory" and inventory_id is not None:
        return inventory_data(ctx, inventory_id, signing)
    if kind == "act" and act_id is not None:
        return act_data(ctx, act_id)
    raise ValueError(f"the {kind} report needs its argument")


def file_list_report(ctx: AppContext, list_id: int, path: str | Path, progress: Progress | None = None,
                     signing: Signing | None = None) -> Path:
    return file_list_data(ctx, list_id, signing).write(path, progress)


def counts_report(ctx: AppContext, start: date, end: date, path: str | Path, progress: Progress | None = None,
                  signing: Signing | None = None) -> Path:
    return counts_data(ctx, start, end, signing).write(path, progress)


def inventory_report(ctx: AppContext, inventory_id: int, path: str | Path, progress: Progress | None = None,
                     signing: Signing | None = None) -> Path:
    return inventory_data(ctx, inventory_id, signing).write(path, progress)


def act_report(ctx: AppContext, act_id: int, path: str | Path, progress: Progress | None = None,
               signing: Signing | None = None) -> Path:
    """Print an act again (PDF or XLSX); an act keeps its own БАТЛАВ / ҮЙЛДСЭН (`signing` is unused)."""
    return act_data(ctx, act_id).write(path, progress)
