"""Writing to the stick: a full stick or a write that stops half way leaves no file that looks
complete, and the export is not recorded; personal data is sealed to the province."""

from __future__ import annotations

import errno
import zipfile

import pytest

from soum_desk.bundle import format as fmt
from soum_desk.bundle import payload, usb
from soum_desk.errors import EnvironmentProblem, UserError
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.core import settings
from soum_desk.services.province import imports as province_import
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
    payload_providers = {"fake": "tests.bundle.fake_provider:bundle_payload"}
    monkeypatch.setattr(payload, "PAYLOAD_PROVIDERS", payload_providers)
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
    monkeypatch.setattr(payload, "PAYLOAD_PROVIDERS", {"fake": "tests.bundle.fake_provider:bundle_payload"})
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


def test_absent_provider_module_is_skipped(ctx):
    from soum_desk.domain.periods import Period

    tables = payload.collect(ctx, Period.parse("2024Q4"),
                             providers={"gone": "soum_desk.services.no_such_area:bundle_payload"})
    assert list(tables) == ["office"]
    assert payload.resolve("soum_desk.services.no_such_area:bundle_payload") is None
