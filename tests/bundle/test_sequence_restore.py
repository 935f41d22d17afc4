"""Issue 19: bundle numbers survive a restore (kept in the key store and checked against the
stick), and a broken chain is resynchronised onto the province's last bundle."""

from __future__ import annotations

import shutil

from soum_desk.bundle.verdict import Code
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle import ledger
from soum_desk.services.core import backup
from soum_desk.services.core.context import Actor
from soum_desk.services.province import imports as province_import
from soum_desk.services.province import registry as province
from tests.bundle.conftest import register


def _restore_pre_export(env) -> None:
    """The office restores the backup its last export made first (rolling that export back)."""
    newest = next(b for b in backup.list_backups(env.ctx) if b.reason == "pre-export")
    backup.restore(env.ctx.as_actor(Actor.system()), newest.path)


def test_a_restore_from_the_gui_or_cli_puts_the_numbers_back_at_once(make_office):
    env = make_office()
    env.export("2024Q3")
    env.export("2024Q4")
    newest = next(b for b in backup.list_backups(env.ctx) if b.reason == "pre-export")
    ledger.restore_keeping_numbers(env.ctx.as_actor(Actor.system()), newest.path)
    assert [e["sequence"] for e in bundle_export.list_exports(env.ctx)] == [2, 1]
    assert bundle_export.next_sequence(env.ctx) == 3


def test_restoring_the_pre_export_backup_never_reuses_the_exported_number(province_ctx, make_office):
    env = make_office()
    register(province_ctx, env)
    b1 = env.export("2024Q3")
    b2 = env.export("2024Q4")
    _restore_pre_export(env)
    assert [e["sequence"] for e in bundle_export.list_exports(env.ctx)] == [1]  # the database forgot 2
    b3 = env.export("2024Q4", out=env.folder / "other-stick")
    assert b3.name.endswith("_0003.zip")
    assert [e["sequence"] for e in bundle_export.list_exports(env.ctx)] == [3, 2, 1]  # 2 from the key store
    results = province_import.import_files(province_ctx, [b1, b2, b3])
    # the restore took back audit entries bundle 2 vouched for: bundle 3 waits for the head's review
    assert [(r["sequence"], r["verdict"]) for r in results] == [(1, "valid"), (2, "valid"), (3, "audit_log_cut")]
    _head_accepts_the_restored_log(province_ctx, 3)


def _head_accepts_the_restored_log(province_ctx, sequence: int) -> None:
    """The head, told by the office that it restored a backup, accepts the held bundle; it imports."""
    held = [h for h in province_import.list_held(province_ctx) if h["sequence"] == sequence]
    assert len(held) == 1 and "богиносжээ" in held[0]["reason"] and "shorter" in held[0]["reason"]
    assert province_import.accept_held(province_ctx, held[0]["id"])["verdict"] == "valid"
    assert province_import.list_held(province_ctx) == []


def test_the_stick_tells_a_number_the_key_store_lost(province_ctx, make_office):
    env = make_office()
    register(province_ctx, env)
    b1 = env.export("2024Q3")
    b2 = env.export("2024Q4")
    _restore_pre_export(env)
    (env.ctx.paths.keys_dir / ledger.LEDGER_FILE).unlink()  # an older key store, or one copied back
    b3 = env.export("2024Q4")  # to the same stick, where bundle 2 still is
    assert b3.name.endswith("_0003.zip")
    results = province_import.import_files(province_ctx, [b1, b2, b3])
    assert [r["verdict"] for r in results] == ["valid", "valid", "audit_log_cut"]
    _head_accepts_the_restored_log(province_ctx, 3)


