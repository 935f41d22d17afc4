"""Which components SoumDesk ships, their versions and licence texts (Help → About).

Two sources, one shape:
- a checkout or an installed copy reads the installed distributions' metadata (the
  licence files in each `*.dist-info`) for the runtime dependencies named in
  pyproject.toml, plus the parts that are not Python packages (Qt, the DejaVu fonts,
  Python itself);
- the PyInstaller build cannot read most metadata, so build_installer.spec calls
  `write_folder()` at build time and ships the result as `licences/` beside
  `resources/`; `notices()` then reads that folder.

    python -m soum_desk.licences OUT_DIR [--extra postgres]   # what the spec does
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import json
import re
import sys
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

from soum_desk import APP_NAME, __version__
from soum_desk.config import resources_dir

PROJECT = "soum-desk"
INDEX = "index.json"
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
_NAME_FIX = re.compile(r"[-_.\s]+")


@dataclass(frozen=True)
class Notice:
    """One shipped component: its name, version, licence (SPDX where known) and full text."""

    name: str
    version: str
    licence: str
    text: str


def shipped_folder() -> Path:
    """Where a build keeps the collected notices (`<bundle>/licences`)."""
    return resources_dir().parent / "licences"


def notices(extras: tuple[str, ...] = ()) -> list[Notice]:
    """The notices a build shipped, or (in a checkout) the installed components' own."""
    index = shipped_folder() / INDEX
    if index.is_file():
        return [Notice(**entry) for entry in json.loads(index.read_text(encoding="utf-8"))]
    return collect(extras)


def collect(extras: tuple[str, ...] = ()) -> list[Notice]:
    """SoumDesk itself, the non-Python parts, then every installed runtime dependency by name."""
    found = [_project_notice(), *_native_notices()]
    packages = [_package_notice(dist) for dist in runtime_distributions(extras)]
    return found + sorted(packages, key=lambda n: n.name.lower())


def write_folder(target: Path, extras: tuple[str, ...] = ()) -> list[Notice]:
    """Write `index.json` and one `<name>.txt` per component into `target` (for the build)."""
    target.mkdir(parents=True, exist_ok=True)
    found = collect(extras)
    for notice in found:
        (target / f"{_normalise(notice.name)}.txt").write_text(
            f"{notice.name} {notice.version} — {notice.licence}\n\n{notice.text}", encoding="utf-8")
    (target / INDEX).write_text(json.dumps([asdict(n) for n in found], ensure_ascii=False, indent=1),
                                encoding="utf-8")
    return found


def runtime_distributions(extras: tuple[str, ...] = ()) -> list[metadata.Distribution]:
    """The installed distributions SoumDesk needs at run time (its dependencies, transitively).

    A requirement for an extra counts only when that extra is wanted; other markers
    (platform, Python version) are left to what is installed here.
    """
    seen: dict[str, metadata.Distribution] = {}
    queue = [(text, extras) for text in _top_requirements()]
    while queue:
        text, wanted_extras = queue.pop()
        name, own_extras, needed_extra = _parse(text)
        key = _normalise(name)
        if (needed_extra is not None and needed_extra not in wanted_extras) or key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a platform-only dependency that is not installed here
        seen[key] = dist
        queue += [(line, own_extras) for line in dist.requires or []]
    return list(seen.values())


_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA_MARKER = re.compile(r"extra\s*==\s*['\"]([^'\"]+)['\"]")


def _parse(text: str) -> tuple[str, tuple[str, ...], str | None]:
    """(name, its extras, the extra it is conditional on) of a requirement line."""
    match = _REQUIREMENT.match(text)
    if match is None:
        raise ValueError(f"not a requirement: {text!r}")
    extras = tuple(e.strip() for e in (match.group(2) or "").split(",") if e.strip())
    marker = text.split(";", 1)[1] if ";" in text else ""
    conditional = _EXTRA_MARKER.search(marker)
    return match.group(1), extras, (_normalise(conditional.group(1)) if conditional else None)


def _top_requirements() -> list[str]:
    """pyproject.toml's dependencies in a checkout, else the installed project's metadata."""
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
        optional = project.get("optional-dependencies", {})
        extra_lines = [f"{line}; extra == '{name}'" if ";" not in line else f"{line} and extra == '{name}'"
                       for name, lines in optional.items() if name != "dev" for line in lines]
        return list(project["dependencies"]) + extra_lines
    return list(metadata.distribution(PROJECT).requires or [])


def _package_notice(dist: metadata.Distribution) -> Notice:
    meta = dist.metadata
    name = meta["Name"]
    licence = meta["License-Expression"] or _short_licence(meta)
    texts = []
    for file in dist.files or []:
        if ".dist-info" in str(file) and _LICENCE_FILE.search(file.name):
            located = Path(str(dist.locate_file(file)))
            if located.is_file():
                texts.append(located.read_text(encoding="utf-8", errors="replace").strip())
    if not texts and _normalise(name).startswith(("pyside6", "shiboken6")):
        texts.append(_qt_licence_text())
    if not texts:
        texts.append(f"{name} ships no licence file; its package metadata says: {licence}.")
    return Notice(name, dist.version, licence, "\n\n".join(texts))


def _short_licence(meta: metadata.PackageMetadata) -> str:
    """A one-line licence from the `License` field or the `License ::` classifiers."""
    field = (meta["License"] or "").strip()
    if field and "\n" not in field and len(field) <= 80:
        return field
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or (field.splitlines()[0] if field else "unknown")


def _project_notice() -> Notice:
    licence = Path(__file__).resolve().parent.parent / "LICENSE"
    text = licence.read_text(encoding="utf-8").strip() if licence.is_file() else "MIT License"
    return Notice(APP_NAME, __version__, "MIT", text)


def _qt_licence_text() -> str:
    folder = resources_dir() / "licences"
    return "\n\n".join((folder / name).read_text(encoding="utf-8").strip()
                       for name in ("LGPL-3.0.txt", "GPL-3.0.txt"))


def _native_notices() -> list[Notice]:
    """What is not a Python package: the Qt libraries, the bundled fonts, the Python runtime."""
    found = []
    try:
        qt_version = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        qt_version = ""
    found.append(Notice("Qt", qt_version, "LGPL-3.0-only",
                        "The Qt libraries (through PySide6) are used under the GNU Lesser General Public "
                        "License v3; SoumDesk loads them as separate, replaceable files in the program "
                        "folder (_internal/PySide6). Source: https://download.qt.io/official_releases/qt/\n\n"
                        + _qt_licence_text()))
    fonts = resources_dir() / "fonts" / "LICENSE-DejaVu.txt"
    found.append(Notice("DejaVu Sans", "2.37", "Bitstream-Vera AND LicenseRef-DejaVu-public-domain",
                        fonts.read_text(encoding="utf-8").strip() if fonts.is_file() else ""))
    python_licence = next((p for p in (Path(sys.base_prefix) / "LICENSE.txt",
                                       Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}."
                                       f"{sys.version_info.minor}" / "LICENSE.txt") if p.is_file()), None)
    found.append(Notice("Python", sys.version.split()[0], "PSF-2.0",
                        python_licence.read_text(encoding="utf-8", errors="replace").strip() if python_licence
                        else "Python Software Foundation License Version 2."))
    return found


def _normalise(name: str) -> str:
    return _NAME_FIX.sub("-", name).lower()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Collect the licence texts a build ships.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--extra", action="append", default=[], help="an optional extra that is built in")
    args = parser.parse_args(argv)
    found = write_folder(args.out, tuple(args.extra))
    print(f"{len(found)} notices written to {args.out}")


if __name__ == "__main__":
    main()
