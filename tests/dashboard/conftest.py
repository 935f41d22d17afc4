"""A demo office shared by the dashboard tests: built once per session (the demo load takes
a while), then each test works on its own copy of the data folder."""

from __future__ import annotations

import shutil

import pytest

from soum_desk.config import resolve_paths
from soum_desk.services import demo
from soum_desk.services.core import users
from soum_desk.services.core.context import Actor
from soum_desk.services.core.startup import open_context
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    from soum_desk.services.core import office

    folder = tmp_path_factory.mktemp("demo") / "data"
    ctx = open_context(resolve_paths(folder))
    office.initialise(ctx, aimag_code="MN-065", soum_name="Есөнбулаг",
                      office_name="Есөнбулаг сумын Засаг даргын Тамгын газар", admin_username="admin",
                      admin_password=ADMIN_PASSWORD, admin_full_name="Д.Админ",
                      bags=["1-р баг", "2-р баг", "3-р баг"], units=["Тамгын газар"])
    demo.load_demo(ctx.as_actor(Actor.system()))
    ctx.dispose()
    return folder


@pytest.fixture
def demo_ctx(demo_template, tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder)
    ctx = open_context(resolve_paths(folder))
    admin = ctx.as_actor(users.authenticate(ctx, "admin", ADMIN_PASSWORD))
    yield admin
    ctx.dispose()
