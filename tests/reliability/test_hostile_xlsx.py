"""Item 10: hostile spreadsheets through every importer, service and CLI, each in a child with
RLIMIT_AS = 512 MiB and a 10 s limit: a clear message, nothing written (short and long forms, see
`cases`; `bench/reliability_hostile.py` runs the whole matrix)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.forms import LONG
from tests.reliability.hostile_runner import judge
from tests.reliability.hostile_xlsx import AREAS, EXPECTED, KINDS, SLOW, build, expected

ROOT = Path(__file__).resolve().parents[2]


def cases(folder: Path, form: str = "long") -> list[dict]:
    """Long form: every kind × every importer through the service; each kind once through the CLI
    (the importer taking turns); the two kinds read in full by design (seconds each) for one importer.
    Short form: each kind once through the service (the importer taking turns, so each importer
    meets a third of the kinds), and every fourth kind once more through the CLI (each importer in turn).
    `bench/reliability_hostile.py` runs the whole matrix both ways."""
    out = []
    areas = sorted(AREAS)
    for number, kind in enumerate(KINDS):
        turn = areas[number % len(areas)]
        for area in areas if kind not in SLOW and form == "long" else [turn]:
            path = str(build(kind, area, folder))
            out.append({"area": area, "kind": kind, "via": "service", "path": path})
            if area == turn and (form == "long" or (number % 4 == 0 and kind not in SLOW)):
                out.append({"area": area, "kind": kind, "via": "cli", "path": path})
    return out


@pytest.fixture(scope="module", params=[pytest.param("short"), pytest.param("long", marks=LONG)])
def results(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"hostile-{request.param}")
    spec = folder / "cases.json"
    spec.write_text(json.dumps(cases(folder / "files", request.param)))
    out = folder / "results.json"
    subprocess.run([sys.executable, "-m", "tests.reliability.hostile_runner", str(spec), str(out)], cwd=ROOT,
                   check=True, timeout=600)
    return request.param, json.loads(out.read_text())["results"]


def test_every_kind_is_covered(results):
    form, results = results
    assert set(EXPECTED) == set(KINDS)
    if form == "long":
        assert {(r["kind"], r["via"]) for r in results} == {(k, v) for k in KINDS for v in ("service", "cli")}
    else:
        assert {r["kind"] for r in results if r["via"] == "service"} == set(KINDS)
        assert {r["area"] for r in results if r["via"] == "cli"} == set(AREAS)


@pytest.mark.parametrize("area", sorted(AREAS))
def test_hostile_files_give_a_clear_message_in_time_and_write_nothing(results, area):
    form, results = results
    mine = [r for r in results if r["area"] == area]
    if form == "long":
        assert {r["kind"] for r in mine} >= set(KINDS) - SLOW
    problems = {f"{r['kind']}/{r['via']}": p for r in mine if (p := judge(r, expected(r["kind"], r["area"])))}
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=1)
