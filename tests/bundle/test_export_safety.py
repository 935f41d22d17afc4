"""Writing to the stick: a full stick or a write that stops half way leaves no file that looks
complete, and the export is not recorded; personal data is sealed to the province."""

from __future__ import annotations

import errno
import zipfile

import pytest

from soum_desk.bundle import format as fmt
from soum_desk.bundle import payload, usb
from soum_desk.bundle.schema import SchemaProblem
from soum_desk.errors import EnvironmentProblem, UserError
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.core import settings
from soum_desk.services.province import imports as province_import
from tests.bundle import fake_provider
from tests.bundle.conftest import KEY_PASS, register


class _Failing:
    """A file object that fails after `limit` bytes, like a full or pulled stick."""

    def __init__(self, real, limit: int, exc: BaseException) -> None:
        self.real, self.limit, self.exc, self.written = real, limit, exc, 0

    def write(self, data: bytes) -> int:
        if self.written + len(data) > self.limit:
            self.real.write(data[: max(0, self.limit - self.written)])
            raise self.exc
        self.written += len(data)
        return self.real.write(data)

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.real.close()


def _break_writes(monkeypatch, exc: BaseException, limit: int = 700) -> None:
    real_open = open

    def fake_open(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        if "w" in mode and "usb" in str(path):
            return _Failing(handle, limit, exc)
        return handle

    monkeypatch.setattr(usb, "open", fake_open, raising=False)


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize("exc", [OSError(errno.ENOSPC, "No space left on device"),
                                 OSError(errno.EIO, "Input/output error")])
def test_full_or_pulled_stick(make_office, monkeypatch, exc):
    env = make_office()
    bundle_export.approve_period(env.ctx, "2024Q4")
    usb_dir = env.folder / "usb"
    usb_dir.mkdir()
    _break_writes(monkeypatch, exc)
    with pytest.raises(EnvironmentProblem) as info:
        bundle_export.export_bundle(env.ctx, "2024Q4", usb_dir, KEY_PASS)
    assert ("stick is full" in str(info.value)) == (exc.errno == errno.ENOSPC)
    assert _leftovers(usb_dir) == []
    assert bundle_export.list_exports(env.ctx) == []
    monkeypatch.undo()
    payload_providers = {"fake": fake_provider.bundle_payload}
    monkeypatch.setattr(bundle_export, "PAYLOAD_PROVIDERS", payload_providers)
    result = bundle_export.export_bundle(env.ctx, "2024Q4", usb_dir, KEY_PASS)
    assert result["sequence"] == 1 and _leftovers(usb_dir) == [result["file_name"]]


def test_write_stops_half_way(make_office, monkeypatch):
    """A crash mid-copy (here an interrupt the cleanup cannot run after) leaves only a hidden
    temporary file, never one under the bundle's name, and it is refused as damaged."""
    env = make_office()
    bundle_export.approve_period(env.ctx, "2024Q4")
    usb_dir = env.folder / "usb"
    usb_dir.mkdir()
    _break_writes(monkeypatch, KeyboardInterrupt())
    monkeypatch.setattr(usb, "_discard", lambda tmp: None)  # the process died: nothing cleaned up
    with pytest.raises(KeyboardInterrupt):
        bundle_export.export_bundle(env.ctx, "2024Q4", usb_dir, KEY_PASS)
    left = _leftovers(usb_dir)
    assert len(left) == 1 and left[0].startswith(".") and ".partial-" in left[0] and not left[0].endswith(".zip")
    assert bundle_export.list_exports(env.ctx) == []
    with pytest.raises(zipfile.BadZipFile):
        zipfile.ZipFile(usb_dir / left[0])
    monkeypatch.undo()
    monkeypatch.setattr(bundle_export, "PAYLOAD_PROVIDERS", {"fake": fake_provider.bundle_payload})
    result = bundle_export.export_bundle(env.ctx, "2024Q4", usb_dir, KEY_PASS)
    assert _leftovers(usb_dir) == [result["file_name"]]  # the next export clears the leftover


def test_read_back_mismatch(make_office, monkeypatch):
    env = make_office()
    bundle_export.approve_period(env.ctx, "2024Q4")
    usb_dir = env.folder / "usb"
    usb_dir.mkdir()
    real = usb._hash_file
    monkeypatch.setattr(usb, "_hash_file", lambda p: "0" * 64 if ".partial-" in p.name else real(p))
    with pytest.raises(EnvironmentProblem, match="does not match"):
        bundle_export.export_bundle(env.ctx, "2024Q4", usb_dir, KEY_PASS)
    assert _leftovers(usb_dir) == []


def test_personal_data_is_sealed_to_the_province(province_ctx, make_office, tmp_path):
    env = make_office()
    register(province_ctx, env)
    province_key = bundle_keys.export_public_key(province_ctx, tmp_path / "province.pub.json")
    from soum_desk.services.core import users

    admin = env.ctx.as_actor(users.authenticate(env.ctx, "admin", "admin-pass-1"))
    bundle_keys.import_province_key(admin, province_key)
    settings.update(admin, "bundle.include_personal", True)
    path = env.export("2024Q4")
    names = zipfile.ZipFile(path).namelist()
    sealed = [n for n in names if n.endswith("personal_petitioners.json.hpke")]
    assert sealed and b"\xd0\x98\xd1\x80\xd0\xb3\xd1\x8d\xd0\xbd" not in zipfile.ZipFile(path).read(sealed[0])
    info = fmt.parse_bag_info(zipfile.ZipFile(path).read(f"{path.stem}/{fmt.BAG_INFO}").decode())
    assert info[fmt.F_PERSONAL] == "yes"
    # without the province's passphrase the bundle cannot be opened, so it is not imported
    assert province_import.import_files(province_ctx, [path])[0]["verdict"] == "decrypt_failed"
    result = province_import.import_files(province_ctx, [path], passphrase=KEY_PASS)[0]
    assert result["verdict"] == "valid" and result["tables"]["personal_petitioners"] == 5


def test_personal_data_needs_the_province_key(make_office):
    from soum_desk.services.core import users

    env = make_office()
    admin = env.ctx.as_actor(users.authenticate(env.ctx, "admin", "admin-pass-1"))
    settings.update(admin, "bundle.include_personal", True)
    bundle_export.approve_period(env.ctx, "2024Q4")
    with pytest.raises(UserError, match="province's public key"):
        bundle_export.export_bundle(env.ctx, "2024Q4", env.folder, KEY_PASS)


def test_an_area_left_out_adds_no_tables():
    """Only the areas the caller passes are collected; `bundle/payload` looks nothing up itself."""
    office_rows = payload.office_table({"code": "MN-049-01", "name": "Сүхбаатар сумын ЗДТГ", "aimag_code": "MN-049",
                                        "soum_name": "Сүхбаатар", "bag_name": None, "place": "Сүхбаатар"})
    tables = payload.collect(office_rows, {})
    assert list(tables) == ["office"] and tables["office"] == [dict(office_rows[0])]
    assert not hasattr(payload, "resolve")  # no "module:function" strings any more


def test_two_areas_giving_one_table_are_refused():
    office_rows = payload.office_table({"code": "X", "name": "X", "aimag_code": "MN-049", "soum_name": "X",
                                        "bag_name": None, "place": None})
    same = {"letter_figures": [{"incoming": 1, "outgoing": 1, "reply_required": 0, "replied_on_time": 0,
                                "overdue": 0}]}
    with pytest.raises(SchemaProblem, match="both a and b"):
        payload.collect(office_rows, {"a": lambda personal: same, "b": lambda personal: same})


def test_a_renamed_area_module_fails_at_import():
    """An area whose module was renamed must stop the import of the area list (and so every
    export), never silently drop the area from the bundle."""
    import importlib
    import sys

    import soum_desk.services.areas as areas

    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(sys.modules, "soum_desk.services.petitions.stats", None)  # as if renamed away
        with pytest.raises(ImportError, match="petitions.stats"):
            importlib.reload(areas)
    reloaded = importlib.reload(areas)
    assert [a.key for a in reloaded.AREAS] == ["plans", "petitions", "letters"]
