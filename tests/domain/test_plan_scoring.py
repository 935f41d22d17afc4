from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soum_desk.domain import plan_scoring as ps
from soum_desk.errors import ValidationError

# (scale, value, expected level) at every band edge, both sides
EDGES = [
    ("policy", 100, "effective"), ("policy", 90, "effective"), ("policy", 89.99, "partial"),
    ("policy", 89, "partial"), ("policy", 60, "partial"), ("policy", 59.5, "intensify"),
    ("policy", 59, "intensify"), ("policy", 31, "intensify"), ("policy", 30.9, "ineffective"),
    ("policy", 30, "ineffective"), ("policy", 0, "ineffective"),
    ("law", 100, "implemented"), ("law", 90, "implemented"), ("law", 89.9, "in_progress"),
    ("law", 89, "in_progress"), ("law", 50, "in_progress"), ("law", 49.9, "insufficient"),
    ("law", 49, "insufficient"), ("law", 10, "insufficient"), ("law", 9.9, "not_implemented"),
    ("law", 9, "not_implemented"), ("law", 0, "not_implemented"),
]


@pytest.mark.parametrize(("scale", "value", "code"), EDGES)
def test_level_for_percent_at_band_edges(scale, value, code):
    assert ps.level_for_percent(scale, value).code == code
    assert ps.evaluate(code, value) == value


@pytest.mark.parametrize(("code", "outside", "band"), [
    ("effective", 89, "90–100"), ("partial", 90, "60–89"), ("partial", 59, "60–89"),
    ("intensify", 60, "31–59"), ("intensify", 30, "31–59"), ("ineffective", 31, "0–30"),
    ("implemented", 89, "90–100"), ("in_progress", 49, "50–89"), ("in_progress", 90, "50–89"),
    ("insufficient", 9, "10–49"), ("insufficient", 50, "10–49"), ("not_implemented", 10, "0–9"),
])
def test_percent_outside_band_is_refused_naming_the_band(code, outside, band):
    with pytest.raises(ValidationError) as info:
        ps.evaluate(code, outside)
    assert band in info.value.msg.mn and band in info.value.msg.en


def test_defaults_and_bands_match_the_regulation():
    policy = [(lv.default, lv.low, lv.high) for lv in ps.POLICY_LEVELS]
    law = [(lv.default, lv.low, lv.high) for lv in ps.LAW_LEVELS]
    assert policy == [(100, 90, 100), (70, 60, 89), (40, 31, 59), (0, 0, 30), (None, None, None)]
    assert law == [(100, 90, 100), (70, 50, 89), (30, 10, 49), (0, 0, 9), (None, None, None)]
    assert ps.evaluate("partial") == 70
    assert ps.evaluate("insufficient") == 30


@pytest.mark.parametrize("value", [-0.1, 100.1, 250])
def test_percent_outside_0_100_refused(value):
    with pytest.raises(ValidationError):
        ps.level_for_percent("policy", value)


def test_not_scored_levels_take_no_percent_and_leave_averages():
    assert ps.evaluate("not_assessable") is None
    assert ps.evaluate("too_early") is None
    with pytest.raises(ValidationError):
        ps.evaluate("too_early", 50)
    assert ps.average([100, None, 50]) == 75
    assert ps.average([None, None]) is None
    assert ps.average([100, 0], [3, 1]) == 75
    assert ps.average([100, 0, None], [1, 0, 5]) == 100


def test_unknown_level_refused():
    with pytest.raises(ValidationError):
        ps.level("great")


@pytest.mark.parametrize(("history", "streak", "status"), [
    ([], 0, None),
    ([50], 0, None),
    ([0], 1, None),
    ([None], 1, None),
    ([50, 50], 1, None),
    ([50, 50, 50], 2, "stalled"),
    ([50, None, None], 2, "stalled"),
    ([50, 40, 50], 0, None),  # §7.3: 50 > 40, the report just before it — progress
    ([60, 50, 55], 0, None),  # the case: 55 > 50 is progress
    ([60, 50, 50], 2, "stalled"),  # 50 → 50 is not progress, 60 → 50 neither
    ([60, 50, 45, 40], 3, "broken"),
    ([60, 50, 50.01], 0, None),  # the smallest rise counts
    ([60, None, 55], 2, "stalled"),  # missing, then below the last figure given
    ([60, None, 61], 0, None),  # compared with the last figure given
    ([60, 100, 100], 0, None),
    ([99.9, 99.9], 1, None),
    ([None, None, None], 3, "broken"),
    ([20, 20, 20, 20], 3, "broken"),
    ([20, 20, 20, 30], 0, None),
    ([100, 100, 100, 100], 0, None),  # done: nothing left to progress
])
def test_stalled_and_broken(history, streak, status):
    assert ps.no_progress_streak(history) == streak
    assert ps.flow_status(history) == status


def test_overall_score_weights_and_scale():
    groups = [ps.Group("a", 100, 60), ps.Group("b", 50, 40)]
    assert ps.overall_score(groups) == pytest.approx((100 * 0.6 + 50 * 0.4) * 0.05)
    assert ps.overall_score([ps.Group("a", 100, 1)]) == 5
    assert ps.overall_score([ps.Group("a", 0, 1)]) == 0
    # a group with nothing scored drops out and the rest are re-weighted
    assert ps.overall_score([ps.Group("a", 80, 1), ps.Group("b", None, 1)]) == 4
    assert ps.overall_score([]) is None


