"""Attachments: magic-byte check, content-addressed store, hash check on open, backups."""

from __future__ import annotations

import pytest

from soum_desk.errors import PermissionDenied, ValidationError
from soum_desk.services.core import attachments, backup
from soum_desk.services.core.attachments import AttachmentProblem, blob_path

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_store_once_and_list(ctx, tmp_path):
    a = attachments.store_file(ctx, _write(tmp_path, "scan.pdf", PDF), entity="letter", entity_id=7)
    b = attachments.store_file(ctx, _write(tmp_path, "copy.pdf", PDF), entity="letter", entity_id=8)
    again = attachments.store_file(ctx, _write(tmp_path, "scan.pdf", PDF), entity="letter", entity_id=7)
    assert a["sha256"] == b["sha256"] and again["id"] == a["id"]
    assert a["mime"] == "application/pdf" and a["size"] == len(PDF)
    stored = blob_path(ctx.paths.attachments_dir, a["sha256"])
    assert stored.read_bytes() == PDF
    assert [x["id"] for x in attachments.list_attachments(ctx, "letter", 7)] == [a["id"]]
    assert attachments.open_attachment(ctx, a["id"]) == stored


def test_rejects_wrong_content(ctx, tmp_path):
    with pytest.raises(ValidationError) as err:
        attachments.store_file(ctx, _write(tmp_path, "fake.pdf", b"MZ\x90\x00 not a pdf"), entity="letter",
                               entity_id=1)
    assert "PDF" in str(err.value) and err.value.where == "fake.pdf"
    with pytest.raises(ValidationError):
        attachments.store_file(ctx, tmp_path / "nope.png", entity="letter", entity_id=1)


def test_viewer_cannot_attach(viewer_ctx, tmp_path):
    with pytest.raises(PermissionDenied):
        attachments.store_file(viewer_ctx, _write(tmp_path, "a.png", PNG), entity="letter", entity_id=1)


def test_damaged_and_missing_are_reported(ctx, tmp_path):
    info = attachments.store_file(ctx, _write(tmp_path, "a.png", PNG), entity="letter", entity_id=1)
    stored = blob_path(ctx.paths.attachments_dir, info["sha256"])
    stored.write_bytes(PNG + b"tampered")
    with pytest.raises(AttachmentProblem, match="эвдэрсэн"):
        attachments.open_attachment(ctx, info["id"])
    assert attachments.check_all(ctx)[0]["id"] == info["id"]
    stored.unlink()
    with pytest.raises(AttachmentProblem, match="missing"):
        attachments.open_attachment(ctx, info["id"])


def test_audited(ctx, tmp_path):
    from soum_desk.services.core import audit

    attachments.store_file(ctx, _write(tmp_path, "a.png", PNG), entity="letter", entity_id=1)
    assert audit.list_entries(ctx)[0]["action"] == "attachment.add"
    assert audit.verify(ctx).ok


def test_backup_copies_and_restore_reports(ctx, tmp_path):
    info = attachments.store_file(ctx, _write(tmp_path, "a.png", PNG), entity="letter", entity_id=1)
    made = backup.make_backup(ctx)
    saved = blob_path(ctx.paths.backups_dir / "attachments", info["sha256"])
    assert saved.read_bytes() == PNG
    live = blob_path(ctx.paths.attachments_dir, info["sha256"])
    live.unlink()
    result = backup.restore(ctx, made.path)
    assert live.read_bytes() == PNG and result.missing_attachments == ()
    live.unlink()
    saved.unlink()
    result = backup.restore(ctx, made.path)
    assert len(result.missing_attachments) == 1 and "a.png" in result.missing_attachments[0]


def test_petition_scans_are_personal_data_for_a_viewer(ctx, viewer_ctx, tmp_path):
    import pytest

    from soum_desk.errors import PermissionDenied

    scan = tmp_path / "p.pdf"
    scan.write_bytes(b"%PDF-1.4 petition of B.Bold")
    info = attachments.store_file(ctx, scan, entity="petition", entity_id=7)
    with pytest.raises(PermissionDenied):
        attachments.list_attachments(viewer_ctx, "petition", 7)
    with pytest.raises(PermissionDenied):
        attachments.open_attachment(viewer_ctx, info["id"])
    assert attachments.open_attachment(ctx, info["id"]).read_bytes() == scan.read_bytes()


def test_store_files_keeps_all_or_none(ctx, tmp_path):
    good = _write(tmp_path, "good.pdf", PDF)
    bad = _write(tmp_path, "bad.pdf", b"MZ not a pdf")
    with pytest.raises(ValidationError):
        attachments.store_files(ctx, [good, bad], entity="letter", entity_id=3)
    assert attachments.list_attachments(ctx, "letter", 3) == []
    stored = attachments.store_files(ctx, [good, _write(tmp_path, "b.png", PNG)], entity="letter", entity_id=3)
    assert [a["filename"] for a in attachments.list_attachments(ctx, "letter", 3)] == ["good.pdf", "b.png"]
    assert [a["filename"] for a in stored] == ["good.pdf", "b.png"]
