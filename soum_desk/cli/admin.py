"""Foundation commands: init, db, users, audit, backup, restore, settings."""

from __future__ import annotations

import os
from pathlib import Path

import click

from soum_desk.cli.common import CliState, echo_json, pass_state
from soum_desk.cli.office import office_group
from soum_desk.cli.users import users_group


@click.command("init")
@click.option("--aimag", "aimag_code", required=True, help="ISO 3166-2:MN код, ж: MN-065")
@click.option("--soum", "soum_name", default="", help="Сумын нэр / soum name")
@click.option("--bag", "bag_name", default=None, help="Багийн нэр (багийн ЗДТГ бол) / bag name")
@click.option("--office", "office_name", required=True, help="Байгууллагын нэр / office name")
@click.option("--admin", "admin_username", required=True, help="Админ хэрэглэгчийн нэр / admin user name")
@click.option("--admin-name", default="", help="Админы овог нэр / admin full name")
@click.option("--bags", default="", help="Багуудын нэр, таслалаар / bag names, comma-separated")
@click.option("--units", default="", help="Хэлтэс, нэгжүүд, таслалаар / units, comma-separated")
@click.option("--demo", is_flag=True, help="Жишээ өгөгдөл ачаалах / load demo data")
@pass_state
def init_cmd(state: CliState, aimag_code: str, soum_name: str, bag_name: str | None, office_name: str,
             admin_username: str, admin_name: str, bags: str, units: str, demo: bool) -> None:
    """Шинэ өгөгдлийн сан үүсгэж байгууллагыг бүртгэх / set up a new office database."""

    password = os.environ.get("SOUM_DESK_PASSWORD") or click.prompt(
        "Админы нууц үг / admin password", hide_input=True, confirmation_prompt=True, err=True)
    ctx = state.context(login=False)
    from soum_desk.services import first_setup

    # with --demo: all or nothing (Ctrl+C or an error half way leaves the database as it was)
    result = first_setup.set_up(
        ctx, demo=demo, aimag_code=aimag_code, soum_name=soum_name, office_name=office_name, bag_name=bag_name,
        admin_username=admin_username, admin_password=password, admin_full_name=admin_name,
        province=state.province, bags=[b for b in bags.split(",") if b.strip()],
        units=[u for u in units.split(",") if u.strip()])
    click.echo(f"Бүртгэлээ / set up: {result['name']} ({result['code']}) — {state.paths().db_url}")


@click.group("db")
def db_group() -> None:
    """Өгөгдлийн сангийн схем / database schema."""


@db_group.command("upgrade")
@pass_state
def db_upgrade(state: CliState) -> None:
    """Шинэчлэл хийх (эхлээд нөөцлөнө) / back up, then apply migrations."""
    from soum_desk.db import migrate

    ctx = state.context(login=False, migrate_now=True)
    click.echo(migrate.current_revision(ctx.engine))


@db_group.command("current")
@pass_state
def db_current(state: CliState) -> None:
    """Одоогийн схемийн хувилбар / current schema revision."""
    from soum_desk.db import migrate

    ctx = state.context(login=False, migrate_now=False)
    current = migrate.current_revision(ctx.engine)
    head = migrate.head_revision()
    click.echo(f"{current or '-'} (head {head})")


@click.group("audit")
def audit_group() -> None:
    """Аудитын бүртгэл / audit log."""


@audit_group.command("verify")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def audit_verify(state: CliState, as_json: bool) -> None:
    """Гинжин хэшийг шалгах / verify the hash chain (exit 1 if broken)."""
    from soum_desk.services.core import audit

    report = audit.verify(state.context())
    if as_json:
        echo_json(report.__dict__)
    elif report.ok:
        click.echo(f"OK: {report.checked} бичлэг / entries, head {report.head_hash[:16]}")
    else:
        at = f" at #{report.first_bad_id}" if report.first_bad_id is not None else ""
        click.echo(f"ЭВДЭРСЭН / BROKEN{at}: {report.reason_mn} / {report.reason_en}", err=True)
    if not report.ok:
        raise SystemExit(1)


