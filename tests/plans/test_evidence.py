import pytest

from soum_desk.errors import UserError
from soum_desk.services.core import attachments
from soum_desk.services.plans import edit as plans_edit
from soum_desk.services.plans import evidence as plans_evidence
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import tree as plans
from soum_desk.services.plans.bundle_rows import bundle_payload
from tests.conftest import as_role


def scan(tmp_path, name="act.pdf", body=b"act 1"):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n" + body + b"\n%%EOF\n")
    return path


def test_attach_list_bundle_lock_and_unlink(ctx, small_plan, tmp_path):
    doc, m = small_plan["document"]["id"], small_plan["measures"]
    plans_progress.record_progress(ctx, m[0], "2024Q1", narrative="Хийсэн", self_percent=100)
    link = plans_evidence.attach_evidence(ctx, m[0], "2024Q1", scan(tmp_path))
    again = plans_evidence.attach_evidence(ctx, m[0], "2024Q1", scan(tmp_path))  # same file: one link
    assert again["id"] == link["id"]
    plans_evidence.attach_evidence(ctx, m[1], "2024Q1", scan(tmp_path, "b.pdf", b"other"))  # no entry yet
    assert [e["filename"] for e in plans_evidence.list_evidence(ctx, m[0], "2024Q1")] == ["act.pdf"]
    assert len(plans_evidence.list_evidence(ctx, m[1], "2024Q1")) == 1
    assert attachments.open_attachment(ctx, link["id"]).read_bytes().startswith(b"%PDF")
    payload = bundle_payload(ctx, "2024Q1")
    assert {(e["measure_id"], e["filename"]) for e in payload["plan_evidence"]} == {(m[0], "act.pdf"),
                                                                                   (m[1], "b.pdf")}
    plans_progress.approve(as_role(ctx, "head"), doc, "2024Q1")
    with pytest.raises(UserError):
        plans_evidence.attach_evidence(ctx, m[0], "2024Q1", scan(tmp_path, "c.pdf", b"late"))
    plans_progress.reopen(as_role(ctx, "head"), doc, "2024Q1")
    plans_edit.delete_item(ctx, "measure", m[0])
    assert attachments.list_attachments(ctx, "plan_progress", link["entity_id"]) == []
    plans.delete_document(ctx, doc)
    assert bundle_payload(ctx, "2024Q1")["plan_evidence"] == []
