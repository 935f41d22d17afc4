"""Every string of the letters, archive and shared-widgets areas has its English translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from soum_desk.config import resources_dir


@pytest.mark.parametrize("area", ["letters", "archive", "widgets"])
def test_translations_finished(area):
    root = ET.parse(resources_dir() / "i18n" / f"{area}_en.ts").getroot()
    messages = list(root.iter("message"))
    assert messages
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []
