"""Shared fixtures: each test gets a fresh data directory and database in a temporary folder.

Migrating a database and hashing the fixture users' passwords (argon2id at OWASP strength) is
done once per session into a template data folder (`data_templates`); each test gets a byte copy
of that folder, the same database a fresh `open_context` + `office.initialise` + `create_user`
would have made. With SOUM_DESK_DB_URL pointing at another server the fixtures build the
database as before (a template is a SQLite file).

Markers and the default run: see `pytest_collection_modifyitems` below and docs/reliability.md
("Long forms in pytest").
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings  # noqa: E402

from soum_desk.config import AppPaths, resolve_paths  # noqa: E402
from soum_desk.domain.roles import Role  # noqa: E402
from soum_desk.services.core import office, users  # noqa: E402
from soum_desk.services.core.context import Actor, AppContext  # noqa: E402
from soum_desk.services.core.startup import open_context  # noqa: E402

ADMIN_PASSWORD = "admin-pass-1"
HEAD_PASSWORD = "head-pass-1"
CLERK_PASSWORD = "clerk-pass-1"
VIEWER_PASSWORD = "viewer-pass-1"

# The default run is deterministic: property tests draw the same examples every run (derandomize),
# nothing is read from or saved to a local example database, and no deadline depends on the
# machine's load. A failure hypothesis finds in a random run (`--hypothesis-profile=soumdesk-random`,
# or the long profile of tests/reliability/property_kit.py) becomes an explicit `@example` or a
# test in tests/reliability/test_fuzz_regressions.py (docs/reliability.md, "Deterministic runs").
settings.register_profile("soumdesk-default", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("soumdesk-random", derandomize=False, database=None, deadline=None, print_blob=True)
settings.load_profile("soumdesk-default")  # `--hypothesis-profile=…` loads another after this


# ---------------------------------------------------------------- markers: `long`

@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Background tasks (ui/worker.py: the dashboard's charts, reports) finish before the test's
    fixtures close the database under them (a query running while its engine is disposed could crash
    the interpreter in SQLite)."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture(autouse=True)
def _own_window_settings(tmp_path, monkeypatch) -> None:
    """Window sizes and last folders (ui/widgets/window_fit) go to the test's own INI file, never
    the developer's profile, and no test sees another's."""
    monkeypatch.setenv("SOUM_DESK_UI_SETTINGS", str(tmp_path / "window-settings.ini"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--long", action="store_true", default=False,
                     help="also run the long forms of the reliability sweeps (marker `long`)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `long` (the full reliability sweeps) run only when asked for: `--long`, or a
    `-m` expression that names the marker (`-m long`). `make test` runs their short forms."""
    if config.getoption("--long") or "long" in (config.option.markexpr or ""):
        return
    kept, dropped = [], []
    for item in items:
        (dropped if item.get_closest_marker("long") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


# ---------------------------------------------------------------- template data folders

def copy_data(template: Path, folder: Path) -> Path:
    """A byte copy of a closed template data folder (database, lock file, empty sub-folders)."""
    shutil.copytree(template, folder, dirs_exist_ok=True)
    return folder


class DataTemplates:
    """Data folders built once per session by `make(paths)`, by name; a test copies one with `copy_to`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.built: dict[str, Path] = {}
        self.extra: dict[str, object] = {}

    def get(self, name: str, make: Callable[[AppPaths], object]) -> Path:
        if name not in self.built:
            folder = self.root / name / "data"
            self.extra[name] = make(resolve_paths(folder))
            leftovers = [p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm", "-journal"))]
            assert not leftovers, f"template {name} was not closed: {leftovers}"
            self.built[name] = folder
        return self.built[name]

    def copy_to(self, name: str, make: Callable[[AppPaths], object], folder: Path) -> Path:
        return copy_data(self.get(name, make), folder)


@pytest.fixture(scope="session")
def data_templates(tmp_path_factory) -> DataTemplates:
    return DataTemplates(tmp_path_factory.mktemp("templates"))


def _blank(paths: AppPaths) -> None:
    open_context(paths).dispose()


def initialise_office(ctx: AppContext) -> AppContext:
    """The fixture office: admin, head, clerk and viewer; returns the context signed in as admin."""
    office.initialise(ctx, aimag_code="MN-065", soum_name="Есөнбулаг",
                      office_name="Есөнбулаг сумын Засаг даргын Тамгын газар", admin_username="admin",
                      admin_password=ADMIN_PASSWORD, admin_full_name="Д.Админ",
                      bags=["1-р баг", "2-р баг", "3-р баг"], units=["Тамгын газар", "Нийгмийн бодлогын хэлтэс"])
    admin = ctx.as_actor(users.authenticate(ctx, "admin", ADMIN_PASSWORD))
    users.create_user(admin, "head", HEAD_PASSWORD, Role.HEAD.value, "Б.Дарга", "ЗДТГ-ын дарга")
    users.create_user(admin, "clerk", CLERK_PASSWORD, Role.CLERK.value, "Г.Ажилтан", "Хяналт-шинжилгээний мэргэжилтэн")
    users.create_user(admin, "viewer", VIEWER_PASSWORD, Role.VIEWER.value, "Х.Харагч")
    return admin


def _office(paths: AppPaths) -> Actor:
    ctx = open_context(paths)
    try:
        actor = initialise_office(ctx).actor
        assert actor is not None
        return actor
    finally:
        ctx.dispose()


# ---------------------------------------------------------------- the fixtures

@pytest.fixture
def paths(tmp_path):
    return resolve_paths(tmp_path / "data")


_FIXTURE_ADMIN = pytest.StashKey[Actor]()


@pytest.fixture
def blank_ctx(request, paths, data_templates):
    """An opened, migrated, empty database (no office yet).

    When the test also uses `ctx`, this is the same database with the fixture office already in
    it (as when `ctx` initialised it), so both stay one database."""
    with_office = "ctx" in request.fixturenames
    copied = paths.sqlite_path is not None and not paths.sqlite_path.exists()
    if copied:
        data_templates.copy_to("office" if with_office else "blank", _office if with_office else _blank,
                               paths.data_dir)
    ctx = open_context(paths)
    if with_office:
        admin = data_templates.extra["office"] if copied else initialise_office(ctx).actor
        assert isinstance(admin, Actor)
        request.node.stash[_FIXTURE_ADMIN] = admin
    yield ctx
    ctx.dispose()


@pytest.fixture
def ctx(request, blank_ctx) -> AppContext:
    """An initialised office with admin, head, clerk and viewer; signed in as admin."""
    return blank_ctx.as_actor(request.node.stash[_FIXTURE_ADMIN])


def as_role(ctx: AppContext, username: str) -> AppContext:
    """The same database, acting as another of the fixture's users."""
    passwords = {"admin": ADMIN_PASSWORD, "head": HEAD_PASSWORD, "clerk": CLERK_PASSWORD, "viewer": VIEWER_PASSWORD}
    return ctx.as_actor(users.authenticate(ctx, username, passwords[username]))


@pytest.fixture
def head_ctx(ctx):
    return as_role(ctx, "head")


@pytest.fixture
def clerk_ctx(ctx):
    return as_role(ctx, "clerk")


@pytest.fixture
def viewer_ctx(ctx):
    return as_role(ctx, "viewer")


@pytest.fixture
def system_ctx(ctx):
    return ctx.as_actor(Actor.system())
