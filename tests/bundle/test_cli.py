"""The command line end to end: office keys, approve, export, verify; province offices,
import, ranking and report."""

from __future__ import annotations

import json

from click.testing import CliRunner

from soum_desk.cli import cli
from tests.bundle.conftest import KEY_PASS, PASS


def run(*args, ok: bool = True, **env):
    runner = CliRunner()
    result = runner.invoke(cli, list(args), env={"SOUM_DESK_PASSWORD": PASS, "SOUM_DESK_KEY_PASSPHRASE": KEY_PASS,
                                                 **env}, catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_cli_office_to_province(make_office, province_ctx, tmp_path):
    env = make_office("Ерөө")
    office_dir = str(env.ctx.paths.data_dir)
    province_url = province_ctx.paths.db_url
    province_dir = str(province_ctx.paths.data_dir)
    key_file = tmp_path / "eroo.pub.json"
    out = run("--data-dir", office_dir, "--user", "head", "bundle", "keys", "export", str(key_file))
    assert "fingerprint" in out.output
    run("--data-dir", office_dir, "--user", "head", "bundle", "approve", "2024Q4")
    usb = tmp_path / "usb"
    usb.mkdir()
    run("--data-dir", office_dir, "--user", "head", "bundle", "export", "--period", "2024Q4", "--out", str(usb))
    bundle = next(usb.glob("*.zip"))
    verdict = json.loads(run("--data-dir", office_dir, "--user", "head", "bundle", "verify", str(bundle),
                             "--keys", str(tmp_path), "--json").output)
    assert verdict["verdict"] == "valid" and verdict["tables"]["plan_summary"] == 3
    # a folder without the key: unknown office, exit code 1
    empty = tmp_path / "nokeys"
    empty.mkdir()
    result = run("--data-dir", office_dir, "--user", "head", "bundle", "verify", str(bundle), "--keys", str(empty),
                 ok=False)
    assert result.exit_code == 1 and "бүртгэлгүй" in result.output

    province = ["--data-dir", province_dir, "--db-url", province_url, "--user", "head"]
    run(*province, "province", "offices", "add", str(key_file), "--fingerprint", verdict["key_id"])
    assert "Ерөө" in run(*province, "province", "offices", "list").output
    run(*province, "province", "deadline", "2024Q4", "2025-01-10")
    out = run(*province, "province", "import", str(bundle), "--arrived", "2025-01-11")
    assert "Хүчинтэй" in out.output
    ranking = json.loads(run(*province, "province", "ranking", "--period", "2024Q4", "--json").output)
    assert ranking[0]["rank"] == 1 and ranking[0]["late_days"] == 1
    assert ranking[0]["final"] < ranking[0]["score"]
    for suffix in ("pdf", "xlsx"):
        target = tmp_path / f"report.{suffix}"
        run(*province, "province", "report", "--period", "2024Q4", "--out", str(target))
        assert target.stat().st_size > 1000
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bundle.read_bytes()[:500])
    result = run(*province, "province", "import", str(bad), ok=False)
    assert result.exit_code == 1
    refusals = json.loads(run(*province, "province", "refusals", "--json").output)
    assert refusals[0]["verdict"] == "damaged_archive"


def test_cli_held_accept_exits_1_when_the_bundle_is_not_imported(province_ctx, make_office):
    """Issue 19: `province held --accept` exited 0 whatever happened (and never had the passphrase)."""
    from soum_desk.services.province import imports as province_import
    from tests.bundle.conftest import register

    env = make_office()
    register(province_ctx, env)
    env.export("2024Q3")
    later = env.export("2024Q4")
    province_import.import_files(province_ctx, [later])
    held = province_import.list_held(province_ctx)[0]
    province = ["--data-dir", str(province_ctx.paths.data_dir), "--db-url", province_ctx.paths.db_url,
                "--user", "head"]
    missing = run(*province, "province", "held", "--accept", str(held["id"] + 100), ok=False)
    assert missing.exit_code != 0 and "Traceback" not in missing.output
    accepted = run(*province, "province", "held", "--accept", str(held["id"]))
    assert "valid" in accepted.output and province_import.list_held(province_ctx) == []


def test_cli_held_accept_passes_the_passphrase_and_reports_a_bundle_still_held(province_ctx, monkeypatch):
    from soum_desk.services.province import imports as province_import

    seen = {}

    def still_held(_ctx, held_id, *, passphrase=None):
        seen.update(held_id=held_id, passphrase=passphrase)
        return {"ok": False, "verdict": "decrypt_failed", "reason_mn": "нууц үг буруу", "reason_en": "wrong passphrase"}

    monkeypatch.setattr(province_import, "accept_held", still_held)
    province = ["--data-dir", str(province_ctx.paths.data_dir), "--db-url", province_ctx.paths.db_url,
                "--user", "head"]
    result = run(*province, "province", "held", "--accept", "7", ok=False)
    assert result.exit_code == 1 and "decrypt_failed" in result.output
    assert seen == {"held_id": 7, "passphrase": KEY_PASS}


def test_cli_verify_with_the_database_needs_no_sign_in(make_office, tmp_path):
    """Issue 14: `bundle verify FILE` without --keys asked for a user name in a script."""
    env = make_office()
    bundle = env.export("2024Q4")
    runner = CliRunner()
    result = runner.invoke(cli, ["--data-dir", str(env.ctx.paths.data_dir), "bundle", "verify", str(bundle)],
                           env={"SOUM_DESK_PASSWORD": None}, input="")
    assert result.exit_code == 0, result.output
    assert "Нэвтрэх нэр" not in result.output and bundle.name in result.output


def test_cli_province_import_refuses_a_future_arrival_date_by_name(province_ctx, tmp_path):
    """Issue 15: the arrival date is an event date: typed in the office format, never after today."""
    province = ["--data-dir", str(province_ctx.paths.data_dir), "--db-url", province_ctx.paths.db_url,
                "--user", "head"]
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(b"not a bundle")
    result = run(*province, "province", "import", str(bundle), "--arrived", "2099.01.11", ok=False)
    assert result.exit_code != 0 and "Arrival date 2099.01.11 is in the future" in result.output
    assert "Traceback" not in result.output
    result = run(*province, "province", "import", str(bundle), "--arrived", "2025.01.11", ok=False)
    assert result.exit_code == 1 and "Arrival date" not in result.output  # read, then refused as damaged
