"""The Windows version resource of SoumDesk.exe, generated from `soum_desk.__version__`.

PyInstaller reads a version file: a Python expression built from the classes of
`PyInstaller.utils.win32.versioninfo`. Explorer shows it under Properties → Details,
Apps & Features and Defender's prompts show the product name and publisher from it.
"""

from __future__ import annotations

import re
from pathlib import Path

COMPANY = "SoumDesk"
PRODUCT = "SoumDesk"
DESCRIPTION = "SoumDesk — сумын ЗДТГ-ын програм"
COPYRIGHT = "© SoumDesk authors, MIT License"


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' → (0, 1, 0, 0); '1.2.3rc1' → (1, 2, 3, 0): Windows wants four 16-bit numbers."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    if release is None:
        raise ValueError(f"version {version!r} does not start with a number")
    parts = ([int(p) for p in release.group(0).split(".")] + [0, 0, 0, 0])[:4]
    if any(p > 0xFFFF for p in parts):
        raise ValueError(f"version {version!r} does not fit a Windows version resource")
    return (parts[0], parts[1], parts[2], parts[3])


def version_file_text(version: str, exe_name: str) -> str:
    numbers = numeric_version(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x0409 = English (US), 1200 = Unicode: the block every Windows version reads.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {entries}])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write_version_file(target: Path, version: str, exe_name: str) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(version_file_text(version, exe_name), encoding="utf-8")
    return target
