"""Shared bits of the archive tabs: saving a report off the GUI thread, retention in the app's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from soum_desk.domain import retention as ret
from soum_desk.ui.messages import current_lang
from soum_desk.ui.ops import run_slow_op
from soum_desk.ui.widgets.report_output import ask_save_path, open_report
from soum_desk.ui.widgets.signing_box import ask_signing


def retention_text(row: dict) -> str:
    """A unit's or case file's retention in the app's language («Түр 5 жил» / «Temporary, 5 years»);
    the services word it in Mongolian, as the archive's printed lists do."""
    if "retention" not in row:
        return str(row.get("retention_label") or "")
    return ret.retention_label(row["retention"], row.get("retention_years"), current_lang())


def report_to_file(parent: QWidget, suggested: str, build: Callable, path: str | None = None) -> None:
    """Ask who signs and where to save (PDF or XLSX by the suffix), then build the report in the
    background: `build(ctx, path, progress, signing)`. A `path` given asks nothing (the signatories
    last chosen sign)."""
    ctx = parent.state.ctx
    chosen = ask_signing(parent, parent.state, "archive", ask=path is None)
    if chosen is None:
        return
    if path is None:
        path = ask_save_path(parent, suggested)
    if not path:
        return

    def done(result: Path) -> None:
        open_report(parent, result)

    run_slow_op(parent, parent.state, None, QCoreApplication.translate("ArchiveCommon", "Тайлан бэлтгэж байна…"),
                lambda progress: build(ctx, path, progress, chosen), done)
