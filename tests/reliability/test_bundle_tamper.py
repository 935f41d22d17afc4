"""Item 6: a tamper sweep over a signed bundle; SQLite, and PostgreSQL when SOUM_DESK_TEST_PG_URL is set."""

from __future__ import annotations

import time
import zipfile

import pytest

from soum_desk.bundle import format as fmt
from soum_desk.bundle import safezip
from soum_desk.bundle.verdict import Code
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.province import imports as province_import
from tests.bundle import tamper
from tests.bundle.conftest import (  # noqa: F401 - fixtures
    KEY_PASS,
    _fast_kdf_and_fake_provider,
    make_office,
    province_ctx,
    register,
    snapshot,
)
from tests.reliability.bundle_sweep import Sweep
from tests.reliability.forms import form


@pytest.fixture
def history(province_ctx, make_office, tmp_path):  # noqa: F811
    """Q2 and Q4 imported (Q4 accepted over the gap), so Q3 is a rollback; 2025Q1 imported too.

    The swept bundle is already imported, so a flip in zip metadata that leaves every file
    byte-identical (a timestamp, an extra field) is the same bundle and must come back as a replay.
    """
    env = make_office("Алтанбулаг")
    register(province_ctx, env)
    q2, q3, q4 = env.export("2024Q2"), env.export("2024Q3"), env.export("2024Q4")
    assert province_import.import_files(province_ctx, [q2])[0]["verdict"] == "valid"
    assert province_import.import_files(province_ctx, [q4])[0]["verdict"] == Code.HELD.value
    held = province_import.list_held(province_ctx)[0]
    assert province_import.accept_held(province_ctx, held["id"])["verdict"] == "valid"
    work = tmp_path / "sweep"
    work.mkdir()
    nxt = env.export("2025Q1")
    assert province_import.import_files(province_ctx, [nxt])[0]["verdict"] == "valid"
    return province_ctx, env, {"q3": q3, "q4": q4, "next": nxt}, work


def run_sweep(history, make_office, flips: int) -> Sweep:  # noqa: F811
    ctx, env, bundles, work = history
    sweep = Sweep(ctx, bundles["next"], work)
    sweep.truncations()
    sweep.bit_flips(flips, seed=6)
    sweep.files()
    other = make_office("Баруунбүрэн")
    register(ctx, other)
    sweep.before = snapshot(ctx)  # registering the other office is a legitimate write, made before its check
    pair = bundle_keys.unlock_key(other.ctx, KEY_PASS)
    resigned = tamper.rewrite(bundles["next"], work / "other.zip",
                              lambda e: tamper.remanifest(e, sign_with=pair.private, key_id=pair.key_id,
                                                          bag_info={fmt.F_KEY_ID: pair.key_id}))
    sweep.check("other_office_signature", resigned, {Code.WRONG_OFFICE.value})
    copy = work / "replay.zip"
    copy.write_bytes(bundles["q4"].read_bytes())
    sweep.check("replay", copy, {Code.REPLAY.value})
    copy.write_bytes(bundles["q3"].read_bytes())
    sweep.check("rollback", copy, {Code.ROLLBACK.value})
    return sweep


@form(100, 500, env="SOUM_DESK_SWEEP_FLIPS", name="flips")  # bench/reliability_tamper.py sets 10,000
def test_tamper_sweep(history, make_office, flips):  # noqa: F811
    started = time.perf_counter()
    sweep = run_sweep(history, make_office, flips=flips)
    print(f"\ntamper sweep ({history[0].engine.dialect.name}): {sum(sweep.made.values())} variants, "
          f"{sum(sweep.refused.values())} refused with the right reason, {sweep.identical} bit flips left "
          f"every file identical, database unchanged: {sweep.unchanged()} "
          f"({time.perf_counter() - started:.0f} s)")
    for kind in sorted(sweep.made):
        print(f"   {kind}: {sweep.refused[kind]}/{sweep.made[kind]}")
    assert sweep.wrong == []
    assert sweep.made == sweep.refused and sweep.made["bit_flip"] == flips
    assert sweep.unchanged()
    ctx, _env, bundles, _work = history
    assert province_import.import_files(ctx, [bundles["next"]])[0]["verdict"] == "replay"


def _zip_with_name(path, name: str) -> bytes:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(name, b"{}")
    return path.read_bytes()


def test_header_flips_are_damage_not_a_crash(tmp_path):
    """Found by the sweep: a name that is not UTF-8 in a local header, or an unknown zip version,
    used to escape as UnicodeDecodeError / NotImplementedError instead of a verdict."""
    data = _zip_with_name(tmp_path / "a.zip", "root/data/ü.json")
    bad_name = tmp_path / "name.zip"
    bad_name.write_bytes(data.replace("ü".encode(), b"\xf4\xbc", 1))  # the local header's copy only
    with pytest.raises(safezip.DamagedArchive):
        safezip.extract(bad_name, tmp_path / "out1")
    central = data.rindex(b"PK\x01\x02")
    bad_version = bytearray(data)
    bad_version[central + 6] = 148  # "version needed to extract" 14.8
    (tmp_path / "version.zip").write_bytes(bytes(bad_version))
    with pytest.raises(safezip.DamagedArchive):
        safezip.extract(tmp_path / "version.zip", tmp_path / "out2")


def test_header_offset_flip_is_damage_not_a_crash(tmp_path):
    """Found by the 10,000-flip sweep: a raised central-directory offset makes zipfile seek before
    the start of the file (OSError EINVAL), which escaped as a crash."""
    data = bytearray(_zip_with_name(tmp_path / "a.zip", "root/data/a.json"))
    eocd = bytes(data).rindex(b"PK\x05\x06")
    offset = int.from_bytes(data[eocd + 16:eocd + 20], "little") + (1 << 20)
    data[eocd + 16:eocd + 20] = offset.to_bytes(4, "little")
    (tmp_path / "offset.zip").write_bytes(bytes(data))
    with pytest.raises(safezip.DamagedArchive):
        safezip.extract(tmp_path / "offset.zip", tmp_path / "out")
