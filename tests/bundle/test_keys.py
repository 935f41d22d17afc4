"""Key files: argon2id + ChaCha20-Poly1305 sealing, wrong passphrase, altered files,
public key documents; the HPKE seal is bound to its bundle."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from cryptography.exceptions import InvalidTag

from soum_desk.bundle import format as fmt
from soum_desk.bundle import keys
from soum_desk.errors import UserError, ValidationError

NOW = datetime(2024, 12, 31, 10, 0, 0)


def test_seal_and_open(tmp_path):
    pair = keys.generate()
    path = keys.write_private(tmp_path, pair, "correct horse battery", created_at=NOW)
    doc = json.loads(path.read_text())
    assert doc["kdf"]["name"] == "argon2id" and doc["aead"]["name"] == "chacha20-poly1305"
    assert pair.public_b64 in path.read_text()
    assert keys.b64(keys._raw_private(pair.private)) not in path.read_text()
    opened = keys.open_private(path, "correct horse battery")
    assert opened.key_id == pair.key_id and opened.public_raw == pair.public_raw
    assert keys.fingerprint(pair.key_id).count("-") == 3


def test_wrong_passphrase_and_tampering(tmp_path):
    pair = keys.generate()
    path = keys.write_private(tmp_path, pair, "correct horse battery", created_at=NOW)
    with pytest.raises(UserError, match="passphrase"):
        keys.open_private(path, "wrong horse battery")
    other = keys.generate()
    doc = json.loads(path.read_text())
    doc["public_key"], doc["key_id"] = other.public_b64, other.key_id  # swap the public half
    path.write_text(json.dumps(doc))
    with pytest.raises(UserError):
        keys.open_private(path, "correct horse battery")
    path.write_text("not json")
    with pytest.raises(UserError, match="damaged"):
        keys.open_private(path, "correct horse battery")


def test_short_passphrase_refused():
    with pytest.raises(ValidationError):
        keys.check_passphrase("short")


def test_public_document_checks_the_key_id(tmp_path):
    pair = keys.generate()
    doc = keys.public_document(kind="ed25519", key_id=pair.key_id, public_b64=pair.public_b64, created_at=NOW,
                               office={"code": "MN-049/Мандал", "name": "Мандал", "aimag_code": "MN-049"})
    path = tmp_path / "pub.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert keys.read_public_document(path)["office_code"] == "MN-049/Мандал"
    doc["key_id"] = "0" * 16
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError, match="pub.json"):
        keys.read_public_document(path)


def test_hpke_seal_is_bound_to_office_period_sequence_and_table():
    province = keys.generate("x25519")
    binding = fmt.SealBinding("MN-049/Мандал", "2024Q4", 3, "personal_petitioners")
    sealed = fmt.seal(b'{"name":"Bat"}', province.private.public_key(), binding)
    assert b"Bat" not in sealed
    assert fmt.open_sealed(sealed, province.private, binding) == b'{"name":"Bat"}'
    for other in (fmt.SealBinding("MN-049/Ерөө", "2024Q4", 3, "personal_petitioners"),
                  fmt.SealBinding("MN-049/Мандал", "2024Q3", 3, "personal_petitioners"),
                  fmt.SealBinding("MN-049/Мандал", "2024Q4", 4, "personal_petitioners"),
                  fmt.SealBinding("MN-049/Мандал", "2024Q4", 3, "personal_other")):
        with pytest.raises(InvalidTag):
            fmt.open_sealed(sealed, province.private, other)
    with pytest.raises(InvalidTag):
        fmt.open_sealed(sealed, keys.generate("x25519").private, binding)


def test_signature_is_domain_separated():
    pair = keys.generate()
    manifest = b"abc  bag-info.txt\n"
    signature = pair.private.sign(fmt.signed_message(manifest))
    public = keys.ed25519_public(pair.public_b64)
    public.verify(signature, fmt.signed_message(manifest))
    from cryptography.exceptions import InvalidSignature

    with pytest.raises(InvalidSignature):
        public.verify(signature, manifest)  # the bare manifest is not what was signed
    key_id, parsed = fmt.parse_signature_text(fmt.signature_text(pair.key_id, signature))
    assert key_id == pair.key_id and parsed == signature


def test_a_key_file_asking_for_absurd_kdf_work_is_refused_at_once(tmp_path, monkeypatch):
    """Issue 19: 2^31 KiB of memory gave a traceback, a time cost of 10^9 hung the export."""
    import json as _json
    import time as _time

    from soum_desk.bundle import keys as key_files

    monkeypatch.setattr(key_files, "KDF_MEMORY_KIB", 8 * 1024)
    monkeypatch.setattr(key_files, "KDF_TIME_COST", 1)
    path = key_files.write_private(tmp_path, key_files.generate(), "correct horse battery",
                                   created_at=datetime(2026, 1, 1))
    for field, value in (("memory_kib", 2 ** 31), ("time_cost", 10 ** 9), ("parallelism", 0)):
        doc = _json.loads(path.read_text(encoding="utf-8"))
        doc["kdf"][field] = value
        bad = tmp_path / f"bad-{field}.json"
        bad.write_text(_json.dumps(doc), encoding="utf-8")
        started = _time.monotonic()
        with pytest.raises(UserError, match="damaged"):
            key_files.open_private(bad, "correct horse battery")
        assert _time.monotonic() - started < 2


def test_another_offices_key_file_under_the_active_name_is_refused(make_office):
    """Issue 19: the office signed with whatever key file sat under the active key's name."""
    import shutil

    from soum_desk.services.bundle import export as bundle_export
    from soum_desk.services.bundle import keys as office_keys
    from tests.bundle.conftest import KEY_PASS

    ours, theirs = make_office("Ерөө"), make_office("Мандал")
    active = office_keys.active_key(ours.ctx)
    foreign = office_keys.active_key(theirs.ctx)
    shutil.copyfile(theirs.ctx.paths.keys_dir / foreign["file_name"], ours.ctx.paths.keys_dir / active["file_name"])
    with pytest.raises(UserError, match="damaged or not this office's"):
        office_keys.unlock_key(ours.ctx, KEY_PASS)
    before = bundle_export.next_sequence(ours.ctx)
    bundle_export.approve_period(ours.ctx, "2024Q4")
    with pytest.raises(UserError):
        bundle_export.export_bundle(ours.ctx, "2024Q4", ours.folder, KEY_PASS)
    assert bundle_export.next_sequence(ours.ctx) == before  # no sequence number spent


