"""Item 5: a bundle export killed (SIGKILL) at 50 points: the stick holds nothing that looks
complete, or the whole bundle that verifies; hidden temporaries are removed by the next export."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from collections import Counter

import pytest

from soum_desk.bundle import usb
from soum_desk.bundle.verdict import Code
from soum_desk.fileio import TEMP_MARK
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.core import users
from soum_desk.services.core.startup import open_context
from soum_desk.services.province import imports as province_import
from tests.bundle.conftest import (  # noqa: F401 - fixtures
    KEY_PASS,
    PASS,
    _fast_kdf_and_fake_provider,
    make_office,
    province_ctx,
    register,
)
from tests.reliability.forms import form


def _export(paths, out, fd: int | None = None) -> None:  # noqa: ANN001
    ctx = open_context(paths)
    ctx = ctx.as_actor(users.authenticate(ctx, "head", PASS))
    if fd is not None:
        os.write(fd, b"R")  # signed in: the export itself starts now
    bundle_export.export_bundle(ctx, "2024Q4", out, KEY_PASS)


def _run_export(paths, out, kill_after: float | None) -> float:  # noqa: ANN001
    """Export in a forked child; SIGKILL it `kill_after` s after sign-in (None: let it finish).
    Returns the seconds from sign-in to the end (or the kill)."""
    read, write = os.pipe()
    proc = multiprocessing.get_context("fork").Process(target=_export, args=(paths, out, write), daemon=True)
    proc.start()
    os.close(write)
    try:
        assert os.read(read, 1) == b"R"
        started = time.perf_counter()
        if kill_after is None:
            proc.join()
            assert proc.exitcode == 0
        else:
            time.sleep(kill_after)
            os.kill(proc.pid, signal.SIGKILL)
        return time.perf_counter() - started
    finally:
        proc.join()
        os.close(read)


@form(12, 50, env="SOUM_DESK_KILL_POINTS", name="points")
def test_killed_exports(province_ctx, make_office, tmp_path, points):  # noqa: F811
    env = make_office()
    register(province_ctx, env)
    bundle_export.approve_period(env.ctx, "2024Q4")
    (tmp_path / "probe").mkdir()
    duration = _run_export(env.ctx.paths, tmp_path / "probe", None)  # the export alone, in a child like the rest
    [first] = (tmp_path / "probe").iterdir()
    assert province_import.import_files(province_ctx, [first])[0]["verdict"] == "valid"
    rnd = random.Random(5)
    complete = nothing = 0
    for point in range(points):
        out = tmp_path / f"usb{point}"
        out.mkdir()
        kill_after = duration * 1.3 * (point + rnd.random()) / points
        if point == points - 1:  # well after a normal export ends: on a loaded machine one run still finishes
            kill_after = duration * 3
        _run_export(env.ctx.paths, out, kill_after)
        visible = [p for p in out.iterdir() if TEMP_MARK not in p.name]
        for path in visible:
            verdict = province_import.import_files(province_ctx, [path])[0]["verdict"]
            # held = signature, manifests and schema verified, waiting only for the earlier sequence
            assert verdict in {Code.VALID.value, Code.REPLAY.value, Code.HELD.value}, (point, path.name, verdict)
        complete += bool(visible)
        nothing += not visible
        for path in visible:  # the clerk takes the finished bundle off the stick
            path.rename(tmp_path / f"delivered-{point}-{path.name}")
        # the next export into the same folder removes what the killed one left hidden, and never
        # reuses a number that may have left the office
        used = max(e["sequence"] for e in bundle_export.list_exports(env.ctx))
        after = env.export("2024Q4", out)
        assert int(after.stem.rsplit("_", 1)[1]) == used + 1
        assert [p.name for p in out.iterdir() if TEMP_MARK in p.name] == []
    states = Counter(e["state"] for e in bundle_export.list_exports(env.ctx))
    print(f"\nbundle export killed at {points} points over 1.3x the export ({duration:.2f} s): {nothing} left "
          f"nothing complete-looking, {complete} left the whole bundle, which verified; 0 temporaries after the "
          f"next export; export states {dict(states)}")
    assert complete + nothing == points and complete >= 1 and nothing >= 1
    assert states["writing"] == 0


# --- the item 5 finding: a kill after the bundle reached the stick but before it was recorded ---


def _export_dying(paths, out, when: str) -> None:  # noqa: ANN001
    """Runs in the forked child: SIGKILL itself right after the verified rename onto the stick
    ("after_copy") or just before the copy starts ("before_copy")."""
    real = usb.copy_verified

    def copy_then_die(source, target, progress=None):  # noqa: ANN001, ANN202
        if when == "after_copy":
            real(source, target, progress)
        os.kill(os.getpid(), signal.SIGKILL)

    usb.copy_verified = copy_then_die
    _export(paths, out)


def _killed_export(env, out, when: str = "after_copy") -> list:  # noqa: ANN001
    proc = multiprocessing.get_context("fork").Process(target=_export_dying, args=(env.ctx.paths, out, when))
    proc.start()
    proc.join()
    assert proc.exitcode == -signal.SIGKILL
    return sorted(p for p in out.iterdir() if TEMP_MARK not in p.name)


def test_killed_after_the_rename_same_stick(province_ctx, make_office, tmp_path):  # noqa: F811
    """The next export into the same folder finds the finished file, confirms it and takes the
    next number (the old code refused with «…zip already exists»); both import in order."""
    env = make_office()
    register(province_ctx, env)
    bundle_export.approve_period(env.ctx, "2024Q4")
    usb_dir = tmp_path / "usb"
    usb_dir.mkdir()
    [killed] = _killed_export(env, usb_dir)
    second = env.export("2024Q4", usb_dir)
    states = {e["sequence"]: e["state"] for e in bundle_export.list_exports(env.ctx)}
    assert states == {1: "done", 2: "done"} and killed.name.endswith("_0001.zip") and second.name.endswith("_0002.zip")
    verdicts = [r["verdict"] for r in province_import.import_files(province_ctx, [killed, second])]
    assert verdicts == ["valid", "valid"]


def test_killed_after_the_rename_file_also_delivered(province_ctx, make_office, tmp_path):  # noqa: F811
    """The killed export's file reached the province by another way (the clerk copied it):
    the next export must not reuse its number (the old code did: a sequence conflict)."""
    env = make_office()
    register(province_ctx, env)
    assert province_import.import_files(province_ctx, [env.export("2024Q3")])[0]["verdict"] == "valid"
    bundle_export.approve_period(env.ctx, "2024Q4")
    stick = tmp_path / "stick"
    stick.mkdir()
    [killed] = _killed_export(env, stick)
    delivered = killed.rename(tmp_path / killed.name)  # taken off the stick before the next export
    assert province_import.import_files(province_ctx, [delivered])[0]["verdict"] == "valid"
    nxt = env.export("2024Q4", stick)
    assert nxt.name.endswith("_0003.zip")
    assert {e["sequence"]: e["state"] for e in bundle_export.list_exports(env.ctx)}[2] == "interrupted"
    assert province_import.import_files(province_ctx, [nxt])[0]["verdict"] == "valid"


@pytest.mark.parametrize("when", ["after_copy", "before_copy"])
def test_interrupted_export_does_not_hold_the_next(province_ctx, make_office, tmp_path, when):  # noqa: F811
    """The killed export never reaches the province: the next bundle declares its number
    interrupted (signed), so the province imports it without holding it for the gap; the
    stray file, if it turns up later, is refused as older."""
    env = make_office()
    register(province_ctx, env)
    assert province_import.import_files(province_ctx, [env.export("2024Q3")])[0]["verdict"] == "valid"
    bundle_export.approve_period(env.ctx, "2024Q4")
    stick = tmp_path / "stick"
    stick.mkdir()
    left = _killed_export(env, stick, when)
    stray = [p.rename(tmp_path / p.name) for p in left]
    assert len(stray) == (when == "after_copy")
    nxt = env.export("2024Q4", stick)
    assert nxt.name.endswith("_0003.zip")
    result = province_import.import_files(province_ctx, [nxt])[0]
    assert result["verdict"] == "valid", result
    assert province_import.list_held(province_ctx) == []
    for path in stray:
        assert province_import.import_files(province_ctx, [path])[0]["verdict"] == "rollback"


def test_declared_gap_after_a_missing_bundle_is_released(province_ctx, make_office, tmp_path):  # noqa: F811
    """1 imported, 2 not yet delivered, 3 interrupted, 4 declares 3: 4 is held for 2 only, and
    imported by itself once 2 arrives (it is not next in line: 3 never will be)."""
    env = make_office()
    register(province_ctx, env)
    assert province_import.import_files(province_ctx, [env.export("2024Q2")])[0]["verdict"] == "valid"
    late = env.export("2024Q3")
    bundle_export.approve_period(env.ctx, "2024Q4")
    stick = tmp_path / "stick"
    stick.mkdir()
    for path in _killed_export(env, stick):
        path.unlink()
    fourth = env.export("2024Q4", stick)
    assert province_import.import_files(province_ctx, [fourth])[0]["verdict"] == "sequence_gap"
    results = province_import.import_files(province_ctx, [late])
    assert [r["verdict"] for r in results] == ["valid", "valid"]
    assert province_import.list_held(province_ctx) == []
