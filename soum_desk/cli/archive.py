"""`soum-desk archive …`: file lists, storage units, inventory, transfer, destroy, acts, reports."""

from __future__ import annotations

from datetime import date

import click

from soum_desk.cli.common import CliState, echo_json, pass_state
from soum_desk.cli.letters import DATE, _ids
from soum_desk.cli.signing import signed, signing_options
from soum_desk.services.core.signing import Signing


@click.group("archive")
def archive_group() -> None:
    """Архив: хэргийн жагсаалт, хадгаламжийн нэгж, тооллого, акт / archive."""


# --- file lists ---------------------------------------------------------------
@archive_group.group("filelist")
def filelist_group() -> None:
    """Хөтлөх хэргийн нэрийн жагсаалт / file lists."""


@filelist_group.command("create")
@click.option("--year", type=int, required=True)
@click.option("--unit", required=True, help="Нэгжийн нэр эсвэл id / unit name or id")
@pass_state
def filelist_create(state: CliState, year: int, unit: str) -> None:
    from soum_desk.services.archive import records as archive

    result = archive.create_file_list(state.context(), year, unit)
    click.echo(f"Жагсаалт / file list #{result['id']}: {result['year']} {result['unit']}")


@filelist_group.command("add")
@click.argument("list_id", type=int)
@click.option("--index", "index_code", required=True, help="Хэргийн индекс, ж: 01-05")
@click.option("--title", required=True)
@click.option("--retention", required=True, help="байнга | 70 жил | түр (--years N)")
@click.option("--years", "retention_years", type=int, default=None)
@click.option("--note", default=None)
@pass_state
def filelist_add(state: CliState, list_id: int, **data: object) -> None:
    """Хэрэг нэмэх / add a case file."""
    from soum_desk.services.archive import records as archive

    result = archive.save_case_file(state.context(), list_id, **data)
    click.echo(f"#{result['id']} {result['index_code']} {result['title']} ({result['retention_label']})")


@filelist_group.command("approve")
@click.argument("list_id", type=int)
@pass_state
def filelist_approve(state: CliState, list_id: int) -> None:
    """Дарга батлах / the head approves."""
    from soum_desk.services.archive import records as archive

    result = archive.approve_file_list(state.context(), list_id)
    click.echo(f"Батлав / approved: {result['approved_by']} {result['approved_on']}")


@filelist_group.command("list")
@click.option("--year", type=int, default=None)
@pass_state
def filelist_list(state: CliState, year: int | None) -> None:
    from soum_desk.services.archive import records as archive

    echo_json(archive.list_file_lists(state.context(), year))


@filelist_group.command("show")
@click.argument("list_id", type=int)
@pass_state
def filelist_show(state: CliState, list_id: int) -> None:
    from soum_desk.services.archive import records as archive

    echo_json(archive.get_file_list(state.context(), list_id))


# --- storage units --------------------------------------------------------------
@archive_group.group("units")
def units_group() -> None:
    """Хадгаламжийн нэгж / storage units."""


@units_group.command("schedule")
@click.argument("list_id", type=int)
@click.option("--on", "scheduled_on", type=DATE, required=True, help="Хүлээлгэн өгөх өдөр / hand-over day")
@pass_state
def units_schedule(state: CliState, list_id: int, scheduled_on: date) -> None:
    """Батлагдсан жагсаалтын хэргүүдийг хуваарьт оруулах / schedule an approved list's files."""
    from soum_desk.services.archive import units as archive_units

    click.echo(f"Хуваарьт / scheduled: {len(archive_units.hand_over(state.context(), list_id, scheduled_on))}")


@units_group.command("receive")
@click.argument("unit_ids")
@click.option("--on", type=DATE, default=date.today)
@pass_state
def units_receive(state: CliState, unit_ids: str, on: date) -> None:
    """Хүлээн авах (id-г таслалаар) / receive units."""
    from soum_desk.services.archive import units as archive_units

    click.echo(f"Хүлээн авсан / received: {archive_units.receive_units(state.context(), _ids(unit_ids), on)}")


