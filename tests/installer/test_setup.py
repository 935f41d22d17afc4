"""The Windows installer (installer/soumdesk.nsi), compiled with makensis and run under Wine.

THE PAYLOAD IS A TEST STAND-IN, NOT SOUMDESK: a Windows build of the real program needs
Windows (see .github/workflows/windows.yml), so these tests install a small folder made here —
`SoumDesk.exe`/`soum-desk.exe` are a tiny NSIS-built program (tests/installer/payload/
fake_soumdesk.nsi) that can hold SoumDesk's "running" mutex, and `_internal/` holds marker
files, one of them a "migration" that the next version renamed. What is proved is the
installer's own behaviour: per-user install, shortcuts, the Apps & Features entry, refusing
to run under a running SoumDesk, an upgrade that leaves no stale program file, and an
uninstall — with the data folder %LOCALAPPDATA%\\SoumDesk untouched throughout.

Skipped with the reason when makensis (Debian: nsis) or Wine (Debian: wine) is absent.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from soum_desk import running

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "soumdesk.nsi"
FAKE = Path(__file__).resolve().parent / "payload" / "fake_soumdesk.nsi"
MAKENSIS = shutil.which("makensis")
WINE = shutil.which("wine")
needs_makensis = pytest.mark.skipif(MAKENSIS is None, reason="makensis not installed (apt-get install nsis)")


def makensis(script: Path, **defines: str) -> subprocess.CompletedProcess:
    """Compile with warnings as errors, so a script that only half-works fails here."""
    args = [str(MAKENSIS), "-V2", "-WX", *(f"-D{k}={v}" for k, v in defines.items()), str(script)]
    return subprocess.run(args, capture_output=True, text=True, timeout=300)


def _payload_folder(folder: Path, fake: Path, version: str, migration: str) -> Path:
    (folder / "_internal" / "migrations").mkdir(parents=True)
    for name in ("SoumDesk.exe", "soum-desk.exe"):
        shutil.copy(fake, folder / name)
    (folder / "_internal" / "version.txt").write_text(version, encoding="utf-8")
    (folder / "_internal" / "migrations" / migration).write_text("# test payload\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def setups(tmp_path_factory) -> dict[str, Path]:
    """Two installers (versions 0.0.1 and 0.0.2) of the test payload."""
    if MAKENSIS is None:
        pytest.skip("makensis not installed (apt-get install nsis)")
    work = tmp_path_factory.mktemp("nsis")
    fake = work / "fake.exe"
    compiled = makensis(FAKE, OUTFILE=str(fake))
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    built = {"fake": fake}
    for version, migration in (("0.0.1", "0007_old_name.py"), ("0.0.2", "0007_new_name.py")):
        source = _payload_folder(work / f"payload-{version}", fake, version, migration)
        out = work / f"SoumDesk-{version}-setup.exe"
        result = makensis(SCRIPT, VERSION=version, VERSION_4=f"{version}.0", SOURCE_DIR=str(source),
                          OUTFILE=str(out))
        assert result.returncode == 0, result.stdout + result.stderr
        built[version] = out
    return built


@needs_makensis
def test_installer_script_compiles_with_both_languages(setups):
    for version in ("0.0.1", "0.0.2"):
        data = setups[version].read_bytes()
        assert data[:2] == b"MZ"
    text = SCRIPT.read_text(encoding="utf-8")
    assert '!insertmacro MUI_LANGUAGE "Mongolian"' in text and '!insertmacro MUI_LANGUAGE "English"' in text


def test_installer_and_program_agree_on_names():
    """The mutex the program holds and the files the build makes are the ones the script knows."""
    text = SCRIPT.read_text(encoding="utf-8")
    assert f'!define MUTEX "{running.MUTEX_NAME}"' in text
    removed = set(re.findall(r'(?:RMDir /r|Delete) "\$INSTDIR\\([^"]+)"',
                             text.split("!macro REMOVE_PROGRAM_FILES")[1].split("!macroend")[0]))
    assert removed == {"_internal", "SoumDesk.exe", "soum-desk.exe"}
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\SoumDesk"' in text
    assert "RequestExecutionLevel user" in text


# --- under Wine ------------------------------------------------------------------------------


class Wine:
    """A fresh Wine prefix of its own; every process it starts ends with `wineserver -k`."""

    def __init__(self, prefix: Path) -> None:
        home = prefix / "home"  # Wine links Desktop/Documents into $HOME: keep them in the test's folder
        home.mkdir()
        self.env = {**os.environ, "WINEPREFIX": str(prefix / "wine"), "HOME": str(home), "WINEDEBUG": "-all",
                    "WINEDLLOVERRIDES": "mscoree,mshtml="}  # no Mono/Gecko install prompts
        self.env.pop("DISPLAY", None)

    def run(self, *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
        return subprocess.run([str(WINE), *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout)

    def wait(self) -> None:
        """Until every process of the prefix has ended (the uninstaller re-runs itself from %TEMP%)."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=180, check=False)

    def unix_path(self, windows_path: str) -> Path:
        out = subprocess.run(["winepath", "-u", windows_path], env=self.env, capture_output=True,
                             text=True, timeout=60)
        return Path(out.stdout.strip())

    def windows_path(self, unix_path: Path) -> str:
        out = subprocess.run(["winepath", "-w", str(unix_path)], env=self.env, capture_output=True,
                             text=True, timeout=60)
        return out.stdout.strip()

    def registry(self, key: str) -> str:
        return self.run("reg", "query", key).stdout


