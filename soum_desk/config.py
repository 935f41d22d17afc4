"""Where data lives: the data directory and the database URL.

Order of precedence: explicit argument (CLI `--data-dir`/`--db-url`),
environment (`SOUM_DESK_HOME`, `SOUM_DESK_DB_URL`), the per-user data
directory from platformdirs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DB_FILENAME = "soumdesk.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    db_url: str

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def sqlite_path(self) -> Path | None:
        """The database file when the URL is a SQLite file, else None."""
        prefix = "sqlite:///"
        if self.db_url.startswith(prefix) and self.db_url != "sqlite:///:memory:":
            return Path(self.db_url[len(prefix):])
        return None

    def ensure_dirs(self) -> None:
        """The data folder and its subfolders, readable by this user only (POSIX 0700)."""
        for folder in (self.data_dir, self.backups_dir, self.attachments_dir, self.reports_dir):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)


def keep_files_private() -> None:
    """Every file and folder the app creates from now on is readable by this user only.

    The database holds petitioners' names, register numbers and phones; backups, sealed key files
    and bundles are as sensitive. On POSIX the umask gives 0600/0700. On Windows the data folder
    is under %LOCALAPPDATA%, whose ACL already admits only the user (docs/decisions.md).
    """
    if os.name == "posix":
        os.umask(0o077)


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("SoumDesk", appauthor=False))


def resolve_paths(data_dir: str | os.PathLike | None = None, db_url: str | None = None) -> AppPaths:
    folder = Path(data_dir or os.environ.get("SOUM_DESK_HOME") or default_data_dir()).expanduser()
    url = db_url or os.environ.get("SOUM_DESK_DB_URL") or f"sqlite:///{(folder / DB_FILENAME).resolve()}"
    return AppPaths(data_dir=folder.resolve(), db_url=url)


def resources_dir() -> Path:
    """The `resources/` folder: PyInstaller bundle, checkout (editable install), or installed wheel.

    A wheel installs it as data files under `<prefix>/share/soum-desk/resources`
    (see `[tool.setuptools.data-files]` in pyproject.toml).
    """
    import sys

    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "soum-desk" / "resources"
