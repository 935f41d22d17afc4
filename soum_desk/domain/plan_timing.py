"""A measure's timing and target as offices write them.

Timing: «I улиралд», «I,III улирал», «II, IV улиралд», «I-IV улиралд», «I-II улиралд»,
«/I-IV улирал/», «I-IV улирал д» → a set of quarters. Text that cannot be read is
kept as written and flagged, and such a measure counts as due in every quarter
(so it is never silently left out of a report).

Target: «90%-иас доошгүй» → 90, «>=»; «2-оос доошгүй» → 2, «>=»; «1» → 1, «=»;
«15 хоног» → 15, «=»; «...-аас ихгүй» → «<=». Anything else keeps only its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from soum_desk.domain.formatting import parse_number

ALL_QUARTERS = frozenset({1, 2, 3, 4})
ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4}
_WHOLE_YEAR = re.compile(r"^(жилдээ|жилийн\s+турш|жил\s+бүр|байнга|тухай\s+бүр|бүх\s+улирал)\b", re.I)
_QUARTER_WORD = re.compile(r"улирал\s*[а-яөүё]*|улирлын|улиралд", re.I)
_YEAR_END = re.compile(r"^жилийн\s+эцэс", re.I)
_ORDINAL = re.compile(r"(\d)\s*-?\s*(?:р|рт|дүгээр|дугаар|дүгээрт|дугаарт)(?![а-яөүё])", re.I)
_TOKEN = re.compile(r"^(IV|III|II|I|[1-4])$", re.I)


@dataclass(frozen=True)
class Timing:
    text: str
    quarters: frozenset[int]
    ok: bool  # False: could not be read; `quarters` is then all four

    def code(self) -> str:
        """Stored form: «1,3»."""
        return ",".join(str(q) for q in sorted(self.quarters))

    def label(self) -> str:
        """«I, III улирал» — how the export writes a set of quarters."""
        return format_quarters(self.quarters)


def _quarter(token: str) -> int | None:
    token = token.strip().upper()
    if not _TOKEN.match(token):
        return None
    return int(token) if token.isdigit() else ROMAN_VALUES[token]


def parse_timing(text: str | None) -> Timing:
    raw = (text or "").strip()
    cleaned = raw.strip("/() ").replace("–", "-").replace("—", "-")
    if _WHOLE_YEAR.match(cleaned):
        return Timing(raw, ALL_QUARTERS, True)
    if _YEAR_END.match(cleaned):
        return Timing(raw, frozenset({4}), True)
    cleaned = _ORDINAL.sub(r"\1", cleaned)
    body = _QUARTER_WORD.sub(" ", cleaned)
    body = re.sub(r"\s*(-)\s*", "-", body).strip(" ,;.")
    if not body or not _QUARTER_WORD.search(cleaned) and not re.fullmatch(r"[IV1-4,\-\s;]+", body, re.I):
        return Timing(raw, ALL_QUARTERS, False)
    quarters: set[int] = set()
    for part in re.split(r"[,;]|\s+", body):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            ends = part.split("-")
            low, high = (_quarter(ends[0]), _quarter(ends[-1])) if len(ends) == 2 else (None, None)
            if low is None or high is None or low > high:
                return Timing(raw, ALL_QUARTERS, False)
            quarters.update(range(low, high + 1))
        else:
            q = _quarter(part)
            if q is None:
                return Timing(raw, ALL_QUARTERS, False)
            quarters.add(q)
    if not quarters:
        return Timing(raw, ALL_QUARTERS, False)
    return Timing(raw, frozenset(quarters), True)


def format_quarters(quarters: frozenset[int] | set[int]) -> str:
    ordered = sorted(quarters)
    roman = {v: k for k, v in ROMAN_VALUES.items()}
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{roman[ordered[0]]}-{roman[ordered[-1]]} улирал"
    return ", ".join(roman[q] for q in ordered) + " улирал"


@lru_cache(maxsize=64)  # a plan has a handful of distinct codes over thousands of measures
def quarters_from_code(code: str | None) -> frozenset[int]:
    return frozenset(int(x) for x in (code or "").split(",") if x.strip()) or ALL_QUARTERS


# --- targets ------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    text: str
    value: float | None
    comparison: str | None  # ">=", "<=", "=" or None


_NUMBER = r"(\d[\d\s\u00a0]*(?:[.,]\d+)?)"
_AT_LEAST = re.compile(_NUMBER + r"\s*(?:%|хувь)?\s*-?\s*[а-яөүё]*\s+(доошгүй|багагүй)", re.I)
_AT_MOST = re.compile(_NUMBER + r"\s*(?:%|хувь)?\s*-?\s*[а-яөүё]*\s+(ихгүй|илүүгүй|хэтрэхгүй|дээшгүй)", re.I)
_PLAIN = re.compile(r"^" + _NUMBER + r"\s*(%|хувь|хоног|удаа|ш|тоо|төгрөг)?\.?$", re.I)


def parse_target(text: str | None) -> Target:
    raw = (text or "").strip()
    compact = re.sub(r"\s+", " ", raw)
    for pattern, comparison in ((_AT_LEAST, ">="), (_AT_MOST, "<=")):
        match = pattern.search(compact)
        if match:
            return Target(raw, _number(match.group(1)), comparison)
    match = _PLAIN.match(compact)
    if match:
        return Target(raw, _number(match.group(1)), "=")
    return Target(raw, None, None)


def _number(text: str) -> float | None:
    value = parse_number(text)
    return None if value is None else float(value)
