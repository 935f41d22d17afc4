"""`soum-desk dashboard show|charts` print the same data the window shows."""

from __future__ import annotations

import json

from click.testing import CliRunner

from soum_desk.cli import cli
from soum_desk.services.dashboard import figures as dashboard
from tests.conftest import ADMIN_PASSWORD


def test_dashboard_cli(demo_ctx):
    runner = CliRunner()
    base = ["--data-dir", str(demo_ctx.paths.data_dir), "--user", "admin"]
    env = {"SOUM_DESK_PASSWORD": ADMIN_PASSWORD}
    shown = runner.invoke(cli, [*base, "dashboard", "show"], env=env)
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.output)
    assert data["petitions"] == dashboard.summary(demo_ctx)["petitions"]
    charts = runner.invoke(cli, [*base, "dashboard", "charts"], env=env)
    assert charts.exit_code == 0, charts.output
    assert len(json.loads(charts.output)) == 5
