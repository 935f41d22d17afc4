"""A petitions register row's cells as values: the cell readers, and the quick path for a clean row.

Nearly every row of a real register is clean. `clean_reader` reads such a row with the column
positions, the vocabulary codes and today's date worked out once per sheet, and builds no
message; a row it is not sure of (any problem at all) comes back as None, and
`petition_xlsx._parse_row` reads it again the slow way, naming every problem with its column.
Both give the same values for a clean row (tested on generated rows).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from operator import itemgetter

from soum_desk.db.models import Petition, Petitioner
from soum_desk.domain.event_dates import EARLIEST
from soum_desk.domain.formatting import parse_date
from soum_desk.domain.petition_codes import code_for
from soum_desk.domain.petition_deadlines import normalise_register_no
from soum_desk.domain.text_limits import MAX_TEXT
from soum_desk.errors import ValidationError
from soum_desk.importers.safe_workbook import EXCEL_ERRORS

# the database columns' lengths (PostgreSQL refuses longer text; the clerk gets the row and column instead)
MAX_LENGTH = {**{field: column.type.length for field, column in {
    "reg_no": Petition.reg_no, "name": Petitioner.name, "phone": Petitioner.phone,
    "address": Petitioner.address, "topic": Petition.topic, "official": Petition.official_name}.items()},
    "summary": MAX_TEXT, "resolution": MAX_TEXT}  # Text columns: bounded as the register form bounds them
TEXT_FIELDS = ("reg_no", "name", "phone", "address", "bag", "topic", "summary", "official", "resolution")
MORNING = time(9, 0)  # a received date without a time of day


def read_date(value: object) -> date | None:
    """An Excel date, an Excel serial number, or text «2024.03.05»; ValueError if not a date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        if 20000 < value < 80000:
            return date(1899, 12, 30) + timedelta(days=int(value))
        raise ValueError(value)
    return parse_date(str(value))


def read_time(value: object) -> time:
    return value.time() if isinstance(value, datetime) else MORNING


def text_of(value: object) -> str | None:
    """A cell as trimmed text (a whole number without «.0»); None when blank."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def clean_reader(cols: dict[str, int], today: date) -> Callable[[tuple], dict | None]:
    """The values of a clean row as `_parse_row` gives them, or None when the row has any problem."""
    fields = (*TEXT_FIELDS, "received", "resolved_on", "kind", "channel", "register_no")
    blank = max(cols.values()) + 1  # a column past the register's own: always blank
    picked = itemgetter(*(cols.get(f, blank) for f in fields))
    padding = (None,) * (blank + 1)  # so that index `blank` is always there, and blank
    limited = [(position, MAX_LENGTH[f]) for position, f in enumerate(TEXT_FIELDS) if f in MAX_LENGTH]
    kinds: dict[str, str | None] = {}
    channels: dict[str, str | None] = {}

    def code(vocabulary: str, known: dict[str, str | None], raw: object) -> str | None:
        if raw.__class__ is not str:
            return code_for(vocabulary, text_of(raw))
        if raw not in known:
            known[raw] = code_for(vocabulary, text_of(raw))
        return known[raw]

    def read(cells: tuple) -> dict | None:
        raw = picked((cells[:blank] if cells.__class__ is tuple else tuple(cells[:blank])) + padding)
        try:
            if not EXCEL_ERRORS.isdisjoint(raw):
                return None
        except TypeError:  # a value that cannot be hashed: not one this reader knows
            return None
        texts = [None if v is None else (v.strip() or None) if v.__class__ is str else text_of(v) for v in raw[:9]]
        if not (texts[0] and texts[6]):  # the registration number and the summary are required
            return None
        for position, limit in limited:
            if (text := texts[position]) is not None and len(text) > limit:
                return None
        given, closed = raw[9], raw[10]
        try:
            received = given.date() if given.__class__ is datetime else read_date(given)
            resolved_on = closed.date() if closed.__class__ is datetime else read_date(closed)
        except ValueError:
            return None
        if received is None or not EARLIEST <= received <= today:
            return None
        if resolved_on is not None and not received <= resolved_on <= today:
            return None
        kind, channel = code("kind", kinds, raw[11]), code("channel", channels, raw[12])
        if kind is None or channel is None:
            return None
        register_text = raw[13]
        if register_text is not None:
            try:
                register_text = normalise_register_no(text_of(register_text))
            except ValidationError:
                return None
        return {"reg_no": texts[0], "name": texts[1], "phone": texts[2], "address": texts[3], "bag": texts[4],
                "topic": texts[5], "summary": texts[6], "official": texts[7], "resolution": texts[8],
                "received": received, "resolved_on": resolved_on, "received_time": read_time(given),
                "kind": kind, "channel": channel, "register_no": register_text}

    return read
