"""When a plan's report is due, per period and plan kind (seed 003 §4.3, §10.2).

§10.2: soum offices and agencies send the year's report by 25 November (expected figures).
§4.3: the report on a result contract the aimag governor concluded with a budget organisation's
head is due by 10 January (of the next year: it reports the whole year). Annex 1, which sets the
quarterly dates, is not in the seeds; those defaults are placeholders the office can change.

A rule is "MM-DD" (in the period's year) or "+MM-DD" (in the next year); the rule key is the
period kind: "Q1".."Q4", "H1", "H2" or "Y".
"""

from __future__ import annotations

import re
from datetime import date

from soum_desk.domain.periods import Period

DEFAULT_RULES: dict[str, str] = {"Q1": "04-10", "Q2": "07-10", "Q3": "10-10", "Q4": "+01-10",
                                 "H1": "07-10", "H2": "+01-10", "Y": "11-25"}
# Per plan kind, what differs from DEFAULT_RULES.
DEFAULT_KIND_RULES: dict[str, dict[str, str]] = {"result_contract": {"Y": "+01-10"}}
RULE_KEYS = ("Q1", "Q2", "Q3", "Q4", "H1", "H2", "Y")
_RULE = re.compile(r"\+?\d{2}-\d{2}")


def rule_key(period: Period) -> str:
    return "Y" if period.kind == "Y" else period.code[4:]


def valid_rule(rule: str) -> bool:
    if not _RULE.fullmatch(rule):
        return False
    month, day = (int(x) for x in rule.lstrip("+").split("-"))
    try:
        date(2024, month, day)  # a leap year: 02-29 is a rule some year can meet
    except ValueError:
        return False
    return True


def rule_date(rule: str, year: int) -> date:
    month, day = (int(x) for x in rule.lstrip("+").split("-"))
    return date(year + (1 if rule.startswith("+") else 0), month, day)


def deadline(period: Period, kind: str | None, rules: dict[str, str],
             kind_rules: dict[str, dict[str, str]]) -> date | None:
    """The plan kind's own rule for the period, else the common rule; None when neither is set."""
    key = rule_key(period)
    rule = (kind_rules.get(kind or "") or {}).get(key) or rules.get(key)
    return rule_date(rule, period.year) if rule else None
