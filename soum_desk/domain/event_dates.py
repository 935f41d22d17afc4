"""Event dates (received, resolved, registered, sent, answered, progress, act dates) are never in
the future and never implausibly old.

Due dates and deadlines are not event dates: they may lie ahead. Every service that stores an event
date calls `check_event_date`, so the UI, the CLI and the importers all meet the same rule.
"""

from __future__ import annotations

from datetime import date, datetime

from soum_desk.domain import clock
from soum_desk.errors import Msg, ValidationError

EARLIEST = date(1990, 1, 1)


def check_event_date(value: date | datetime | None, label_mn: str, label_en: str) -> None:
    """Refuse an event date after today or before 1990-01-01, naming the field by its label."""
    if value is None:
        return
    day = value.date() if isinstance(value, datetime) else value
    if EARLIEST <= day <= clock.today():  # the usual case: no date formatting (an import checks every row)
        return
    shown = f"{day:%Y.%m.%d}"
    if day > clock.today():
        raise ValidationError(f"{label_mn} {shown} ирээдүйд байна.", f"{label_en} {shown} is in the future.",
                              where=f"{label_mn} / {label_en}")
    if day < EARLIEST:
        raise ValidationError(f"{label_mn} {shown} хэт эрт байна ({EARLIEST:%Y.%m.%d}-аас өмнө).",
                              f"{label_en} {shown} is implausibly old (before {EARLIEST:%Y.%m.%d}).",
                              where=f"{label_mn} / {label_en}")


def event_date_problem(day: date | None) -> Msg | None:
    """What is wrong with an event date whose field is named elsewhere (an import row's column), or None."""
    if day is None or EARLIEST <= day <= clock.today():  # the usual case: no date formatting (imports ask per row)
        return None
    shown = f"{day:%Y.%m.%d}"
    if day > clock.today():
        return Msg(f"огноо {shown} ирээдүйд байна", f"the date {shown} is in the future")
    if day < EARLIEST:
        return Msg(f"огноо {shown} хэт эрт байна ({EARLIEST:%Y.%m.%d}-аас өмнө)",
                   f"the date {shown} is implausibly old (before {EARLIEST:%Y.%m.%d})")
    return None