def test_a_broken_chain_is_resynchronised_onto_the_provinces_last_bundle(province_ctx, make_office, tmp_path):
    env = make_office()
    register(province_ctx, env)
    b1 = env.export("2024Q3")
    b2 = env.export("2024Q4")
    kept = shutil.copy(b2, tmp_path / b2.name)
    _restore_pre_export(env)
    (env.ctx.paths.keys_dir / ledger.LEDGER_FILE).unlink()  # what every office had before issue 19
    b2.unlink()
    again = env.export("2024Q4")  # the number 2 once more, other content
    later = env.export("2025Q1")
    assert [r["verdict"] for r in province_import.import_files(province_ctx, [b1, kept])] == ["valid", "valid"]
    refused = province_import.import_files(province_ctx, [again, later])
    assert [r["verdict"] for r in refused] == [Code.CONFLICT.value, Code.CHAIN_BROKEN.value]
    head = province.chain_head(province_ctx, env.code)
    assert head["sequence"] == 2
    done = ledger.adopt(env.ctx, head["sequence"], head["digest"])
    assert done["marked_interrupted"] == [2, 3]
    resumed = env.export("2025Q1")
    assert resumed.name.endswith("_0004.zip")
    result = province_import.import_files(province_ctx, [resumed])[0]
    assert result["verdict"] == "valid", result
    assert province.chain_head(province_ctx, env.code)["sequence"] == 4


def test_cli_resync_both_sides(province_ctx, make_office, tmp_path):
    """`province chain CODE` at the province gives the number and digest; `bundle resync` at the
    office continues from it; a bad digest is refused with a message, not a traceback."""
    from click.testing import CliRunner

    from soum_desk.cli import cli
    from tests.bundle.conftest import KEY_PASS, PASS

    env = make_office()
    register(province_ctx, env)
    province_import.import_files(province_ctx, [env.export("2024Q3")])
    lost = env.export("2024Q4")
    lost.unlink()  # the stick was lost: the province will never see bundle 2

    def run(*args):
        return CliRunner().invoke(cli, list(args), env={"SOUM_DESK_PASSWORD": PASS,
                                                        "SOUM_DESK_KEY_PASSPHRASE": KEY_PASS})

    chain = run("--data-dir", str(province_ctx.paths.data_dir), "--db-url", province_ctx.paths.db_url,
                "--user", "head", "province", "chain", env.code)
    assert chain.exit_code == 0, chain.output
    command = chain.output.strip().splitlines()[-1].split()
    assert command[:3] == ["soum-desk", "bundle", "resync"] and command[4] == "1"
    office = ["--data-dir", str(env.ctx.paths.data_dir), "--user", "head", "bundle", "resync"]
    bad = run(*office, "--sequence", "1", "--digest", "xyz")
    assert bad.exit_code == 2 and "64" in bad.output and "Traceback" not in bad.output
    done = run(*office, *command[3:])
    assert done.exit_code == 0 and "marked interrupted: 2" in done.output
    result = province_import.import_files(province_ctx, [env.export("2025Q1")])[0]
    assert (result["sequence"], result["verdict"]) == (3, "valid")


def test_a_file_on_the_stick_that_only_looks_like_a_bundle_moves_no_number(make_office):
    env = make_office()
    first = env.export("2024Q3")
    (first.parent / first.name.replace("_0001.zip", "_0009.zip")).write_bytes(b"PK\x03\x04 not a bundle")
    assert env.export("2024Q4").name.endswith("_0002.zip")


def test_a_damaged_ledger_never_stops_an_export(make_office):
    import json

    env = make_office()
    env.export("2024Q3")
    path = env.ctx.paths.keys_dir / ledger.LEDGER_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    data["exports"]["7"] = {"sequence": 7, "digest": "not hex"}  # hand-edited
    data["exports"]["x"] = []
    data["adopted"] = {"sequence": -1, "digest": 5}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert env.export("2024Q4").name.endswith("_0002.zip")
    path.write_text("[1, 2", encoding="utf-8")
    assert env.export("2025Q1").name.endswith("_0003.zip")
    assert sorted(ledger.load(env.ctx)["exports"]) == [1, 2, 3]  # rebuilt from the database
