import pytest
from hypothesis import given
from hypothesis import strategies as st

from soum_desk.domain.plan_timing import format_quarters, parse_target, parse_timing


@pytest.mark.parametrize(("text", "quarters"), [
    ("I улиралд", {1}), ("I улирал", {1}), ("IV улирал", {4}), ("I,III улирал", {1, 3}),
    ("II, IV улиралд", {2, 4}), ("I-IV улиралд", {1, 2, 3, 4}), ("I-II улиралд", {1, 2}),
    ("I-IV улирал д", {1, 2, 3, 4}), ("/I-IV улирал/", {1, 2, 3, 4}), ("II – III улирал", {2, 3}),
    ("1-р улирал", {1}), ("3, 4 дүгээр улирал", {3, 4}), ("Жилдээ", {1, 2, 3, 4}),
    ("Байнга", {1, 2, 3, 4}), ("Жилийн эцэст", {4}), ("iii улирал", {3}),
])
def test_timing_parsed(text, quarters):
    timing = parse_timing(text)
    assert timing.ok
    assert set(timing.quarters) == quarters
    assert timing.text == text


@pytest.mark.parametrize("text", ["", "2024.03.15-ны дотор", "V улирал", "IV-I улирал", "тогтмол бус"])
def test_unparseable_timing_kept_and_flagged(text):
    timing = parse_timing(text)
    assert not timing.ok
    assert timing.text == text
    assert timing.quarters == {1, 2, 3, 4}  # due everywhere: never silently skipped


def test_timing_label_round_trips():
    for quarters in ({1}, {1, 3}, {2, 4}, {1, 2}, {1, 2, 3, 4}, {2, 3, 4}):
        assert set(parse_timing(format_quarters(quarters)).quarters) == quarters


@pytest.mark.parametrize(("text", "value", "cmp"), [
    ("90%-иас доошгүй", 90, ">="), ("2-оос доошгүй", 2, ">="), ("3700-аас доошгүй", 3700, ">="),
    ("5-аас доошгүй", 5, ">="), ("1", 1, "="), ("15 хоног", 15, "="), ("88,2%", 88.2, "="),
    ("96 хувь", 96, "="), ("10-аас ихгүй", 10, "<="), ("0", 0, "="),
])
def test_target_parsed(text, value, cmp):
    target = parse_target(text)
    assert (target.value, target.comparison) == (value, cmp)
    assert target.text == text


@pytest.mark.parametrize("text", ["Түвшингээ ахиулсан байна.", "96 хувь/0", "", "3ТВ Терабайт"])
def test_target_text_kept_when_not_a_number(text):
    target = parse_target(text)
    assert target.value is None and target.comparison is None and target.text == text



@given(st.sets(st.integers(min_value=1, max_value=4), min_size=1))
def test_any_set_of_quarters_round_trips_through_its_label(quarters):
    assert set(parse_timing(format_quarters(quarters)).quarters) == quarters


@given(st.text(max_size=40))
def test_timing_never_fails_and_keeps_the_text(text):
    timing = parse_timing(text)
    assert timing.text == text.strip()
    assert timing.quarters and timing.quarters <= {1, 2, 3, 4}
