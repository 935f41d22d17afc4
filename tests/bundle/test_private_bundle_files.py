"""Issue 19: bundles written to the stick and the province's held bundles are readable by their user only."""

from __future__ import annotations

import os
import stat

import pytest

from soum_desk.services.province import imports as province_import
from tests.bundle.conftest import register

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows relies on the per-user folder's ACL")


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _loose(paths) -> dict[str, str]:  # noqa: ANN001
    return {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in paths
            if stat.S_IMODE(p.stat().st_mode) & (stat.S_IRWXG | stat.S_IRWXO)}


def test_bundles_and_held_bundles_are_private(loose_umask, province_ctx, make_office):
    env = make_office("Алтанбулаг")
    register(province_ctx, env)
    env.export("2024Q3")
    later = env.export("2024Q4")
    assert province_import.import_files(province_ctx, [later])[0]["verdict"] == "sequence_gap"
    held = list((province_ctx.paths.data_dir / "held").iterdir())
    assert held and _loose([later, *held, province_ctx.paths.data_dir / "held"]) == {}