@pytest.mark.parametrize(("submitted", "days", "after"), [
    (date(2024, 11, 25), 0, 4.0), (date(2024, 11, 24), 0, 4.0), (date(2024, 11, 26), 1, 3.8),
    (date(2024, 11, 28), 3, 3.4), (date(2024, 12, 15), 20, 0.0), (date(2025, 1, 30), 66, 0.0),
])
def test_late_penalty_five_percent_a_day(submitted, days, after):
    score, late, _fraction = ps.late_penalty(4.0, date(2024, 11, 25), submitted)
    assert late == days
    assert score == pytest.approx(after)



@given(st.sampled_from(["policy", "law"]), st.floats(min_value=0, max_value=100, allow_nan=False))
def test_every_percent_has_exactly_one_band_and_is_accepted_there(scale, value):
    level = ps.level_for_percent(scale, value)
    assert [lv.code for lv in ps.levels(scale) if ps.in_band(lv, value)] == [level.code]
    assert ps.evaluate(level.code, value) == value


@given(st.lists(st.one_of(st.none(), st.floats(min_value=0, max_value=100, allow_nan=False)), max_size=12))
def test_streak_rules(history):
    streak = ps.no_progress_streak(history)
    assert 0 <= streak <= len(history)
    status = ps.flow_status(history)
    assert status == (ps.BROKEN if streak >= 3 else ps.STALLED if streak == 2 else None)
    if history and history[-1] is not None and history[-1] >= 100:
        assert streak == 0


@given(st.lists(st.tuples(st.floats(min_value=0, max_value=100, allow_nan=False),
                          st.floats(min_value=0.1, max_value=100, allow_nan=False)), min_size=1, max_size=8))
def test_score_stays_between_0_and_5(groups):
    score = ps.overall_score([ps.Group(str(i), avg, w) for i, (avg, w) in enumerate(groups)])
    assert 0 <= score <= 5 + 1e-9


# §7.5: one plan, one score. Section 1: seven measures at 100 and one at 70 (mean 96,25); sections 2 and 3:
# one measure at 100 each. The plan's mean is 97,0 → 4,85; the mean of the section means would be 98,75.
SEED_LIKE_SECTIONS = [(1.0, [(100.0, 1.0)] * 3 + [(70.0, 1.0)] + [(100.0, 1.0)] * 4), (1.0, [(100.0, 1.0)]),
                      (1.0, [(100.0, 1.0)])]


def test_plan_percent_is_the_mean_of_every_scored_measure_by_default():
    assert ps.plan_percent(SEED_LIKE_SECTIONS) == pytest.approx(97.0)
    assert ps.score_of(ps.plan_percent(SEED_LIKE_SECTIONS)) == pytest.approx(4.85)
    # not scored (None) and weight 0 are left out, never counted as 0
    assert ps.plan_percent([(1.0, [(80.0, 1.0), (None, 1.0)]), (1.0, [(0.0, 0.0)])]) == 80


def test_plan_percent_by_section_weights():
    assert ps.plan_percent(SEED_LIKE_SECTIONS, ps.GROUP_SECTIONS) == pytest.approx(98.75)
    weighted = [(60.0, [(100.0, 1.0)]), (40.0, [(50.0, 1.0)]), (99.0, [(None, 1.0)])]  # nothing scored: re-weighted
    assert ps.plan_percent(weighted, ps.GROUP_SECTIONS) == pytest.approx(80.0)
    assert ps.score_of(ps.plan_percent(weighted, ps.GROUP_SECTIONS)) == pytest.approx(4.0)
    assert ps.plan_percent([], ps.GROUP_SECTIONS) is None and ps.score_of(None) is None


@pytest.mark.parametrize(("declared", "computed", "differs"), [
    (97.5, 97.75, True),  # seed 001: the table writes 97,5, its percents give 97,75
    (97.8, 97.75, False), (97.7, 97.75, False),  # one decimal: agrees within half its last digit
    (97.69, 97.75, True), (97.81, 97.75, True), (None, 97.75, False), (97.5, None, False),
])
def test_declared_average_differs_beyond_its_last_digit(declared, computed, differs):
    assert ps.declared_differs(declared, computed) is differs


@pytest.mark.parametrize(("scale", "level", "percent", "as_level", "as_percent"), [
    ("policy", None, 100, 100, 100), ("policy", None, 90, 100, 90), ("policy", None, 89.99, 70, 89.99),
    ("policy", None, 60, 70, 60), ("policy", None, 59.5, 40, 59.5), ("policy", None, 31, 40, 31),
    ("policy", None, 30.99, 0, 30.99), ("policy", None, 0, 0, 0),
    ("law", None, 89.99, 70, 89.99), ("law", None, 50, 70, 50), ("law", None, 49.9, 30, 49.9),
    ("law", None, 10, 30, 10), ("law", None, 9.99, 0, 9.99),
    ("law", "in_progress", 55, 70, 55),  # the evaluator's level and percent within its band
    ("policy", "partial", 70, 70, 70),  # a level without its own percent carries its value
    ("policy", "not_assessable", None, None, None), ("law", "too_early", None, None, None),
    ("policy", None, None, None, None),  # nothing reported
])
def test_counted_percent_under_both_readings_of_7_1(scale, level, percent, as_level, as_percent):
    assert ps.counted_percent(scale, level, percent, ps.READING_LEVEL) == as_level
    assert ps.counted_percent(scale, level, percent, ps.READING_PERCENT) == as_percent
