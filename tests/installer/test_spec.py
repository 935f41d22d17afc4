"""What build_installer.spec asks PyInstaller for, without building (fast; runs in `make test`).

The spec is executed with stand-ins for PyInstaller's build steps that record their arguments.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_installer.spec"
WEBENGINE = ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick")


class Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT/MERGE: keeps its arguments."""

    def __init__(self, kind: str, calls: list) -> None:
        self.kind, self.calls = kind, calls

    def __call__(self, *args, **kwargs):
        step = types.SimpleNamespace(kind=self.kind, args=args, kwargs=kwargs, pure=[], scripts=[],
                                     binaries=[], datas=[], dependencies=[])
        self.calls.append(step)
        return step


def run_spec(tmp_path: Path, monkeypatch, edition: str | None) -> list:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None: [package]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    if edition is None:
        monkeypatch.delenv("SOUMDESK_EDITION", raising=False)
    else:
        monkeypatch.setenv("SOUMDESK_EDITION", edition)
    monkeypatch.setattr(sys, "path", list(sys.path))
    calls: list = []
    namespace: dict[str, object] = {"SPECPATH": str(ROOT), "workpath": str(tmp_path), "DISTPATH": str(tmp_path / "dist"),
                 "__name__": "__main__", "__file__": str(SPEC)}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "MERGE"):
        namespace[kind] = Recorder(kind, calls)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return calls


def _analysis(calls: list):
    return next(c for c in calls if c.kind == "Analysis")


def test_office_build_leaves_out_psycopg_and_webengine(tmp_path, monkeypatch):
    analysis = _analysis(run_spec(tmp_path, monkeypatch, None))
    excludes = analysis.kwargs["excludes"]
    assert {"psycopg", "psycopg_binary"} <= set(excludes)
    assert "sqlalchemy.dialects.postgresql.psycopg" not in excludes, "sqlalchemy.dialects.postgresql imports it"
    assert set(WEBENGINE) <= set(excludes)
    assert not [name for name in analysis.kwargs["hiddenimports"] if name.startswith("psycopg")]
    licence_names = (tmp_path / "licences" / "index.json").read_text(encoding="utf-8")
    assert "psycopg" not in licence_names and "PySide6_Essentials" in licence_names


def test_province_build_keeps_the_postgres_driver(tmp_path, monkeypatch):
    pytest.importorskip("psycopg", reason="the province build needs pip install -e .[postgres]")
    analysis = _analysis(run_spec(tmp_path, monkeypatch, "province"))
    assert "psycopg" not in analysis.kwargs["excludes"]
    assert "psycopg" in analysis.kwargs["hiddenimports"]
    assert set(WEBENGINE) <= set(analysis.kwargs["excludes"])
    assert "psycopg" in (tmp_path / "licences" / "index.json").read_text(encoding="utf-8")


def test_unknown_edition_stops_the_build(tmp_path, monkeypatch):
    with pytest.raises(SystemExit, match="office or province"):
        run_spec(tmp_path, monkeypatch, "capital")


def test_two_programs_share_one_copy_of_the_code_and_carry_the_version(tmp_path, monkeypatch):
    from soum_desk import __version__

    calls = run_spec(tmp_path, monkeypatch, None)
    assert _analysis(calls).kwargs["noarchive"] is True, "modules as shared .pyc files, no archive per program"
    assert not [c for c in calls if c.kind == "MERGE"]
    programs = {c.kwargs["name"]: c.kwargs for c in calls if c.kind == "EXE"}
    assert set(programs) == {"SoumDesk", "soum-desk"}
    assert programs["soum-desk"]["console"] is True
    if sys.platform == "win32":
        assert programs["SoumDesk"]["console"] is False
    for name, kwargs in programs.items():
        text = Path(kwargs["version"]).read_text(encoding="utf-8")
        assert f"StringStruct('ProductVersion', '{__version__}')" in text
        assert f"StringStruct('OriginalFilename', '{name}.exe')" in text
    collect = next(c for c in calls if c.kind == "COLLECT")
    assert collect.kwargs["name"] == "SoumDesk"


def test_version_resource_is_a_valid_pyinstaller_version_file():
    from installer.versioninfo import numeric_version, version_file_text

    assert numeric_version("0.1.0") == (0, 1, 0, 0)
    assert numeric_version("1.12.3rc2") == (1, 12, 3, 0)
    with pytest.raises(ValueError):
        numeric_version("70000.1")
    built: dict = {}

    def record(kind):
        return lambda *args, **kwargs: built.setdefault(kind, []).append((args, kwargs)) or kind

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    eval(version_file_text("2.3.4", "SoumDesk"), {name: record(name) for name in names})  # noqa: S307
    assert built["FixedFileInfo"][0][1]["filevers"] == (2, 3, 4, 0)
    strings = {args[0]: args[1] for args, _ in built["StringStruct"]}
    assert strings["FileVersion"] == "2.3.4" and strings["ProductName"] == "SoumDesk"
