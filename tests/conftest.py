"""Shared fixtures: each test gets a fresh data directory and database in a temporary folder."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from soum_desk.config import resolve_paths  # noqa: E402
from soum_desk.domain.roles import Role  # noqa: E402
from soum_desk.services.core import office, users
from soum_desk.services.core.context import Actor, AppContext  # noqa: E402
from soum_desk.services.core.startup import open_context  # noqa: E402

ADMIN_PASSWORD = "admin-pass-1"
HEAD_PASSWORD = "head-pass-1"
CLERK_PASSWORD = "clerk-pass-1"
VIEWER_PASSWORD = "viewer-pass-1"


@pytest.fixture
def paths(tmp_path):
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def blank_ctx(paths):
    """An opened, migrated, empty database (no office yet)."""
    ctx = open_context(paths)
    yield ctx
    ctx.dispose()


@pytest.fixture
def ctx(blank_ctx) -> AppContext:
    """An initialised office with admin, head, clerk and viewer; signed in as admin."""
    office.initialise(blank_ctx, aimag_code="MN-065", soum_name="Есөнбулаг",
                      office_name="Есөнбулаг сумын Засаг даргын Тамгын газар", admin_username="admin",
                      admin_password=ADMIN_PASSWORD, admin_full_name="Д.Админ",
                      bags=["1-р баг", "2-р баг", "3-р баг"], units=["Тамгын газар", "Нийгмийн бодлогын хэлтэс"])
    admin = blank_ctx.as_actor(users.authenticate(blank_ctx, "admin", ADMIN_PASSWORD))
    users.create_user(admin, "head", HEAD_PASSWORD, Role.HEAD.value, "Б.Дарга", "ЗДТГ-ын дарга")
    users.create_user(admin, "clerk", CLERK_PASSWORD, Role.CLERK.value, "Г.Ажилтан", "Хяналт-шинжилгээний мэргэжилтэн")
    users.create_user(admin, "viewer", VIEWER_PASSWORD, Role.VIEWER.value, "Х.Харагч")
    return admin


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
