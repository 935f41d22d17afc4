"""Text from outside (a bundle's bag-info, a key file) that both databases store and a terminal prints."""

from __future__ import annotations

import re

_UNCLEAN = re.compile("[\\x00-\\x1f\\x7f-\\x9f\\ud800-\\udfff]")


def clean_text(text: str) -> bool:
    """No control characters (NUL, line breaks, escapes) and no lone surrogates. Other Unicode (a
    no-break space pasted into a name) is fine."""
    return not _UNCLEAN.search(text)
