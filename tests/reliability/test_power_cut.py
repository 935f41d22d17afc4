"""Item 2: power-cut simulation through the VFS shim (short form; long form in
bench/reliability_power_cut.py). ~70 clerk service calls; crash images at every sync point (marker
`long`) or every third one and every checkpoint (`make test`), five crash images each."""

from __future__ import annotations

from sqlalchemy import event

from tests.reliability import power_cut
from tests.reliability.crash_harness import make_template
from tests.reliability.forms import form
from tests.reliability.vfs_shim import default_vfs_name


@form(3, 1, name="every")
def test_every_sync_point_opens_committed_with_nothing_reported_lost(tmp_path, every):
    template, measures = make_template(tmp_path / "template")
    rec = power_cut.record(template, tmp_path, 70, measures, seed=7)
    assert default_vfs_name() == "unix"  # the shim is out of the way again
    summary = rec.summary()
    # the app's own connections went through the shim, and the workload reached a checkpoint
    # and a WAL restart, the moments where unsynced database pages and an old WAL meet
    assert summary["wal_syncs"] >= 70 and summary["db_syncs"] >= 2 and summary["wal_restarts"] >= 1, summary
    stats = power_cut.sweep(rec, tmp_path, every=every, checkpoint_draws=5)
    print(f"\npower cut: {summary}, {stats.sync_points} sync points, {stats.images} images "
          f"{stats.by_variant}, {stats.in_flight_kept} kept the call in flight")
    assert stats.sync_points >= 70 // every and stats.checkpoint_points >= 2 and stats.images >= 350 // every
    assert stats.problems == []
    assert (stats.open_failures, stats.not_committed) == (0, 0)
    assert (stats.crash.integrity_failures, stats.crash.lost, stats.crash.half_applied) == (0, 0, 0)
    assert stats.in_flight_kept > 0  # "all unsynced writes landed" images hold the call in flight


def test_the_simulation_catches_loss_when_commits_are_not_synced(tmp_path):
    """The same sweep with synchronous=NORMAL (WAL not synced at commit) must find lost records:
    the check has teeth, and FULL in the engine is what keeps them."""
    template, measures = make_template(tmp_path / "template")

    def unsynced(ctx) -> None:  # noqa: ANN001
        event.listen(ctx.engine, "connect", lambda conn, _rec: conn.execute("PRAGMA synchronous=NORMAL"))
        ctx.engine.dispose()

    rec = power_cut.record(template, tmp_path, 20, measures, seed=8, on_open=unsynced)
    stats = power_cut.sweep(rec, tmp_path, variants=("drop",))
    print(f"\nsynchronous=NORMAL: {stats.images} images, {stats.crash.lost} reported records lost")
    assert stats.crash.lost > 0 and stats.crash.integrity_failures == 0
