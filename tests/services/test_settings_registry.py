"""Every area's settings can be listed and set from a fresh `soum-desk` process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from soum_desk.services import setting_areas
from soum_desk.services.core import settings

SERVICES = Path(settings.__file__).parent.parent


def test_every_module_that_registers_settings_is_listed():
    registering = {"soum_desk.services." + ".".join(path.relative_to(SERVICES).with_suffix("").parts)
                   for path in SERVICES.rglob("*.py")
                   if path.stem != "settings" and re.search(r"register_defaults\(", path.read_text(encoding="utf-8"))}
    assert registering == {m.__name__ for m in setting_areas.load_all_defaults()}


def test_the_listed_modules_register_their_defaults():
    setting_areas.load_all_defaults()
    assert {"attachments.max_mb", "bundle.include_personal", "archive.permanent_keep_years"} <= set(settings.DEFAULTS)


def _cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, SOUM_DESK_HOME=str(home), SOUM_DESK_PASSWORD="admin-pass-1")
    return subprocess.run([sys.executable, "-c", "from soum_desk.cli import main; main()", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_fresh_cli_process_lists_and_sets_area_settings(tmp_path):
    made = _cli(tmp_path, "init", "--aimag", "MN-065", "--soum", "Есөнбулаг", "--office", "Есөнбулаг сумын ЗДТГ",
                "--admin", "admin", stdin="admin-pass-1\nadmin-pass-1\n")
    assert made.returncode == 0, made.stderr
    listed = _cli(tmp_path, "--user", "admin", "settings", "list")
    assert listed.returncode == 0, listed.stderr
    shown = json.loads(listed.stdout)
    assert "attachments.max_mb" in shown and "bundle.include_personal" in shown
    changed = _cli(tmp_path, "--user", "admin", "settings", "set", "attachments.max_mb", "20")
    assert changed.returncode == 0, changed.stdout + changed.stderr
    assert json.loads(_cli(tmp_path, "--user", "admin", "settings", "list").stdout)["attachments.max_mb"] == 20
