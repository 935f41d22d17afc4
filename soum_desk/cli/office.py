"""`soum-desk office …`: the office's details, bags and units (the settings dialog's first tabs)."""

from __future__ import annotations

import click

from soum_desk.cli.common import CliState, echo_json, pass_state


@click.group("office")
def office_group() -> None:
    """Байгууллага, баг, нэгж / the office, its bags and units."""


@office_group.command("show")
@pass_state
def office_show(state: CliState) -> None:
    """Байгууллагын мэдээлэл / show the office."""
    from soum_desk.services.core import office

    echo_json(office.get_office(state.context()))


@office_group.command("set")
@click.option("--name", default=None, help="Байгууллагын нэр / office name")
@click.option("--soum", "soum_name", default=None, help="Сумын нэр / soum name")
@click.option("--bag", "bag_name", default=None, help="Багийн нэр / bag name")
@click.option("--place", default=None, help="Тайланд бичих газар / place printed on reports")
@pass_state
def office_set(state: CliState, name: str | None, soum_name: str | None, bag_name: str | None,
               place: str | None) -> None:
    """Байгууллагын мэдээлэл засах / change the office details."""
    from soum_desk.services.core import office

    changes = {k: v for k, v in {"name": name, "soum_name": soum_name, "bag_name": bag_name,
                                 "place": place}.items() if v is not None}
    if not changes:
        raise click.UsageError("Өөрчлөх талбар өгнө үү / give at least one option")
    echo_json(office.update_office(state.context(), **changes))


@office_group.command("bags")
@click.argument("names", nargs=-1, required=True)
@pass_state
def office_bags(state: CliState, names: tuple[str, ...]) -> None:
    """Багуудын бүтэн жагсаалт оноох / set the full list of bags (others become inactive)."""
    from soum_desk.services.core import office

    for name in office.set_bags(state.context(), list(names)):
        click.echo(name)


@office_group.command("units")
@click.argument("names", nargs=-1, required=True)
@pass_state
def office_units(state: CliState, names: tuple[str, ...]) -> None:
    """Хэлтэс, нэгжийн бүтэн жагсаалт оноох / set the full list of units."""
    from soum_desk.services.core import office

    for name in office.set_units(state.context(), list(names)):
        click.echo(name)
