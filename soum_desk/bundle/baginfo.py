"""bag-info.txt's values, range-checked before anything uses them.

Until the signature is checked every value is only a claim of whoever made the file. The
province uses the claimed office code to find the keys, and a refused bundle leaves a refusal
record; both must fit the province's columns on SQLite (64-bit integers) and PostgreSQL
(`Integer` is int4, `String(n)` is varchar(n)). The limits below are those columns' sizes
(`db/models/bundle.py`; tests/bundle/test_bag_info_limits.py keeps them equal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from soum_desk.bundle import format as fmt
from soum_desk.bundle.cleantext import clean_text
from soum_desk.bundle.verdict import Code, Refused

INT4_MAX = 2**31 - 1
MAX_INTERRUPTED = 1000  # sequence numbers one bundle may declare interrupted
# The longest value each field may carry: the column it is stored in, or a bound for display.
MAX_LENGTH = {
    fmt.F_OFFICE_CODE: 40, fmt.F_OFFICE_NAME: 300, fmt.F_AIMAG: 10, fmt.F_PERIOD: 10, fmt.F_CREATED: 40,
    fmt.F_APP_VERSION: 20, fmt.F_SCHEMA: 10, fmt.F_KEY_ID: 32, fmt.F_SEQUENCE: 10, fmt.F_PREVIOUS: 64,
    fmt.F_AUDIT_HEAD: 64, fmt.F_AUDIT_COUNT: 10, fmt.F_AUDIT_PREVIOUS_COUNT: 10, fmt.F_AUDIT_PREVIOUS_HEAD: 64, fmt.F_PERSONAL: 3, fmt.F_INTERRUPTED: 11 * MAX_INTERRUPTED,
}
# How the fields are named to a person (the field's name in the file in brackets).
LABELS = {
    fmt.F_OFFICE_CODE: ("байгууллагын код", "office code"),
    fmt.F_OFFICE_NAME: ("байгууллагын нэр", "office name"),
    fmt.F_AIMAG: ("аймгийн код", "aimag code"),
    fmt.F_PERIOD: ("тайлант үе", "period"),
    fmt.F_CREATED: ("үүсгэсэн огноо", "date made"),
    fmt.F_APP_VERSION: ("програмын хувилбар", "program version"),
    fmt.F_SCHEMA: ("схемийн хувилбар", "schema version"),
    fmt.F_KEY_ID: ("түлхүүрийн дугаар", "key id"),
    fmt.F_SEQUENCE: ("багцын дугаар", "bundle number"),
    fmt.F_PREVIOUS: ("өмнөх багцын хэш", "previous bundle's digest"),
    fmt.F_AUDIT_HEAD: ("аудитын сүүлийн хэш", "audit log head"),
    fmt.F_AUDIT_COUNT: ("аудитын бичлэгийн тоо", "audit entry count"),
    fmt.F_AUDIT_PREVIOUS_COUNT: ("өмнөх багцын үеийн аудитын бичлэгийн тоо", "audit entry count at the previous bundle"),
    fmt.F_AUDIT_PREVIOUS_HEAD: ("өмнөх багцын үеийн аудитын хэш", "audit log head at the previous bundle"),
    fmt.F_PERSONAL: ("хувийн мэдээлэл", "personal data"),
    fmt.F_INTERRUPTED: ("тасалдсан экспортууд", "interrupted exports"),
}
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DIGITS = re.compile(r"[0-9]{1,10}")
_KEY_ID = re.compile(r"[0-9A-Za-z_-]{1,32}")


@dataclass(frozen=True)
class Claims:
    """bag-info.txt's values, each within its column's range (not yet vouched for by a signature)."""

    office_code: str
    office_name: str
    aimag_code: str
    period: str
    created_at: datetime
    app_version: str
    schema_version: int
    key_id: str
    sequence: int
    previous_digest: str
    audit_head: str
    audit_count: int | None
    audit_previous: tuple[int, str] | None  # (count, head) of the chain where the previous bundle ended
    personal_data: bool
    interrupted: tuple[int, ...]


def claimed_office(info: dict[str, str]) -> str | None:
    """The office code for a refusal record: None unless it fits the column and is printable."""
    code = info.get(fmt.F_OFFICE_CODE)
    if code is None or not code or len(code) > MAX_LENGTH[fmt.F_OFFICE_CODE] or not clean_text(code):
        return None
    return code


def claimed_sequence(info: dict[str, str]) -> int | None:
    """The sequence for a refusal record: None unless it is a number from 1 to 2^31 − 1."""
    text = info.get(fmt.F_SEQUENCE, "")
    if not _DIGITS.fullmatch(text):
        return None
    number = int(text)
    return number if 1 <= number <= INT4_MAX else None


def _problem(field: str, why_mn: str, why_en: str) -> Refused:
    mn, en = LABELS[field]
    return Refused(Code.NOT_A_BUNDLE, f"bag-info.txt: «{mn}» ({field}) {why_mn}",
                   f"bag-info.txt: the {en} ({field}) {why_en}", fmt.BAG_INFO)


def _text(info: dict[str, str], field: str) -> str:
    if field not in info:
        raise _problem(field, "алга.", "is missing.")
    value = info[field]
    if len(value) > MAX_LENGTH[field]:
        raise _problem(field, f"хэт урт ({MAX_LENGTH[field]} тэмдэгтээс ихгүй).",
                       f"is too long (at most {MAX_LENGTH[field]} characters).")
    if not clean_text(value):
        raise _problem(field, "удирдлагын тэмдэгттэй.", "holds control characters.")
    return value


def _number(info: dict[str, str], field: str, *, low: int = 1) -> int:
    text = _text(info, field)
    if not _DIGITS.fullmatch(text) or not low <= int(text) <= INT4_MAX:
        raise _problem(field, f"{low}-с {INT4_MAX} хүртэлх бүхэл тоо байх ёстой.",
                       f"must be a whole number from {low} to {INT4_MAX}.")
    return int(text)


def _interrupted(info: dict[str, str]) -> tuple[int, ...]:
    if fmt.F_INTERRUPTED not in info:
        return ()
    parts = [p.strip() for p in _text(info, fmt.F_INTERRUPTED).split(",") if p.strip()]
    if len(parts) > MAX_INTERRUPTED or not all(_DIGITS.fullmatch(p) and 1 <= int(p) <= INT4_MAX for p in parts):
        raise _problem(fmt.F_INTERRUPTED, f"1-с {INT4_MAX} хүртэлх тоонуудын жагсаалт байх ёстой.",
                       f"must be a list of numbers from 1 to {INT4_MAX}.")
    return tuple(int(p) for p in parts)


def _audit_previous(info: dict[str, str]) -> tuple[int, str] | None:
    """Where the previous bundle's audit chain ended, as this office's chain has it now; an empty
    head says the chain no longer reaches that count. None when the bundle does not say."""
    if fmt.F_AUDIT_PREVIOUS_COUNT not in info and fmt.F_AUDIT_PREVIOUS_HEAD not in info:
        return None
    count = _number(info, fmt.F_AUDIT_PREVIOUS_COUNT, low=0)
    head = _text(info, fmt.F_AUDIT_PREVIOUS_HEAD)
    if head and not _HEX64.fullmatch(head):
        raise _problem(fmt.F_AUDIT_PREVIOUS_HEAD, "64 тэмдэгттэй хэш байх ёстой.", "must be a 64-character digest.")
    return count, head


def read_claims(info: dict[str, str]) -> Claims:
    """Every field SoumDesk reads, checked; Refused (not a bundle) naming the first field at fault."""
    from soum_desk.domain.periods import Period
    from soum_desk.errors import UserError

    office_code = _text(info, fmt.F_OFFICE_CODE)
    if not office_code:
        raise _problem(fmt.F_OFFICE_CODE, "хоосон.", "is empty.")
    period = _text(info, fmt.F_PERIOD)
    try:
        Period.parse(period)
    except UserError:
        raise _problem(fmt.F_PERIOD, "буруу (жишээ нь 2024Q4).", "is not valid (for example 2024Q4).") from None
    try:
        created = datetime.fromisoformat(_text(info, fmt.F_CREATED)).replace(tzinfo=None)
    except ValueError:
        raise _problem(fmt.F_CREATED, "огноо биш.", "is not a date and time.") from None
    digests = {}
    for field in (fmt.F_PREVIOUS, fmt.F_AUDIT_HEAD):
        digests[field] = _text(info, field)
        if not _HEX64.fullmatch(digests[field]) and not (field == fmt.F_AUDIT_HEAD and digests[field] == ""):
            raise _problem(field, "64 тэмдэгттэй хэш байх ёстой.", "must be a 64-character digest.")
    key_id = _text(info, fmt.F_KEY_ID)
    if not _KEY_ID.fullmatch(key_id):
        raise _problem(fmt.F_KEY_ID, "буруу.", "is not valid.")
    personal = _text(info, fmt.F_PERSONAL)
    if personal not in ("yes", "no"):
        raise _problem(fmt.F_PERSONAL, "yes эсвэл no байх ёстой.", "must be yes or no.")
    audit_count = _number(info, fmt.F_AUDIT_COUNT, low=0) if fmt.F_AUDIT_COUNT in info else None
    return Claims(office_code=office_code, office_name=_text(info, fmt.F_OFFICE_NAME),
                  aimag_code=_text(info, fmt.F_AIMAG), period=period, created_at=created,
                  app_version=_text(info, fmt.F_APP_VERSION), schema_version=_number(info, fmt.F_SCHEMA),
                  key_id=key_id, sequence=_number(info, fmt.F_SEQUENCE),
                  previous_digest=digests[fmt.F_PREVIOUS], audit_head=digests[fmt.F_AUDIT_HEAD],
                  audit_count=audit_count, audit_previous=_audit_previous(info), personal_data=personal == "yes", interrupted=_interrupted(info))
