"""The `soum-desk` command. With no subcommand it opens the GUI.

Each area module exposes `COMMANDS: list[click.Command]`; import it in `_command_modules` below
and add it to the list there (imported, not named by strings, so a renamed module fails at once).
The area modules (and with them SQLAlchemy's ORM and the services) are imported when a command is
looked up, not to open the GUI: its sign-in dialog is shown before the ORM is loaded (issue 18).
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

import click

from soum_desk import __version__
from soum_desk.applog import install_cli_hooks, setup_logging
from soum_desk.cli.common import CliState, handle_errors
from soum_desk.cli.numbers import bound_numbers
from soum_desk.config import keep_files_private


def _self_test(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from soum_desk.selftest import main as self_test

        ctx.exit(self_test())


def _command_modules() -> list[ModuleType]:
    """The foundation commands (admin), then each area's group."""
    from soum_desk.cli import (
        admin,
        archive,
        attachments,
        bundle,
        dashboard,
        letters,
        petitions,
        plans,
        province,
    )

    return [admin, plans, petitions, letters, archive, attachments, bundle, province, dashboard]


class SoumDeskGroup(click.Group):
    """Every subcommand's user and environment errors become a bilingual message and an exit code.
    Its commands are registered on first use (see the module's docstring)."""

    _loaded = False

    @property  # type: ignore[override]
    def commands(self) -> dict[str, click.Command]:
        if not self._loaded:
            self._loaded = True
            for module in _command_modules():
                for command in module.COMMANDS:
                    self.add_command(command)
            bound_numbers(self)  # no unbounded integer or NaN reaches the database (cli/numbers)
        return self._commands

    @commands.setter
    def commands(self, value: dict[str, click.Command]) -> None:
        self._commands = value

    def invoke(self, ctx: click.Context):
        with handle_errors():
            return super().invoke(ctx)


@click.group(cls=SoumDeskGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(file_okay=False), envvar="SOUM_DESK_HOME",
              help="Өгөгдлийн хавтас / data directory")
@click.option("--db-url", envvar="SOUM_DESK_DB_URL", help="SQLAlchemy URL (default: SQLite in the data directory)")
@click.option("--user", "username", envvar="SOUM_DESK_USER", help="Нэвтрэх нэр / user name")
@click.option("--lang", type=click.Choice(["mn", "en"]), default=None, help="Хэл / language")
@click.option("--province", is_flag=True, help="Аймгийн горим / province mode")
@click.version_option(__version__, prog_name="soum-desk")
@click.option("--self-test", is_flag=True, is_eager=True, expose_value=False, callback=_self_test,
              help="Програмыг түр хавтсанд шалгаад гарах / check this copy of the program and exit")
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None, db_url: str | None, username: str | None,
        lang: str | None, province: bool) -> None:
    """SoumDesk — сумын ЗДТГ-ын төлөвлөгөө, өргөдөл, албан хэрэг хөтлөлт."""
    ctx.obj = CliState(data_dir=data_dir, db_url=db_url, username=username, lang=lang or "mn",
                       province=province)
    ctx.call_on_close(ctx.obj.close)
    if ctx.invoked_subcommand is not None:
        setup_logging(ctx.obj.paths().data_dir)  # the GUI sets up its own in run_gui
    else:
        from soum_desk.ui.app import run_gui

        sys.exit(run_gui(ctx.obj.paths(), lang=lang, province=province))


def __getattr__(name: str) -> Any:
    if name == "COMMAND_MODULES":  # what tests/test_registries.py checks
        return _command_modules()
    raise AttributeError(name)


def main() -> None:
    from soum_desk import running

    running.announce()
    keep_files_private()
    install_cli_hooks()
    with handle_errors():
        cli.main(standalone_mode=True)