def test_a_retired_signing_key_is_destroyed_and_its_bundles_still_verify(province_ctx, make_office):
    """Issue 19: retired private keys stayed in keys/ and could sign back-dated bundles."""
    from soum_desk.services.bundle import keys as office_keys
    from soum_desk.services.province import imports as province_import
    from tests.bundle.conftest import KEY_PASS, register

    env = make_office()
    register(province_ctx, env)
    old = office_keys.active_key(env.ctx)
    first = env.export("2024Q3")
    office_keys.create_key(env.ctx, KEY_PASS)
    assert not (env.ctx.paths.keys_dir / old["file_name"]).exists()
    assert [k["key_id"] for k in office_keys.list_keys(env.ctx)][-1] == old["key_id"]  # the public half stays
    assert province_import.import_files(province_ctx, [first])[0]["verdict"] == "valid"


def test_another_offices_key_file_with_its_own_passphrase_is_named_as_such(make_office):
    """Issue 19: a key file of another office (sealed under its own passphrase) under the active
    key's name must be named for what it is, before any key derivation, not "wrong passphrase"."""
    import shutil

    from soum_desk.services.bundle import keys as office_keys
    from tests.bundle.conftest import KEY_PASS

    ours, theirs = make_office("Ерөө"), make_office("Мандал")
    office_keys.create_key(theirs.ctx, "Mandal sumyn oor nuuts 2024")
    active, foreign = office_keys.active_key(ours.ctx), office_keys.active_key(theirs.ctx)
    shutil.copyfile(theirs.ctx.paths.keys_dir / foreign["file_name"], ours.ctx.paths.keys_dir / active["file_name"])
    with pytest.raises(UserError) as err:
        office_keys.unlock_key(ours.ctx, KEY_PASS)
    assert "not this office's" in err.value.msg.en and "энэ байгууллагынх биш" in err.value.msg.mn
    assert "passphrase" not in err.value.msg.en


def test_a_public_key_file_with_values_no_column_holds_is_refused(tmp_path):
    """Issue 19: every value read for the registry fits its column on both databases."""
    import json as _json

    from soum_desk.bundle import keys as key_files
    from soum_desk.errors import ValidationError

    pair = key_files.generate()
    office = {"code": "MN-049/Ерөө", "name": "Ерөө сумын ЗДТГ", "aimag_code": "MN-049"}
    good = key_files.public_document(kind="ed25519", key_id=pair.key_id, public_b64=pair.public_b64,
                                     created_at=datetime(2026, 1, 1), office=office)
    (tmp_path / "good.json").write_text(_json.dumps(good), encoding="utf-8")
    assert key_files.read_public_document(tmp_path / "good.json")["office_code"] == "MN-049/Ерөө"
    for field, value in (("office_code", "Ж" * 41), ("office_name", "x" * 301), ("aimag_code", ["MN"]),
                         ("office_name", "нэр\x00")):
        (tmp_path / "bad.json").write_text(_json.dumps({**good, field: value}), encoding="utf-8")
        with pytest.raises(ValidationError, match="not a SoumDesk public key file"):
            key_files.read_public_document(tmp_path / "bad.json")
