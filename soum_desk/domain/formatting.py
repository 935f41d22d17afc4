"""Numbers and dates as Mongolian offices write them: «88,2», «2024.03.05»."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

MONTHS_MN = {
    1: "1 дүгээр сар", 2: "2 дугаар сар", 3: "3 дугаар сар", 4: "4 дүгээр сар", 5: "5 дугаар сар",
    6: "6 дугаар сар", 7: "7 дугаар сар", 8: "8 дугаар сар", 9: "9 дүгээр сар", 10: "10 дугаар сар",
    11: "11 дүгээр сар", 12: "12 дугаар сар",
}


def format_number(value: float | Decimal | int | None, decimals: int = 1, *, lang: str = "mn") -> str:
    """1234.5 → «1 234,5» in Mongolian, «1,234.5» in English; None → «–»."""
    if value is None:
        return "–"
    text = f"{float(value):,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", "\u00a0").replace(".", ",")


def percent_decimals(value: float, decimals: int = 1) -> tuple[float, int]:
    """The value to print and its decimals, never rounded up onto the next whole number.

    Every band edge of the regulation (§7.1, §7.2, the 0–100 range) is a whole
    number, so a percent is never rounded up onto a whole number: 89.99 is not
    «90,0» (which reads as the 90–100 band). Rounding that would reach the next
    whole number gets one or two more decimals (89.99 → «89,99»), and past that
    is cut toward the value's own band (89.9999 → «89,999»).
    """
    whole = math.floor(value)
    for places in (decimals, decimals + 1, decimals + 2):
        if math.floor(round(value, places)) == whole:
            return value, places
    places = decimals + 2
    return math.floor(value * 10 ** places) / 10 ** places, places


def format_percent(value: float | Decimal | None, decimals: int = 1, *, lang: str = "mn") -> str:
    """88.2 → «88,2»; whole numbers lose the decimals: 100 → «100»; 89.99 → «89,99», never «90,0»."""
    if value is None:
        return "–"
    number = float(value)
    if number == int(number):
        return str(int(number))
    shown, places = percent_decimals(number, decimals)
    return format_number(shown, places, lang=lang)


def parse_number(text: str | float | int | None) -> Decimal | None:
    """Read «88,2», «88.2», «88,2%», «1 234,5» or a number; None for blank or non-numeric."""
    if text is None:
        return None
    if isinstance(text, int | float | Decimal):
        return Decimal(str(text))
    cleaned = re.sub(r"[\s\u00a0%]", "", str(text))
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".") if cleaned.rfind(",") > cleaned.rfind(".") \
            else cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def format_date(value: date | datetime | None) -> str:
    """2024-03-05 → «2024.03.05»."""
    if value is None:
        return ""
    return value.strftime("%Y.%m.%d")


def format_moment(value: str | datetime) -> str:
    """A moment as a person reads it: «2026.12.04 08:56», at the computer's local time (the audit
    log and exports keep ISO text, the audit log in UTC). Text that is not a moment is returned as is."""
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
    else:
        moment = value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{format_date(moment)} {moment:%H:%M}"


def format_date_long(value: date) -> str:
    """2024-12-13 → «2024 оны 12 дугаар сарын 13», as in official headers."""
    return f"{value.year} оны {MONTHS_MN[value.month]}ын {value.day}"


_DATE_PATTERNS = [
    (re.compile(r"^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$"), ("d", "m", "y")),
]


def parse_date(value: str | date | datetime | None) -> date | None:
    """Read «2024.03.05», «2024-03-05», «05.03.2024» or a date; None for blank; ValueError if wrong."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip().rstrip(".")
    if not text:
        return None
    text = text.split(" ")[0] if re.match(r"^\d{4}-\d{2}-\d{2} \d", text) else text
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            parts = dict(zip(order, map(int, match.groups()), strict=True))
            return date(parts["y"], parts["m"], parts["d"])
    raise ValueError(f"not a date: {value!r}")
