"""A demo office shared by the dashboard tests."""

from __future__ import annotations

import pytest

from soum_desk.services import demo
from soum_desk.services.context import Actor


@pytest.fixture
def demo_ctx(ctx):
    demo.load_demo(ctx.as_actor(Actor.system()))
    return ctx
