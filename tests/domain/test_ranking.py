"""Seed 003 §7.5 scoring, §11.1 late penalty, ranking order and deadlines."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soum_desk.domain import ranking
from soum_desk.domain.periods import Period

W = {"plans": 60.0, "petitions": 20.0, "letters": 20.0}


def test_overall_score_is_weighted_sum_times_005():
    assert ranking.overall_score({"plans": 100, "petitions": 100, "letters": 100}, W) == 5.0
    assert ranking.overall_score({"plans": 80, "petitions": 50, "letters": 100}, W) == pytest.approx(
        (80 * 0.6 + 50 * 0.2 + 100 * 0.2) * 0.05)
    assert ranking.overall_score({"plans": 80}, W) == pytest.approx(80 * 0.6 * 0.05)  # missing groups: 0


def test_weights_must_sum_to_100():
    with pytest.raises(ValueError):
        ranking.overall_score({"plans": 50}, {"plans": 50, "letters": 20})


def test_late_penalty_five_percent_per_day():
    assert ranking.late_penalty(4.0, 0) == 4.0
    assert ranking.late_penalty(4.0, 1) == pytest.approx(3.8)
    assert ranking.late_penalty(4.0, 3) == pytest.approx(3.4)
    assert ranking.late_penalty(4.0, 25) == 0.0
    assert ranking.days_late(date(2025, 1, 12), date(2025, 1, 10)) == 2
    assert ranking.days_late(date(2025, 1, 9), date(2025, 1, 10)) == 0
    assert ranking.days_late(None, date(2025, 1, 10)) == 0


def test_ratio_percent():
    assert ranking.ratio_percent(45, 50) == 90.0
    assert ranking.ratio_percent(0, 0) == 100.0  # nothing due is nothing missed
    assert ranking.ratio_percent(None, 10) is None


def test_rank_shares_places_and_puts_missing_last():
    entries = [ranking.Entry("a", "A", groups={"plans": 90}), ranking.Entry("b", "B", groups={"plans": 90}),
               ranking.Entry("c", "C", groups={"plans": 95}, late_days=2),
               ranking.Entry("d", "D", submitted=False),
               ranking.Entry("x", "Agency X", kind="agency", groups={"plans": 10})]
    ranking.score_entries(entries, W)
    ordered = ranking.rank(entries)
    assert [(e.office_code, e.rank) for e in ordered] == [("a", 1), ("b", 1), ("c", 3), ("d", None), ("x", 1)]
    assert ordered[2].final == pytest.approx(95 * 0.6 * 0.05 * 0.9)


def test_default_deadlines():
    assert ranking.default_deadline(Period.parse("2024")) == date(2024, 11, 25)
    assert ranking.default_deadline(Period.parse("2024Q4"), 10) == date(2025, 1, 10)
    assert ranking.default_deadline(Period.parse("2024Q1"), 5) == date(2024, 4, 5)


@given(st.dictionaries(st.sampled_from(list(W)), st.floats(-50, 150, allow_nan=False)),
       st.integers(0, 40))
def test_scores_stay_between_0_and_5(groups, days):
    score = ranking.overall_score(groups, W)
    assert 0.0 <= score <= 5.0
    assert 0.0 <= ranking.late_penalty(score, days) <= score