@pytest.fixture(scope="module")
def wine(tmp_path_factory, setups):
    if WINE is None or shutil.which("wineserver") is None:
        pytest.skip("Wine not installed (apt-get install wine wine64)")
    prefix = tmp_path_factory.mktemp("wineprefix")
    session = Wine(prefix)
    boot = subprocess.run(["wineboot", "-i"], env=session.env, capture_output=True, text=True, timeout=300)
    session.wait()
    if not (prefix / "wine" / "drive_c").is_dir():
        pytest.skip(f"Wine could not make a prefix: {boot.stderr[-500:]}")
    yield session
    subprocess.run(["wineserver", "-k"], env=session.env, timeout=60, check=False)


UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\SoumDesk"


@pytest.mark.installer
def test_install_refuse_while_running_upgrade_and_uninstall_under_wine(wine, setups, tmp_path):
    local = wine.unix_path(wine.run("cmd", "/c", "echo", "%LOCALAPPDATA%").stdout.strip())
    roaming = wine.unix_path(wine.run("cmd", "/c", "echo", "%APPDATA%").stdout.strip())
    program = local / "Programs" / "SoumDesk"
    start_menu = roaming / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "SoumDesk.lnk"
    data = local / "SoumDesk"
    (data / "backups").mkdir(parents=True)
    (data / "soumdesk.sqlite3").write_bytes(b"the office's database")
    (data / "backups" / "soumdesk-20250101-pre-migration.sqlite3").write_bytes(b"a backup")
    before = {p.relative_to(data): p.read_bytes() for p in data.rglob("*") if p.is_file()}

    # 1. Fresh per-user install, silent.
    first = wine.run(str(setups["0.0.1"]), "/S")
    wine.wait()
    assert first.returncode == 0, first.stderr[-2000:]
    assert (program / "_internal" / "version.txt").read_text(encoding="utf-8") == "0.0.1"
    assert (program / "uninstall.exe").is_file() and start_menu.is_file()
    entry = wine.registry(UNINSTALL_KEY)
    assert re.search(r"DisplayVersion\s+REG_SZ\s+0\.0\.1", entry), entry
    assert "uninstall.exe" in entry and "InstallLocation" in entry

    # 2. SoumDesk is running (holds its mutex): the new setup refuses, exit code 3, nothing changed.
    stop = tmp_path / "stop"
    holder = subprocess.Popen([str(WINE), str(program / "SoumDesk.exe"), f"/HOLD={wine.windows_path(stop)}"],
                              env=wine.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not Path(f"{stop}.held").exists():
            assert time.monotonic() < deadline, "the test payload did not start under Wine"
            time.sleep(0.2)
        refused = wine.run(str(setups["0.0.2"]), "/S")
        assert refused.returncode == 3
        assert (program / "_internal" / "version.txt").read_text(encoding="utf-8") == "0.0.1"
    finally:
        stop.write_text("stop", encoding="utf-8")
        holder.wait(timeout=60)
    wine.wait()

    # 3. Upgrade over it: the old program files are gone (the renamed migration too), the new ones
    #    are in place, a desktop shortcut was asked for, the Apps & Features entry says 0.0.2.
    upgrade = wine.run(str(setups["0.0.2"]), "/S", "/DESKTOP")
    wine.wait()
    assert upgrade.returncode == 0, upgrade.stderr[-2000:]
    assert (program / "_internal" / "version.txt").read_text(encoding="utf-8") == "0.0.2"
    assert sorted(p.name for p in (program / "_internal" / "migrations").iterdir()) == ["0007_new_name.py"]
    desktop = wine.unix_path(wine.run("cmd", "/c", "echo", "%USERPROFILE%").stdout.strip()) / "Desktop"
    assert (desktop / "SoumDesk.lnk").is_file()
    assert re.search(r"DisplayVersion\s+REG_SZ\s+0\.0\.2", wine.registry(UNINSTALL_KEY))

    # 4. The setup will not install into the data folder (exit code 4) and touches nothing there.
    into_data = wine.run(str(setups["0.0.2"]), "/S", f"/D={wine.windows_path(data)}")
    wine.wait()
    assert into_data.returncode == 4
    assert not (data / "_internal").exists() and not (data / "SoumDesk.exe").exists()

    # 5. Uninstall, silent: program, shortcuts and the entry are gone; the data is as it was.
    removed = wine.run(str(program / "uninstall.exe"), "/S")
    wine.wait()
    assert removed.returncode == 0
    assert not program.exists()
    assert not start_menu.exists() and not (desktop / "SoumDesk.lnk").exists()
    assert "DisplayVersion" not in wine.registry(UNINSTALL_KEY)
    after = {p.relative_to(data): p.read_bytes() for p in data.rglob("*") if p.is_file()}
    assert after == before
