"""Shared pieces of the item-9 property tests: settings profiles, text/date strategies.

`SOUM_DESK_PROPERTY_PROFILE=long` (set by `bench/reliability_property.py`) turns every
property test into its 10,000-example form; the default `ci` profile keeps each test file
well under a minute on the shared CI machine.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

LONG_EXAMPLES = 10_000
_CHECKS = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large,
           HealthCheck.large_base_example]
settings.register_profile("soumdesk-ci", deadline=None, suppress_health_check=_CHECKS, database=None,
                          derandomize=True, print_blob=True)
settings.register_profile("soumdesk-long", deadline=None, suppress_health_check=_CHECKS, database=None,
                          max_examples=LONG_EXAMPLES, print_blob=True)


def long_run() -> bool:
    return os.environ.get("SOUM_DESK_PROPERTY_PROFILE", "ci") == "long"


def examples(short: int, long: int = LONG_EXAMPLES) -> settings:
    """Settings for one property: `short` examples in CI, `long` (10,000) in the bench run."""
    if long_run():
        return settings(settings.get_profile("soumdesk-long"), max_examples=long)
    return settings(settings.get_profile("soumdesk-ci"), max_examples=short)


# Letters a Mongolian clerk types: the Cyrillic alphabet with Ө Ү Ё, some Latin, digits.
CYRILLIC = "АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмноөпрстуүфхцчшщъыьэюя"
LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PUNCT = ",.;:!?-–—()/«»\"'%№+"
WORD = st.text(st.sampled_from(CYRILLIC + CYRILLIC + LATIN + "0123456789" + PUNCT), min_size=1, max_size=14)


@st.composite
def words(draw: st.DrawFn, min_words: int = 1, max_words: int = 12, long_text: bool = True) -> str:
    """Single-spaced words, as a cell holds them after the importers' whitespace clean-up.

    Now and then a very long text (up to ~3,000 characters), as real narratives are."""
    if long_text and draw(st.integers(0, 30)) == 0:
        count = draw(st.integers(100, 300))
    else:
        count = draw(st.integers(min_words, max_words))
    parts = draw(st.lists(WORD, min_size=count, max_size=count))
    text = " ".join(parts)
    if text.startswith(("=", "+", "-", "@")):  # a leading = is a formula in every spreadsheet
        text = "А" + text
    return text


def optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    """None (an empty cell) a third of the time."""
    return st.one_of(st.none(), strategy, strategy)


FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(9999, 12, 31)
EXTREME_DATES = st.one_of(
    st.dates(FIRST_DAY, LAST_DAY),
    st.sampled_from([FIRST_DAY, date(1900, 2, 28), date(1900, 3, 1), date(1999, 12, 31), date(2000, 2, 29),
                     date(2024, 2, 29), date(2099, 12, 31), date(2100, 1, 1), date(9999, 12, 1), LAST_DAY]),
    st.dates(date(1990, 1, 1), date(2025, 12, 31)),
    st.dates(date(1990, 1, 1), date(2025, 12, 31)),
)
TIMES = st.times(time(0, 0), time(23, 59)).map(lambda t: t.replace(second=0, microsecond=0))


@st.composite
def date_cell(draw: st.DrawFn, day: date) -> object:
    """The day as a clerk's file holds it: an Excel date, or text in one of the accepted forms."""
    form = draw(st.sampled_from(["datetime", "datetime", "dotted", "iso", "dmy", "slash"]))
    if form == "datetime":
        return datetime.combine(day, draw(TIMES))
    if form == "dotted":
        return f"{day.year:04d}.{day.month:02d}.{day.day:02d}"
    if form == "iso":
        return day.isoformat()
    if form == "dmy":
        return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    return f"{day.year:04d}/{day.month}/{day.day}"


def maybe_case(draw: st.DrawFn, text: str) -> str:
    return draw(st.sampled_from([text, text.upper(), text.lower(), f" {text} "]))
