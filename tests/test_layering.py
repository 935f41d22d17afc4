"""Only soum_desk/ui imports PySide6: the library layers stay usable without a screen."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "soum_desk"
QT_FREE = ["domain", "db", "services", "reports", "importers", "bundle", "cli"]


def qt_imports(path: Path) -> list[str]:
    """PySide6 imports anywhere, and `soum_desk.ui` imports at module level.

    The CLI may open the GUI from inside a function (`soum-desk` with no subcommand);
    importing the cli module must still not load Qt.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    top_level = set(map(id, tree.body))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__" and node.args \
                and isinstance(node.args[0], ast.Constant):
            names = [str(node.args[0].value)]
        else:
            continue
        found += [f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {n}" for n in names
                  if n.split(".")[0] in ("PySide6", "shiboken6")
                  or (n.startswith("soum_desk.ui") and id(node) in top_level)]
    return found


def _files() -> list[Path]:
    files = [p for layer in QT_FREE for p in sorted((PACKAGE / layer).rglob("*.py"))]
    return files + [p for p in sorted(PACKAGE.glob("*.py"))]


@pytest.mark.parametrize("path", _files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layer_does_not_import_qt(path):
    assert qt_imports(path) == []


def test_the_scan_finds_qt_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import PySide6\nfrom soum_desk.ui import app\n"
                      "def f():\n    from PySide6.QtCore import QObject\n")
    global PACKAGE
    saved, PACKAGE = PACKAGE, tmp_path / "pkg"
    try:
        assert len(qt_imports(sample)) == 3
    finally:
        PACKAGE = saved


def test_importing_the_cli_does_not_load_qt():
    import subprocess
    import sys

    code = "import sys, soum_desk.cli, soum_desk.services.core.backup; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_main_window_loads_no_spreadsheet_or_pdf_library_nor_the_province():
    """Issue 18: start-up time. openpyxl (~0.45 s), calamine and reportlab are imported with the first
    file or report, not by the main window and its areas (the plan importer's type hints pulled openpyxl in);
    the province's and the bundle's services with their areas' first showing."""
    import os
    import subprocess
    import sys

    code = ("import sys, soum_desk.ui.main_window, soum_desk.ui.dashboard.view; "
            "print(sorted(m for m in ('openpyxl', 'python_calamine', 'reportlab', 'soum_desk.services.province', "
            "'soum_desk.services.bundle') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    assert out.strip() == "[]"
