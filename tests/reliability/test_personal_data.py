"""Item 8: personal data never appears in a bundle made without the setting; sealed, it opens only
with the province's key."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime

import pytest
from cryptography.exceptions import InvalidTag

from soum_desk.bundle import format as fmt
from soum_desk.bundle import keys
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.core import settings, users
from soum_desk.services.petitions import actions as petitions
from soum_desk.services.province import imports as province_import
from tests.bundle import fake_provider
from tests.bundle.conftest import KEY_PASS, make_office, province_ctx, register  # noqa: F401 - fixtures

# The known person: registered through the real petitions service, and the fake provider's citizens.
NAME, REGISTER, PHONE = "Тэстийн Батцэцэг", "ЧЖ99123145", "88776655"
FAKE = ("Иргэн 1", "УБ90000001", "99110001")
NEEDLES = [s.encode() for s in (NAME, REGISTER, PHONE, *FAKE)]


@pytest.fixture(autouse=True)
def _providers(monkeypatch):
    """The real area providers (the petitions one carries the personal data under test)."""
    monkeypatch.setattr(keys, "KDF_MEMORY_KIB", 8 * 1024)
    monkeypatch.setattr(keys, "KDF_TIME_COST", 1)
    monkeypatch.setattr(bundle_export, "PAYLOAD_PROVIDERS", dict(bundle_export.PAYLOAD_PROVIDERS))  # the real areas
    monkeypatch.setattr(bundle_export, "REPORT_PROVIDERS", {"fake": fake_provider.REPORT_SPEC})


def occurrences(path) -> int:
    """Occurrences in the raw file and in every entry inflated (deflate would hide plain text)."""
    raw = path.read_bytes()
    hits = sum(raw.count(n) for n in NEEDLES)
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            data = zf.read(name)
            hits += sum(data.count(n) for n in NEEDLES)
    return hits


def _office_with_person(make_office):  # noqa: F811
    env = make_office()
    admin = env.ctx.as_actor(users.authenticate(env.ctx, "admin", "admin-pass-1"))
    petitions.register(admin, received_at=datetime(2024, 11, 5, 10), channel="written", kind="request",
                       summary="Газар олгох хүсэлт", petitioner={"name": NAME, "register_no": REGISTER,
                                                                "phone": PHONE})
    return env, admin


def test_without_the_setting_no_personal_data(make_office):  # noqa: F811
    env, _admin = _office_with_person(make_office)
    path = env.export("2024Q4")
    assert occurrences(path) == 0
    assert not any("/personal/" in n for n in zipfile.ZipFile(path).namelist())


def test_with_the_setting_sealed_and_the_wrong_key_fails(province_ctx, make_office, tmp_path):  # noqa: F811
    env, admin = _office_with_person(make_office)
    register(province_ctx, env)
    bundle_keys.import_province_key(admin, bundle_keys.export_public_key(province_ctx, tmp_path / "p.pub.json"))
    settings.update(admin, "bundle.include_personal", True)
    path = env.export("2024Q4")
    assert occurrences(path) == 0  # sealed: not in the raw bytes nor in any inflated entry
    with zipfile.ZipFile(path) as zf:
        info = fmt.parse_bag_info(zf.read(f"{path.stem}/{fmt.BAG_INFO}").decode())
        sealed = [n for n in zf.namelist() if n.endswith(".json.hpke")]
        assert sealed
        for name in sealed:
            table = name.rsplit("/", 1)[1].removesuffix(".json.hpke")
            binding = fmt.SealBinding(info[fmt.F_OFFICE_CODE], info[fmt.F_PERIOD], int(info[fmt.F_SEQUENCE]), table)
            for _ in range(20):  # 20 other X25519 keys: none opens it
                with pytest.raises(InvalidTag):
                    fmt.open_sealed(zf.read(name), keys.generate("x25519").private, binding)
            right = bundle_keys.unlock_key(province_ctx, KEY_PASS, kind="x25519")
            opened = json.loads(fmt.open_sealed(zf.read(name), right.private, binding))
            assert NAME in [row.get("name") for row in opened["rows"]]  # the right key opens it
    assert province_import.import_files(province_ctx, [path])[0]["verdict"] == "decrypt_failed"
    assert province_import.import_files(province_ctx, [path], passphrase=KEY_PASS)[0]["verdict"] == "valid"
