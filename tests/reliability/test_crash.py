"""Item 1: kill -9 of a writer during random service writes (short form: 6 trials; long form: 20,
marker `long`; `bench.reliability_crash --trials 200` goes further)."""

from tests.reliability.crash_harness import run
from tests.reliability.forms import form


@form(6, 20, name="trials")
def test_kill_minus_nine_short(tmp_path, trials):
    stats = run(trials, tmp_path, seed=20)
    assert stats.trials == trials and stats.writes_reported > trials
    assert (stats.integrity_failures, stats.lost, stats.half_applied) == (0, 0, 0), stats.problems