@units_group.command("add")
@click.option("--title", required=True)
@click.option("--year", type=int, required=True)
@click.option("--retention", required=True)
@click.option("--years", "retention_years", type=int, default=None)
@click.option("--unit", default=None)
@click.option("--number", "archive_no", default=None)
@click.option("--sheets", type=int, default=None)
@click.option("--received", "received_on", type=DATE, default=None)
@pass_state
def units_add(state: CliState, **data: object) -> None:
    from soum_desk.services.archive import units as archive_units

    result = archive_units.add_unit(state.context(), **data)
    click.echo(f"#{result['id']} № {result['archive_no']} {result['title']} ({result['retention_label']})")


@units_group.command("list")
@click.option("--status", type=click.Choice(["scheduled", "received", "transferred", "destroyed"]), default=None)
@click.option("--retention", type=click.Choice(["permanent", "years70", "temporary"]), default=None)
@click.option("--year", type=int, default=None)
@click.option("--expired-on", type=DATE, default=None, help="Хугацаа нь дууссан / retention ended by")
@pass_state
def units_list(state: CliState, **flt: object) -> None:
    from soum_desk.services.archive import units as archive_units

    echo_json(archive_units.list_units(state.context(), archive_units.UnitFilter(**flt), limit=100_000))


@units_group.command("counts")
@click.option("--from", "received_from", type=DATE, default=None)
@click.option("--to", "received_to", type=DATE, default=None)
@pass_state
def units_counts(state: CliState, received_from: date | None, received_to: date | None) -> None:
    """Хадгалах хугацаагаар тоо / counts by retention class."""
    from soum_desk.services.archive import units as archive_units

    status = None if received_from or received_to else "received"
    echo_json(archive_units.counts_by_retention(state.context(), received_from=received_from,
                                                received_to=received_to, status=status))


# --- inventory ------------------------------------------------------------------
@archive_group.group("inventory")
def inventory_group() -> None:
    """Тооллого / inventory."""


@inventory_group.command("start")
@click.option("--on", type=DATE, default=date.today)
@click.option("--note", default=None)
@pass_state
def inventory_start(state: CliState, on: date, note: str | None) -> None:
    from soum_desk.services.archive import ops as archive_ops

    result = archive_ops.start_inventory(state.context(), on, note)
    click.echo(f"Тооллого / inventory #{result['id']}: {result['units']} нэгж / units")


@inventory_group.command("mark")
@click.argument("inventory_id", type=int)
@click.argument("result", type=click.Choice(["found", "missing", "damaged"]))
@click.argument("unit_ids")
@click.option("--note", default=None)
@pass_state
def inventory_mark(state: CliState, inventory_id: int, result: str, unit_ids: str, note: str | None) -> None:
    """Нэгжүүдийн үр дүн тэмдэглэх / mark units found, missing or damaged."""
    from soum_desk.services.archive import ops as archive_ops

    ctx = state.context()
    ids = _ids(unit_ids) if unit_ids != "all" else [
        i["id"] for i in archive_ops.inventory_result(ctx, inventory_id)["items"] if i["result"] is None]
    click.echo(archive_ops.mark_items(ctx, inventory_id, dict.fromkeys(ids, result), note))


@inventory_group.command("finish")
@click.argument("inventory_id", type=int)
@click.option("--on", type=DATE, default=date.today)
@pass_state
def inventory_finish(state: CliState, inventory_id: int, on: date) -> None:
    from soum_desk.services.archive import ops as archive_ops

    echo_json(archive_ops.finish_inventory(state.context(), inventory_id, on)["counts"])


@inventory_group.command("show")
@click.argument("inventory_id", type=int)
@pass_state
def inventory_show(state: CliState, inventory_id: int) -> None:
    from soum_desk.services.archive import ops as archive_ops

    echo_json(archive_ops.inventory_result(state.context(), inventory_id))


