"""Legal deadlines of petitions, from rules kept as data (settings), never code.

The rules (setting ``petitions.deadline_rules``)::

    {"default_days": 30, "by_source": {"c1111": 15}, "by_channel": {"c1111": 15},
     "by_kind": {}, "extension_days": 30, "due_soon_days": 3}

The due date is the received date plus the period in calendar days (DOMAIN.md);
the head may extend it once, with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from soum_desk.domain.petition_codes import OPEN_STATUSES
from soum_desk.errors import ValidationError

DEFAULT_RULES: dict = {
    "default_days": 30,  # common legal period
    "by_source": {"c1111": 15},  # seed 001, measure 13: 11-11 items within 15 days
    "by_channel": {"c1111": 15},
    "by_kind": {},
    "extension_days": 30,
    "due_soon_days": 3,
}


@dataclass(frozen=True)
class DeadlineRules:
    default_days: int = 30
    by_source: dict | None = None
    by_channel: dict | None = None
    by_kind: dict | None = None
    extension_days: int = 30
    due_soon_days: int = 3

    @classmethod
    def from_data(cls, data: dict | None) -> DeadlineRules:
        merged = {**DEFAULT_RULES, **(data or {})}
        return cls(int(merged["default_days"]), dict(merged["by_source"]), dict(merged["by_channel"]),
                   dict(merged["by_kind"]), int(merged["extension_days"]), int(merged["due_soon_days"]))

    def period_days(self, *, source: str | None = None, channel: str | None = None,
                    kind: str | None = None) -> int:
        """The shortest period any matching rule gives (11-11 items get the 11-11 target)."""
        candidates = [self.default_days]
        for table, key in ((self.by_source, source), (self.by_channel, channel), (self.by_kind, kind)):
            if table and key in table:
                candidates.append(int(table[key]))
        return min(candidates)


def due_date(received: date, period_days: int, extension_days: int = 0) -> date:
    return received + timedelta(days=period_days + extension_days)


def check_extension(*, already_extended: bool, status: str, reason: str | None) -> None:
    """One extension only, of an open petition, with a reason."""
    if already_extended:
        raise ValidationError("Хугацааг нэг удаа л сунгах боломжтой.",
                              "The deadline can be extended only once.", where="extension")
    if status not in OPEN_STATUSES:
        raise ValidationError("Хаагдсан өргөдлийн хугацааг сунгах боломжгүй.",
                              "A closed petition cannot be extended.", where="extension")
    if not (reason or "").strip():
        raise ValidationError("Сунгах шалтгааныг бичнэ үү.", "Give the reason for the extension.",
                              where="reason")


def deadline_state(due: date, status: str, today: date, due_soon_days: int = 3) -> str:
    """«closed», «overdue», «due_soon» or «ok» for highlighting."""
    if status not in OPEN_STATUSES:
        return "closed"
    if due < today:
        return "overdue"
    if (due - today).days <= due_soon_days:
        return "due_soon"
    return "ok"


_REGISTER_RE = re.compile(r"^[А-ЯЁӨҮ]{2}\d{8}$")


def normalise_register_no(text: str | None) -> str | None:
    """A civil register number: two Cyrillic letters and eight digits («УБ85010112»)."""
    if text is None or not str(text).strip():
        return None
    value = re.sub(r"\s+", "", str(text)).upper()
    if not _REGISTER_RE.match(value):
        raise ValidationError(
            f"Регистрийн дугаар буруу: «{text}». Хоёр кирилл үсэг, найман цифр байна (ж: УБ85010112).",
            f"Invalid civil register number «{text}»: two Cyrillic letters and eight digits (e.g. УБ85010112).",
            where="register_no")
    return value


def format_reg_no(pattern: str, year: int, seq: int) -> str:
    """The registration number from the format setting, e.g. «{year}/{seq:04d}» → «2024/0001»."""
    try:
        return pattern.format(year=year, seq=seq)
    except (KeyError, ValueError, IndexError) as exc:
        raise ValidationError(f"Бүртгэлийн дугаарын загвар буруу: «{pattern}».",
                              f"Invalid registration number format «{pattern}».",
                              where="petitions.number_format") from exc


def seq_from_reg_no(reg_no: str) -> int | None:
    """The running number at the end of a registration number («2024/0015» → 15).

    None when there is none, or when the digits are too many to be a running number (they
    would not fit the database's integer column)."""
    if reg_no and reg_no.isdecimal():  # the usual «15»: the same answer without the search
        return int(reg_no) if len(reg_no.lstrip("0")) <= 9 else None
    match = re.search(r"(\d+)\s*$", reg_no or "")
    return int(match.group(1)) if match and len(match.group(1).lstrip("0")) <= 9 else None
