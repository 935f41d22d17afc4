"""Seed 003 §10.1 and §11.3 on plain values: when the September progress monitoring is due, and
the violations §11.3 lists, in the regulation's words."""

from __future__ import annotations

from datetime import date

MONITORING_MONTH = 9  # §10.1: «жил бүрийн 09 дүгээр сард багтаан» — by the end of September

# §11.3.1–11.3.4, shortened only where the regulation's sentence runs on.
CLAUSES: dict[str, tuple[str, str]] = {
    "11.3.1": ("Худал, зөрүүтэй мэдээллээр тайлагнасан", "Reported false or inconsistent information"),
    "11.3.2": ("Өгсөн зөвлөмжийг биелүүлээгүй", "Did not carry out the recommendations given"),
    "11.3.3": ("Хяналт-шинжилгээ, үнэлгээний дүн, тайланг зөвлөлийн хурлаар хэлэлцүүлээгүй",
               "Did not put the M&E results and report to the council"),
    "11.3.4": ("Тайлан мэдээ огт ирүүлээгүй, эсвэл зөвшөөрөлгүй удаа дараа ажил тасалсан",
               "Sent no report at all, or was absent without permission again and again"),
}


def monitoring_due(year: int) -> date:
    """The last day of §10.1's progress monitoring for `year`: 30 September."""
    return date(year, MONITORING_MONTH, 30)


def monitoring_state(year: int, monitored_on: date | None, today: date) -> str:
    """«done» (by 30 September), «late» (recorded after it), «missing» (none and September is
    over) or «pending» (none yet, September not over)."""
    due = monitoring_due(year)
    if monitored_on is not None:
        return "done" if monitored_on <= due else "late"
    return "missing" if today > due else "pending"
