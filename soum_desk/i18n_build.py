"""Build Qt translations: `.ts` sources (in git) → `.qm` (built at install).

One `.ts` per UI area (`resources/i18n/<area>_en.ts`), so areas never edit
the same file. Source strings are Mongolian; the `.ts` files hold English.
`qt_mn.ts` is the other way round: Qt's own English texts (dialog buttons, the
file dialog, …) in Mongolian, written by hand — Qt ships no Mongolian.

    python -m soum_desk.i18n_build              # compile every .ts to .qm
    python -m soum_desk.i18n_build --update-ts  # re-scan the sources first
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
UI_DIR = ROOT / "soum_desk" / "ui"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def ts_groups() -> dict[str, list[Path]]:
    """Area name → its source files. Top-level ui/*.py files form the 'shell' group."""
    groups: dict[str, list[Path]] = {"shell": sorted(UI_DIR.glob("*.py"))}
    for folder in sorted(p for p in UI_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")):
        groups[folder.name] = sorted(folder.rglob("*.py"))
    return groups


def update_ts(i18n_dir: Path = I18N_DIR) -> list[Path]:
    """Re-scan the UI sources into `i18n_dir`/<area>_en.ts, keeping existing translations."""
    i18n_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for area, files in ts_groups().items():
        if not files:
            continue
        target = i18n_dir / f"{area}_en.ts"
        written.append(target)
        subprocess.run([_tool("pyside6-lupdate"), *map(str, files), "-source-language", "mn_MN",
                        "-target-language", "en_US", "-no-obsolete", "-locations", "none", "-ts", str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    return written


def compile_qm() -> list[Path]:
    built = []
    for ts_file in sorted(I18N_DIR.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
            built.append(qm_file)
            continue
        subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
                       check=True, stdout=subprocess.DEVNULL)
        built.append(qm_file)
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update-ts", action="store_true")
    args = parser.parse_args()
    if args.update_ts:
        update_ts()
    compile_qm()


if __name__ == "__main__":
    main()
