"""Item 7, short form: the province import of real offices' bundles killed (SIGKILL) at a few
points, on SQLite and on PostgreSQL (when SOUM_DESK_TEST_PG_URL is set): each bundle fully
imported or not at all, and the re-run gives the same tables, figures and ranking as an
uninterrupted run. `make test`: 6 offices, 3 kills; marker `long`: 18 offices, 6 kills
(`SOUM_DESK_PROVINCE_KILL_POINTS` sets the kills); `python -m bench.reliability_province_kill`: 60."""

from __future__ import annotations

import os

import pytest

from tests.bundle.conftest import PG_URL
from tests.reliability import province_offices
from tests.reliability.forms import LONG
from tests.reliability.province_kill import Sweep


@pytest.fixture(scope="module")
def offices(request, tmp_path_factory, data_templates):
    """`request.param` offices (built once per module for each size)."""
    return province_offices.build(tmp_path_factory.mktemp("offices"), count=request.param, templates=data_templates)


POINTS = os.environ.get("SOUM_DESK_PROVINCE_KILL_POINTS")
FORMS = [pytest.param(18, int(POINTS), id=f"points={POINTS}")] if POINTS else [
    pytest.param(6, 3, id="short"), pytest.param(18, 6, id="long", marks=LONG)]


@pytest.mark.parametrize(("offices", "points"), FORMS, indirect=["offices"])
@pytest.mark.parametrize("backend", ["sqlite"] + (["postgresql"] if PG_URL else []))
def test_killed_province_import(offices, tmp_path, backend, points):
    sweep = Sweep(tmp_path, offices, PG_URL if backend == "postgresql" else None)
    try:
        for point, (after, seconds) in enumerate(sweep.kill_plan(points, seed=7)):
            sweep.kill_at(point, after, seconds)
    finally:
        if backend == "postgresql":
            from tests.reliability.province_kill import reset_pg

            reset_pg(PG_URL)  # leave the shared test database empty
    print(f"\nprovince import killed ({backend}): {sweep.summary()}")
    stats = sweep.stats
    assert stats.partial == [] and stats.integrity == [] and stats.rerun_different == []
    assert stats.points == points
    assert len([n for n in stats.imported_at_kill.elements() if 0 < n < len(offices.bundles)]) >= 1
