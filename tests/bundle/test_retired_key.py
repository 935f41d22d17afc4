"""Issue 19: a RETIRED key signed bundles the province accepted when `SoumDesk-Created` was
back-dated. A retired key is judged by the province's records and the chain: it signs nothing
numbered from its successor's first bundle on, whatever date the bundle claims."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import update

from soum_desk.bundle import format as fmt
from soum_desk.bundle.verdict import Code
from soum_desk.db.models import RegisteredKey
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.province import imports as province_import
from soum_desk.services.province import registry as province
from tests.bundle import tamper
from tests.bundle.conftest import KEY_PASS, register
from tests.bundle.test_tampering import refused


def _stolen_and_rotated(env):
    """The old private key as a thief copied it before the rotation; then the office rotates."""
    stolen = bundle_keys.unlock_key(env.ctx, KEY_PASS)
    bundle_keys.create_key(env.ctx, KEY_PASS)
    return stolen


def _forge(bundle, target, stolen, created: datetime):
    """`bundle`'s content, re-signed with the retired key and dated before the rotation."""
    return tamper.rewrite(bundle, target, lambda e: tamper.remanifest(
        e, sign_with=stolen.private, key_id=stolen.key_id,
        bag_info={fmt.F_KEY_ID: stolen.key_id, fmt.F_CREATED: created.astimezone().isoformat()}))


def test_a_back_dated_bundle_signed_with_a_retired_key_is_refused_by_its_number(province_ctx, make_office,
                                                                                  tmp_path):
    env = make_office()
    register(province_ctx, env)
    first = env.export("2024Q3")
    stolen = _stolen_and_rotated(env)
    register(province_ctx, env)  # the new key handed over: its file names its first number, 2
    new = env.export("2024Q4")
    forged = _forge(new, tmp_path / new.name, stolen, datetime.now() - timedelta(days=400))
    assert province_import.import_files(province_ctx, [first])[0]["verdict"] == "valid"
    result = refused(province_ctx, forged, Code.KEY_RETIRED)
    assert "valid only up to bundle 1" in result["reason_en"]
    assert province_import.import_files(province_ctx, [new])[0]["verdict"] == "valid"


def test_without_the_first_number_the_arrival_of_the_rotation_decides(province_ctx, make_office, tmp_path):
    """A key file from before issue 19 names no first number: a bundle signed with the retired key
    arriving after the day the province registered the new key is refused."""
    env = make_office()
    register(province_ctx, env)
    stolen = _stolen_and_rotated(env)
    doc = json.loads(env.public_key_file().read_text(encoding="utf-8"))
    doc.pop("first_sequence")
    old_style = tmp_path / "old-style.pub.json"
    old_style.write_text(json.dumps(doc), encoding="utf-8")
    province.register_key_file(province_ctx, old_style)
    with province_ctx.transaction() as session:  # the rotation reached the province a week ago
        session.execute(update(RegisteredKey).where(RegisteredKey.key_id == doc["key_id"])
                        .values(registered_at=datetime.now() - timedelta(days=7)))
    made = env.export("2024Q4")
    forged = _forge(made, tmp_path / made.name, stolen, datetime.now() - timedelta(days=400))
    assert "replaced at the province" in refused(province_ctx, forged, Code.KEY_RETIRED)["reason_en"]
    assert province_import.import_files(province_ctx, [made])[0]["verdict"] == "valid"


def test_the_provinces_own_imports_bound_a_retired_key(province_ctx, make_office, tmp_path):
    """Once the province holds a bundle signed with the new key, the old key signs nothing after it."""
    env = make_office()
    register(province_ctx, env)
    stolen = _stolen_and_rotated(env)
    doc = json.loads(env.public_key_file().read_text(encoding="utf-8"))
    doc.pop("first_sequence")
    old_style = tmp_path / "old-style.pub.json"
    old_style.write_text(json.dumps(doc), encoding="utf-8")
    province.register_key_file(province_ctx, old_style)
    one = env.export("2024Q3")
    two = env.export("2024Q4")
    assert province_import.import_files(province_ctx, [one])[0]["verdict"] == "valid"
    forged = _forge(two, tmp_path / two.name, stolen, datetime.now() - timedelta(days=400))
    assert "valid only up to bundle 0" in refused(province_ctx, forged, Code.KEY_RETIRED)["reason_en"]


def test_the_public_key_file_names_the_first_number_it_signs(make_office):
    env = make_office()
    assert bundle_keys.public_key_document(env.ctx)["first_sequence"] == 1
    env.export("2024Q3")
    env.export("2024Q4")
    bundle_keys.create_key(env.ctx, KEY_PASS)
    assert bundle_keys.public_key_document(env.ctx)["first_sequence"] == 3
    old = bundle_keys.list_keys(env.ctx)[-1]["key_id"]
    assert bundle_keys.public_key_document(env.ctx, old)["first_sequence"] == 1
    # the card signed at the handover shows it too: the province checks it against the file
    assert "first bundle no.: 3" in bundle_keys.printable_card(bundle_keys.public_key_document(env.ctx))
