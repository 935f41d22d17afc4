"""Item 5: a bundle export killed (SIGKILL) at 50 points: the stick holds nothing that looks
complete, or the whole bundle that verifies; hidden temporaries are removed by the next export."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time

from soum_desk.bundle.verdict import Code
from soum_desk.fileio import TEMP_MARK
from soum_desk.services import bundle_export, province_import, users
from soum_desk.services.startup import open_context
from tests.bundle.conftest import (  # noqa: F401 - fixtures
    KEY_PASS,
    PASS,
    _fast_kdf_and_fake_provider,
    make_office,
    province_ctx,
    register,
)

POINTS = int(os.environ.get("SOUM_DESK_KILL_POINTS", "50"))


def _export(paths, out) -> None:  # noqa: ANN001
    ctx = open_context(paths)
    ctx = ctx.as_actor(users.authenticate(ctx, "head", PASS))
    bundle_export.export_bundle(ctx, "2024Q4", out, KEY_PASS)


def test_killed_exports(province_ctx, make_office, tmp_path):  # noqa: F811
    env = make_office()
    register(province_ctx, env)
    bundle_export.approve_period(env.ctx, "2024Q4")
    started = time.perf_counter()
    first = env.export("2024Q4", tmp_path / "probe")
    duration = time.perf_counter() - started
    assert province_import.import_files(province_ctx, [first])[0]["verdict"] == "valid"
    rnd = random.Random(5)
    complete = nothing = 0
    for point in range(POINTS):
        out = tmp_path / f"usb{point}"
        out.mkdir()
        proc = multiprocessing.get_context("fork").Process(target=_export, args=(env.ctx.paths, out), daemon=True)
        proc.start()
        time.sleep(duration * 1.5 * point / POINTS + rnd.uniform(0, duration / POINTS))
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        visible = [p for p in out.iterdir() if TEMP_MARK not in p.name]
        for path in visible:
            verdict = province_import.import_files(province_ctx, [path])[0]["verdict"]
            # held = signature, manifests and schema verified, waiting only for the earlier sequence
            assert verdict in {Code.VALID.value, Code.REPLAY.value, Code.HELD.value}, (point, path.name, verdict)
        complete += bool(visible)
        nothing += not visible
        for path in visible:  # the clerk takes the finished bundle off the stick
            path.rename(tmp_path / f"delivered-{point}-{path.name}")
        # the next export into the same folder removes what the killed one left hidden
        env.export("2024Q4", out)
        assert [p.name for p in out.iterdir() if TEMP_MARK in p.name] == []
    print(f"\nbundle export killed at {POINTS} points: {nothing} left nothing complete-looking, "
          f"{complete} left the whole bundle, which verified; 0 temporaries after the next export")
    assert complete + nothing == POINTS
