"""Issue 14: every audit action the program writes reads as words in both languages."""

from __future__ import annotations

import re
from pathlib import Path

from soum_desk.domain.audit_actions import LABELS, action_label

SOURCE = Path(__file__).resolve().parents[2] / "soum_desk"


def test_every_literal_action_in_the_code_has_a_label():
    written = set()
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        written |= set(re.findall(r"audit\.record\(\s*\w+,\s*[\w.()]+,\s*\"([a-z_.]+)\"", text))
    assert written, "no audit actions found: the pattern no longer matches the code"
    assert sorted(written - set(LABELS)) == []


def test_labels_are_words_and_unknown_codes_keep_their_area():
    for code, label in LABELS.items():
        assert "." not in label.mn and "_" not in label.en, code
    assert action_label("petition.register") == "Өргөдөл бүртгэсэн"
    assert action_label("petition.register", "en") == "Petition registered"
    assert action_label("archive.something_new", "en") == "Archive: archive.something_new"
    assert action_label("test.bulk") == "test.bulk"
