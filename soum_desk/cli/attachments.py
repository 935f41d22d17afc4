"""`soum-desk attachments …`: attach scans to any record, list them, check every file's hash."""

from __future__ import annotations

import click

from soum_desk.cli.common import CliState, echo_json, pass_state


@click.group("attachments")
def attachments_group() -> None:
    """Хавсралт (скан PDF, JPG, PNG) / attachments."""


@attachments_group.command("add")
@click.argument("entity")
@click.argument("entity_id")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@pass_state
def attachments_add(state: CliState, entity: str, entity_id: str, files: tuple[str, ...]) -> None:
    """Бичлэгт файл хавсаргах, ж: attachments add letter 12 scan.pdf / attach files to a record."""
    from soum_desk.services.core import attachments

    ctx = state.context()
    for path in files:
        info = attachments.store_file(ctx, path, entity=entity, entity_id=entity_id)
        click.echo(f"#{info['id']} {info['filename']} {info['sha256'][:12]} ({info['size']} B)")


@attachments_group.command("list")
@click.argument("entity")
@click.argument("entity_id")
@pass_state
def attachments_list(state: CliState, entity: str, entity_id: str) -> None:
    from soum_desk.services.core import attachments

    echo_json(attachments.list_attachments(state.context(), entity, entity_id))


@attachments_group.command("check")
@pass_state
def attachments_check(state: CliState) -> None:
    """Бүх хавсралтыг хэшээр шалгах / re-hash every attachment; exit 1 when one is damaged or missing."""
    from soum_desk.services.core import attachments

    problems = attachments.check_all(state.context())
    for p in problems:
        click.echo(f"#{p['id']} {p['filename']} ({p['entity']} {p['entity_id']}): {p['problem_mn']} / "
                   f"{p['problem_en']}", err=True)
    if problems:
        raise SystemExit(1)
    click.echo("Бүх хавсралт бүрэн / all attachments intact.")


COMMANDS = [attachments_group]
