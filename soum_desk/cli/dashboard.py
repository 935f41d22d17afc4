"""`soum-desk dashboard`: the dashboard's figures and chart series as JSON (the same data the window shows)."""

from __future__ import annotations

import click

from soum_desk.cli.common import CliState, echo_json, pass_state


@click.group("dashboard")
def dashboard_group() -> None:
    """Хяналтын самбар / the office dashboard."""


@dashboard_group.command("show")
@pass_state
def show_cmd(state: CliState) -> None:
    """Самбарын тоонууд / the tiles' figures (JSON)."""
    from soum_desk.services.dashboard import figures as dashboard

    echo_json(dashboard.summary(state.context()))


@dashboard_group.command("charts")
@pass_state
def charts_cmd(state: CliState) -> None:
    """Графикийн цуваа / the charts' series (JSON)."""
    from soum_desk.services.dashboard import charts as chart_series

    echo_json(chart_series.office_charts(state.context()))


COMMANDS = [dashboard_group]
