"""What the main window's status bar shows for petitions: the count of overdue ones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from soum_desk.services.core.context import AppContext
from soum_desk.services.petitions import queries as petitions_query


def overdue_count(ctx: AppContext, today: date | None = None) -> int:
    """Open petitions past their due date (cheap: one indexed count)."""
    return petitions_query.overdue_count(ctx, today)


def overdue_status_text(ctx: AppContext) -> str:
    """«Хугацаа хэтэрсэн өргөдөл: 3», or "" when there are none."""
    n = overdue_count(ctx)
    if not n:
        return ""
    return QCoreApplication.translate("petitions", "Хугацаа хэтэрсэн өргөдөл: %1").replace("%1", str(n))
