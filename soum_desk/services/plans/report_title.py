"""The plan report's title as the office writes it (seed 001).

Seed 001: «АЙМГИЙН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗРЫН ТӨРИЙН ЗАХИРГААНЫ УДИРДЛАГЫН ХЭЛТСИЙН 2024 ОНЫ ЖИЛИЙН
ЭЦСИЙН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН» — who reports (in the genitive), the year, the period, «ГҮЙЦЭТГЭЛИЙН ТАЙЛАН».
Who reports is read from the plan's own title (the words before «<year> ОНЫ»), else it is the office.
"""

from __future__ import annotations

import re

from soum_desk.domain.periods import ROMAN, Period

_YEAR_WORD = re.compile(r"\b(?:19|20)\d{2}\s+ОНЫ\b")
# What is reported, in the genitive, for the documents that are not the office's own annual plan
# (seed 001 reports an annual plan and names none): «… 2024 ОНЫ ҮР ДҮНГИЙН ГЭРЭЭНИЙ ЖИЛИЙН ЭЦСИЙН …»
KIND_WORDS: dict[str, tuple[str, str]] = {
    "governor_programme": ("ЗАСАГ ДАРГЫН ҮЙЛ АЖИЛЛАГААНЫ ХӨТӨЛБӨРИЙН", "GOVERNOR'S ACTION PROGRAMME"),
    "guidelines": ("ЭДИЙН ЗАСАГ, НИЙГМИЙГ ХӨГЖҮҮЛЭХ ҮНДСЭН ЧИГЛЭЛИЙН", "SOCIO-ECONOMIC GUIDELINES"),
    "result_contract": ("ҮР ДҮНГИЙН ГЭРЭЭНИЙ", "RESULT CONTRACT"),
    "council_resolution": ("ИТХ-ЫН ТОГТООЛЫН", "CITIZENS' COUNCIL RESOLUTION"),
    "ordinance": ("ЗАСАГ ДАРГЫН ЗАХИРАМЖИЙН", "GOVERNOR'S ORDINANCE"),
}


def genitive(name: str) -> str:
    """«… Тамгын газар» → «… Тамгын газрын», as titles write an office's name."""
    name = name.strip()
    return name[:-len("газар")] + "газрын" if name.lower().endswith("газар") else name


def reporter_words(plan_title: str, office_name: str) -> str:
    """Who reports, in the genitive: the plan title's words before «<year> ОНЫ», else the office."""
    upper = " ".join(plan_title.upper().split())
    match = _YEAR_WORD.search(upper)
    if match and upper[:match.start()].strip():
        return upper[:match.start()].strip()
    return genitive(office_name).upper()


def _period_words_mn(period: Period) -> str:
    if period.kind == "Y":
        return "ЖИЛИЙН ЭЦСИЙН"
    if period.kind == "H":
        return "ХАГАС ЖИЛИЙН" if period.number == 1 else "II ХАГАС ЖИЛИЙН"
    return f"{ROMAN[period.number]} УЛИРЛЫН"


def _period_words_en(period: Period) -> str:
    if period.kind == "Y":
        return f"YEAR-END PERFORMANCE REPORT FOR {period.year}"
    if period.kind == "H":
        return f"PERFORMANCE REPORT FOR H{period.number} {period.year}"
    return f"PERFORMANCE REPORT FOR Q{period.number} {period.year}"


def report_title(plan_title: str, office_name: str, period: Period, lang: str = "mn",
                 kind: str = "annual_plan") -> str:
    """«<WHO> <YEAR> ОНЫ [<WHAT>] <PERIOD> ГҮЙЦЭТГЭЛИЙН ТАЙЛАН»; in English the report's kind and period
    only (who reports is a Mongolian name: it stays on the line above, as written)."""
    what = KIND_WORDS.get(kind)
    if lang == "en":
        return f"{what[1]}: {_period_words_en(period)}" if what else _period_words_en(period)
    who = reporter_words(plan_title, office_name)
    middle = f"{what[0]} " if what else ""
    return f"{who} {period.year} ОНЫ {middle}{_period_words_mn(period)} ГҮЙЦЭТГЭЛИЙН ТАЙЛАН".strip()
