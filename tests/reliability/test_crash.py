"""Item 1: kill -9 of a writer during random service writes (short form; long form in bench)."""

from tests.reliability.crash_harness import run


def test_kill_minus_nine_short(tmp_path):
    stats = run(20, tmp_path, seed=20)
    assert stats.trials == 20 and stats.writes_reported > 20
    assert (stats.integrity_failures, stats.lost, stats.half_applied) == (0, 0, 0), stats.problems
