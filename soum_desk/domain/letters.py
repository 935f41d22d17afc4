"""Letters: reply deadlines, overdue, registration numbers and the period figures.

How the figures are counted (seed 001, measures 49–50: «3447 албан бичиг хүлээн
авч 2108 бичиг хугацаанд нь шийдвэрлэж, 1475 албан бичиг гадагш явуулсан …
шийдвэрлэлтийн явц 86.6%»), for a period P and as of a day A (the last day of
P unless a report is run "as of" another date):

- received = incoming letters registered in P;
- requiring reply = of those, the ones marked «хариутай» (a reply is required);
- answered on time = requiring reply, answered on or before the due date and by A;
- answered late = requiring reply, answered after the due date (by A);
- open = requiring reply, not answered by A, due on or after A (not yet late);
- overdue = requiring reply, not answered by A, due before A;
- sent = outgoing letters registered in P;
- resolution % = answered on time ÷ requiring reply × 100 (none requiring a
  reply → no percent). Seed 001 shows this is the office's measure: 2108 of
  3447 received is 61 %, not the 86.6 % reported, so the base is the letters
  that required a reply, not all received.

A letter is answered on the date of the first outgoing letter that answers it.
The due date is the one the sender set, else the registration date plus the
reply period in calendar days (a setting, 30 by default).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, timedelta

IN, OUT = "in", "out"
MAX_PAGES = 100_000  # more overflows the database column
DIRECTIONS = (IN, OUT)
DIRECTION_LABELS = {IN: ("Ирсэн", "Incoming"), OUT: ("Явсан", "Outgoing")}

STATUS_NOREPLY, STATUS_OPEN, STATUS_OVERDUE = "noreply", "open", "overdue"
STATUS_ON_TIME, STATUS_LATE, STATUS_SENT = "on_time", "late", "sent"
STATUS_LABELS = {
    STATUS_NOREPLY: ("Хариу шаардлагагүй", "No reply needed"),
    STATUS_OPEN: ("Хариу хүлээгдэж буй", "Awaiting reply"),
    STATUS_OVERDUE: ("Хугацаа хэтэрсэн", "Overdue"),
    STATUS_ON_TIME: ("Хугацаандаа хариулсан", "Answered on time"),
    STATUS_LATE: ("Хоцорч хариулсан", "Answered late"),
    STATUS_SENT: ("Илгээсэн", "Sent"),
}


def due_date_for(reg_date: date, reply_days: int, stated: date | None = None) -> date:
    """The reply deadline: the date the sender stated, else registration + `reply_days`."""
    return stated if stated is not None else reg_date + timedelta(days=reply_days)


def letter_status(direction: str, reply_required: bool, due: date | None, answered: date | None,
                  as_of: date) -> str:
    """The status of one letter as of a day (see the module docstring)."""
    if direction == OUT:
        return STATUS_SENT
    if not reply_required:
        return STATUS_NOREPLY
    if answered is not None and answered <= as_of:
        return STATUS_ON_TIME if due is None or answered <= due else STATUS_LATE
    if due is not None and due < as_of:
        return STATUS_OVERDUE
    return STATUS_OPEN


def days_overdue(due: date | None, as_of: date) -> int:
    return max(0, (as_of - due).days) if due else 0


def format_reg_no(pattern: str, *, seq: int, year: int, index: str | None = None) -> str:
    """A registration number from the office's format, e.g. «{index}/{seq}» → «01-05/123».

    Placeholders: {seq}, {seq:04d}-style padding, {year}, {yy}, {index} (the case file index).
    A separator left dangling by an empty {index} is dropped.
    """
    text = pattern.format(seq=seq, year=year, yy=f"{year % 100:02d}", index=index or "")
    return text.strip("/-– ") or str(seq)


@dataclass(frozen=True)
class LetterFigures:
    received: int = 0
    reply_required: int = 0
    answered_on_time: int = 0
    answered_late: int = 0
    open: int = 0
    overdue: int = 0
    sent: int = 0

    @property
    def resolution_percent(self) -> float | None:
        if not self.reply_required:
            return None
        return round(self.answered_on_time * 100 / self.reply_required, 1)

    def as_dict(self) -> dict:
        return {**asdict(self), "resolution_percent": self.resolution_percent}


def figures(letters: Iterable[tuple[str, date, bool, date | None, date | None]], start: date, end: date,
            as_of: date | None = None) -> LetterFigures:
    """Count (direction, reg_date, reply_required, due_date, answered_on) rows registered in [start, end].

    The reference implementation of the rules; the service computes the same in SQL.
    """
    as_of = as_of or end
    counts = dict.fromkeys(("received", "reply_required", "answered_on_time", "answered_late", "open",
                            "overdue", "sent"), 0)
    for direction, reg_date, reply_required, due, answered in letters:
        if not start <= reg_date <= end:
            continue
        if direction == OUT:
            counts["sent"] += 1
            continue
        counts["received"] += 1
        if not reply_required:
            continue
        counts["reply_required"] += 1
        status = letter_status(direction, True, due, answered, as_of)
        key = {STATUS_ON_TIME: "answered_on_time", STATUS_LATE: "answered_late",
               STATUS_OPEN: "open", STATUS_OVERDUE: "overdue"}[status]
        counts[key] += 1
    return LetterFigures(**counts)
