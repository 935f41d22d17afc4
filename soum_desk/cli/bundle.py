"""`soum-desk bundle …`: keys, period approval, export and verification."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from soum_desk.cli.common import CliState, echo_json, pass_state

PASSPHRASE_ENV = "SOUM_DESK_KEY_PASSPHRASE"


def passphrase(confirm: bool = False) -> str:
    """The key passphrase from SOUM_DESK_KEY_PASSPHRASE or a hidden prompt."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    return click.prompt("Түлхүүрийн нууц үг / key passphrase", hide_input=True, confirmation_prompt=confirm,
                        err=True)


@click.group("bundle")
def bundle_group() -> None:
    """Аймагт илгээх гарын үсэгтэй багц / signed bundle for the province."""


@bundle_group.group("keys")
def keys_group() -> None:
    """Түлхүүр / keys."""


@keys_group.command("create")
@pass_state
def keys_create(state: CliState) -> None:
    """Шинэ түлхүүр үүсгэх (хуучныг сольно) / create a key (replaces the active one)."""
    from soum_desk.services.bundle import keys as bundle_keys

    info = bundle_keys.create_key(state.context(), passphrase(confirm=True))
    click.echo(f"{info['kind']} {info['fingerprint']} ({info['file_name']})")


@keys_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def keys_list(state: CliState, as_json: bool) -> None:
    """Түлхүүрүүд / list keys."""
    from soum_desk.services.bundle import keys as bundle_keys

    rows = bundle_keys.list_keys(state.context())
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        click.echo(f"{row['fingerprint']}  {row['kind']}  {row['status']:8}  {row['created_at']}")


@keys_group.command("export")
@click.argument("target", type=click.Path(dir_okay=False))
@click.option("--key-id", default=None)
@pass_state
def keys_export(state: CliState, target: str, key_id: str | None) -> None:
    """Нийтийн түлхүүрийг файлд гаргах, хэвлэх хуудас / export the public key, print its card."""
    from soum_desk.services.bundle import keys as bundle_keys

    ctx = state.context()
    bundle_keys.export_public_key(ctx, Path(target), key_id)
    click.echo(bundle_keys.printable_card(bundle_keys.public_key_document(ctx, key_id)))


@keys_group.command("card")
@click.argument("target", type=click.Path(dir_okay=False))
@click.option("--key-id", default=None)
@pass_state
def keys_card(state: CliState, target: str, key_id: str | None) -> None:
    """Түлхүүрийн картыг PDF-ээр хэвлэх / the key card as a PDF to print and sign."""
    from soum_desk.services.bundle import key_card

    made = key_card.write_key_card(state.context(), Path(target), key_id=key_id, lang=state.lang)
    click.echo(f"{'Хадгаллаа' if state.lang != 'en' else 'Saved'}: {made}")


@keys_group.command("revoke")
@click.argument("key_id")
@click.option("--reason", required=True)
@pass_state
def keys_revoke(state: CliState, key_id: str, reason: str) -> None:
    """Түлхүүрийг хүчингүй болгох / revoke a key."""
    from soum_desk.services.bundle import keys as bundle_keys

    info = bundle_keys.revoke_key(state.context(), key_id.replace("-", "").lower(), reason)
    click.echo(f"{info['fingerprint']} {info['status']}")


@bundle_group.command("province-key")
@click.argument("source", type=click.Path(exists=True, dir_okay=False))
@pass_state
def province_key(state: CliState, source: str) -> None:
    """Аймгийн шифрлэлтийн түлхүүр оруулах / import the province's encryption key."""
    from soum_desk.services.bundle import keys as bundle_keys

    info = bundle_keys.import_province_key(state.context(), Path(source))
    click.echo(f"{info['office_name']} {info['fingerprint']}")


@bundle_group.command("approve")
@click.argument("period")
@click.option("--note", default="")
@click.option("--early", is_flag=True,
              help="Дуусаагүй үеийг батлах (дуусаагүй зүйлсийг хүлээн зөвшөөрнө) / approve a period before it ends")
@pass_state
def approve(state: CliState, period: str, note: str, early: bool) -> None:
    """Тайлант үеийг экспортлохоор батлах (дарга) / approve a period for export (head).

    Before the period's last day has passed it lists what is unfinished and approves only with --early.
    """
    from soum_desk.services.bundle import export as bundle_export

    info = bundle_export.approve_period(state.context(), period, note, confirm_early=early)
    click.echo(f"{info['period']} ✓ {info['approved_by']} {info['approved_at']}")
    if info.get("plans_approved"):
        click.echo(f"Төлөвлөгөөний тайлан батлагдлаа / plan reports approved: {len(info['plans_approved'])}")


