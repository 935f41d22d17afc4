"""Seed 003 §4.3 and §10.2: when a plan's report is due, by period and plan kind."""

from datetime import date

from soum_desk.domain.periods import Period
from soum_desk.domain.report_deadlines import (
    DEFAULT_KIND_RULES,
    DEFAULT_RULES,
    deadline,
    valid_rule,
)


def _due(code: str, kind: str | None) -> date | None:
    return deadline(Period.parse(code), kind, DEFAULT_RULES, DEFAULT_KIND_RULES)


def test_result_contract_year_report_due_10_january_of_the_next_year():
    assert _due("2024", "result_contract") == date(2025, 1, 10)  # §4.3


def test_other_kinds_year_report_due_25_november():
    for kind in ("annual_plan", "governor_programme", "guidelines", "council_resolution", "ordinance", "other", None):
        assert _due("2024", kind) == date(2024, 11, 25), kind  # §10.2


def test_quarters_follow_the_common_rules_for_every_kind():
    assert _due("2024Q4", "result_contract") == _due("2024Q4", "annual_plan") == date(2025, 1, 10)
    assert _due("2024Q1", "result_contract") == date(2024, 4, 10)


def test_no_rule_no_deadline_and_rule_syntax():
    assert deadline(Period.parse("2024"), "annual_plan", {}, {}) is None
    assert valid_rule("+01-10") and valid_rule("02-29")
    assert not valid_rule("02-30") and not valid_rule("13-01") and not valid_rule("1-10")
