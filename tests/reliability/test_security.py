"""Item 12: security settings checked by tests."""

from __future__ import annotations

import base64
import importlib
import inspect
import pkgutil
import re
import sqlite3

import pytest

import soum_desk.services as services_pkg
from soum_desk.bundle import keys
from soum_desk.domain.roles import ROLE_PERMISSIONS, Permission, Role
from soum_desk.errors import PermissionDenied, UserError
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.core import users
from soum_desk.services.core.startup import open_context
from tests.conftest import VIEWER_PASSWORD, as_role

OWASP_MIN_M_KIB, OWASP_MIN_T = 19_456, 2


def test_password_hashes_are_argon2id_at_or_above_owasp(ctx):
    con = sqlite3.connect(ctx.paths.sqlite_path)
    hashes = [r[0] for r in con.execute("SELECT password_hash FROM app_user")]
    con.close()
    assert len(hashes) == 4
    for encoded in hashes:
        match = re.match(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$", encoded)
        assert match, encoded[:30]
        m, t, p = map(int, match.groups())
        assert m >= OWASP_MIN_M_KIB and t >= OWASP_MIN_T and p >= 1


def test_lock_out_survives_a_restart(ctx):
    for _ in range(5):  # auth.max_failures
        with pytest.raises(UserError):
            users.authenticate(ctx, "viewer", "wrong")
    paths = ctx.paths
    ctx.dispose()
    reopened = open_context(paths)
    try:
        with pytest.raises(UserError, match="locked"):
            users.authenticate(reopened, "viewer", VIEWER_PASSWORD)
    finally:
        reopened.dispose()


_REQUIRE = re.compile(r"ctx\.require\(Permission\.(\w+)\)")


def write_services() -> list[tuple[str, object, Permission]]:
    """Every public service function whose first check is a permission a viewer lacks."""
    viewer = ROLE_PERMISSIONS[Role.VIEWER]
    found = []
    for info in pkgutil.walk_packages(services_pkg.__path__, prefix="soum_desk.services."):
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if not params or params[0] != "ctx":  # services take the context first
                continue
            match = _REQUIRE.search(inspect.getsource(fn))
            if match and Permission[match.group(1)] not in viewer:
                found.append((f"{info.name.removeprefix('soum_desk.services.')}.{name}", fn,
                              Permission[match.group(1)]))
    return found


def _placeholder_args(fn) -> tuple[list, dict]:  # noqa: ANN001
    args, kwargs = [], {}
    for i, param in enumerate(inspect.signature(fn).parameters.values()):
        if i == 0 or param.default is not inspect.Parameter.empty:
            continue
        if param.kind is param.KEYWORD_ONLY:
            kwargs[param.name] = None
        elif param.kind is param.POSITIONAL_OR_KEYWORD:
            args.append(None)
    return args, kwargs


def test_every_write_service_refuses_a_viewer(ctx):
    viewer = as_role(ctx, "viewer")
    checked, not_refused = [], []
    for name, fn, _permission in write_services():
        args, kwargs = _placeholder_args(fn)
        try:
            fn(viewer, *args, **kwargs)
        except PermissionDenied:
            checked.append(name)
        except Exception as exc:  # noqa: BLE001 - anything but a refusal is a finding
            not_refused.append(f"{name}: {type(exc).__name__}: {exc}")
        else:
            not_refused.append(f"{name}: ran")
    print(f"\n{len(checked)} write services refuse a viewer")
    assert not_refused == []
    assert len(checked) >= 40


def test_private_keys_never_on_disk_unencrypted(ctx, tmp_path):
    head = as_role(ctx, "head")
    bundle_keys.create_key(head, "long key passphrase")
    pair = bundle_keys.unlock_key(head, "long key passphrase")
    raw = keys._raw_private(pair.private)  # noqa: SLF001
    needles = [raw, base64.b64encode(raw), base64.urlsafe_b64encode(raw), raw.hex().encode(),
               base64.b64encode(raw).rstrip(b"="), base64.urlsafe_b64encode(raw).rstrip(b"=")]
    ctx.dispose()
    files = [p for p in ctx.paths.data_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        assert not any(n in data for n in needles), path
