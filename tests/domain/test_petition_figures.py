from datetime import date

from soum_desk.domain.petition_figures import PetitionFacts, compute, outcome

Q4 = (date(2024, 10, 1), date(2024, 12, 31))


def facts(received, due, resolved=None, **kw):
    return PetitionFacts(received, due, resolved, **kw)


def test_each_rule_of_domain_md():
    rows = [
        facts(date(2024, 10, 2), date(2024, 11, 1), date(2024, 10, 20), kind="request", topic="Газар"),  # on time
        facts(date(2024, 10, 3), date(2024, 11, 2), date(2024, 11, 2), kind="request", topic="Газар"),  # on due day
        facts(date(2024, 10, 4), date(2024, 11, 3), date(2024, 11, 10), kind="complaint", topic="Ус"),  # late
        facts(date(2024, 12, 20), date(2025, 1, 19), kind="request"),  # pending, not yet due
        facts(date(2024, 11, 1), date(2024, 12, 1), kind="complaint"),  # overdue
        facts(date(2024, 12, 1), date(2024, 12, 31), kind="thanks"),  # due on the last day: pending
        facts(date(2024, 12, 10), date(2025, 1, 9), date(2025, 1, 5), kind="request"),  # resolved after P: pending
        facts(date(2024, 9, 30), date(2024, 10, 30), date(2024, 10, 2)),  # received before P: not counted
        facts(date(2025, 1, 1), date(2025, 1, 31), date(2025, 1, 2)),  # after P: not counted
    ]
    f = compute(rows, *Q4)
    t = f.total
    assert (t.received, t.on_time, t.late, t.pending, t.overdue) == (7, 2, 1, 3, 1)
    assert t.on_time_percent == round(100 * 2 / 7, 1)
    assert t.average_days == round((18 + 30 + 37) / 3, 1)
    assert f.by["kind"]["complaint"].late == 1 and f.by["kind"]["complaint"].overdue == 1
    assert f.top_topics == [("Газар", 2), ("Ус", 1)]


def test_as_of_a_later_date_moves_pending_and_overdue():
    rows = [facts(date(2024, 12, 10), date(2025, 1, 9), date(2025, 1, 5)),
            facts(date(2024, 12, 20), date(2025, 1, 19)),
            facts(date(2024, 12, 1), date(2024, 12, 31), date(2025, 1, 3))]
    at_end = compute(rows, *Q4)
    assert (at_end.total.on_time, at_end.total.late, at_end.total.pending) == (0, 0, 3)
    later = compute(rows, *Q4, as_of=date(2025, 1, 25))
    t = later.total
    assert later.as_of == date(2025, 1, 25)
    assert (t.received, t.on_time, t.late, t.pending, t.overdue) == (3, 1, 1, 0, 1)


def test_as_of_inside_the_period_counts_only_what_was_received():
    rows = [facts(date(2024, 10, 5), date(2024, 11, 4)), facts(date(2024, 12, 5), date(2025, 1, 4))]
    f = compute(rows, *Q4, as_of=date(2024, 11, 30))
    assert f.total.received == 1 and f.total.overdue == 1


def test_empty_period_has_no_percent():
    f = compute([], *Q4)
    assert f.total.received == 0 and f.total.on_time_percent is None and f.total.average_days is None


def test_outcome_boundaries():
    p = facts(date(2024, 10, 1), date(2024, 10, 31), date(2024, 10, 31))
    assert outcome(p, date(2024, 10, 31)) == "on_time"
    assert outcome(p, date(2024, 10, 30)) == "pending"
    assert outcome(facts(date(2024, 10, 1), date(2024, 10, 31)), date(2024, 11, 1)) == "overdue"
