"""Item 11: random changes to audit rows behind the app's back are all caught by `audit verify`."""

from __future__ import annotations

import json
import random
import shutil
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from soum_desk.cli import cli
from soum_desk.config import resolve_paths
from soum_desk.services.core import audit
from soum_desk.services.letters import actions as letters
from tests.reliability.audit_tamper import tamper
from tests.reliability.forms import form

ENV = {"SOUM_DESK_USER": "admin", "SOUM_DESK_PASSWORD": "admin-pass-1"}


def build_template(ctx, entries: int = 120) -> Path:
    for i in range(entries):
        letters.register_letter(ctx, direction="in", reg_date="2024.01.10", counterpart="Аймгийн ЗДТГ",
                                subject=f"Мэдээ {i}")
    assert audit.verify(ctx).ok
    ctx.dispose()
    return ctx.paths.data_dir


def cli_verify(data_dir: Path) -> dict:
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "audit", "verify", "--json"], env=ENV)
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    assert (result.exit_code == 0) == report["ok"]
    return report


def sweep(template: Path, work: Path, trials: int, seed: int) -> tuple[Counter, Counter]:
    rnd = random.Random(seed)
    made, caught = Counter(), Counter()
    for n in range(trials):
        data = work / f"t{n}"
        shutil.copytree(template, data)
        kind = tamper(resolve_paths(data).sqlite_path, rnd)
        made[kind] += 1
        report = cli_verify(data)
        if not report["ok"] and report["reason_en"]:
            caught[kind] += 1
        shutil.rmtree(data)
    return made, caught


def test_untouched_chain_verifies(ctx):
    assert cli_verify(build_template(ctx, 5))["ok"]


@form(25, 100, name="trials")
def test_random_tampering_detected_short(ctx, tmp_path, trials):
    made, caught = sweep(build_template(ctx), tmp_path / "work", trials, seed=11)
    assert sum(made.values()) == trials
    assert made == caught, (made, caught)