@bundle_group.command("export")
@click.option("--period", required=True, help="2024Q4, 2024H2, 2024")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False))
@pass_state
def export(state: CliState, period: str, out_dir: str) -> None:
    """Багц гаргах / export the period's signed bundle."""
    from soum_desk.services.bundle import export as bundle_export

    ctx = state.context()
    result = bundle_export.export_bundle(ctx, period, Path(out_dir), passphrase())
    click.echo(f"{result['path']}  №{result['sequence']}  {result['size_bytes']} B  {result['digest'][:16]}")


@bundle_group.command("exports")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def exports(state: CliState, as_json: bool) -> None:
    """Гаргасан багцууд / bundles exported so far."""
    from soum_desk.services.bundle import export as bundle_export

    rows = bundle_export.list_exports(state.context())
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        state = "" if row["state"] == "done" else f"  [{row['state']}]"
        click.echo(f"№{row['sequence']:<4} {row['period']:7} {row['created_at']}  {row['file_name']}{state}")


@bundle_group.command("changes")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def changes_cmd(state: CliState, as_json: bool) -> None:
    """Илгээснээс хойш өөрчлөгдсөн үеүүд / periods changed since their bundle was sent.

    Each needs a correction bundle (`bundle export --period P`); the province uses the latest.
    """
    from soum_desk.services.bundle import changes as bundle_changes

    rows = bundle_changes.changed_since_sent(state.context())
    if as_json:
        echo_json(rows)
        return
    en = state.lang == "en"
    if not rows:
        click.echo("No period has changed since it was sent." if en else "Илгээснээс хойш өөрчлөгдсөн үе алга.")
        return
    click.echo("Changed since sent:" if en else "Илгээснээс хойш өөрчлөгдсөн:")
    for row in rows:
        sent = f"bundle №{row['sequence']} sent {row['sent_at']}" if en else \
            f"№{row['sequence']} багц {row['sent_at']}-нд илгээсэн"
        click.echo(f"{row['period']:7} {row['period_label']} — {sent}")
    click.echo("Send a correction bundle: soum-desk bundle export --period PERIOD --out FOLDER" if en else
               "Засварын багц илгээх: soum-desk bundle export --period ҮЕ --out ХАВТАС")


@bundle_group.command("resync")
@click.option("--sequence", type=int, required=True,
              help="Аймгийн сүүлд авсан багцын дугаар / the province's last imported bundle number")
@click.option("--digest", required=True, help="Тэр багцын хэш / that bundle's digest")
@pass_state
def resync_cmd(state: CliState, sequence: int, digest: str) -> None:
    """Дугаарыг аймагтай тулгах / continue the chain from the province's last bundle.

    After «sequence conflict» / «chain broken» at the province: the province runs
    `soum-desk --province province chain CODE` and gives you the number and digest; the next
    bundle follows that one (docs/bundle.md)."""
    from soum_desk.services.bundle import ledger

    done = ledger.adopt(state.context(), sequence, digest)
    skipped = ", ".join(str(n) for n in done["marked_interrupted"]) or "-"
    click.echo(f"Дараагийн багц №{sequence}-ийн дараа орно; тасалдсан гэж тэмдэглэсэн / "
               f"the next bundle follows no. {sequence}; marked interrupted: {skipped}")


@bundle_group.command("verify")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--keys", "keys_dir", type=click.Path(exists=True, file_okay=False),
              help="Нийтийн түлхүүрийн файлуудын хавтас / folder of public key files")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def verify_cmd(state: CliState, file: str, keys_dir: str | None, as_json: bool) -> None:
    """Багц шалгах / verify a bundle: valid, altered, unsigned, unknown office, replay, rollback…"""
    from soum_desk.services.bundle import verify as bundle_verify
    from soum_desk.services.province import verify as province_verify

    if keys_dir:
        verdict = bundle_verify.verify_with_key_folder(Path(file), Path(keys_dir))
    else:
        # Checking a signature reads public keys and digests only: no sign-in (a script can run it).
        verdict = province_verify.verify_here(state.context(login=False), Path(file))
    if as_json:
        click.echo(json.dumps(verdict.as_dict(), ensure_ascii=False, indent=2))
    else:
        lang = state.lang
        click.echo(f"{Path(file).name}: {verdict.label(lang)} — {verdict.reason(lang)}")
    sys.exit(0 if verdict.ok else 1)


COMMANDS = [bundle_group]