@audit_group.command("list")
@click.option("--user", "username", default=None)
@click.option("--action", default=None, help="Үйлдлийн эхлэл / action prefix, e.g. petition.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="YYYY-MM-DD (орон нутгийн / local)")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="YYYY-MM-DD, багтаана / inclusive")
@click.option("--text", default=None, help="Өмнөх/дараах утгаас хайх / search before/after values")
@click.option("--limit", default=50, show_default=True)
@pass_state
def audit_list(state: CliState, username: str | None, action: str | None, since, until,
               text: str | None, limit: int) -> None:
    """Сүүлийн бичлэгүүд / newest entries."""
    from soum_desk.domain.audit_actions import action_label
    from soum_desk.services.core import audit

    flt = audit.AuditFilter(username=username, action_prefix=action, since=since.date() if since else None,
                            until=until.date() if until else None, text=text)
    for row in audit.list_entries(state.context(), flt, limit=limit):
        click.echo(f"#{row['id']} {row['local_at']} {row['person'] or '-'} «{action_label(row['action'], state.lang)}» "
                   f"[{row['action']}] {row['entity'] or ''} {row['entity_id'] or ''}")


@click.command("backup")
@click.option("--to", "target", type=click.Path(dir_okay=False), default=None,
              help="Файлын нэр (анхдагч: нөөцийн хавтас) / file (default: backups folder)")
@click.option("--list", "list_only", is_flag=True, help="Нөөцүүдийн жагсаалт / list the backups")
@pass_state
def backup_cmd(state: CliState, target: str | None, list_only: bool) -> None:
    """Нөөц хуулбар хийх / back up the database."""
    from soum_desk.services.core import backup

    ctx = state.context()
    if list_only:
        for info in backup.list_backups(ctx):
            click.echo(f"{info.created_at:%Y.%m.%d %H:%M:%S}  {info.reason:<14} {info.size_bytes:>12} B  {info.path}")
        return
    info = backup.make_backup(ctx, to=Path(target) if target else None)
    click.echo(f"{info.path} ({info.size_bytes} B)")


@click.command("restore")
@click.argument("backup_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--yes", is_flag=True, help="Асуухгүй / do not ask for confirmation")
@pass_state
def restore_cmd(state: CliState, backup_file: str, yes: bool) -> None:
    """Нөөц хуулбараас сэргээх / restore from a backup (the current database is backed up first)."""
    from soum_desk.errors import DatabaseDamaged
    from soum_desk.services.bundle import ledger
    from soum_desk.services.core import backup

    try:
        ctx = state.context()
    except DatabaseDamaged:
        _recover(state, Path(backup_file), yes)
        return
    facts = backup.check_backup_file(Path(backup_file))
    if not yes:
        click.confirm(f"Одоогийн өгөгдлийг {backup_file} ({facts['office']}) файлаар солих уу? / "
                      "Replace the current data?", abort=True, err=True)
    safety = ledger.restore_keeping_numbers(ctx, Path(backup_file))
    click.echo(f"Сэргээлээ / restored. Өмнөх өгөгдөл / previous data: {safety.path}")


def _recover(state: CliState, backup_file: Path, yes: bool) -> None:
    """The database cannot be opened (damaged): sign in as an administrator of the backup (its
    users become the office's), then put the backup in place."""
    import os

    from soum_desk.services.core import backup, recovery
    from soum_desk.services.core.startup import open_context

    facts = backup.check_backup_file(backup_file)
    if not yes:
        click.confirm(f"Өгөгдлийн сан эвдэрсэн байна. {backup_file} ({facts['office']}) нөөцөөр солих уу? / "
                      "The database is damaged. Replace it with this backup?", abort=True, err=True)
    click.echo("Нөөцийн админаар нэвтэрнэ үү / sign in as an administrator of the backup", err=True)
    username = state.username or click.prompt("Нэвтрэх нэр / user", err=True)
    password = os.environ.get("SOUM_DESK_PASSWORD")
    if password is None:
        password = click.prompt("Нууц үг / password", hide_input=True, err=True)
    aside, actor = recovery.replace_damaged_database(state.paths(), backup_file, username, password)
    ctx = open_context(state.paths())
    try:
        recovery.record_recovery(ctx, backup_file, aside, actor)
    finally:
        ctx.dispose()
    click.echo(f"Сэргээлээ / restored. Эвдэрсэн файл / damaged file kept as: {aside}")


@click.group("settings")
def settings_group() -> None:
    """Тохиргоо / settings."""


@settings_group.command("list")
@pass_state
def settings_list(state: CliState) -> None:
    from soum_desk.services import setting_areas
    from soum_desk.services.core import settings

    setting_areas.load_all_defaults()
    echo_json(settings.all_settings(state.context()))


@settings_group.command("set")
@click.argument("key")
@click.argument("value")
@pass_state
def settings_set(state: CliState, key: str, value: str) -> None:
    """Утга оноох (JSON) / set a value (JSON, or plain text)."""
    import json

    from soum_desk.services import setting_areas
    from soum_desk.services.core import settings

    setting_areas.load_all_defaults()
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = value
    settings.update(state.context(), key, parsed)
    click.echo("OK")


COMMANDS = [init_cmd, db_group, users_group, office_group, audit_group, backup_cmd, restore_cmd, settings_group]