# --- transfer / destroy / acts -------------------------------------------------------
def _propose(state: CliState, kind: str, unit_ids: str, act_no: str, act_date: date, recipient: str | None,
             reason: str | None) -> None:
    from soum_desk.services.archive import ops as archive_ops

    act = archive_ops.propose_act(state.context(), kind, _ids(unit_ids), act_no=act_no, act_date=act_date,
                                  recipient=recipient, reason=reason)
    click.echo(f"Актын төсөл / draft act #{act['id']} № {act['act_no']}: {len(act['unit_ids'])} нэгж. "
               f"Дарга батлана: soum-desk archive act approve {act['id']}")


@archive_group.command("transfer")
@click.argument("unit_ids")
@click.option("--act-no", required=True)
@click.option("--date", "act_date", type=DATE, default=date.today)
@click.option("--to", "recipient", required=True, help="Улсын архив / receiving state archive")
@click.option("--reason", default=None)
@pass_state
def transfer_cmd(state: CliState, **data: object) -> None:
    """Байнга хадгалах нэгжийг улсын архивт шилжүүлэх акт / propose a transfer act."""
    _propose(state, "transfer", **data)


@archive_group.command("destroy")
@click.argument("unit_ids")
@click.option("--act-no", required=True)
@click.option("--date", "act_date", type=DATE, default=date.today)
@click.option("--reason", default=None)
@pass_state
def destroy_cmd(state: CliState, **data: object) -> None:
    """Хугацаа дууссан нэгжийг устгах акт / propose a destruction act."""
    _propose(state, "destruction", recipient=None, **data)


@archive_group.group("act")
def act_group() -> None:
    """Акт / acts."""


@act_group.command("approve")
@click.argument("act_id", type=int)
@pass_state
def act_approve(state: CliState, act_id: int) -> None:
    """Дарга батлах: нэгжийн төлөв өөрчлөгдөж, актын PDF хавсрагдана / the head approves."""
    from soum_desk.services.archive import ops as archive_ops

    act = archive_ops.approve_act(state.context(), act_id)
    click.echo(f"Батлав / approved: акт #{act['id']}; PDF хавсралт / attachment #{act['attachment_id']}")


@act_group.command("list")
@pass_state
def act_list(state: CliState) -> None:
    from soum_desk.services.archive import ops as archive_ops

    echo_json(archive_ops.list_acts(state.context()))


@archive_group.command("report")
@click.argument("kind", type=click.Choice(["filelist", "counts", "inventory", "act"]))
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--id", "record_id", type=int, default=None, help="filelist/inventory/act id")
@click.option("--from", "start", type=DATE, default=None, help="counts")
@click.option("--to", "end", type=DATE, default=None, help="counts")
@signing_options
@pass_state
def report_cmd(state: CliState, kind: str, out: str, record_id: int | None, start: date | None,
               end: date | None, given: Signing) -> None:
    """PDF/XLSX тайлан (файлын өргөтгөлөөр) / print an archive report."""
    from soum_desk.services.archive import report as archive_reports

    ctx = state.context()
    if kind == "counts":
        today = date.today()
        click.echo(signed(ctx, "archive", given, lambda chosen: archive_reports.counts_report(
            ctx, start or date(today.year, 1, 1), end or today, out, signing=chosen)))
        return
    if record_id is None:
        raise click.UsageError("--id шаардлагатай / --id is required")
    writer = {"filelist": archive_reports.file_list_report, "inventory": archive_reports.inventory_report,
              "act": archive_reports.act_report}[kind]
    if kind == "act":  # an act keeps its own БАТЛАВ / ҮЙЛДСЭН
        click.echo(writer(ctx, record_id, out))
        return
    click.echo(signed(ctx, "archive", given, lambda chosen: writer(ctx, record_id, out, signing=chosen)))


COMMANDS = [archive_group]
